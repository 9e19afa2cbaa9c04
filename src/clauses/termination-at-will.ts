// Termination at the licensor's will. Frame: the licensor (we, licensor; may, can, reserves the
// right) or the grant in the passive, an act that ends the grant (end, terminate, revoke, withdraw,
// suspend, stop, 终止, 撤销, 收回) and no condition but the licensor's own choice (at any time,
// whenever it chooses, sole discretion, for any reason, 随时, 任何理由). A grant that lasts only
// as long as the licensor chooses is the same clause without the verb. Not: termination on breach,
// the licensee ending the licence, "irrevocable", "cannot be withdrawn except for breach", a
// negated power ("may not revoke"). A grant merely called "revocable" is not reported.
import { FOUND, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { END } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, has, hasAny, nearWords, phrases, words } from './toolkit/query.js'
import { isNegationAt } from './toolkit/negation.js'
import type { Doc, Sentence } from './toolkit/sentences.js'
import { clauseBreakBetween } from './toolkit/clause-break.js'
import { markOf } from './toolkit/table-rows.js'
import { tableHeader } from './toolkit/table-header.js'
import { fieldOf, keyNames, valueDenies } from './toolkit/field-key.js'

/** The licensor's own choice as the only condition. */
const AT_WILL = phrases(
  'at any time, anytime, any time, sole discretion, absolute discretion, for any reason, without cause',
  'for convenience, at will, any reason or no reason, with or without cause, without notice',
  'whenever it, whenever we, whenever they, whenever the licensor, as it sees fit',
  'as we see fit, without reason, without giving reasons, without giving a reason, without prior notice',
  'at its discretion, at our discretion, whenever, without stating a reason, without a reason',
  'for no reason, unilaterally, at its pleasure, at our pleasure, at its option, at our option',
  'chooses to allow, as long as the licensor, 随时, 任何时候, 任何理由, 自行决定, 单方面, 无需说明理由',
  '无需理由, 无须说明理由, 酌情, discretion, at any moment, without explanation, without any explanation',
  'sole judgement, sole judgment, own judgement, own judgment, its judgement, its judgment, at any point',
  'without justification, without any reason, 无需任何理由, every moment, without giving the reason',
  'at its convenience, at our convenience, for its convenience, for our own convenience, whenever we decide',
  'whenever it decides, as it pleases, as we please, 随意, 任意时间',
  'at the pleasure, on a whim, precarious, without warning, without prior warning',
  'irrespective of whether, regardless of whether, atwill'
)
/** A reason the licensor need not give: "without assigning any reason", "no reason needed", "for any cause or none". */
const REASON = words('reason reasons cause causes ground grounds justification explanation')
const REASON_DENIED = words('without no any none whatever whatsoever')
/** Acts of more than one word that end the grant: "take it back", "call in", "walk away from", "bring … to an end". */
const END_PHRASE = phrases(
  'take back, takes back, called in, call in, walk away, walks away, 解除',
  // a term that lapses unless renewed ends when the licensor declines to renew it
  'decline to renew, declines to renew, refuse to renew, refuses to renew'
)
const TAKE = words('take takes taking')
const BACK = words('back')
/** "may be ended by Harrowmere", "Such withdrawal may occur at any time": the act as a participle or a noun. */
const ENDED = words('ended withdrawal withdrawals cancellation')
/** Chinese verbs of ending, whose characters END holds one by one. */
const END_ZH = phrases('终止, 停止, 撤销, 暂停, 收回, 取消, 中止, 撤回, 停用, 终结')
function inVerbZh(s: Sentence, p: number): boolean {
  return END_ZH.all(s).some(v => v === p || v === p - 1)
}
/** "determine this Licence", "resolve this contract" (the civil-law verb): old legal verbs for ending a
 * grant, only with the grant as their object. */
const DETERMINE = words('determine determines resolve resolves rescind rescinds')
/** The licensor's own offering, not a grant: "This offer may be withdrawn", "stop the free tier". */
const OFFER = words('offer offers offering availability download downloads promotion tier discount pricing')
/** "… lasts only as long as the Licensor chooses": the grant's duration is the licensor's will. */
const DURATION = words(
  'lasts last continue continues keep remain remains valid effective force until duration term subsists subsist',
  '有 效 期 间'
)
const CHOICE = words(
  'chooses choose decides decide wishes wish permits permit allows allow agrees sees elects elect'
)
const LICENSOR = words('licensor licensors we us our company 许 方 我 们')
const BREACH = words(
  'breach breaches breached violate violates violation violations fail fails failure noncompliance',
  'infringement litigation comply 违 反 违 约'
)
/** The words before the act's modal name a key or token ("Access tokens issued … may be revoked"). */
function keySubject(s: Sentence, p: number, text: string): boolean {
  for (let k = p - 1; k >= Math.max(s.body, p - 16); k--) {
    if (MODAL.has(s.tokens[k]!.w)) {
      for (let j = s.body; j < k; j++) if (KEY.has(s.tokens[j]!.w)) return !grantNamed(s, p, text)
      return false
    }
  }
  return false
}
const GRANT_ONLY = words('licence license agreement permission')
/** The grant itself named on the act's own line, not as the frame of something else ("credentials
 * issued under this Agreement"); a front matter's "license: other" above a list item names no grant
 * of the item. */
function grantNamed(s: Sentence, p: number, text: string): boolean {
  return allOf(s, GRANT_ONLY).some(k => !afterPreposition(s, k) && !lineBetween(s, k, p, text))
}
function lineBetween(s: Sentence, a: number, b: number, text: string): boolean {
  const from = s.tokens[Math.min(a, b)]!.e
  const to = s.tokens[Math.max(a, b)]!.s
  return text.slice(from, to).includes('\n')
}
const MODAL = words(
  'may might can right reserves reserve entitled decision decide decides elect elects 有 权 可 保'
)
/** What the act ends when it is no licence: a key, a token, credentials (a remote switch, not termination). */
const KEY = words('key keys token tokens credential credentials')
const KEY_ZH = phrases(
  '密钥, 令牌, 激活码, 授权码, 许可码, 注册码, 序列号, 访问码, 凭证, 凭据, 口令, 金钥, 金鑰'
)
const USING = words('using use')
const USING_ZH = phrases('使用')
const RELATIVE = words('which')
/** The licensee in Chinese: 被许可方, 被授权方, 使用者. */
const LICENSEE_ZH = phrases('被许可方, 被授权方, 被许可人, 被授权人, 使用者, 用户')

const PARTY = words('we you licensor licensee licensors licensees i they')
/** A clause with its own subject opens at k: "…, and we can cancel …" (not "…; or (b) terminate …"). */
function newClauseAt(s: Sentence, k: number, text: string): boolean {
  if (k <= 0 || !clauseBreakBetween(s, k - 1, k, text)) return false
  // "…, and the Licensor may …": the party may follow an article
  const next = s.tokens[k + 1]?.w ?? ''
  return PARTY.has(next) || (DETERMINER.has(next) && PARTY.has(s.tokens[k + 2]?.w ?? ''))
}
const WILL = words('will would shall may can')
/** "…, which (will) stop the Model from loading": "which" is the subject of the act, an effect. */
function effectOfClauseBefore(s: Sentence, p: number): boolean {
  const which = RELATIVE.has(s.tokens[p - 1]?.w ?? '')
    ? p - 1
    : RELATIVE.has(s.tokens[p - 2]?.w ?? '') && WILL.has(s.tokens[p - 1]?.w ?? '')
      ? p - 2
      : -1
  if (which < 0) return false
  // "…, the Licensor, which may terminate at any time": "which" stands for a party
  return !LICENSOR.has(s.tokens[which - 1]?.w ?? '')
}
/** "whereupon the Software will stop operating": what follows from the act before. */
const WHEREUPON = words('whereupon whereby thereupon')

const MODAL_ZH = words('可 有 得 能 随')
/** 被许可方可随时停止…: the licensee, followed by its modal, is the subject (通知被许可方 names it as the one told). */
function licenseeActsZh(s: Sentence, p: number): boolean {
  return LICENSEE_ZH.all(s).some(l => {
    // (a whole means may stand between: 被授权人得随时以删除…之方式终止本授权)
    if (l >= p || p - l > 24) return false
    let k = l + 1
    while (
      k < p &&
      s.tokens[k]!.w !== '方' &&
      s.tokens[k]!.w !== '人' &&
      s.tokens[k]!.w !== '者' &&
      s.tokens[k]!.w !== '户'
    )
      k++
    return MODAL_ZH.has(s.tokens[k + 1]?.w ?? '')
  })
}

/** A Chinese key or token named with the act at p (撤销授权金钥, 把你的密钥停掉), or an English one. */
function keyNearZh(s: Sentence, p: number): boolean {
  if (!hasAny(s, KEY) && !KEY_ZH.in(s)) return false
  // 撤销本许可, 解除本协议: the grant is the act's object (撤销授权金钥 still ends a key)
  const grant = GRANT_ZH.all(s).find(g => g > p && g - p <= 4 && !partyZh(s, g))
  return grant === undefined || KEY_ZH.all(s).some(k => k > p && k - p <= 6)
}
const GRANT = words(
  'licence license licences licenses agreement rights permission permissions grant contract'
)
/** "you may", "the Licensee can": the one who ends it is the licensee (a modal or the act follows). */
const AFTER_SELF = words('may can will shall to 可 有')
const SELF = words('you recipient licensee customer automatically 您 你')
/** Breach named only to be set aside: "whether or not you have broken these terms", "even if". */
const REGARDLESS = phrases(
  'whether or not, even if, regardless of, irrespective of, in addition to, apart from, aside from',
  'besides, independently of, independent of, separately from, as well as, on top of, over and above',
  'without prejudice to, 无论, 即使, 除了, 此外, 另外, 以外, 之外'
)
const REVOCABLE = phrases('revocable, 可撤销')
const IRREVOCABLE = phrases(
  'irrevocable, cannot be withdrawn, cannot be revoked, may not be revoked, will not revoke',
  'shall not revoke, not revocable, 不可撤销'
)

/** "The Licensor may not revoke …", "许可方不得终止": a negation just before the act. */
function negatedAct(s: Sentence, p: number): boolean {
  // "without explanation revoke": "without" negates its own object, not the act after it
  // Chinese words are a token per character: 不得随时撤销 puts the negation further back
  const back = s.tokens[p]!.w.length === 1 ? 6 : 4
  for (let k = p - 1; k >= Math.max(0, p - back); k--)
    if (isNegationAt(s, k) && s.tokens[k]!.w !== 'without' && !withoutReasonZh(s, k)) return true
  return false
}

/** 无理由, 无需说明理由: "without (giving) a reason", no negation of the act after it. */
function withoutReasonZh(s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1]?.w ?? ''
  return s.tokens[k]!.w === '无' && (next === '理' || next === '需' || next === '须')
}

/** The licensor need give no reason: "without assigning any reason", "no reason needed", "for any cause or none". */
function reasonsDenied(s: Sentence): number[] {
  const out: number[] = []
  for (const r of allOf(s, REASON)) {
    const d = nearWords(s, r, 4, 0, REASON_DENIED)
    if (d >= 0) out.push(d)
  }
  return out
}
function reasonDenied(s: Sentence): number {
  return reasonsDenied(s)[0] ?? -1
}

/** Where the licensor's will is named: at-will phrases and reasons it need not give. */
function atWill(s: Sentence): number[] {
  return [...AT_WILL.all(s), ...reasonsDenied(s)]
}

/** Acts that end the grant: END's verbs, "take it back", "call in", 解除, "determine this Licence". */
function endingActs(s: Sentence): number[] {
  // a Han character of END counts inside a verb of ending only (取 alone is 存取, "access")
  const out = [...allOf(s, END).filter(p => s.tokens[p]!.w.length > 1 || inVerbZh(s, p)), ...allOf(s, ENDED)]
  for (const p of END_PHRASE.all(s)) out.push(p)
  for (const p of allOf(s, TAKE)) if (nearWords(s, p, 0, 3, BACK) >= 0) out.push(p)
  for (const p of allOf(s, DETERMINE)) if (nearWords(s, p, 0, 2, GRANT) >= 0) out.push(p)
  return out.sort((a, b) => a - b)
}

/** The act ends the licensor's own offer ("This offer may be withdrawn", "withdraw the free tier"), not a grant. */
function endsAnOffer(s: Sentence, p: number): boolean {
  const object = nearWords(s, p, 0, 4, OFFER)
  const subject = nearWords(s, p, 6, 0, OFFER)
  return (object >= 0 || subject >= 0) && !grantNear(s, p, 6)
}

/** "The permission … lasts only for as long as the Licensor chooses to allow it." */
function lastsAtWill(s: Sentence, text: string): number {
  for (const p of allOf(s, CHOICE)) {
    let licensor = -1
    for (let k = p - 1; k >= Math.max(0, p - 4); k--) if (LICENSOR.has(s.tokens[k]!.w)) licensor = k
    // "for as long as Calder elects to continue it": the licensor by its name, just before the choice
    if (
      licensor < 0 &&
      isName(s, p - 1, text) &&
      !SELF.has(s.tokens[p - 1]!.w) &&
      !LICENSEE_NAME.has(s.tokens[p - 1]!.w)
    )
      licensor = p - 1
    if (licensor < 0) continue
    for (let k = licensor - 1; k >= Math.max(0, licensor - 12); k--)
      if (DURATION.has(s.tokens[k]!.w) && !negatedAct(s, k)) return k
  }
  // "This Licence subsists at the pleasure of the Licensor", "remains in force at our discretion":
  // the grant lasts as long as the licensor's will, named right after the verb of lasting
  for (const p of allOf(s, DURATION)) {
    if (negatedAct(s, p) || !GRANT.has(s.tokens[p - 1]?.w ?? '') || hasAny(s, SELF)) continue
    if (AT_WILL.all(s).some(a => a > p && a - p <= 6) && PLEASURE.first(s) >= 0) return p
  }
  // "last only until Cobaltic withdraws them", "valid until revoked": the end is the licensor's act
  for (const p of allOf(s, DURATION)) {
    // "may continue to use the Model only until …": the use lasting named between
    const until = nearWords(s, p, 0, 7, UNTIL)
    if (until < 0 || negatedAct(s, p) || clauseBreakBetween(s, p, until, text)) continue
    // (an aside may stand between the licensor and its act: "until the Licensor, at its option, withdraws")
    const end =
      nearWords(s, until, 0, 4, END) >= 0 ? nearWords(s, until, 0, 4, END) : licensorEndsAfter(s, until)
    // the licensor is the one who ends it: "until Cobaltic withdraws them", "until we revoke it"
    let agent = false
    for (let k = until + 1; k < end; k++) if (LICENSOR.has(s.tokens[k]!.w) || isName(s, k, text)) agent = true
    // "… until revoked by the Licensor", "until revoked at its sole discretion"
    if (end >= 0 && (nearWords(s, end, 0, 3, LICENSOR) >= 0 || AT_WILL.in(s))) agent = true
    // "until terminated by either party …, no reason being required": each side's own choice
    if (end >= 0 && nearWords(s, end, 0, 3, EITHER) >= 0 && reasonDenied(s) >= 0) agent = true
    // the licensee named only as the one whose use lasts ("The Licensee may continue to use … until the Licensor … withdraws")
    const selfActing = allOf(s, SELF).some(k => k > until && k < end)
    if (
      end >= 0 &&
      agent &&
      (!hasAny(s, SELF) || (LICENSOR.has(s.tokens[until + 2]?.w ?? '') && !selfActing))
    )
      return p
  }
  return -1
}
/** The will of the licensor as such: "at the pleasure of", "at its discretion", "at its option". */
const PLEASURE = phrases('pleasure, discretion, at its option, at our option, as it sees fit, as we see fit')
/** "until the Licensor, at its option …, withdraws": the licensor right after "until" and its act within 14 words. */
function licensorEndsAfter(s: Sentence, until: number): number {
  if (!LICENSOR.has(s.tokens[until + 2]?.w ?? '') && !LICENSOR.has(s.tokens[until + 1]?.w ?? '')) return -1
  return nearWords(s, until, 0, 14, END)
}
const UNTIL = words('until till')
/** A table header asking whether the licensor may end the grant: "| Licensor may terminate? |". */
const LICENSOR_ENDS = /\b(licensor|we)\b[^|]{0,20}\b(terminate|revoke|end|withdraw|cancel)\b/
const LICENSEE_NAME = words('licensee licensees customer customers user users recipient recipients')
const EITHER = words('either')
/** A capitalised word inside the sentence: a party's name ("Cobaltic"). */
function isName(s: Sentence, k: number, text: string): boolean {
  if (k <= s.body || k >= s.tokens.length) return false
  const c = text[s.tokens[k]!.s] ?? ''
  return c >= 'A' && c <= 'Z'
}

const WHICH = words('which as')
const NOMINAL = words('withdrawal withdrawals termination revocation cancellation')
const OCCUR = words('occur happen take be')
/** Words that make the next noun an object, not the one who acts: "granted to the Recipient". */
const PREPOSITION = words('to for of from with on upon under onto')
const DETERMINER = words('the a an any each every such this that')
function afterPreposition(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1]?.w ?? ''
  if (PREPOSITION.has(prev)) return true
  return DETERMINER.has(prev) && PREPOSITION.has(s.tokens[k - 2]?.w ?? '')
}
const BE = words('be been being is are was were')
const ADVERB = words('immediately also then further likewise thereby')
/** "may be revoked", "can be immediately withdrawn": the act in the passive. */
function isPassive(s: Sentence, p: number): boolean {
  const prev = s.tokens[p - 1]?.w ?? ''
  if (BE.has(prev)) return true
  return ADVERB.has(prev) && BE.has(s.tokens[p - 2]?.w ?? '')
}
/** "… may be terminated by you": the licensee as the agent of a passive act. */
function byLicensee(s: Sentence, p: number): boolean {
  for (let k = p + 1; k <= Math.min(s.tokens.length - 2, p + 6); k++)
    if (s.tokens[k]!.w === 'by' && SELF.has(s.tokens[k + 1]!.w)) return true
  return false
}
/** A breach word within a clause's reach of the at-will phrase or of an act that ends the grant. */
function breachNearWill(s: Sentence, text: string): boolean {
  // "shall not terminate except for breach, provided however that the Licensor may terminate for
  // convenience": a denied act, breach its only ground, is no anchor
  const denied = endingActs(s).filter(p => negatedAct(s, p))
  const anchors = [...AT_WILL.all(s), ...endingActs(s).filter(p => !negatedAct(s, p))]
  if (anchors.length === 0) return hasAny(s, BREACH)
  // "Your use must comply with the policy, and we may end this licence at any time": the breach
  // word belongs to another clause
  for (const b of allOf(s, BREACH)) {
    // the breach is the only ground of the denied act ("shall not terminate … except for breach")
    if (denied.some(p => b > p && b - p <= 8)) continue
    if (anchors.some(a => Math.abs(a - b) <= 12 && !clauseBreakBetween(s, a, b, text))) return true
  }
  return false
}
/** Suspending is the licensor switching use off for a while; it ends the grant only when the grant is its object. */
const SUSPEND = words('suspend suspends suspended suspending throttle throttles')
/** Means of switching use off from afar (remote-restriction's territory when no licence is named). */
const REMOTE_MEANS = phrases(
  'remotely, remote means, licence server, license server, kill switch, telemetry, 远程, 远端, 联网'
)
/** What a grant word names when a means follows it: "licence server", "license key", 授权码. */
const MEANS_AFTER = words(
  'server servers key keys manager daemon token tokens file files code codes 码 密 金 令 凭'
)
const GRANT_ZH = phrases('许可, 授权, 协议, 权利')
/** "in addition to its rights on breach", "whether or not you are in breach": the phrase governs a
 * breach word just after it ("… if you breach it, in addition to any other remedies" sets none aside). */
function breachSetAside(s: Sentence): boolean {
  for (const p of REGARDLESS.all(s)) if (nearWords(s, p, 0, 10, BREACH) >= 0) return true
  return false
}
/** 除违约情形外，许可方亦可…: 除 … 外 sets the breach aside (not 除非, "unless"). */
function besidesZh(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.tokens[k]!.w !== '除' || s.tokens[k + 1]?.w === '非') continue
    for (let j = k + 2; j <= Math.min(s.tokens.length - 1, k + 14); j++)
      if (s.tokens[j]!.w === '外') return true
  }
  return false
}
/** A word naming the grant within `window` tokens of p ("licence server" and 授权码 name none). */
function grantNear(s: Sentence, p: number, window: number): boolean {
  for (let k = Math.max(0, p - window); k <= Math.min(s.tokens.length - 1, p + window); k++)
    if (GRANT.has(s.tokens[k]!.w) && !MEANS_AFTER.has(s.tokens[k + 1]?.w ?? '')) return true
  for (const k of GRANT_ZH.all(s))
    if (Math.abs(k - p) <= window * 2 && !MEANS_AFTER.has(s.tokens[k + 2]?.w ?? '') && !partyZh(s, k))
      return true
  return false
}
/** 授权人, 被授权人, 许可方: a party named, not the grant. */
const PARTY_END_ZH = words('人 方 者')
function partyZh(s: Sentence, k: number): boolean {
  return PARTY_END_ZH.has(s.tokens[k + 2]?.w ?? '') || s.tokens[k - 1]?.w === '被'
}
const OWN_OFFER_ZH = phrases('提供, 分发, 发布, 维护, 更新, 支持, 开发, 托管')
/** The licensor's own offering: "stop distributing the Work" ends no grant already made. */
const OWN_OFFER = words(
  'distributing offering releasing providing publishing supporting maintaining updating hosting developing',
  'selling making'
)

/** A modal, a comma, an aside, a comma, then the act at p. */
function modalBeforeAside(s: Sentence, p: number, text: string): boolean {
  if (p === 0 || !text.slice(s.tokens[p - 1]!.e, s.tokens[p]!.s).includes(',')) return false
  for (let k = p - 2; k >= Math.max(0, p - 30); k--) {
    if (!MODAL.has(s.tokens[k]!.w)) continue
    return text.slice(s.tokens[k]!.e, s.tokens[k + 1]!.s).includes(',')
  }
  return false
}

/** The licensee word at k is the subject of the act at p: a modal or the act itself follows it. */
function selfActs(s: Sentence, k: number, p: number): boolean {
  const next = s.tokens[k + 1]?.w ?? ''
  return k + 1 === p || AFTER_SELF.has(next) || (s.tokens[k]!.w.length === 1 && k + 3 >= p)
}

/** The act ends a key or a token, not the licence: "may revoke the activation key", "a licence key that we may revoke". */
function endsAKey(s: Sentence, p: number): boolean {
  for (let k = p + 1; k <= Math.min(s.tokens.length - 1, p + 7); k++) {
    const w = s.tokens[k]!.w
    if (KEY.has(w)) return true
    if (GRANT.has(w) && !KEY.has(s.tokens[k + 1]?.w ?? '')) return false
  }
  // the key before the act, through a relative clause: "a licence key that we may revoke"
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    const w = s.tokens[k]!.w
    if (w === 'that' || w === 'which') return KEY.has(s.tokens[k - 1]?.w ?? '')
  }
  return false
}

/** A question (ends with "?") whose answer, the next sentence, opens with "no" or "not". */
function answeredNo(s: Sentence, doc: Doc, index: number): boolean {
  let e = s.end - 1
  while (e > s.start && doc.text[e] === ' ') e--
  if (doc.text[e] !== '?' && doc.text[e] !== '\uff1f') return false
  const next = doc.sentences[index + 1]
  const w = next?.tokens[next.body]?.w ?? ''
  return w === 'no' || w === 'not' || w === '否' || w === '不'
}

const POWER = words('right power option')
const DELETED = words('deleted removed struck withdrawn abolished repealed')
/** "The Licensor's right to terminate at will … has been deleted": the power is the subject of a removal. */
function powerDeleted(s: Sentence): boolean {
  for (const p of allOf(s, DELETED))
    if (s.tokens[p - 1]?.w === 'been' && nearWords(s, p, 16, 0, POWER) >= 0 && endingActs(s).some(a => a < p))
      return true
  return false
}

/** "Access tokens … are revocable": a key before "revocable", and no grant on its line. */
function keyRevocable(s: Sentence, at: number, text: string): boolean {
  return nearWords(s, at, 8, 0, KEY) >= 0 && !grantNamed(s, at, text)
}

const NOTHING = words('nothing no none not nobody')
const HINDER = words(
  'prevent prevents preclude precludes restrict restricts stop stops bar bars limit limits'
)
/** "Nothing shall prevent the Licensor from revoking …": a hindering verb denied, the licensor, "from", the act. */
function unhindered(s: Sentence, p: number, text: string): boolean {
  if (s.tokens[p - 1]?.w !== 'from') return false
  for (let k = p - 2; k >= Math.max(0, p - 6); k--) {
    if (!HINDER.has(s.tokens[k]!.w)) continue
    // the licensor by role or by name ("stops Quillon from withdrawing")
    const party = nearWords(s, k, 0, 3, LICENSOR)
    const named = party >= 0 || (isName(s, k + 1, text) && k + 2 === p - 1)
    return named && nearWords(s, k, 5, 0, NOTHING) >= 0
  }
  return false
}

export default defineClause({
  type: 'termination-at-will',
  restrictive: true,
  label: 'can be terminated at the licensor’s discretion',
  noun: 'termination at the licensor’s discretion',
  meta: {
    id: 'license/no-termination-at-will',
    title: 'Licence not revocable at will',
    framework: 'OSD §7 (distribution of licence); OSAID 1.0 — freedoms must be lasting',
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-termination-at-will')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (IRREVOCABLE.in(s)) return -1
    // "Revocable at will? ✘": the mark after the sentence answers it no
    if (markOf(ctx.doc.text, s.end, s.end + 4) === 'deny') return -1
    // "Revocable at will? No.": a question asserts nothing, and its answer denies it
    if (answeredNo(s, ctx.doc, ctx.index)) return -1
    // "The Licensor's right to terminate at will … has been deleted": the power taken away
    if (powerDeleted(s)) return -1
    // breach as the condition makes termination no longer at will, unless it is set aside
    // (a breach named in another clause of the sentence, "Your use must comply with …, and we may
    // terminate at any time", leaves the will alone)
    if (breachNearWill(s, ctx.doc.text) && !breachSetAside(s) && !besidesZh(s)) return -1
    const revocable = REVOCABLE.first(s)
    // "Access tokens … are revocable by Mirabeau at any time": a key, not the grant (remote-restriction)
    if (revocable >= 0 && AT_WILL.in(s) && !keyRevocable(s, revocable, ctx.doc.text)) return revocable
    // 'license_revocable: "yes, at the licensor's discretion"': the key names the act, the value the will
    const field = fieldOf(ctx.doc.text, s)
    if (
      field &&
      keyNames(field.key, ['revocable', 'revocation', 'terminable']) &&
      !valueDenies(s, field.value)
    ) {
      const will = AT_WILL.first(s)
      if (will >= 0) return will
    }
    // "| Event | Licensor may terminate? |" over "| No reason at all | Yes, on 7 days' notice |": the
    // header asks whether the licensor may end it, the row answers yes for no reason at all
    if (
      s.restated === true &&
      (AT_WILL.in(s) || reasonDenied(s) >= 0) &&
      has(s, 'permitted') &&
      !has(s, 'not')
    ) {
      const header = tableHeader(ctx.doc, s)
      if (LICENSOR_ENDS.test(header)) return AT_WILL.first(s) >= 0 ? AT_WILL.first(s) : reasonDenied(s)
    }
    const lasts = lastsAtWill(s, ctx.doc.text)
    if (lasts >= 0) return lasts
    const will = atWill(s)
    if (will.length === 0) return -1
    for (const p of endingActs(s)) {
      if (will.every(a => Math.abs(p - a) > 20) || negatedAct(s, p) || endsAKey(s, p) || endsAnOffer(s, p))
        continue
      // "stop using the Model", 停止使用: the licensee's own use ends, no grant
      // (收回使用许可 takes back the licence to use: 使用许可 is the grant)
      if (
        USING.has(s.tokens[p + 1]?.w ?? '') ||
        USING_ZH.all(s).some(u => (u === p + 1 || u === p + 2) && !GRANT_ZH.all(s).includes(u + 2))
      )
        continue
      // "use may be suspended", "may suspend inference": use switched off, not the licence ended
      if (SUSPEND.has(s.tokens[p]!.w) && !grantNear(s, p, 6)) continue
      // "may suspend your access through that server", 我们可以随时远程让它停止工作: use switched
      // off by remote means, with no licence named, is a remote restriction
      if (REMOTE_MEANS.all(s).some(r => Math.abs(r - p) <= 12) && !grantNear(s, p, 12)) continue
      // "Access tokens … may be revoked": the key is the subject
      if (keySubject(s, p, ctx.doc.text)) continue
      // 把你的密钥停掉, 撤销授权金钥: a Chinese key or token the act switches off (named near it)
      if (s.tokens[p]!.w.length === 1 && keyNearZh(s, p)) continue
      // "…, which (will) stop the Model from loading": the act is an effect of what the clause before says
      if (effectOfClauseBefore(s, p)) continue
      if (nearWords(s, p, 5, 0, WHEREUPON) >= 0) continue
      // 被许可方可随时…: the licensee is the one who acts
      if (s.tokens[p]!.w.length === 1 && licenseeActsZh(s, p)) continue
      // "stop distributing the Work at any time": the licensor's own offering ends, not the grant
      if (OWN_OFFER.has(s.tokens[p + 1]?.w ?? '')) continue
      // 停止提供模型下载, 停止维护: the licensor's own offering, in Chinese
      if (OWN_OFFER_ZH.first(s) >= 0 && OWN_OFFER_ZH.all(s).some(o => o > p && o - p <= 3)) continue
      // the licensor may end the licence; the licensee ending its own licence, or automatic
      // termination, is not at will. The modal may stand before the at-will phrase.
      let modal = false
      let self = false
      let modalAt = -1
      // in the passive ("may be revoked by the Institute") the one who ends it follows "by"
      const passive = isPassive(s, p)
      // Chinese words are a token per character: the modal stands further back (许可方可以随时…终止)
      // (or behind a reason and a means: 许可方可根据…，在不说明理由的情况下，于任何时候以公告方式终止)
      const back = s.tokens[p]!.w.length === 1 ? 36 : 12
      for (let k = p - 1; k >= Math.max(0, p - back); k--) {
        // "You may not redistribute the model, and we can cancel …": the act's clause starts after the break
        if (newClauseAt(s, k + 1, ctx.doc.text)) break
        const t = s.tokens[k]!.w
        if (MODAL.has(t)) {
          modal = true
          if (modalAt < 0) modalAt = k
        }
        // "you may terminate"; not "the date the Licensor tells you it is revoking", "granted to the Recipient"
        if (passive && t !== 'automatically') continue
        if (SELF.has(t) && !afterPreposition(s, k) && (t === 'automatically' || selfActs(s, k, p)))
          self = true
      }
      // "You may stop using the Model … at any time to end this agreement": the modal's own subject
      if (!passive && modalAt >= 0 && s.tokens[p - 1]?.w === 'to')
        for (let k = modalAt - 1; k >= Math.max(0, modalAt - 3); k--)
          if (SELF.has(s.tokens[k]!.w) && !afterPreposition(s, k)) self = true
      if (passive && byLicensee(s, p)) self = true
      // "the Licensor may, by notice given at any time, end the licence": an aside between commas
      if (!modal) modal = modalBeforeAside(s, p, ctx.doc.text)
      // "… revoking the licence, which it may do at its discretion": the modal after the act
      if (!modal && nearWords(s, p, 0, 8, WHICH) >= 0 && nearWords(s, p, 0, 10, MODAL) >= 0) modal = true
      // "Such withdrawal may occur at any time": the act as a noun, its modal after it
      if (
        !modal &&
        NOMINAL.has(s.tokens[p]!.w) &&
        MODAL.has(s.tokens[p + 1]?.w ?? '') &&
        OCCUR.has(s.tokens[p + 2]?.w ?? '')
      )
        modal = true
      // "| Licensor's notice, for any reason | Licence ends immediately |": a table row names the
      // licensor as the one whose act ends the grant
      if (!modal && s.restated === true && nearWords(s, p, 10, 0, LICENSOR) >= 0 && grantNear(s, p, 3))
        modal = true
      // "Termination by the Licensor: at any time, without cause": the act named, with its agent
      if (!modal && s.tokens[p + 1]?.w === 'by' && nearWords(s, p + 1, 0, 2, LICENSOR) >= 0) modal = true
      // "Nothing shall prevent the Licensor from revoking …": a power no one may hinder
      if (!modal && unhindered(s, p, ctx.doc.text)) modal = true
      if (s.tokens[p + 1]?.w === 'automatically' || s.tokens[p + 3]?.w === 'automatically') self = true
      if (modal && !self) return p
    }
    return -1
  },
  examples: {
    detected: [
      'The licensor may end this permission whenever it chooses.',
      'We can withdraw the licence at any time and for any reason.'
    ],
    notDetected: [
      'This licence cannot be withdrawn except for breach.',
      'You may terminate this licence at any time by deleting your copies.'
    ]
  }
})
