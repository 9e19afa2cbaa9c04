// A question that states a condition, answered by what follows it: "Got more than 100k monthly
// users? Then you'll need a commercial licence.", "Making over $10M a year? You need an enterprise
// licence." The question asserts nothing alone; with a duty in the next sentence it is an "if".
import type { DetectContext } from '../clause.js'
import { hasAny, words } from './query.js'
import type { Sentence } from './sentences.js'

/** What the sentence after the question imposes: a need, a duty, a licence to obtain, a ban. */
const CONSEQUENCE = words(
  'need needs must required require requires licence license pay paid free contact cannot not',
  '须 需 得 要 请 不 付 免'
)

/** The sentence ends with a question mark (no answer of yes or no, which the answers reader restates). */
function isQuestion(s: Sentence, text: string): boolean {
  let k = s.end - 1
  while (k > s.start && (text[k] === ' ' || text[k] === '*' || text[k] === '_')) k--
  return text[k] === '?' || text[k] === '\uff1f'
}

/** s is a question whose next sentence imposes something: the question is the condition of that duty. */
export function conditionQuestion(s: Sentence, ctx: DetectContext): boolean {
  if (!isQuestion(s, ctx.doc.text)) return false
  const next = ctx.doc.sentences[ctx.index + 1]
  return next !== undefined && hasAny(next, CONSEQUENCE)
}
