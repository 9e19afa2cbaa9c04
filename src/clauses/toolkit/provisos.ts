// A condition stated before the grant it governs: "Provided always that no fee is charged for
// access, the Licensee may host the Model", "Only if the Licensee is a registered charity may it use
// the Model". The grant waits on the condition, so the condition binds as a duty does; restated as
// "you must ensure that …" before the sentence as written, so every detector reads the condition as
// it reads "must" (and no longer as a permission only: the "may" that follows is the grant).
import { reworded, saidAll, type Restater } from './restate.js'
import type { Sentence } from './sentences.js'

/** Openings of a condition precedent, as token sequences. */
const OPENERS = [
  ['provided', 'always', 'that'],
  ['provided', 'that'],
  ['only', 'if'],
  ['only', 'where'],
  ['only', 'when'],
  ['on', 'condition', 'that']
]
/** The grant the condition governs, later in the sentence. */
const GRANT = new Set('may can shall'.split(' '))

function restated(s: Sentence): Sentence {
  const t = s.tokens
  const b = s.body
  const opener = OPENERS.find(seq => seq.every((w, i) => t[b + i]?.w === w))
  if (!opener || !t.slice(b + opener.length).some(x => GRANT.has(x.w))) return s
  return reworded(s, [...t.slice(0, b), ...saidAll('you must ensure that', t[b]!.s), ...t.slice(b)])
}

export const provisos: Restater = (_doc, sentences) => sentences.map(s => (s.restated ? s : restated(s)))
