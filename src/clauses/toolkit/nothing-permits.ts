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
  if (t[0]?.w !== 'nothing') return s
  const grant = grantAt(t)
  if (grant < 0) return s
  const to = toAfter(t, grant)
  if (to < 0 || to + 1 >= t.length) return s
  const at = t[to]!.s
  return reworded(s, [...t.slice(grant + 1, to), said('shall', at), said('not', at), ...t.slice(to + 1)])
}

export const nothingPermits: Restater = (_doc, sentences) => sentences.map(restated)
