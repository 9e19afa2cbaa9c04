// A cap on the licensee's revenue. Frame: a quantity of money (a currency sign or word) near a
// revenue word (revenue, turnover, income, 收入 …), binding the licensee.
import { FOUND, OSD5, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { hasAny, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import { OBLIGATION } from './toolkit/negation.js'
import { isMoney, quantities } from './toolkit/quantities.js'

const REVENUE = words(
  'revenue revenues turnover income sales earnings receipts proceeds earn earns earning earned',
  'funding financing raised valuation generate generates generating'
)
const REVENUE_ZH = phrases('收入, 营收, 营业额, 销售额, 营业收入')
/** A threshold: a comparison, a cap, or a condition or obligation that turns on the amount. */
const THRESHOLD = words(
  'exceed exceeds exceeded exceeding more over above greater less below under fewer reach reaches',
  'reached reaching surpass surpasses surpassed excess least cap capped limit threshold until once if',
  'whose unless only 超 过 低 于 以 上 以 下 达 到 不 足 须 需 应'
)

export default defineClause({
  type: 'revenue-threshold',
  restrictive: true,
  label: 'caps the licensee’s revenue',
  noun: 'a cap on the licensee’s revenue',
  meta: {
    id: 'license/no-revenue-threshold',
    title: 'No cap on revenue',
    framework: OSD5,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-revenue-threshold')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    // "the model predicted revenue of $5 million": an amount with no threshold binds nobody
    if (!hasAny(s, THRESHOLD) && !hasAny(s, OBLIGATION)) return -1
    for (const q of quantities(s, 1000)) {
      const money = isMoney(s, q.at, q.end, ctx.doc.text)
      const window = money ? 15 : 4
      const span = window + (q.end - q.at)
      if (nearWords(s, q.at, window, span, REVENUE) >= 0) return q.at
      if (nearPhrase(s, q.at, window * 2, span * 2, REVENUE_ZH) >= 0) return q.at
    }
    return -1
  },
  examples: {
    detected: [
      'Businesses whose yearly turnover passes five million euros must buy a commercial licence.',
      'Firms with more than $10M in annual revenue are not covered by this grant.'
    ],
    notDetected: ['We spent about $2,000,000 on training compute.', 'There is no revenue sharing.']
  }
})
