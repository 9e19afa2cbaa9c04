// Definitions: '"Work" shall mean …', 'Derivative means …', '“衍生模型”是指 …'. A definition says what a
// word stands for and obliges nobody, so obligation frames (keep, share alike, pass on) skip it.
import { phrases } from './query.js'
import type { Sentence } from './sentences.js'

const DEFINES = phrases(
  'shall mean, means, mean, refers to, is defined as, are defined as, 是指, 指的是, 系指'
)
/** Words a defined term may take before "means" ('"Derivative Works" shall mean'). */
const TERM_SPAN = 8

/** The sentence opens with a defined term followed by "means" / "shall mean" / "是指". */
export function definesTerm(s: Sentence): boolean {
  const at = DEFINES.first(s)
  return at >= 0 && at - s.body <= TERM_SPAN
}
