// A use policy that binds users: one incorporated by name, link or annex ("subject to the Acme
// Acceptable Use Policy"), or a use-policy file itself (detect.ts). Not: a list of forbidden uses in
// the licence's own text, even under a "Prohibited uses:" heading (a field-of-use restriction), a
// title or heading, a contact or "report violations to" line, a policy that asks only for lawful
// use, a sentence saying there is no such policy.
import { FOUND, OSD6, RESTRICTIVE_SEVERITY, defineClause, type DetectContext } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, firstOf, hasAny, nearPhrase, nearWords, phrases, positions, words } from './toolkit/query.js'
import { definesTerm } from './toolkit/definition.js'
import { negatedBefore, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { deniedAt } from './toolkit/absence.js'
import type { Sentence } from './toolkit/sentences.js'
import { isDigits } from './toolkit/tokens.js'
import { fieldOf } from './toolkit/field-key.js'
import { statesTerm } from './toolkit/states-term.js'
import flowDown from './restrictions-flow-down.js'

const ANNEX = words('attachment exhibit schedule appendix annex addendum')
/** A conduct document by its name: a head noun ("policy", "guidelines", "rules", "code") that a
 * kind word qualifies ("use", "usage", "acceptable", "responsible", "content", "safety"). */
const DOC_HEAD = words(
  'policy policies guidelines guideline guide rules terms charter charters code codes standard standards',
  'principles addendum framework handbook pledge norms covenant'
)
/** Heads that name a conduct document only after a word of conduct ("Responsible AI Standard",
 * "Acceptable Conduct Code", "Fair Use Charter"), not "safety standards" or "content code". */
const WEAK_HEAD = words('code codes standard standards principles addendum framework')
const CONDUCT_KIND = words(
  'responsible acceptable ethical ethics fair trustworthy conduct behaviour behavior'
)
const DOC_KIND = words(
  'use usage acceptable prohibited responsible content safety conduct fair ethical ethics trustworthy',
  'behaviour behavior',
  // "Appropriate Use Schedule", "Permitted Use Charter", "Harm Prevention Policy", "Anti-Misuse Policy"
  'appropriate permitted permissible proper allowed restricted harm harms misuse abuse community'
)
/** Kind words that name a conduct document only in a capitalised name ("the Platform Rules",
 * "the Deployment Principles", "the Community Standards", "the Restrictions Handbook"): in lower
 * case ("the deployment guidelines in the README") they describe technical instructions. */
const NAMED_KIND = words('platform deployment trust safe restrictions')
/** An annex, schedule or terms named by the conduct it governs: "Trustworthy Use Annex",
 * "Prohibited Conduct Schedule", "Safe Deployment Terms" (never "Schedule 2" or "these Terms"). */
const NAMED_HEAD = words('annex schedule appendix exhibit terms')
/** A head before its kind: "Guidelines for Appropriate Use", "Schedule of Prohibited Conduct". */
const HEAD_FIRST = words(
  'guidelines rules policy code standards principles schedule annex appendix charter charters'
)
/** Kind words of a head-first name (what the document governs). */
const GOVERNED = words('use usage conduct behaviour behavior deployment content')
/** Documents about other things than use: privacy, disclosure, marks. */
const OTHER_DOC = words(
  'privacy disclosure vulnerability security cookie cookies refund trademark trademarks marks mark brand',
  'trade retention data',
  // "the Restricted Countries Annex": a list of places, no use policy
  'countries country territories jurisdictions regions'
)
/** "Data Use Guidelines" govern the use of data: "data" before a kind word ends the name, it does not
 * unmake it ("Data Retention Policy" has no kind word and names nothing). */
const NAME_OPENER = words('data')
/** Words that bind someone to the document: comply, abide, subject to, incorporated, breach. */
const BIND = words(
  'comply complies compliance abide abides follow follows conform conforms accordance adhere adheres',
  'observe subject governed bound binding binds incorporated incorporate forms integral breach',
  'breaches violate violates violation violating accept accepts acceptance agree agrees prohibits',
  'forbids prohibited applies apply constitutes conditional refrain adhering complying abiding conforming',
  'observing breaching breached violated adherence conditioned conditional',
  // "honour the Permitted Use Charter", "contravenes the Harm Prevention Policy", "accepting it"
  'honour honours honor honors honouring honoring respect respects obey obeys uphold upholds',
  'contravene contravenes contravening contravention infringe infringes accepting agreeing condition',
  // "are deemed to be terms of this Licence"
  'deemed',
  // "the version in force … governs that use", "read and agreed to", "in a manner contrary to"
  'governs agreed contrary'
)
const OBLIGED = words('must shall required')
const DOC_HEAD_ZH = phrases('政策, 规范, 准则, 守则, 规则, 規範, 準則, 守則, 規則')
const DOC_KIND_ZH = phrases('使用, 用途, 行为, 可接受, 负责任, 内容')
const BIND_ZH = phrases(
  '遵守, 遵循, 约束, 组成部分, 一部分, 纳入, 接受, 违反, 须, 应当, 照着, 按照, 依照, 作废, 失效, 違反, 約束',
  '須, 應當, 納入, 終止, 终止, 符合, 应, 應'
)
/** "本许可不附带任何使用政策", "不通过引用纳入其他行为准则": a document said not to be part of it. */
const NOT_INCLUDED_ZH = phrases(
  '不附带, 不纳入, 不包含, 不包括, 不附加, 没有, 无任何, 未纳入, 不通过引用纳入, 不引用, 不存在',
  // 本协议未援引任何外部使用政策
  '未援引, 不援引, 未引用'
)
/** "Schedule 2 (Acceptable Use)": an annex named by the kind of use it governs. */
const USE_ANNEX = phrases(
  'acceptable use, prohibited use, prohibited uses, use restrictions, responsible use, restricted use',
  'prohibited activities, appropriate use, permitted use, permitted uses, permissible use, acceptable uses',
  'restricted uses, usage rules, usage restrictions'
)
/** An annex in Chinese and its content: 附件A中的禁止用途清单. */
const ANNEX_ZH = phrases('附件, 附录, 附錄, 附表')
const ANNEX_LIMITS_ZH = phrases('禁止用途, 使用限制, 禁止行为, 禁止行為, 限制用途, 禁止的用途')
/** A document that no longer binds: "replaces the previous acceptable use policy". */
const SUPERSEDED = words('previous former prior earlier superseded replaced replaces supersedes')
/** A community's code of conduct (for contributors, mailing lists, forums): no term of use of the model. */
const COMMUNITY = words('contributors contributor mailing forum forums discussions participants pull')
/** "listed in Attachment A for reference only": shown, not incorporated. */
const INFORMATIVE = phrases(
  'for reference only, for information only, for informational purposes, not binding, non binding',
  // "reproduced below for information; the licence … does not refer to it"
  'for information, not refer to, not referred to',
  // "is advisory only and forms no part of these terms", 仅供参考，不构成本许可的条件
  'advisory only, purely advisory, forms no part, form no part, does not form part, 仅供参考, 不构成本许可'
)
/** A document published elsewhere: "the Osprey Use Restrictions published at osprey.example/use". */
const PUBLISHED = phrases(
  'published at, posted at, available at, found at, located at, set out at, hosted at'
)
/** "terms at least as protective as those in Attachment A": a measure of other terms, no policy. */
const COMPARED = phrases('at least as, no less, not less, as protective as, as restrictive as')
/** A code named by its practice: "Code of Practice for Algorithmic Tools", "Code of Good Practices". */
const CODE_OF_CONDUCT = phrases(
  'code of conduct, code of practice, codes of practice, code of good practice, code of good practices'
)
const POLICY = phrases('aup, trustworthy ai terms, 可接受使用')
const LISTED = phrases(
  'use restrictions, use based restrictions, prohibited uses, restricted uses',
  'prohibited purposes, prohibited use, prohibited activities, restricted activities'
)
const ETHICS = phrases('ai ethics, ethics guidelines, ethical guidelines, responsible ai principles')
const ADHERE = words('accordance adhere comply abide follow subject governed')
/** Lines that only point somewhere: contacts and reporting channels. */
const CONTACT = words('report reporting reported contact email questions inquiries feedback')
/** "the technical report", "our annual report": a document, not a request to report. */
const REPORT_NOUN = words('technical annual research final the a this our that its their')
/** A participle after a contact word: "feedback generated by the Model" names a thing made. */
const PARTICIPLE = words('generated produced created written given returned')
/** What a deployment reports when it is metered: "report usage", "report metrics". */
const METERED = words('usage metrics telemetry statistics consumption')
const VIOLATION = words('violation violations misuse abuse concerns breach breaches')
/** The first word of an address: a web or mail scheme. */
const ADDRESS_START = words('http https www mailto')
/** Nouns of a place to write to: "at the address below", "at our e-mail address". */
const ADDRESS = words('address email mail website site url link page inbox phone telephone')
/** Reporting channels in Chinese: 联系, 举报, 发送邮件至 (traditional characters read as simplified). */
const CONTACT_ZH = phrases(
  '联系, 举报, 疑问, 发送邮件, 发邮件, 邮件至, 电子邮件, 邮箱, 来信, 反馈, 告知我们, 通知我们, 寄信, 通报'
)
/** A gate spoken through a contact ("商用请联系作者", "超过的需要联系我们付费授权"): a clause, not a contact line. */
const GATE_ZH = phrases('商用, 商业使用, 商业用途, 授权, 付费, 购买')
const LAWFUL = phrases(
  'applicable law, applicable laws, lawful, laws and regulations, the law, the laws, all laws, local laws',
  'legal, legally, 法律, 法规'
)

/** Heads that name a conduct document only through NAMED_HEAD's stricter test. */
const WEAK_TERMS = words('terms')
/** Words that end a name: "use of Covered Code", "use the Standard Version" name no document. */
const NAME_BREAK = words('of the a an or and to with your its their this that in for any such')

/** A weak head ("code", "standard") names a conduct document only as one noun phrase whose first
 * word is a word of conduct: "Responsible AI Standard", "Acceptable Conduct Code". */
function weakHeadNamed(s: Sentence, start: number, head: number): boolean {
  const first = s.tokens[start]!.w
  // "use" first is the verb: "to use such Governed Code"; "Acceptable Use Standard" starts earlier
  if (!CONDUCT_KIND.has(first) || first === 'use' || first === 'usage') return false
  for (let k = start + 1; k < head; k++) if (NAME_BREAK.has(s.tokens[k]!.w)) return false
  return true
}

/** The word at k is written with a capital letter and then small ones ("Platform", not "USE" in a
 * disclaimer set in capitals; a Han character never is). */
function capitalised(s: Sentence, k: number, text: string): boolean {
  const t = s.tokens[k]!
  const c = text[t.s] ?? ''
  const rest = text.slice(t.s + 1, t.e)
  return c !== c.toLowerCase() && rest === rest.toLowerCase()
}

/** Tokens from..to are one capitalised name ("Trust and Safety Terms"): every word capitalised but
 * the joining "and", "of", "for", and the first word no sentence opener. */
function capitalisedName(s: Sentence, from: number, to: number, text: string): boolean {
  if (from <= s.body) return false
  for (let k = from; k <= to; k++)
    if (!capitalised(s, k, text) && !NAME_JOINERS.has(s.tokens[k]!.w)) return false
  return true
}
const NAME_JOINERS = words('and of for')

/** "the Platform Rules", "Supplementary Use Terms", "Prohibited Conduct Schedule": a capitalised
 * name whose head follows a kind word (one accepted only in a name among them). */
function namedByCapitals(s: Sentence, i: number, text: string): number {
  if (!capitalised(s, i, text)) return -1
  let start = -1
  for (let k = i - 1; k >= Math.max(s.body, i - 3); k--) {
    const t = s.tokens[k]!.w
    if (OTHER_DOC.has(t) || NAME_OPENER.has(t)) break
    if (DOC_KIND.has(t) || NAMED_KIND.has(t)) start = k
  }
  // "the Community Terms", "Community Licence Terms": the licence itself, named for its community
  if (start >= 0 && s.tokens[start]!.w === 'community' && WEAK_TERMS.has(s.tokens[i]!.w)) return -1
  return start >= 0 && capitalisedName(s, start, i, text) ? start : -1
}

/** "Guidelines for Appropriate Use", "Schedule of Prohibited Conduct": a capitalised head, then
 * "for" or "of" and the kind of conduct it governs. */
function namedHeadFirst(s: Sentence, i: number, text: string): boolean {
  const joiner = s.tokens[i + 1]?.w
  if (joiner !== 'for' && joiner !== 'of') return false
  for (let k = i + 2; k <= Math.min(s.tokens.length - 1, i + 3); k++)
    if (GOVERNED.has(s.tokens[k]!.w)) return capitalisedName(s, i, k, text) || i === s.body
  return false
}

/** Start of each conduct document named in the sentence, English and Chinese. */
function documents(s: Sentence, text: string): number[] {
  const out: number[] = [...POLICY.all(s), ...CODE_OF_CONDUCT.all(s)]
  for (const w of NAMED_HEAD)
    for (const i of positions(s, w)) {
      const start = namedByCapitals(s, i, text)
      if (start >= 0) out.push(start)
    }
  for (const w of HEAD_FIRST) for (const i of positions(s, w)) if (namedHeadFirst(s, i, text)) out.push(i)
  for (const w of DOC_HEAD)
    for (const i of positions(s, w)) {
      let start = -1
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const t = s.tokens[k]!.w
        if (NAME_OPENER.has(t)) break
        if (OTHER_DOC.has(t)) {
          start = -1
          break
        }
        if (DOC_KIND.has(t)) start = k
      }
      // a capitalised name: "the Deployment Principles", "Community Standards", "Usage Standards"
      const named = namedByCapitals(s, i, text)
      if (named >= 0 && !WEAK_TERMS.has(w)) {
        out.push(named)
        continue
      }
      // "terms" and "guide" name a conduct document only as "Trustworthy AI terms", "Responsible Use Guide"
      if (start >= 0 && (w === 'terms' || w === 'guide') && s.tokens[start]!.w !== 'trustworthy') {
        if (!(w === 'guide' && s.tokens[start]!.w === 'responsible')) start = -1
      }
      if (start >= 0 && WEAK_HEAD.has(w) && !weakHeadNamed(s, start, i)) start = -1
      if (start >= 0) out.push(start)
    }
  for (const h of DOC_HEAD_ZH.all(s)) {
    // 《负责任人工智能准则》: the kind may open a long name
    const k = nearPhrase(s, h, 8, 0, DOC_KIND_ZH)
    if (k >= 0 && nearPhrase(s, k, 12, 0, NOT_INCLUDED_ZH) < 0) out.push(k)
  }
  // "Schedule 2 (Acceptable Use) forms part of this Agreement", "the Restricted Use Annex"
  for (const a of allOf(s, ANNEX)) {
    const k = nearPhrase(s, a, 3, 4, USE_ANNEX)
    if (k >= 0 && !boundDownstream(s, k) && !annexHeading(s, a, text)) out.push(k)
  }
  // 附件A中的禁止用途清单
  for (const a of ANNEX_ZH.all(s)) {
    const k = nearPhrase(s, a, 0, 8, ANNEX_LIMITS_ZH)
    if (k >= 0 && !DOWNSTREAM_ZH.in(s)) out.push(a)
  }
  return out.sort((a, b) => a - b)
}

/** "Attachment A: Use Restrictions. You agree not to …": the annex's own heading opening the
 * sentence, its text in the licence itself (a field-of-use list), not a reference to it. */
function annexHeading(s: Sentence, a: number, text: string): boolean {
  if (a !== s.body) return false
  const id = s.tokens[a + 1]
  if (!id || id.w.length > 2) return false
  const gap = text.slice(id.e, s.tokens[a + 2]?.s ?? id.e)
  return gap.includes(':') || gap.includes('\u2014') || gap.includes('\u2013') || gap.includes('-')
}

/** "Our usage policy asks only that you comply with applicable law": the policy's only content is the law. */
const ONLY = words('only just merely')
function lawOnly(s: Sentence): boolean {
  return LAWFUL.in(s) && hasAny(s, ONLY) && !sentenceHasNegation(s)
}

/** "any of the purposes set out in Attachment A", "any use listed in Attachment A": forbidden uses
 * named by the annex that lists them, in a sentence that bans them. */
const USE_NOUNS = words('use uses purpose purposes')
const LISTED_VERB = words('listed set specified described enumerated identified')
function usesInAnnex(s: Sentence, text: string): number {
  if (!prohibits(s) && !sentenceHasNegation(s)) return -1
  for (const u of allOf(s, USE_NOUNS)) {
    const v = nearWords(s, u, 0, 2, LISTED_VERB)
    if (v < 0) continue
    const inAt = nearWords(s, v, 0, 2, IN)
    const a = inAt >= 0 ? nearWords(s, inAt, 0, 2, ANNEX) : -1
    if (a >= 0 && !annexHeading(s, a, text)) return u
  }
  return -1
}
const IN = words('in under')
/** A ban in the licensee's own voice ("You agree not to use"), not a duty to make others refrain. */
const OWN_BAN = words('not never cannot')

/** "Usage policy: use it lawfully": a label (the document's name, then a colon) whose only content is the law. */
function labelOnly(s: Sentence, at: number, text: string): boolean {
  for (let k = at; k <= Math.min(at + 3, s.tokens.length - 1); k++)
    if (text[s.tokens[k]!.e] === ':') return LAWFUL.in(s)
  return false
}

/** Someone is bound to the document: a binding word, an obligation or a prohibition. */
function binds(s: Sentence): boolean {
  // "does not apply to the weights": a binding word denied binds nobody
  const bindWord = allOf(s, BIND).some(k => negatedBefore(s, k, 3) < 0)
  return bindWord || hasAny(s, OBLIGED) || BIND_ZH.in(s) || (prohibits(s) && !hasAny(s, BIND))
}

/** Those who receive the model from the licensee. */
const DOWNSTREAM = words('recipients recipient downstream sublicensees transferees')
/** "recipients shall be bound by the prohibited uses in Annex A": the licence's own list passed on to
 * those who receive the model (a flow-down of its restrictions), no separate policy. */
const DOWNSTREAM_ZH = phrases('传递给, 传递予, 转嫁给, 下游, 接收方, 接收者')
function boundDownstream(s: Sentence, listed: number): boolean {
  return nearWords(s, listed, 10, 0, DOWNSTREAM) >= 0
}

/** Pronouns that take up a document named in the sentence before. */
const TAKEN_UP = words('it they this these which')
/** "… the Tamsin Use Policy. It's binding: breach it and your licence ends.": the next sentence
 * takes the document up by a pronoun among its first words and binds someone to it. */
function boundNext(ctx: DetectContext): boolean {
  const next = ctx.doc.sentences[ctx.index + 1]
  if (!next) return false
  const p = firstOf(next, TAKEN_UP)
  return p >= 0 && p <= next.body + 3 && binds(next) && !sentenceHasNegation(next)
}

/** "no acceptable use policy", "not subject to any use policy" (but "Prohibited Use Policy" is a name). */
function plainNegationBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = s.tokens[k]!.w
    if (w === 'no' || w === 'not' || w === 'without' || w === 'never') return true
  }
  // "Nothing in the Licensor's website terms or community guidelines shall be construed as …"
  const nothing = positions(s, 'nothing').find(k => k < at && at - k <= 10)
  return nothing !== undefined && s.tokens[nothing + 1]?.w === 'in'
}

const STOPS = new Set(['.', '!', '?', ';', '\u3002', '\uff01', '\uff1f', '\uff1b'])

function afterClauseMark(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  const c = text[i]
  return c === ';' || c === ',' || c === '\uff1b' || c === '\uff0c'
}

/** A title or heading ("Acceptable Use Policy", "## Use Policy"): short, unpunctuated, binds nobody. */
export function isTitle(s: Sentence, text: string): boolean {
  if (s.heading) return true
  // a table row or an answered question, restated: a statement, whatever its punctuation
  if (s.restated) return false
  // what follows a semicolon or a comma on its line continues a sentence ("- Phones home; we can
  // revoke your key"): no title
  if (afterClauseMark(text, s.start)) return false
  if (s.listItem || s.tokens.length - s.body > 14 || s.colon || hasAny(s, ADHERE)) return false
  // a front-matter field ("license_territory: worldwide except Syria") states a value, no title
  if (fieldOf(text, s) !== null) return false
  // a line that says a term lacks only its stop ("License: research only, see LICENSE")
  if (statesTerm(s, text)) return false
  let k = s.end - 1
  // a sentence in brackets ends inside them: "(Outputs may not be sold.)"
  while (k > s.start && (text[k] === '*' || text[k] === '_' || text[k] === '"' || text[k] === ')')) k--
  return !STOPS.has(text[k] ?? '')
}

/** "Report violations of this policy to …", "Contact us at …". */
export function isContactLine(s: Sentence, text: string): boolean {
  if (CONTACT_ZH.in(s)) return !GATE_ZH.in(s)
  const c = firstOf(s, CONTACT)
  if (c < 0) return false
  if (s.tokens[c]!.w === 'report' && REPORT_NOUN.has(s.tokens[c - 1]?.w ?? '')) return false
  // "Any publication reporting results …": a participle after its noun, no request to report
  if (s.tokens[c]!.w === 'reporting' && c > s.body && !hasAny(s, VIOLATION)) return false
  // "Any feedback generated by the Model must be marked …": the subject of a clause, no channel;
  // "deployments report usage to our entitlement service": a metering duty, no channel
  if (PARTICIPLE.has(s.tokens[c + 1]?.w ?? '') && !hasAny(s, VIOLATION)) return false
  if (c > s.body && METERED.has(s.tokens[c + 1]?.w ?? '')) return false
  return c <= s.body + 2 || hasAny(s, VIOLATION) || addressAfterAt(s, c, text)
}

/** "… contact the licensor at legal@example.org / at https://… / at the address below": an address
 * after "at". "at any time", "at least", "at its discretion" point nowhere. */
function addressAfterAt(s: Sentence, from: number, text: string): boolean {
  const t = s.tokens
  for (const a of positions(s, 'at')) {
    if (a <= from || a + 1 >= t.length) continue
    const next = t[a + 1]!
    if (ADDRESS_START.has(next.w) || isDigits(next.w)) return true
    // an e-mail address or a domain: "legal@example", "example.org" (no space inside)
    const after = t[a + 2]
    if (after && (text.slice(next.e, after.s) === '@' || text.slice(next.e, after.s) === '.')) return true
    // "at the address below", "at our e-mail address"
    if (nearWords(s, a, 0, 3, ADDRESS) >= 0) return true
  }
  return false
}

export default defineClause({
  type: 'acceptable-use-policy',
  restrictive: true,
  label: 'binds users to an acceptable-use policy',
  noun: 'an acceptable-use policy binding users',
  meta: {
    id: 'license/no-acceptable-use-policy',
    title: 'No acceptable-use policy binding users',
    framework: OSD6,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-acceptable-use-policy')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (isTitle(s, ctx.doc.text) || isContactLine(s, ctx.doc.text)) return -1
    let bound: boolean | undefined
    // "the non-binding Deployment Handbook": a document offered for reference binds nobody
    const informative = INFORMATIVE.in(s)
    for (const at of informative ? [] : documents(s, ctx.doc.text)) {
      if (nearWords(s, at, 8, 10, COMMUNITY) >= 0 || nearWords(s, at, 3, 0, SUPERSEDED) >= 0) continue
      // "no acceptable use policy", "does not incorporate any … guidelines", "本许可不附带任何使用政策"
      if (plainNegationBefore(s, at) || deniedAt(s, at)) continue
      // "Usage policy: please use it lawfully": a label whose only content is the law
      if (labelOnly(s, at, ctx.doc.text) || lawOnly(s)) continue
      // "shall flow down the Restricted Uses in Annex A to each of its resellers": the licence's own
      // list of uses in an annex, passed on (restrictions-flow-down), no separate policy
      if (nearWords(s, at, 3, 6, ANNEX) >= 0 && USE_ANNEX.all(s).includes(at) && flowDown.detect(s, ctx) >= 0)
        continue
      bound ??= binds(s) || boundNext(ctx)
      if (bound) return at
    }
    // ("Prohibited uses:" over a list in the licence's own text is a field-of-use list, no policy)
    // "… for any of the purposes listed in Attachment A (Use Restrictions)"
    const listed = informative ? -1 : LISTED.first(s)
    // "subject to the Osprey Use Restrictions published at …": a use document kept elsewhere
    if (
      listed >= 0 &&
      nearPhrase(s, listed, 0, 8, PUBLISHED) >= 0 &&
      !plainNegationBefore(s, listed) &&
      binds(s)
    )
      return listed
    // ("Attachment A — Use Restrictions You agree not to …": the annex itself; "shall flow down the
    // Restricted Uses in Annex A to each of its resellers": the licence's list passed on)
    const annexes = allOf(s, ANNEX).filter(a => !annexHeading(s, a, ctx.doc.text))
    if (
      listed >= 0 &&
      annexes.length > 0 &&
      flowDown.detect(s, ctx) < 0 &&
      !plainNegationBefore(s, listed) &&
      !boundDownstream(s, listed) &&
      !definesTerm(s) &&
      !COMPARED.in(s)
    )
      return listed
    // "You shall not use the Model for any of the purposes set out in Attachment A": uses banned by
    // reference to an annex that lists them
    // ("shall oblige its Customers to refrain from the uses listed in Annex A": the licence's list
    // passed on, restrictions-flow-down, when no ban of the licensee's own stands beside it)
    const annexed = usesInAnnex(s, ctx.doc.text)
    if (annexed >= 0 && !informative && (hasAny(s, OWN_BAN) || flowDown.detect(s, ctx) < 0)) return annexed
    // "Your use of the Model must be in accordance with NVIDIA's Trustworthy AI terms"
    if (hasAny(s, ADHERE)) return ETHICS.first(s)
    return -1
  },
  examples: {
    detected: [
      'Anyone using the weights is bound by the Foo Responsible Use Policy, which we may update.',
      'Use of the weights is subject to the Foo Prohibited Use Policy, as amended from time to time.'
    ],
    notDetected: ['Acceptable Use Policy', 'Please report any violation of this policy to abuse@example.org.']
  }
})
