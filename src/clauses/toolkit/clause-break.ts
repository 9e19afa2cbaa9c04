// Where one clause of a sentence ends and the next begins: a semicolon, or a comma followed by a
// conjunction ("…, and we may …", "…，并…"). A condition in one clause ("you must comply with the
// policy") does not govern the act of another ("and we may end this licence at any time").
import type { Sentence } from './sentences.js'
import { words } from './query.js'

const CONJUNCTIONS = words('and but while whereas yet also separately independently 并 但 而 且 另')

/** A clause break between the tokens at a and b (in either order). */
export function clauseBreakBetween(s: Sentence, a: number, b: number, text: string): boolean {
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  for (let j = from + 1; j <= to; j++) {
    const gap = text.slice(s.tokens[j - 1]!.e, s.tokens[j]!.s)
    if (gap.includes(';') || gap.includes('\uff1b')) return true
    if ((gap.includes(',') || gap.includes('\uff0c')) && CONJUNCTIONS.has(s.tokens[j]!.w)) return true
  }
  return false
}
