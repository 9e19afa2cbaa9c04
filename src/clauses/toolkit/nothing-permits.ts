// A grant denied as a prohibition: "Nothing herein permits the Licensee to modify the Model",
// "Nothing in this Agreement shall be read as permitting a modified version to be distributed". The
// licence denies that it allows the act, which is how a drafter forbids it; restated as "the
// Licensee shall not modify the Model", "a modified version shall not be distributed", so every
// detector reads the prohibition as it reads "shall not". Only a sentence that opens with
// "nothing" is read: "nothing" later in a sentence ("nothing prevents …") says other things. The
// verbs of granting, and the other forms of a grant denied ("shall not be construed as permitting",
// "does not extend to"), are kept with the prohibitions (negation.ts).
import { GRANT_VERBS } from './negation.js'
import { reworded, said, type Restater } from './restate.js'
import type { Sentence } from './sentences.js'
import type { Token } from './tokens.js'

/** How far the grant verb may lie from "nothing" ("Nothing in this Agreement shall be construed as permitting"). */
const GRANT_REACH = 10
/** How far "to" may lie after the grant verb ("permitting the Licensee to", "allowing a Derivative to be"). */
const OBJECT_REACH = 6
/** Words that end the object before any "to": a clause of its own. */
const STOP = new Set('to that which who whether if unless except'.split(' '))

function grantAt(tokens: readonly Token[]): number {
  for (let k = 1; k < Math.min(tokens.length, GRANT_REACH + 1); k++)
    if (GRANT_VERBS.has(tokens[k]!.w)) return k
  return -1
}

function toAfter(tokens: readonly Token[], grant: number): number {
  const end = Math.min(tokens.length, grant + OBJECT_REACH + 2)
  for (let k = grant + 1; k < end; k++) {
    if (tokens[k]!.w === 'to') return k
    if (STOP.has(tokens[k]!.w)) return -1
  }
  return -1
}

function restated(s: Sentence): Sentence {
  const t = s.tokens
  if (t[0]?.w === 'neither') return neitherNor(s)
  if (t[0]?.w !== 'nothing') return inNoEvent(s)
  const grant = grantAt(t)
  if (grant < 0) return s
  const to = toAfter(t, grant)
  if (to + 1 >= t.length) return s
  // "Nothing in this licence permits commercial use": the grant denied of a use named by a noun
  if (to < 0) {
    const at = t[grant]!.s
    return reworded(s, [said('is', at), said('not', at), said('permitted', at), ...t.slice(grant + 1)])
  }
  const at = t[to]!.s
  return reworded(s, [...t.slice(grant + 1, to), said('shall', at), said('not', at), ...t.slice(to + 1)])
}

/** How far the modal may follow the last "nor" ("nor any person acting under its direction, may"). */
const NOR_REACH = 12

/**
 * "Neither the Licensee nor any Affiliate may use …": every subject denied the modal, read as "… may
 * not use …" (the denial stands before the modal, where a negation's scope is looked for).
 */
function neitherNor(s: Sentence): Sentence {
  const t = s.tokens
  let nor = -1
  for (let k = 1; k < Math.min(t.length, GRANT_REACH * 3); k++) {
    if (t[k]!.w === 'nor') nor = k
    else if (nor >= 0 && CASE_MODALS.has(t[k]!.w)) {
      if (k - nor > NOR_REACH || t[k + 1]?.w === 'not') return s
      return reworded(s, [...t.slice(0, k + 1), said('not', t[k]!.e), ...t.slice(k + 1)])
    }
  }
  return s
}

/** "In no event shall …", "under no circumstances may …": a modal denied for every case. */
const NO_CASE = [
  ['in', 'no', 'event'],
  ['under', 'no', 'circumstances'],
  ['in', 'no', 'case']
]
const CASE_MODALS = new Set('shall may will can must should'.split(' '))
/** Liability and warranty: "In no event shall the authors be liable" disclaims, it forbids nothing. */
const LIABILITY = new Set(
  'liable liability damages damage claim claims responsible warranty warranties indemnify'.split(' ')
)
/** How far into a sentence the phrase may open ("Save as provided in Schedule 2, in no event shall …"). */
const CASE_REACH = 12

function inNoEvent(s: Sentence): Sentence {
  const t = s.tokens
  for (let k = 0; k < Math.min(t.length - 4, CASE_REACH); k++) {
    if (!NO_CASE.some(seq => seq.every((w, i) => t[k + i]!.w === w))) continue
    if (!CASE_MODALS.has(t[k + 3]!.w) || t.some(x => LIABILITY.has(x.w))) return s
    const at = t[k + 3]!.s
    // "in no event shall the Model be used" reads as "the Model shall not be used": the modal and
    // its denial are kept where the modal stood
    return reworded(s, [...t.slice(0, k), said(t[k + 3]!.w, at), said('not', at), ...t.slice(k + 4)])
  }
  return s
}

export const nothingPermits: Restater = (_doc, sentences) => sentences.map(restated)
