// Commercial use forbidden or gated. Frame: the act (use, exploitation, products, services) in a
// commercial field, with a prohibition ("not for commercial purposes"), a limit ("non-commercial
// purposes only", a CC BY-NC licence named) or a gate (commercial use needs permission,
// authorisation or registration). Chinese: 非商业, 不得用于商业, 商业用途须授权/登记.
// Commerce may be named without the word: for-profit entities barred, use in anything one charges
// for, ads, subscriptions and paywalls. Not: "commercial support is available", "commercial and
// non-commercial use are permitted", a commercial licence needed only above a number of users or an
// amount of revenue (a threshold), a limit on outputs alone (an output-use restriction).
import { BLOCKER_SEVERITY, FOUND, OSD6, defineClause, type DetectContext } from './clause.js'
import revenueThreshold from './revenue-threshold.js'
import { PEOPLE } from './concepts.js'
import userThreshold from './user-threshold.js'
import { docsUrl } from '../rules/types.js'
import {
  allOf,
  findSeq,
  has,
  hasAny,
  nearPhrase,
  nearWords,
  phrases,
  positions,
  words
} from './toolkit/query.js'
import { bannedAfter, isNegationAt, negatedBefore, negationReaching } from './toolkit/negation.js'
import { aboutOutputsOnly, outputRefs } from './toolkit/outputs.js'
import { quantities } from './toolkit/quantities.js'
import { deniedAt } from './toolkit/absence.js'
import type { Sentence } from './toolkit/sentences.js'

const USE_WORDS = words(
  'use uses used using purpose purposes exploitation exploit production application applications',
  'product products deployment manner activities activity gain advantage settings setting service',
  'services endeavor endeavour nature context operations offering offerings rights right license',
  'licence licenses licences stuff project projects thing things work deployment deployments venture',
  'ventures'
)
/** A gate: permission, authorisation or registration before commercial use. */
const GATE = words(
  'permission authorization authorisation approval consent contact obtain obtained authorized',
  'authorised register registration registered sign signed signup enrol enroll enrolled enrolment',
  // "shall submit an application to … and may not do so until it is approved"
  'apply application'
)
const DEFINITIONS = phrases(
  'personal use means, commercial purpose means, commercial purposes means',
  'commercial use means, commercial uses means'
)
/** "NonCommercial means not primarily intended for commercial advantage": the definition of the
 * term, not a limit ("limited to uses not primarily intended for commercial gain" is one). */
const NOT_PRIMARILY = phrases('not primarily intended for commercial, not primarily intended for or directed')
const MEANS = words('means mean meaning')
function definesNonCommercial(s: Sentence): boolean {
  for (const p of NOT_PRIMARILY.all(s)) if (nearWords(s, p, 6, 0, MEANS) >= 0) return true
  return false
}
/** Creative Commons NC licence names in other languages (the English ones are caught by the token rule). */
const NAMES = phrases(
  'nicht kommerziell, keine kommerzielle nutzung, pas d utilisation commerciale, 非商业, 非商用',
  '非营利目的, 非营利用途, 非营利性用途, 非盈利目的, 非盈利用途, 非营利性质'
)
const NOTHING = words('nothing')
const PERMITTING = words(
  'permitting permit permits granting grant grants allowing authorising authorizing authorises',
  'authorizes authorise authorize entitles entitle'
)
const BODIES = words(
  'organisations organizations organisation organization entities institutions bodies groups users'
)
const ACTORS = words(
  'recipient recipients distributor distributors entity entities user users licensee licensees',
  'support registry partners partner'
)
const NEEDS = words(
  'must should please need needs required require requires shall only unless until conditional'
)
const BOTH = phrases(
  'commercial and non commercial, commercial or non commercial, non commercial and commercial',
  'non commercial or commercial, commercial and noncommercial, commercial or noncommercial',
  'noncommercial and commercial, noncommercial or commercial',
  'non commercial and limited commercial, commercial and or non commercial',
  'commercial and research, commercial or research, research and commercial',
  'including commercial, for commercial purposes are permitted, permits commercial',
  'commercial use is welcome, commercial use is fine, commercial use is allowed, commercial use is ok',
  'commercial purposes is permitted, 商业和非商业, 包括商业, 商业或非商业, not a non commercial, not a noncommercial',
  '商业与非商业, 商业及非商业, 非商业与商业, 非商业和商业, 商业或者非商业'
)
/** Commerce named without the word "commercial". */
const FOR_PROFIT = phrases(
  'for profit, monetize, monetise, monetizing, monetising, monetization, monetisation',
  'paid product, paid products, paid service, paid services, revenue generating, sell access',
  'paid subscription, paid subscriptions, earns money, earn money, earning money, makes money',
  'make money, making money, monetary gain, financial gain, monetary advantage, monetary compensation',
  'advertising revenue, ad revenue, ad supported, ads, paywall, paywalls, subscriptions, subscription fee',
  'subscription fees, selling access, sells access, resell access, resells access, reselling access',
  'paid api access, paid access, paid apps, paid app, client work, paid work, paid products',
  // gain as the purpose: "an undertaking carried on for gain"
  'for gain, for private gain, for pecuniary gain, for commercial gain, pecuniary advantage',
  // "used to generate revenue, directly or indirectly"
  'generate revenue, generates revenue, generating revenue, generate income, generating income',
  'for remuneration, paid consulting, paid consultancy',
  // teaching sold: "in any paid course", "paid tutoring"
  'paid course, paid courses, paid class, paid classes, paid lessons, paid tutoring, paid training',
  // profit and trade as the object: "derive any pecuniary benefit", "with a view to profit",
  // "in the course of trade or business", "offered to paying customers", "commercialise services"
  'pecuniary benefit, pecuniary benefits, view to profit, earning of profit, pursuit of profit',
  'profit making, commercial gain, course of trade, course of business, trade or business',
  'paying customers, paying clients, paying work, commercialise, commercialize',
  'commercialising, commercializing, monetising, monetizing',
  // civil-law wording: "purposes of gain", "any lucrative use", "with a lucrative purpose"
  'purposes of gain, purpose of gain, lucrative, business or trade, advertising supported'
)
/** An exclusion before what it excludes: "to the exclusion of any activity carried on for profit". */
const EXCLUSION = phrases('to the exclusion of')
/** Charging for what the model is used in: a fee, a charge, a payment received. Commerce only beside a use. */
const CHARGING = phrases(
  'charge money, charge for, charges for, charging for, charge a fee, charge fees, charge users',
  'receive a fee, receive fees, receive payment, receive payments, receive compensation, for a fee',
  'collect a fee, collect fees, collect payment, collect payments, is sold, is resold, is rented',
  'paid offering, paid offerings, paid app, paid apps, paid plan, paid plans',
  'charging fees, charging a fee, charges fees, charges a fee, charged for, charging money, charging users',
  'charging customers, charge customers, levy a fee, levying fees, levy fees',
  // money beside a use ("anything you license to customers for money"); a copy handed over "for
  // payment" without a use is redistribution
  'for money, for cash, for payment',
  // "for consideration", "where no fee or other consideration is received", "charge any fee"
  'for consideration, consideration is received, fee is received, fees are received',
  // the charge in the passive: "provided that no fee is charged to any person for access"
  'fee is charged, fees are charged, fee is levied, fees are levied, price is charged',
  'charge any fee, charge any fees, charge any price, charge a price',
  // "You can't charge anyone for access to it"
  'charge anyone, charge anybody, charge people, charge others, charge users'
)
/** Using the model: the verb a ban on commercial use governs. */
const USE_VERB = words(
  'use using used exploit exploiting deploy deploying offer offering provide providing operate',
  'incorporated offered deployed provided',
  'operating access accessing run running incorporate incorporating'
)
/** Who is in business: "for-profit entities", "commercial organisations". */
const ENTITY = words(
  'entity entities company companies organisation organisations organization organizations',
  'business businesses firms corporations institutions enterprises'
)
/** A commercial word naming an instrument: "a commercial licence", "the commercial agreement". */
const INSTRUMENT = words(
  'licence license licences licenses agreement agreements terms plan plans subscription tier',
  'version edition grant authorisation authorization'
)

/** Who speaks of its own conduct: "We do not charge for access" states a price, it bans nothing. */
const LICENSOR_SUBJECT = words('we i licensor licensors authors developers maintainers team')
/** Words between a subject and its negation: "we do not", "we will never", "we don't". */
const AUX = words('do does did will would shall don doesn won currently presently also')

/** The negation at k is the licensor's about itself ("we do not charge", "the Licensor will not sell"). */
function licensorNegates(s: Sentence, k: number): boolean {
  let j = k - 1
  // "don't": the negation is the "t" after "don"
  if (s.tokens[k]!.w === 't') j--
  while (j >= 0 && AUX.has(s.tokens[j]!.w)) j--
  return j >= 0 && LICENSOR_SUBJECT.has(s.tokens[j]!.w)
}

/** A negation within `before` tokens before p that is no licensor speaking of itself. */
function bannedBefore(s: Sentence, p: number, before: number): boolean {
  const k = negatedBefore(s, p, before)
  return k >= 0 && !licensorNegates(s, k)
}

const TARGET = words('target targeted targeting')
/** "fitness for a commercial purpose": a warranty disclaimed, no limit on use. */
const WARRANTY = words('warranty warranties merchantability fitness')
/** "commercial use of the mark": the trademark's use, not the model's. */
const MARK = words('mark marks trademark trademarks logo logos')

/** "not-for-profit", "non-profit": adjectives, not negations. */
const PROFIT_ADJECTIVE = words('not non')
const COMMERCIAL_ZH = phrases(
  '商业, 商用, 盈利, 营利, 牟利, 赚钱, 挣钱, 卖钱, 变现, 公司用, 企业用, 公司使用, 企业使用, 收取对价'
)
const GATE_ZH = phrases('授权, 许可, 登记, 注册, 同意, 申请, 签合同, 签订合同, 签署合同, 签协议, 付费')
const NEEDS_ZH = phrases('须, 需, 应, 必须, 前, 才, 先')
/** Commercial use (not commercial support) gated by a contact: 商用请联系作者. */
const COMMERCIAL_USE_ZH = phrases('商用, 商业用途, 商业使用, 商业目的, 用于商业')
const CONTACT_ZH = phrases('联系')
/** Asking, needing or requiring, just before the contact: 请(先)联系, 需要联系, 须联系. */
const ASK_ZH = phrases('请, 需, 须, 应, 要')

function ncToken(s: Sentence): number {
  const a = positions(s, 'noncommercial')[0] ?? -1
  const b = findSeq(s, ['non', 'commercial'])[0] ?? -1
  const c = findSeq(s, ['by', 'nc'])[0] ?? -1
  const cands = [a, b, c >= 0 ? c + 1 : -1].filter(x => x >= 0)
  return cands.length === 0 ? -1 : Math.min(...cands)
}

/** "non-profit", "nonprofit", "not-for-profit": each start position and the word after it. */
function nonProfit(s: Sentence): { at: number; after: number }[] {
  const out: { at: number; after: number }[] = []
  for (const p of positions(s, 'nonprofit')) out.push({ at: p, after: p + 1 })
  for (const p of findSeq(s, ['non', 'profit'])) out.push({ at: p, after: p + 2 })
  for (const p of findSeq(s, ['not', 'for', 'profit'])) out.push({ at: p, after: p + 3 })
  return out
}
const SCOPE_ONLY = words('only solely exclusively')
/** A condition or a duty that the charging clause states: "provided that", "must ensure that". */
const PROVISO = words('provided ensure condition conditional')
const NO = words('no')
const SCOPE_PREP = words('for to covers cover covered')

/** Qualifiers between "non-profit" and the use it scopes: "non-profit educational and research purposes". */
const NON_PROFIT_QUALIFIERS = 4
/** A use word (not "rights") at `from` or after at most `skip` qualifiers. */
function useWithin(s: Sentence, from: number, skip: number): boolean {
  for (let k = from; k <= Math.min(s.tokens.length - 1, from + skip); k++) {
    const w = s.tokens[k]!.w
    if (USE_WORDS.has(w)) return w !== 'rights' && w !== 'right'
  }
  return false
}

/**
 * Use scoped to the non-commercial or non-profit: "licensed for non-profit use"; "Only non-profit
 * organisations may use the Software". Not: "Non-profit organisations may request free hosting".
 */
function nonProfitScope(s: Sentence): number {
  for (const { at, after } of nonProfit(s)) {
    const next = s.tokens[after]?.w
    if (next === undefined) continue
    // the use scoped to it ("licensed for non-profit use"), not named as welcome ("Non-profit use is welcome")
    const scoped = SCOPE_PREP.has(s.tokens[at - 1]?.w ?? '') || nearWords(s, at, 4, 4, SCOPE_ONLY) >= 0
    // "for non-profit educational and research purposes only": the use word after its qualifiers
    if (scoped && useWithin(s, after, NON_PROFIT_QUALIFIERS)) return at
    if (BODIES.has(next) || ENTITY.has(next)) if (nearWords(s, at, 3, 0, SCOPE_ONLY) >= 0) return at
  }
  return -1
}

/** The limit at `at` is the word "non-commercial" itself (or NC, 非商业), not commerce in other words. */
function namesNonCommercial(s: Sentence, at: number): boolean {
  const w = s.tokens[at]!.w
  return at === ncToken(s) || w === 'noncommercial' || w === '非'
}

/** The revenue or the user threshold finds its clause in this sentence, or it counts users ("each block
 * of 50 concurrent users requires a seat"); not a threshold in a clause of its own after a semicolon or
 * ", and" ("Commercial use requires registration, and the free tier stops at 50,000 users"). */
function aboveThreshold(s: Sentence, ctx: DetectContext, at: number): boolean {
  const r = revenueThreshold.detect(s, ctx)
  const u = r >= 0 ? r : userThreshold.detect(s, ctx)
  // (…不得超过伍拾万人；超过的，…签订商业许可合同: the clause after takes the number up)
  if (u >= 0) return !clauseBetween(s, ctx.doc.text, at, u) || nearPhrase(s, at, 16, 0, BACK_ZH) >= 0
  return quantities(s, 2).some(q => nearWords(s, q.end, 0, 2, PEOPLE) >= 0)
}

/** A number in the clause of p: "商用须申请授权；月活超过一亿的…" counts in a clause of its own. */
function countsInClause(s: Sentence, text: string, p: number): boolean {
  const q = quantities(s, 1000)
  if (q.length === 0) return false
  // "超过该数值的，须…签订商业授权协议", "all others": the clause takes up the number before it
  if (nearPhrase(s, p, 16, 16, BACK_ZH) >= 0 || nearWords(s, p, 16, 16, BACK_REFERENCE) >= 0) return true
  return q.some(x => !clauseBetween(s, text, p, x.at))
}
/** Words that take up a number named before: 该数值, 该数额, 此限, 上述, 前述. */
const BACK_ZH = phrases('该数, 该额, 此数, 此限, 上述, 前述, 该标准, 该门槛, 该上限, 超过的, 超出的')

/** A semicolon, or a comma and "and", between the positions a and b: two clauses. */
function clauseBetween(s: Sentence, text: string, a: number, b: number): boolean {
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  for (let k = from + 1; k <= to; k++) {
    const gap = text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s)
    if (gap.includes(';') || gap.includes('\uff1b')) return true
    if (gap.includes(',') && s.tokens[k]!.w === 'and') return true
  }
  return false
}

/** Words that take up a threshold of the sentence before: "all others", "everyone else", "beyond that". */
const BACK_REFERENCE = words('others else beyond above bigger larger')

/** "… with annual turnover below INR 50 crore; all others shall obtain a commercial licence": the
 * commercial licence is needed above the threshold the sentence before states. */
function thresholdBefore(s: Sentence, ctx: DetectContext): boolean {
  // (超过的，…: 超过 taken up from the sentence before)
  if (ctx.index === 0 || (!hasAny(s, BACK_REFERENCE) && !BACK_ZH.in(s))) return false
  const prev = ctx.doc.sentences[ctx.index - 1]!
  const before = { ...ctx, index: ctx.index - 1 }
  return revenueThreshold.detect(prev, before) >= 0 || userThreshold.detect(prev, before) >= 0
}

/** "does not require any registration or permission": the gate is denied. */
function negatedGate(s: Sentence): boolean {
  // "prohibited unless …" is a gate, not a need denied
  for (const g of allOf(s, NEEDS)) {
    if (CONDITIONAL.has(s.tokens[g]!.w)) continue
    const k = negatedBefore(s, g, 3)
    // "Commercial use: not allowed; a licence is required": "not allowed" bans, it denies no need
    if (k >= 0 && !GRANTED.has(s.tokens[k + 1]?.w ?? '')) return true
  }
  return false
}
const GRANTED = words('allowed permitted authorised authorized licensed licenced')
const CONDITIONAL = words('unless until only')

/** Commerce without the word "commercial": business use, for-profit use, charging for access. */
const BUSINESS = phrases(
  'in a business, for a business, business use, business purposes, business advantage, earning money',
  'charge fees for access, charge for access, for profit, non professional, nonprofessional',
  'for business, for businesses, non business'
)

function chinese(s: Sentence, text: string): number {
  const named = NAMES.first(s)
  if (named >= 0) return named
  for (const p of COMMERCIAL_ZH.all(s)) {
    // 不得用于商业目的 / 禁止商业使用
    if (negatedBefore(s, p, 16) >= 0) return p
    // 商业用途须获得授权 / 商用前需登记
    // a commercial agreement needed above a number of users or an amount is a threshold
    if (countsInClause(s, text, p)) continue
    if (nearPhrase(s, p, 12, 20, GATE_ZH) >= 0 && nearPhrase(s, p, 12, 20, NEEDS_ZH) >= 0) return p
  }
  if (quantities(s, 1000).length > 0) return -1
  for (const p of COMMERCIAL_USE_ZH.all(s)) {
    const c = nearPhrase(s, p, 0, 8, CONTACT_ZH)
    if (c >= 0 && nearPhrase(s, c, 3, 0, ASK_ZH) >= 0) return p
  }
  return -1
}

/** "NoDerivatives, ShareAlike" together: the list of Creative Commons elements, not one licence's name
 * (no licence is both no-derivatives and share-alike). */
function elementList(s: Sentence): boolean {
  return has(s, 'noderivatives') && (has(s, 'sharealike') || findSeq(s, ['share', 'alike']).length > 0)
}

/**
 * "shall not use the Model, or any product incorporating it, in connection with any activity
 * undertaken for … commercial advantage": a ban on use whose purpose, far after it, is commerce.
 * The ban reaches p unless an exception or a new modal clause comes between.
 */
function useBannedFor(s: Sentence, p: number): boolean {
  const k = negationReaching(s, p, USE_BAN_SPAN)
  if (k < 0) return false
  for (let v = k + 1; v <= Math.min(p - 1, k + 3); v++) if (USE_VERB.has(s.tokens[v]!.w)) return true
  return false
}
/** Most words between "shall not use" and the commercial purpose it forbids. */
const USE_BAN_SPAN = 40

/** "For-profit entities may not use the Dataset": those in business are barred from using it. */
function actorBanned(s: Sentence, entity: number): boolean {
  for (let k = entity + 1; k <= Math.min(s.tokens.length - 1, entity + 5); k++) {
    if (!isNegationAt(s, k)) continue
    for (let v = k + 1; v <= Math.min(s.tokens.length - 1, k + 3); v++)
      if (USE_VERB.has(s.tokens[v]!.w)) return true
  }
  return false
}

/** Needs of an entity: "shall enter into a Commercial Agreement", "must obtain a paid licence". */
const ENTITY_NEEDS = words('must shall required need needs')
const USERS = words('users user customers licensees')
const ENTITY_SPAN = 14
/** "For-profit entities … must obtain a paid licence", "a commercial entity … shall be limited to
 * trials unless it has concluded an Enterprise Agreement": those in business need another grant. */
function entityGated(s: Sentence, entity: number): boolean {
  const k = nearWords(s, entity, 0, ENTITY_SPAN, ENTITY_NEEDS)
  if (k < 0 || quantities(s, 1000).length > 0) return false
  return nearWords(s, k, 0, 20, INSTRUMENT) >= 0 && negatedBefore(s, k + 1, 1) < 0
}

/** "Nothing in this Agreement permits commercial use / authorises the Licensee to charge any fee". */
function nothingPermits(s: Sentence, p: number): boolean {
  // "Nothing herein shall be construed as permitting any use of the Model in the course of a business"
  return nearWords(s, p, 20, 0, NOTHING) >= 0 && nearWords(s, p, 18, 0, PERMITTING) >= 0
}

/** Commerce gated: "If you plan to use … for Commercial Purposes, you must first register with us",
 * "Licensees intending to derive pecuniary benefit … must first obtain our written consent". */
function gated(s: Sentence, p: number, text: string): boolean {
  return (
    nearWords(s, p, 25, 25, GATE) >= 0 && hasAny(s, NEEDS) && !negatedGate(s) && !countsInClause(s, text, p)
  )
}

/** Selling what is built with the model (selling the model itself is redistribution). */
const SELL = words('sell sells selling')
const BUILT = words(
  'built made created developed products product apps app applications services anything everything',
  'whatever'
)

/** "You can't sell anything you build with it", "may not sell products built on the Model". */
function sellingBuiltBanned(s: Sentence): number {
  for (const p of allOf(s, SELL)) {
    if (negationReaching(s, p, 4) < 0) continue
    if (nearWords(s, p, 0, 6, BUILT) >= 0) return p
  }
  return -1
}

/** A commercial licence needed above a number of users or an amount of revenue: a threshold, not a ban. */
function thresholdInstrument(s: Sentence, p: number): boolean {
  return INSTRUMENT.has(s.tokens[p + 1]?.w ?? '') && quantities(s, 1000).length > 0
}

/** "The licence does not extend to any use in connection with a product offered for a fee": a
 * negation further back, whose scope reaches the charging ("you may charge no price …, and you may
 * offer support for a fee" opens a fresh permission). */
function chargingDenied(s: Sentence, p: number): boolean {
  const k = negationReaching(s, p, 16)
  return k >= 0 && !licensorNegates(s, k)
}

/** Where the sentence forbids or gates commercial use, or -1. */
function commercialLimit(s: Sentence, text: string): number {
  if (BOTH.in(s) || DEFINITIONS.in(s) || definesNonCommercial(s)) return -1
  const nc = ncToken(s)
  if (nc >= 0) {
    // a licence name (Attribution-NonCommercial, CC BY-NC), or use scoped to non-commercial purposes
    const prev = s.tokens[nc - 1]?.w
    if (prev === 'attribution' || prev === 'by' || s.tokens[nc]!.w === 'nc') return elementList(s) ? -1 : nc
    // GPL-2 "allowed only for noncommercial distribution" is about the offer of source, not use
    const after = s.tokens[nc + (s.tokens[nc]!.w === 'non' ? 2 : 1)]?.w
    if (after === 'distribution' || after === 'redistribution') return -1
    // "non-commercial organisations are eligible for a discount": who they are, not what use is
    // allowed; "Only non-commercial organisations may use it" limits who may use it
    if (after === undefined || !BODIES.has(after) || nearWords(s, nc, 3, 0, SCOPE_ONLY) >= 0) return nc
  }
  const np = nonProfitScope(s)
  if (np >= 0) return np
  const zh = chinese(s, text)
  if (zh >= 0) return zh
  // "may not be used commercially", "Neither the Model nor its outputs may be used commercially"
  for (const p of positions(s, 'commercially'))
    if (negationReaching(s, p, 10) >= 0 || bannedAfter(s, p, 5) >= 0) return p
  for (const p of [...FOR_PROFIT.all(s), ...BUSINESS.all(s)]) {
    const w = s.tokens[p]!.w
    if (w === 'non' || w === 'nonprofessional') return p
    // "target ads at children": ads as what a forbidden use aims, not money made with the model
    if (w === 'ads' && TARGET.has(s.tokens[p - 1]?.w ?? '')) continue
    // "not-for-profit" is an adjective; "not for business" is a ban
    if (w === 'for' && s.tokens[p + 1]?.w === 'profit' && PROFIT_ADJECTIVE.has(s.tokens[p - 1]?.w ?? ''))
      continue
    if (bannedBefore(s, p, 12) || bannedAfter(s, p, 16) >= 0 || useBannedFor(s, p)) return p
    if (nearPhrase(s, p, 10, 0, EXCLUSION) >= 0 || nothingPermits(s, p) || gated(s, p, text)) return p
    // "For-profit entities may not access it", "… must obtain a paid licence"
    const who = w === 'for' ? p + 2 : p + 1
    if (ENTITY.has(s.tokens[who]?.w ?? '') && (actorBanned(s, who) || entityGated(s, who))) return p
  }
  const selling = sellingBuiltBanned(s)
  if (selling >= 0) return selling
  // "Using the Model in anything you charge money for requires a paid licence": charging beside a use
  if (hasAny(s, USE_VERB))
    for (const p of CHARGING.all(s))
      if (
        bannedBefore(s, p, 12) ||
        chargingDenied(s, p) ||
        bannedAfter(s, p, 16) >= 0 ||
        useBannedFor(s, p) ||
        nothingPermits(s, p) ||
        // "must complete the commercial registration form … before deploying it in a product offered for a fee"
        gated(s, p, text) ||
        // "only in settings where no fee or other consideration is received"
        // "provided that no fee is charged for access", "must ensure that no fee is charged": no charge as a condition
        ((nearWords(s, p, 14, 0, SCOPE_ONLY) >= 0 || nearWords(s, p, 14, 0, PROVISO) >= 0) &&
          nearWords(s, p, 8, 0, NO) >= 0)
      )
        return p
  for (const p of positions(s, 'commercial')) {
    const actor = s.tokens[p + 1]?.w
    if (ENTITY.has(actor ?? '') && (actorBanned(s, p + 1) || entityGated(s, p + 1))) return p
    // "commercial users need a paid licence": those using it commercially need another grant
    if (USERS.has(actor ?? '') && entityGated(s, p + 1)) return p
    if (nearWords(s, p, 8, 0, WARRANTY) >= 0) continue
    if (nearWords(s, p, 0, 5, MARK) >= 0 && s.tokens[p + 2]?.w === 'of') continue
    if (actor !== undefined && ACTORS.has(actor)) continue
    if (nearWords(s, p, 0, 2, USE_WORDS) < 0 || thresholdInstrument(s, p)) continue
    // "not … for any commercial or production purposes", "does not include any commercial exploitation"
    if (negationReaching(s, p, 20) >= 0 || useBannedFor(s, p)) return p
    // "Commercial use of the Model … is prohibited / requires a licence"
    if (bannedAfter(s, p, 16) >= 0 && !negatedGate(s)) return p
    // "Nothing in this Agreement permits commercial use"
    if (nothingPermits(s, p)) return p
    // "for purposes other than commercial or production use"
    if (s.tokens[p - 1]?.w === 'than' && s.tokens[p - 2]?.w === 'other') return p
    // "If you plan to use … for Commercial Purposes, you must first register with us"
    if (gated(s, p, text)) return p
  }
  return -1
}

/** "the commercial use of generated images": the use named is the outputs', and the model is not named. */
function outputsUsed(s: Sentence, at: number): boolean {
  const of = nearWords(s, at, 0, 3, OF)
  if (of < 0 || !USE_WORDS.has(s.tokens[of - 1]?.w ?? '') || hasAny(s, MODEL)) return false
  return outputRefs(s).some(r => r > of && r - of <= 3)
}
const OF = words('of')
const MODEL = words('model models weights checkpoint software 模')

export default defineClause({
  type: 'non-commercial',
  restrictive: true,
  label: 'forbids commercial use',
  noun: 'a ban on commercial use',
  meta: {
    id: 'license/no-non-commercial',
    title: 'Commercial use allowed',
    framework: OSD6,
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/no-non-commercial')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    const at = commercialLimit(s, ctx.doc.text)
    // "Any text produced by the Model may be used only for non-commercial purposes": outputs, not the model
    if (at >= 0 && (aboutOutputsOnly(s, at) || outputsUsed(s, at))) return -1
    // "Above $25M in annual revenue, commercial use requires our Enterprise Licence": commercial use
    // gated only above a number of users or an amount of revenue is that threshold, not a ban
    // (a licence named non-commercial stays one)
    if (at >= 0 && !namesNonCommercial(s, at) && (aboveThreshold(s, ctx, at) || thresholdBefore(s, ctx)))
      return -1
    // "contains no non-commercial restriction", "Nothing … confines use to non-commercial purposes"
    return at >= 0 && deniedAt(s, at) ? -1 : at
  },
  examples: {
    detected: [
      'You may not monetize the model or place it inside a paid service.',
      '本模型仅限非商业用途使用。',
      'For-profit entities may not use the Dataset.'
    ],
    notDetected: [
      'Commercial and non-commercial use are both welcome.',
      'Commercial support contracts can be bought from the maintainers.',
      'Text produced by the Model may be used only for non-commercial purposes.'
    ]
  }
})
