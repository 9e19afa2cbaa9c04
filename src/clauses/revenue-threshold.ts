// A cap on the licensee's revenue. Frame: a quantity of money (a currency sign or word) near a
// revenue word (revenue, turnover, income, ARR, 收入 …), binding the licensee: a comparison, a
// cap, a tier that stops, or a condition. Not: revenue reported as a fact ("reached $40 million in
// revenue last year"), nor a price or a discount offered by size ("discounts for companies under $1M").
import { FOUND, OSD5, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { hasAny, nearPhrase, nearWords, union, words } from './toolkit/query.js'
import { REVENUE, REVENUE_ZH } from './concepts.js'
import { OBLIGATION, bannedAfter, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { comparedBySign, isMoney, quantities } from './toolkit/quantities.js'
import type { Sentence } from './toolkit/sentences.js'
import type { DetectContext } from './clause.js'
import { conditionQuestion } from './toolkit/conditions.js'
import { capNamedNearby } from './toolkit/neighbours.js'
import { capitalNumerals } from './toolkit/capital-numerals.js'

/** Revenue named, or earned, raised or generated. */
const REVENUE_OR_EARNING = union([
  ...REVENUE,
  ...words('earn earns earning earned raised generate generates generating deriving derive derives derived'),
  // "the aggregate consideration received by it … does not exceed SGD 3,000,000"
  ...words('consideration'),
  // other measures of financial size: "an annual operating budget under USD 20 million", "assets
  // under management above USD 1 billion", "an endowment over $100M"
  ...words('budget budgets assets aum endowment endowments')
])
/** "makes a million a year": earning, an amount, then its period (no currency needed). */
const A_YEAR = words('year annually yearly month')
function earnsPerPeriod(s: Sentence, at: number, end: number): boolean {
  return nearWords(s, at, 2, 0, EARN) >= 0 && nearWords(s, end, 0, 2, A_YEAR) >= 0
}
/** A threshold: a comparison, a cap, or a condition or obligation that turns on the amount. */
const THRESHOLD = words(
  'exceed exceeds exceeded exceeding more over above greater less below under fewer reach reaches',
  'reached reaching surpass surpasses surpassed excess least cap capped limit threshold until once if',
  'whose unless only stop stops end ends ceiling cutoff tier tiers free hit hits cross crosses north',
  '超 过 低 于 以 上 以 下 达 到 不 足 须 需 应'
)
/** Revenue reported as a fact: "reached", "reported", "recorded" (past tense, nobody bound). */
const FACT = words(
  'reached reported recorded posted grew achieved earned generated made totalled totaled had exceeded',
  'surpassed topped crossed'
)
/** What turns a reported amount into a condition: "if", "whose", "must", "eligible", "licence". */
const CONDITION = words(
  'if whose once when whenever where unless until while only must shall may need needs required',
  'require requires eligible license licence licensed licences grant granted permitted free paid',
  'tier apply applies represents represent warrants warrant certifies certify confirms my',
  'confirm confirmed declare declares attest attests pay pays fee fees charge charged',
  'conditional conditioned available eligibility',
  '如 若 须 需 应 不 仅 许 授 免 适 限'
)
/** Prices offered by size: a discount binds nobody unless something is required or forbidden. */
const DISCOUNT = words(
  'discount discounts discounted rebate rebates cheaper programme programmes program programs credits',
  'sponsorship scholarship scholarships waiver waivers'
)
/** Names of a threshold: "Revenue cap: USD 1M", "annual revenue threshold". */
const CAP_NOUN = words('cap capped threshold thresholds limit limits ceiling cutoff tier tiers 门 槛 上 限')

/** Verbs of earning in plain words: "businesses making more than $5 million a year". */
const EARN = words(
  'make makes making bring brings bringing bill bills billing gross grosses grossing pull pulls pulling',
  'take takes taking rake rakes raking'
)
const COMPARATOR = words('more over above greater less under below fewer exceeding than beyond north')

/** A verb of earning, then a comparison, then the amount at i ("making more than $5 million"). */
function earnsCompared(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--)
    if (COMPARATOR.has(s.tokens[k]!.w)) return nearWords(s, k, 4, 0, EARN) >= 0
  return false
}

/** "Our company reached $40 million in revenue last year": a fact in the past tense, no condition. */
function reportedFact(s: Sentence): boolean {
  return hasAny(s, FACT) && !hasAny(s, CONDITION)
}

/**
 * Something binds: a condition or a grant word, a named cap, a ban. "This Model helps businesses grow
 * revenue by over $1M" and "We donate 1% of revenue above $1M" bind nobody.
 */
function binds(s: Sentence): boolean {
  // "… fall outside the Starter terms": a ban stated without "not"
  const banned = bannedAfter(s, -1, s.tokens.length) >= 0
  return hasAny(s, CONDITION) || hasAny(s, CAP_NOUN) || sentenceHasNegation(s) || prohibits(s) || banned
}

/** "Discounts are available for companies with under $1M in revenue": pricing, not a threshold. */
function discountOnly(s: Sentence): boolean {
  return (hasAny(s, DISCOUNT) || hasAny(s, SUGGESTION)) && !hasAny(s, OBLIGATION) && !prohibits(s)
}
/** A request, not a term: "we encourage companies earning over $1M to sponsor us", "consider sponsoring". */
const SUGGESTION = words('sponsor sponsoring encourage encouraged consider donate donating')

/** The number at token i is joined by a hyphen to the word before it: part of a name ("Brennvale-13B"). */
function inName(s: Sentence, i: number, text: string): boolean {
  const start = s.tokens[i]!.s
  return start >= 2 && text[start - 1] === '-' && /\p{L}/u.test(text[start - 2]!)
}

/** A table row whose header, a few rows up, names revenue: the row's amount is a revenue tier. */
function revenueHeaderAbove(s: Sentence, ctx: DetectContext): boolean {
  if (s.restated !== true) return false
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 4); k--) {
    const row = ctx.doc.sentences[k]!
    if (row.restated !== true) return false
    if (hasAny(row, REVENUE) || REVENUE_ZH.in(row)) return true
  }
  return false
}

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
    // "Making over $10M a year? You need an enterprise licence.": the question is an "if"
    const asked = conditionQuestion(s, ctx)
    // a table row of revenue and an amount, under a header or above a line that names the threshold
    const tableCap = s.restated === true && capNamedNearby(ctx)
    if (reportedFact(s) || discountOnly(s) || (!binds(s) && !asked && !tableCap)) return -1
    const compared = hasAny(s, THRESHOLD) || hasAny(s, OBLIGATION) || asked || tableCap
    // "营业收入超过人民币伍仟万元": a contract's capital numerals count as well
    const amounts = [...quantities(s, 1000), ...capitalNumerals(s).filter(q => q.value >= 1000)]
    for (const q of amounts) {
      // "Brennvale-13B", "Heron-7B": a model's size inside its name, no amount of money
      if (inName(s, q.at, ctx.doc.text)) continue
      // "< $500k ARR": a sign of comparison is a threshold too
      if (!compared && !comparedBySign(s, q.at, ctx.doc.text)) continue
      const money = isMoney(s, q.at, q.end, ctx.doc.text)
      // (a long legal subject may stand between: "the aggregate consideration received by it … from all
      // sources in any accounting period does not exceed SGD 3,000,000")
      const window = money ? 20 : 4
      const span = window + (q.end - q.at)
      if (nearWords(s, q.at, window, span, REVENUE_OR_EARNING) >= 0) return q.at
      if (money && earnsCompared(s, q.at)) return q.at
      if (earnsPerPeriod(s, q.at, q.end)) return q.at
      if (nearPhrase(s, q.at, window * 2, span * 2, REVENUE_ZH) >= 0) return q.at
      // "| under $1M | Community (free) |" under a header "| Annual revenue | Licence needed |"
      if (money && hasAny(s, THRESHOLD) && revenueHeaderAbove(s, ctx)) return q.at
    }
    return -1
  },
  examples: {
    detected: [
      'Businesses whose yearly turnover passes five million euros must buy a commercial licence.',
      'Firms with more than $10M in annual revenue are not covered by this grant.',
      'Free for teams with < $250k ARR.'
    ],
    notDetected: [
      'We spent about $2,000,000 on training compute.',
      'There is no revenue sharing.',
      'Last year our revenue reached $8 million.',
      'Startups with under $1M in revenue get a discount on support.'
    ]
  }
})
