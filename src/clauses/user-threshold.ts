// A cap on the licensee's users. Frame: a measure (a quantity of people, users, accounts …,
// often per period) with a threshold (more than, exceeds, 超过 …) that limits the licensee or the
// grant. Not: usage reported as a fact ("our app has 2 million users").
import { FOUND, OSD5, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { PEOPLE, PERIOD } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { hasAny, nearWords, words } from './toolkit/query.js'
import { isMoney, quantities } from './toolkit/quantities.js'
import type { Sentence } from './toolkit/sentences.js'

const THRESHOLD = words(
  'greater more exceed exceeds exceeding exceeded above over less fewer under below least maximum',
  'than threshold most beyond surpass surpasses surpassing reaches reach reaching upto cap capped',
  'limit limited excess passes pass passing tops up max upwards 超 过 逾 于 达 到 以 上'
)
/** Who the number binds: the licensee or the grant, or a condition on them. */
const SUBJECT = words(
  'you your licensee licensees if whose where once when entity entities company companies',
  'organization organizations organisations organisation license licence agreement grant granted',
  'licensed permitted affiliates limited only free must shall require required apply applies',
  'product products service services 如 若 您 你'
)
/** A statement of fact ("our app already has more than 1 million users"). */
const REPORTED = words('our we has have had serves served downloaded downloads reached already 已 曾')
/**
 * What makes a count of people bind: a condition, a modal, the grant, a requirement or a ban
 * ("if …", "must", "is not licensed", "requires", "不得", "须"). A count without one is a fact.
 */
const BINDING = words(
  'if where once when whenever should unless only must shall may need needs require requires',
  'required license licence licensed licences licenses agreement grant granted permitted covers',
  'cover not no exceed exceeds exceeding limited limit limits cap capped up max maximum 如 若 须 需 应 得 仅 凡 的'
)
/** A small number counts people only when they follow it: "more than 500 seats", not "60 requests per account". */
const SMALL = 1000
const NUMBERED = words('section sections article articles clause clauses paragraph version chapter part item')

/** "30 days", "12 months": the number is a period, not a count. */
function unitOfTime(s: Sentence, end: number): boolean {
  return PERIOD.has(s.tokens[end + 1]?.w ?? '')
}

export default defineClause({
  type: 'user-threshold',
  restrictive: true,
  label: 'caps the number of users',
  noun: 'a cap on the number of users',
  meta: {
    id: 'license/no-user-threshold',
    title: 'No cap on users',
    framework: OSD5,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-user-threshold')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (!hasAny(s, SUBJECT) && hasAny(s, REPORTED)) return -1
    if (!hasAny(s, BINDING)) return -1
    for (const q of quantities(s, 2)) {
      // an amount of money is a revenue cap, not a count of people
      if (isMoney(s, q.at, q.end, ctx.doc.text)) continue
      if (nearWords(s, q.at, 8, 0, THRESHOLD) < 0 && nearWords(s, q.end, 0, 3, THRESHOLD) < 0) continue
      if (q.value < SMALL) {
        // "Sections 8.1 or 8.2 above, all end user licences": a section number counts nobody
        const whole = Number.isInteger(q.value) && !NUMBERED.has(s.tokens[q.at - 1]?.w ?? '')
        if (whole && nearWords(s, q.end, 0, 3, PEOPLE) >= 0 && !unitOfTime(s, q.end)) return q.at
        continue
      }
      if (nearWords(s, q.end, 0, 6, PEOPLE) >= 0 || nearWords(s, q.at, 20, 0, PEOPLE) >= 0) return q.at
    }
    return -1
  },
  examples: {
    detected: [
      'If more than two million distinct people use your service in a calendar month, you need our written consent.',
      '如果您的产品月活跃用户超过1亿，您必须向我们申请许可。'
    ],
    notDetected: ['Our hosted demo has already served over 3 million users.', 'There is no cap on users.']
  }
})
