// What the sentences around one say, for forms that split a clause over several: a table of
// thresholds ("| Monthly active users | 700,000 |") whose header or closing line names the cap
// ("Above either threshold a commercial licence is required"), and a label line ending in a colon
// with its value on the next ("账户总数上限：五万个").
import type { DetectContext } from '../clause.js'
import { hasAny, phrases, words } from './query.js'
import type { Sentence } from './sentences.js'

/** Names of a cap: what makes a table of numbers a table of limits. */
const CAP_NAMES = words('threshold thresholds cap caps ceiling ceilings')
const CAP_NAMES_ZH = phrases('上限, 门槛, 阈值')

/** A sentence within `span` sentences of this one names a cap. */
export function capNamedNearby(ctx: DetectContext, span = 4): boolean {
  const all = ctx.doc.sentences
  for (let k = Math.max(0, ctx.index - span); k <= Math.min(all.length - 1, ctx.index + span); k++) {
    if (k === ctx.index) continue
    const s = all[k]!
    if (hasAny(s, CAP_NAMES) || CAP_NAMES_ZH.in(s)) return true
  }
  return false
}

/** The sentence before, when it is a label ending in a colon ("Seat cap:", "账户总数上限："). */
export function labelBefore(ctx: DetectContext): Sentence | undefined {
  const prev = ctx.doc.sentences[ctx.index - 1]
  return prev?.colon ? prev : undefined
}

/** The label names a cap. */
export function labelNamesCap(label: Sentence): boolean {
  return hasAny(label, CAP_NAMES) || CAP_NAMES_ZH.in(label)
}
