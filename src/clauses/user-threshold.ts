// A cap on the licensee's users. Frame: a measure (a quantity of people, users, accounts …,
// often per period) with a threshold (more than, exceeds, 超过 …) that limits the licensee or the
// grant. Not: usage reported as a fact ("our app has 2 million users"), nor what a system can bear
// ("designed to handle up to 10,000 concurrent users").
import { FOUND, OSD5, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { PEOPLE, PERIOD, REVENUE, REVENUE_ZH } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { hasAny, nearPhrase, nearWords, phrases, union, words } from './toolkit/query.js'
import { definesTerm } from './toolkit/definition.js'
import { sentenceHasNegation } from './toolkit/negation.js'
import { conditionQuestion } from './toolkit/conditions.js'
import { isMoney, quantities } from './toolkit/quantities.js'
import type { Sentence } from './toolkit/sentences.js'
import { isDigits } from './toolkit/tokens.js'
import { capitalNumerals } from './toolkit/capital-numerals.js'
import { capNamedNearby, labelBefore, labelNamesCap } from './toolkit/neighbours.js'

const THRESHOLD = words(
  'greater more exceed exceeds exceeding exceeded above over less fewer under below least maximum',
  'than threshold most beyond surpass surpasses surpassing reaches reach reaching upto cap capped',
  'limit limited excess passes pass passing tops up max upwards hit hits hitting cross crosses crossing',
  'past stops',
  '超 过 逾 于 达 到 以 上 最 至 限'
)
/** A condition in three words: "as long as fewer than 40,000 people use it". */
const AS_LONG_AS = phrases('as long as, so long as')
/** Who the number binds: the licensee or the grant, or a condition on them. */
const SUBJECT = words(
  'you your licensee licensees if whose where once when entity entities company companies',
  'organization organizations organisations organisation license licence agreement grant granted',
  'licensed permitted affiliates limited only free must shall require required apply applies',
  'product products service services requires need needs approval consent permission 如 若 您 你'
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
  'cover not no exceed exceeds exceeding limited limit limits cap capped up max maximum free',
  // "until your service reaches 5 million monthly actives", "any person whose offerings count more
  // than …", "provided that fewer than …"
  'until whose provided',
  // the licensee's own word as a condition: "Licensee represents that its products had fewer than
  // …", "The permissions are conditional upon its user base remaining below …"
  'represents represent warrants warrant certifies certify conditional conditioned',
  // a list of the licence's conditions ("conditions:" over "- fewer than 1 million monthly users")
  'condition conditions',
  '如 若 须 需 应 得 仅 凡 的 最 不 限'
)
/**
 * What a system can bear: "designed to handle up to 10,000 concurrent users", "can serve up to 500
 * users on a single GPU", "本服务最多支持一万名用户同时在线". Without a word of the licence beside it,
 * such a number is a capacity, not a cap.
 */
const CAPACITY = words(
  'designed able capable handle handles handled handling support supports supported sustain sustains',
  'scale scales scaled throughput performance gpu gpus hardware latency benchmarked tested load',
  'optimised optimized node nodes server servers cpu cpus 支 持 承 载'
)
/** "can serve up to 800 users": what a machine can do, in the words of a capacity. */
const CAN = words('can could')
const SERVE = words('serve handle support host accommodate process')
/** Words of a licence: a capacity stated with one of them is still a condition of use. */
const LICENSING = words(
  'licence license licensed licences licenses grant granted rights permitted permission agreement',
  'terms must shall require requires required need needs may allowed entitled eligible free paid fee',
  'fees plan tier covers covered if unless once whenever where limit cap 如 若 许 授 权 须 需 应'
)

/** A capacity, not a cap: a word of capacity ("designed to handle", "can serve") and none of the licence. */
function capacityOnly(s: Sentence): boolean {
  if (hasAny(s, LICENSING)) return false
  if (hasAny(s, CAPACITY)) return true
  for (let k = 0; k < s.tokens.length; k++)
    if (CAN.has(s.tokens[k]!.w) && SERVE.has(s.tokens[k + 1]?.w ?? '')) return true
  return false
}
/** A price benefit: "Volume discounts of 15 % apply once Customer has more than 1,000 Named Users". */
const DISCOUNT = words('discount discounts discounted rebate rebates')
/** A discount above a count, with nothing demanded: a better price, no cap on use. */
function discountOnly(s: Sentence): boolean {
  return hasAny(s, DISCOUNT) && !hasAny(s, OBLIGED) && !sentenceHasNegation(s)
}
/** Verbs of setting a system up: "enable batching", "set --workers 8", "increase the pool". */
const CONFIGURE = words(
  'enable disable set configure increase raise lower tune allocate shard scale batch batching cache',
  'provision restart'
)
/**
 * A technical tip: "for more than 50 simultaneous users, enable batching with --max-batch 32". A
 * verb of configuration or a command-line flag, and no word of the licence: advice, not a cap.
 */
function technicalTip(s: Sentence, text: string): boolean {
  if (hasAny(s, LICENSING)) return false
  return hasAny(s, CONFIGURE) || text.slice(s.start, s.end).includes(' --')
}
/** A wish or a request to be told, not a term: "If your audience grows past a million people, we would
 * love to hear about it", "Please tell us if …" (no obligation, no word of the licence). */
const WISH = words('love appreciate delighted glad happy tell')
const OBLIGED = words('must shall need needs require requires required')
const LICENCE_TERM = words(
  'licence license licensed licences licenses agreement terms grant granted permitted'
)
function wishOnly(s: Sentence): boolean {
  return hasAny(s, WISH) && !hasAny(s, LICENCE_TERM) && !hasAny(s, OBLIGED)
}
/** A cap named after its number: "25 maximum", "40 max". */
const CAP_AFTER = words('maximum max cap limit ceiling')
/** Things counted that are not people: "2,000 tokens", "10,000 requests". */
const OTHER_UNITS = words(
  'tokens requests queries calls images words characters parameters samples messages documents pages',
  'files bytes gb mb tb hours minutes seconds records rows examples items downloads 次 条 张 字 元'
)

/** What may follow a small count of people: a period, a total, or nothing ("persons not exceeding five hundred in each quarter"). */
const AFTER_COUNT = words(
  'in per each every a an during within over for at maximum max total concurrently simultaneously'
)
/** A small number counts people only when they follow it: "more than 500 seats", not "60 requests per account". */
const SMALL = 1000
const NUMBERED = words('section sections article articles clause clauses paragraph version chapter part item')

/** "30 days", "12 months": the number is a period, not a count (but "100 daily active users" counts users). */
function unitOfTime(s: Sentence, end: number): boolean {
  return PERIOD.has(s.tokens[end + 1]?.w ?? '') && nearWords(s, end + 1, 0, 2, COUNTED) < 0
}

/** Who is counted: people, and those a school or a sector counts ("pupils", "beds", "clinicians"). */
const COUNTED: ReadonlySet<string> = union([
  ...PEOPLE,
  ...words('pupils pupil students student learners learner clinicians physicians doctors nurses beds')
])
/** A count granted by a label: "Permitted Seats: 40", "Authorised Users: 25", "Licensed users 10". */
const ENTITLED = words('permitted authorised authorized licensed licenced allowed entitled')
function entitledCount(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--)
    if (COUNTED.has(s.tokens[k]!.w) && ENTITLED.has(s.tokens[k - 1]?.w ?? '')) return true
  return false
}
/** The number restated in digits after its words: "five hundred (500)", "one hundred and twenty
 * (120)": the rest of the number is read as part of it. */
const NUMBER_WORDS = words(
  'and one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
  'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'
)
function restatedEnd(s: Sentence, end: number): number {
  let k = end
  while (k + 1 < s.tokens.length && k - end < RESTATE_SPAN && NUMBER_WORDS.has(s.tokens[k + 1]!.w)) k++
  return isDigits(s.tokens[k + 1]?.w ?? '') ? k + 1 : end
}
const RESTATE_SPAN = 4

/** People, then a threshold word, then the number at i: "persons not exceeding", "seats up to". */
function countedBefore(s: Sentence, i: number): boolean {
  // "the number of Authorised Users shall not at any time exceed 120"
  const who = nearWords(s, i, COUNTED_SPAN, 0, COUNTED)
  if (who < 0 || NUMBERED.has(s.tokens[i - 1]?.w ?? '')) return false
  for (let k = who + 1; k < i; k++) if (THRESHOLD.has(s.tokens[k]!.w)) return true
  return false
}

/** Nothing else counted after the number ("up to 20 queries" counts queries, not the account before it). */
function endsCount(s: Sentence, end: number, text: string): boolean {
  const next = s.tokens[end + 1]
  if (next === undefined || AFTER_COUNT.has(next.w) || COUNTED.has(next.w)) return true
  // the number closes its clause: "provided that the number of users does not exceed 20, you may …"
  const gap = text.slice(s.tokens[end]!.e, next.s)
  return gap.includes(',') || gap.includes(';')
}
const COUNTED_SPAN = 9

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
    if (capacityOnly(s) || technicalTip(s, ctx.doc.text) || wishOnly(s) || discountOnly(s)) return -1
    // something binds: a condition, a modal, the grant; or a defined term with a cap ('"Small
    // Deployment" means … fewer than 1,000 concurrent users'), there to be a condition of the grant;
    // or a question that is the condition of the duty after it ("Got more than 100k monthly users?
    // Then you'll need a commercial licence.")
    // "账户总数上限：五万个", "Seat cap: 25": the value under a label that names a cap on people
    const label = labelBefore(ctx)
    if (label && hasAny(label, PEOPLE) && labelNamesCap(label) && s.tokens.length - s.body <= 3)
      for (const q of quantities(s, 2)) if (!isMoney(s, q.at, q.end, ctx.doc.text)) return q.at
    // a table row of people and a number, under a header or above a line that names the threshold
    const tableCap = s.restated === true && capNamedNearby(ctx)
    const binding = hasAny(s, BINDING) || AS_LONG_AS.in(s)
    if (!binding && !definesTerm(s) && !conditionQuestion(s, ctx) && !tableCap) return -1
    // "不得超过伍拾万人": a contract's capital numerals count as well
    for (const q of [...quantities(s, 2), ...capitalNumerals(s)]) {
      const end = restatedEnd(s, q.end)
      // an amount of money is a revenue cap, not a count of people
      if (isMoney(s, q.at, q.end, ctx.doc.text)) continue
      // "年收入超过五百万", "revenue of 5 million": an amount of revenue written without its currency
      if (nearWords(s, q.at, 4, 0, REVENUE) >= 0 || nearPhrase(s, q.at, 6, 0, REVENUE_ZH) >= 0) continue
      const capped =
        nearWords(s, q.at, 8, 0, THRESHOLD) >= 0 ||
        nearWords(s, end, 0, 3, THRESHOLD) >= 0 ||
        entitledCount(s, q.at)
      if (!capped && !tableCap) continue
      if (q.value < SMALL) {
        // "Sections 8.1 or 8.2 above, all end user licences": a section number counts nobody
        const whole = Number.isInteger(q.value) && !NUMBERED.has(s.tokens[q.at - 1]?.w ?? '')
        if (whole && nearWords(s, end, 0, 3, COUNTED) >= 0 && !unitOfTime(s, end)) return q.at
        // the people named first, then the threshold: "persons not exceeding five hundred in each quarter"
        if (whole && countedBefore(s, q.at) && endsCount(s, end, ctx.doc.text)) return q.at
        // "| Named seats per organisation | 25 maximum |": the cap word after the number
        if (whole && nearWords(s, q.at, 6, 0, COUNTED) >= 0 && CAP_AFTER.has(s.tokens[end + 1]?.w ?? ''))
          return q.at
        continue
      }
      if (nearWords(s, end, 0, 6, COUNTED) >= 0) return q.at
      // people named before the number, and nothing else counted after it ("each session is
      // limited to 2,000 tokens" counts tokens)
      if (nearWords(s, q.at, 20, 0, COUNTED) >= 0 && !OTHER_UNITS.has(s.tokens[end + 1]?.w ?? '')) return q.at
    }
    return -1
  },
  examples: {
    detected: [
      'If more than two million distinct people use your service in a calendar month, you need our written consent.',
      '如果您的产品月活跃用户超过1亿，您必须向我们申请许可。',
      'The number of registered learners shall not exceed three hundred in any term.'
    ],
    notDetected: [
      'Our hosted demo has already served over 3 million users.',
      'There is no cap on users.',
      'A single server can handle up to 5,000 concurrent users.'
    ]
  }
})
