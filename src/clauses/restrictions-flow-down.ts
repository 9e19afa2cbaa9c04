// Restrictions that must flow down. Frame:
// - who: those downstream (recipients, sub-licensees, customers, later holders, "anyone you let use
//   it", 下游 / 接收方 / 第三方) or the derivatives they get;
// - the act: bind, be subject to, accept, comply, carry, pass on, include or write into their terms,
//   impose (纳入, 遵守, 约束);
// - the object: the licence's restrictions, prohibited uses or use policy;
// - the measure: terms "no less restrictive" / "at least as strict" (不得弱于, 不低于);
// - the modality: an obligation (must, shall, ensure, 须) or a statement that binds by itself ("the
//   restrictions bind every later user"). Not: negations ("are not bound"), restrictions that apply
//   "only to you" or to your agents, a limitation of liability, third-party software licences, or
//   "the same licence" (share-alike).
import { FOUND, defineClause, type DetectContext } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { DERIVED_WORK, LIMITS } from './concepts.js'
import { definesTerm } from './toolkit/definition.js'
import { isNegationAt, negatedBefore, negationReaching, sentenceHasNegation } from './toolkit/negation.js'
import { allOf, hasAny, nearPhrase, nearWords, phrases, type Phrases, union, words } from './toolkit/query.js'
import type { Sentence } from './toolkit/sentences.js'
import { aboutOutputsOnly } from './toolkit/outputs.js'

// One-word tables the functions below ask about (compiled once, like every table).
const TO_WORD = words('to')
const ON_UPON = words('on upon')
const ON_WORD = words('on')
const NOT_WORD = words('not')
const SAME_WORD = words('same')

/** Works made from the model, in whose hands the restrictions must stay. */
const DERIVED = DERIVED_WORK
const KEEP = phrases(
  'remain subject, subject to the restrictions, subject to the same, same restrictions',
  'under the terms of this agreement, only do so under the terms, limited to research',
  'same use based restrictions, the same terms and conditions, carry these, carry the same',
  'retain these restrictions, bound by the same, stay bound, held to the same'
)
/** After "carry the same", "subject to the same": the licence itself is share-alike, not a flow-down. */
const LICENCE_WORD = words('licence license licences licenses licensing')
const AGREEMENT = words(
  'agreement agreements license licence licenses licences contract contracts terms sublicence sublicences',
  'sublicense sublicenses'
)
const DOWNSTREAM = words(
  'users recipients licensees customers sublicensees parties user recipient customer sublicensee party',
  'clients client distributees'
)
/** Anyone at all ("require anyone to whom you provide it", "each person who receives it"): downstream
 * only when what they must observe is the licence's limits, not the law. */
const ANYONE = words('anyone everyone whoever person persons people each every')
const COMPLY = words('comply abide adhere observe follow honour honor respect refrain accept')
/** The law as what downstream must observe: compliance, not the licence's own limits. */
const LAW = words('law laws regulations regulation statutes')
const REQUIRE = words('require requires oblige obliges obligate obligates')
const RESTRICTIONS = phrases('restrictions', 'restriction', 'use restrictions')
/** Putting the restrictions into one's own terms: include, write into, insert, state, reflect. */
const INCLUDE = words(
  'include includes contain contains incorporate impose write writes written insert inserts put',
  'state states reflect reflects reproduce mirror'
)
const ONWARD = words('downstream subsequent')
const PASS = words('pass passed extend apply notice bind')
const FLOW = phrases('flow down', 'flowed down', 'pass through to')
const TERMS = words('restrictions terms obligations limitations')
const ENFORCEABLE = phrases('enforceable provision', 'enforceable provisions')
/** Those downstream: recipients, later users, sub-licensees, anyone you give the model to. */
const RECEIVERS = words(
  'recipients recipient receives receive receiving downstream later subsequent sublicensee sublicensees anyone',
  'users redistribution transferee transferees distributees everyone customers',
  'clients whoever obtains obtain acquires acquire acquirers acquirer'
)
const RECEIVERS_PHRASES = phrases(
  // (使用者 alone is the licensee: 使用者须遵守…; 下游使用者 is downstream by 下游)
  'sub licensee, sub licensees, 下游, 接收方, 接收者, 接收人, 第三方, 受让方, 受让人, 再许可',
  'person you, people you, persons you, everyone you, whom you, you let, you allow, you permit',
  'each end user, every end user, your end users, each user, every user, end users, end user, to whom',
  'shared with, share with, 客户, 终端用户, 最终用户',
  'users of your, 转授权对象, 再许可对象, 下游用户, 轉授權對象',
  '别人, 他人, 其他人, 对方, 获得者, 取得者, 他们, 他們',
  '受领人, 受领者, 受让者, 拿到, 收到, 接到, 获得本模型, 取得本模型, 第三人'
)
/** Those who come later, in a declarative binding ("bind every later user"); not "anyone acting for you". */
const LATER = words(
  'recipients recipient downstream later subsequent sublicensee sublicensees transferee transferees',
  'successors successor holders holder distributees whoever'
)
/** Acts that bind: pass on, carry through, bind, be subject to, accept, agree, include, state. */
const BIND = words(
  'pass passed carry carried bind binds bound subject accept agree include included stated apply',
  'continue ensure require impose imposed imposes extend extended keep keeps retain retains',
  'preserve preserves reflect reflects contain contains prohibit prohibits forbid forbids held',
  'follow follows observe observes comply complies abide abides honour honor respect respects agrees',
  'accepts acceptance conditioned conditional transfer transferred'
)
const BIND_ZH = phrases(
  '纳入, 遵守, 约束, 受到, 适用, 告知, 同样受, 不得弱于, 不低于, 不少于, 不得低于, 拘束, 带上, 一并',
  '遵循, 受本协议, 受本協議, 同受, 同意, 负担, 承担'
)
/** The licence's limits in Chinese: 使用限制, 禁止用途, 用途限制 (also in traditional characters). */
const LIMITS_ZH = phrases('使用限制, 禁止用途, 用途限制, 限制性条款, 禁止的用途, 使用限製, 用途之限制')
/** The measure: terms downstream at least as strict as these ("no less restrictive", 不得弱于). */
const AT_LEAST_AS = phrases(
  'no less restrictive, no less protective, no less strict, not less restrictive, not less protective',
  'at least as restrictive, at least as protective, at least as strict, equally restrictive',
  'equally protective, at least the same, at least the uses, 不得弱于, 不低于, 不得低于, 不少于',
  'not be more permissive, no more permissive, not more permissive, never more permissive, 不得宽于',
  'no broader than, not broader than, no greater than, at least equivalent, 超过本协议, 同等的限制, 同等限制',
  'no weaker than, not weaker than, no less stringent, at least as stringent',
  // "obligations … not less onerous than those imposed on the Licensee"
  'not less onerous, no less onerous, at least as onerous, not less burdensome, no less burdensome'
)
/** The measure denied downstream, about uses: "on terms less restrictive, as to permitted uses", 不得放宽…使用限制. */
const WEAKER = phrases(
  'less restrictive, more permissive, less strict, 放宽, 宽松于',
  // "rights broader than, or free of, the restrictions", "released free of the use restrictions"
  'broader than, free of, free from, weaker than',
  // "under terms that relax the use restrictions", "loosen the prohibited uses"
  'relax, relaxes, relaxing, loosen, loosens, loosening, weaken, weakens, weakening, dilute, dilutes'
)
/** What receivers are bound to besides the restrictions: the use policy, this agreement's terms. */
const POLICY_OBJECT = words('policy policies restrictions limitations prohibitions terms guidelines rules')
/** Restrictions that bind by themselves, without a modal: "the restrictions … bind every later user". */
const DECLARE = words(
  'bind binds apply applies continue continues extend extends remain remains follow follows travel',
  'travels attach attaches run runs survive survives'
)
const MUST = words('must shall ensure procure 须 应 應 須')
/** Obligations in several words and conditions of a permission: "has to", "provided that". */
const MUST_PHRASE = phrases(
  'has to, have to, needs to, need to, is required to, are required to, provided that, on condition that',
  'as long as, only if, make sure, 必须, 要让, 得带, 也得, 也要, 需要'
)
function obliged(s: Sentence): boolean {
  return hasAny(s, MUST) || MUST_PHRASE.in(s)
}
/** The licensee's own terms for those downstream. */
const YOUR_TERMS = phrases(
  'your terms, your licence, your license, your agreement, your eula, your end user, their licence',
  'their license, its licence, its license, terms of service, end user agreement, end user licence',
  'end user license, end user terms, onward licence, onward license, your eula'
)
const FORBID = words('forbid forbids prohibit prohibits ban bans exclude excludes bar bars')
/** "Nothing in this licence requires you to impose restrictions": a denial. */
const NOTHING_REQUIRES = phrases(
  'nothing in this licence requires, nothing in this license requires, nothing in this agreement requires',
  'nothing in this licence shall require, nothing in this license shall require',
  'nothing in this agreement shall require, nothing herein requires'
)
const BIND_ACT = words('bind oblige obligate')
const ONLY_YOU = phrases(
  'only to you, not to your, only the licensee, only you, 仅约束被许可方',
  // "The use restrictions bind only the original Licensee"
  'bind only, binds only, apply only to, applies only to'
)
/** A wish, not a duty: "We hope downstream developers keep the spirit of these restrictions". */
const WISH = words('hope hopes wish wishes trust')
const PASSED = words('passed handed carried')
const BOUND = words('bound subject')
/** A promise about what one will do: "I agree that any model I derive will be released under …". */
const PROMISE = words('agree agrees will undertake undertakes')
/** The restrictions go with every copy: "they must travel with every copy", "accompany each copy". */
const TRAVEL = words('travel travels accompany accompanies accompanied attached attach')
const COPIES = words('copy copies')

/** "the use restrictions … must travel with every copy": limits carried by each copy passed on. */
const BROADER = words('broader wider greater larger more')
const RIGHTS = words('rights right permissions')
const THAN = words('than')
/**
 * "Each downstream licensee shall be entitled to no broader rights of use than those held by the
 * Licensee", "Nothing shall permit the Licensee to grant any recipient broader rights than it holds":
 * those downstream get no more than the licensee's own rights, so its limits pass on with them.
 */
function noBroaderRights(s: Sentence): number {
  if (!hasReceiver(s) && !hasAny(s, DERIVED)) return -1
  for (const b of allOf(s, BROADER)) {
    if (!RIGHTS.has(s.tokens[b + 1]?.w ?? '') || nearWords(s, b, 0, 8, THAN) < 0) continue
    // denied: "no broader rights", or the grant of them ("Nothing shall permit … to grant … broader rights")
    if (s.tokens[b - 1]?.w === 'no' || negatedBefore(s, b, 14) >= 0) return b
  }
  return -1
}

function limitsTravel(s: Sentence, obligation: boolean): number {
  // ("the rules in this licence travel with the model": the licence's rules, named as such)
  const rules = allOf(s, RULES).filter(r => nearWords(s, r, 0, 3, LICENCE_WORD) >= 0)
  for (const l of [...allOf(s, LIMITS), ...rules]) {
    if (ofLiability(s, l) || negatedBefore(s, l, 4) >= 0) continue
    const t = nearWords(s, l, 10, 10, TRAVEL)
    if (t < 0 || negatedBefore(s, t, 3) >= 0) continue
    if (obligation && nearWords(s, t, 0, 4, COPIES) >= 0) return l
    // "Restrictions travel with the weights": stated as a fact, they go with the model itself
    if (s.tokens[t + 1]?.w === 'with' && nearWords(s, t + 1, 0, 3, CARRIED_WITH) >= 0) return l
  }
  return -1
}
const RULES = words('rules terms conditions')
const CARRIED_WITH = words('weights model models checkpoint checkpoints copy copies derivative derivatives')

/** "limitation of liability" (a disclaimer) or "third party restriction" (someone else's): not
 * the licence's limits on use. */
function ofLiability(s: Sentence, k: number): boolean {
  // ("export and import laws and restrictions": the law's, not the licence's)
  return (
    nearWords(s, k, 0, 3, LIABILITY) >= 0 ||
    nearWords(s, k, 2, 0, OTHERS) >= 0 ||
    nearWords(s, k, 3, 3, LAW) >= 0
  )
}
const OTHERS = words('party parties other')
/** Copies that must include the copyright notices: attribution, whatever else they include. */
const NOTICES = phrases('copyright notice, copyright notices, copyright statement')
const USE = words('use uses usage prohibited 使 用')

/** "The copyright notices and this entire statement, including … this restriction, must be
 * included in all copies": the notices travel (attribution); no limit on use is passed on. */
function aboutNoticesOnly(s: Sentence): boolean {
  return NOTICES.in(s) && !hasAny(s, USE)
}
const LIABILITY = words('liability liabilities damages warranty warranties')

/** Someone downstream, a derivative, or a distribution: the model is passed on. */
function passedOn(s: Sentence): boolean {
  return hasReceiver(s) || hasAny(s, DERIVED) || hasAny(s, DISTRIBUTE)
}
const DISTRIBUTE = words(
  'distribute distributes distributed distributing redistribute sublicense transfer grant share provide',
  'available supply supplies supplied'
)

function hasReceiver(s: Sentence): boolean {
  return hasAny(s, RECEIVERS) || RECEIVERS_PHRASES.in(s) || thirdPartyReceiver(s) || sublicenseeZh(s)
}
/** 被授权人 / 被许可人 is the licensee itself (本条限制适用于被许可人), and someone downstream only where
 * the model is passed on in the sentence (转授权时，应使被授权人同受…拘束). */
const LICENSEE_NAMES_ZH = phrases('被授权人, 被授權人, 被许可人, 被許可人')
function sublicenseeZh(s: Sentence): boolean {
  return LICENSEE_NAMES_ZH.in(s) && HAND_ON_ZH.in(s)
}

/** Things a "third party" owns or makes ("third-party software", "third-party licenses"). */
const THIRD_PARTY_THING = words(
  'software code open source components licenses licences materials content services products',
  'libraries data tools rights claims websites sites'
)
/** "a third party", "third parties to whom you …": people downstream, not third-party software. */
function thirdPartyReceiver(s: Sentence): boolean {
  for (const k of allOf(s, THIRD_PARTY))
    if (s.tokens[k - 1]?.w === 'third' && !THIRD_PARTY_THING.has(s.tokens[k + 1]?.w ?? '')) return true
  return false
}
const THIRD_PARTY = words('party parties')

function bindNear(s: Sentence, l: number): boolean {
  const b = nearWords(s, l, 12, 12, BIND)
  if (b >= 0 && negatedBefore(s, b, 3) < 0) return true
  return nearPhrase(s, l, 12, 12, BIND_ZH) >= 0
}

/** What a receiver is held to when the limits are named: restrictions, prohibitions, a list of uses. */
const LIMIT_OBJECT: ReadonlySet<string> = union([...LIMITS, ...words('list rules uses prohibitions')])
const BUILT_FROM = phrases('built from, built on, derived from, made from, based on, trained from')

/** "the restrictions of this Agreement bind every later user": a declarative binding, not negated. */
function declaresBinding(s: Sentence): number {
  for (const l of allOf(s, LIMITS)) {
    if (ofLiability(s, l)) continue
    for (const b of allOf(s, DECLARE)) {
      if (b <= l || b > l + 14) continue
      let negated = false
      for (let k = l; k <= b + 1 && k < s.tokens.length; k++) if (isNegationAt(s, k)) negated = true
      if (negated) continue
      if (nearWords(s, b, 0, 8, LATER) >= 0 || nearPhrase(s, b, 0, 8, RECEIVERS_PHRASES) >= 0) return l
      // "… apply to this model and to anything built from it"
      if (nearPhrase(s, b, 0, 12, BUILT_FROM) >= 0) return l
    }
  }
  // 下游使用者同样受本协议使用限制的约束: receivers, the limits, a binding act, no negation
  if (RECEIVERS_PHRASES.in(s) && !sentenceHasNegation(s))
    for (const l of allOf(s, LIMITS)) if (nearPhrase(s, l, 12, 12, BIND_ZH) >= 0) return l
  // 再分发时，须使接收方同样受本协议所列禁止用途的约束: the limits named as prohibited uses
  if (RECEIVERS_PHRASES.in(s) || hasAny(s, DERIVED))
    for (const l of LIMITS_ZH.all(s))
      if (nearPhrase(s, l, 16, 12, BIND_ZH) >= 0 && negatedBefore(s, l, 16) < 0) return l
  return -1
}

/** A KEEP phrase ("carry the same", "subject to the same") whose object is a licence: share-alike. */
function keepsLicence(s: Sentence, at: number, len: number): boolean {
  return nearWords(s, at + len - 1, 0, 3, LICENCE_WORD) >= 0 && nearWords(s, at, 0, len + 3, LIMITS) < 0
}

// The frame by concept: an antecedent that names the licence's use limits (by what they are —
// "the Restricted Uses", "the usage rules", "the prohibited-use clause", "Attachment A", 使用限制,
// 限制性条款 — or by a pronoun whose antecedent is the sentence before), an act that passes them on
// (carry, inherit, come with, pass on, keep, write into, 继承, 沿用, 写入) or makes someone submit to
// them (be bound, agree, accept, observe, 遵守, 受…拘束), and someone or something downstream
// (a recipient, a derivative, a redistribution). Not: a permission ("may include"), a negation, the
// licensee's own compliance ("you must follow the restrictions when you distribute"), restrictions
// the licensee may not add ("no further restrictions": GPL style), a licence kept (share-alike).

/** The use limits by name: "the Restricted Uses", "the usage rules", "the prohibited-use list". */
const USE_LIMIT_NAMES = phrases(
  'restricted uses, restricted use, prohibited uses, prohibited use, forbidden uses, banned uses',
  'disallowed uses, excluded uses, use rules, usage rules, rules of use, use restrictions',
  'usage restrictions, usage limits, use limits, usage limitations, use limitations, use based',
  'acceptable use, use policy, usage policy, usage guidelines, use guidelines, same terms of use',
  'same usage terms, same use terms, conditions of use, use conditions, usage conditions',
  'conduct rules, rules of conduct, same rules, same prohibitions, same limits',
  '使用限制, 用途限制, 限制性条款, 限制条款, 禁止用途, 禁止的用途, 使用规则, 使用政策, 使用规范',
  '限制用途, 禁止性规定, 限制规定, 限制事项, 禁止事项, 使用条件, 限制, 禁止性用途',
  // "make the third party … observe the same Guidelines"
  'same guidelines, same policy, same code'
)
/** An attachment that holds the limits: "Attachment A", "Exhibit 2" (not a notice exhibit). */
const ATTACHMENT = words('attachment exhibit appendix annex schedule')
/** A pronoun standing for limits named in the sentence before: "you must pass them on". */
const PRONOUN = words('them it they these those')
/** Limits the licensee may not add (GPL: "no further restrictions"): not the licence's own. */
const ADDED = words('further additional other extra new more own')
const NOTICE_WORD = words('notice notices copyright attribution statement statements provenance')

/** Acts that pass the limits on with the work: carry, inherit, come with, write into, 继承, 沿用. */
const TRANSMIT = words(
  'pass passes passed passing carry carries carried carrying travel travels travelling traveling',
  'accompany accompanies accompanied inherit inherits inherited keep keeps kept retain retains',
  'retained preserve preserves preserved include includes included incorporate incorporates',
  'incorporated reproduce reproduces attach attached impose imposes imposed extend extends',
  'extended flow flows survive survives come comes go goes run runs embed embedded insert inserted',
  'propagate propagates replicate replicates replicated furnish furnished informed inform impose',
  'repeat repeats repeated restate restates restated'
)
const TRANSMIT_ZH = phrases(
  '继承, 沿用, 延用, 保留, 写入, 纳入, 附带, 附上, 随附, 包含, 载明, 带上, 延续, 一并, 传递, 列入',
  '写进, 载入, 沿袭, 承袭, 转达, 告知, 负担'
)
/** Acts by which those downstream submit to the limits: be bound, agree, accept, observe, 遵守. */
const SUBMIT = words(
  'bound bind binds subject agree agrees agreeing accept accepts acceptance observe observes comply',
  'complies follow follows honour honor honours honors respect respects adhere adheres abide abides',
  'held obey obeys agreed accepted refrain'
)
const SUBMIT_ZH = phrases(
  '遵守, 遵循, 拘束, 约束, 同意, 接受, 服从, 受本, 受其, 受该, 受上述, 受同样, 同受, 同样受, 受这些'
)
/** Downstream by act: the work shared, handed on, sublicensed, published (分发, 散布, 转授权). */
const HAND_ON = words(
  'share shares shared sharing distribute distributes distributed distributing redistribute',
  'redistributes redistributed redistributing redistribution distribution sublicense sublicence',
  'sublicenses sublicences sublicensing transfer transfers transferred give gives hand hands handed',
  'release releases released publish publishes published convey conveys conveyed offer offers',
  'offered onward downstream resell resold fork forks variant variants merge merged copy copies',
  'sell sells pass passes passing supply supplies supplied supplying furnish ship ships granting onward'
)
/** Works made from the model beyond DERIVED_WORK's words: adapters, forks, merges, variants. */
const MADE_FROM = words('adapter adapters fork forks merge merges variant variants finetunes trained')
/** Binding someone else ("bind them to the same restrictions"): not the licensee itself. */
const BIND_OTHER = words('bind binds')
const SELF = words('you yourself licensee')
/** Taking the limits away: forbidden, they stay with the copies ("❌ Removing the use restrictions"). */
const REMOVE = words(
  'remove removing removes strip stripping delete deleting drop dropping omit omitting omits omitted',
  'weaken weakens weakening weakened dilute dilutes'
)
const HAND_ON_ZH = phrases(
  '分发, 再分发, 散布, 再散布, 转授权, 转让, 提供给, 发布, 衍生, 受领人, 接收, 传播, 再许可, 转交, 交给, 给别人'
)
/** Permission, not obligation: "may include", "can pass on". */
const PERMIT = words('may can could might')

/** The verbs among LIMITS ("is prohibited"): no antecedent by themselves. */
const LIMIT_VERBS = words('prohibits prohibited prohibit')

function namedLimits(s: Sentence): number[] {
  const out: number[] = []
  for (const l of allOf(s, LIMITS)) {
    const w = s.tokens[l]!.w
    if (w.length === 1 || LIMIT_VERBS.has(w)) continue // 限 / 制: read as phrases below
    if (ofLiability(s, l) || ADDED.has(s.tokens[l - 1]?.w ?? '')) continue
    out.push(l)
  }
  // a name that is part of a use policy's name ("Prohibited Use Policy") counts as the policy
  const policies = policyOnly(s) ? POLICY_NAME.matches(s) : []
  for (const m of USE_LIMIT_NAMES.matches(s)) {
    if (ADDED.has(s.tokens[m.at - 1]?.w ?? '')) continue
    if (policies.some(p => p.at < m.at + m.len && m.at < p.at + p.len)) continue
    out.push(m.at)
  }
  if (!policyOnly(s)) out.push(...attachments(s))
  out.push(...limitReferences(s))
  return out.sort((a, b) => a - b)
}

/** Uses named by where the licence forbids them: "any use forbidden by this Licence", "the uses listed in Annex A". */
const USE_NOUN = words('use uses manner purpose purposes')
const REF_VERB = words('forbidden prohibited listed enumerated barred excluded restricted set')
const REF_PREP = words('by in under of out')
function limitReferences(s: Sentence): number[] {
  return allOf(s, USE_NOUN).filter(u => {
    const v = nearWords(s, u, 0, 2, REF_VERB)
    if (v >= 0 && REF_PREP.has(s.tokens[v + 1]?.w ?? '')) return true
    // "any use Section 4 forbids", "every use that Clause 7 prohibits"
    let k = u + 1
    if (s.tokens[k]?.w === 'that' || s.tokens[k]?.w === 'which') k++
    return DOC_PART.has(s.tokens[k]?.w ?? '') && FORBIDS_VERB.has(s.tokens[k + 2]?.w ?? '')
  })
}
const DOC_PART = words('section clause article paragraph schedule annex attachment exhibit appendix')
const FORBIDS_VERB = words('forbids prohibits bars excludes restricts')

/** Terms that forbid, or must not permit, the licence's forbidden uses: "only on terms that prevent the
 * recipient from using them in any manner prohibited by this Agreement", "terms that permit any use forbidden". */
const TERMS_WORD = words('terms term licence license agreement eula sublicence sublicense')
const FORBIDS = words('forbid forbids prohibit prohibits prevent prevents exclude excludes bar bars')
const PERMITS = words('permit permits allow allows')
function onwardTermsForbid(s: Sentence): number {
  if (!downstream(s)) return -1
  const refs = namedLimits(s)
  for (const t of allOf(s, TERMS_WORD)) {
    const forbid = nearWords(s, t, 0, 4, FORBIDS)
    const permit = nearWords(s, t, 0, 4, PERMITS)
    const act =
      forbid >= 0 && negatedBefore(s, forbid, 3) < 0
        ? forbid
        : permit >= 0 && sentenceHasNegation(s)
          ? permit
          : -1
    if (act >= 0 && refs.some(r => r > act && r - act <= 14)) return act
  }
  return -1
}

/** "Attachment A", "Exhibit 2": an attachment holding the limits, unless it holds a notice. */
function attachments(s: Sentence): number[] {
  return allOf(s, ATTACHMENT).filter(a => {
    const next = s.tokens[a + 1]?.w ?? ''
    // "shall annex to the distribution a copy": the verb, not an attachment's name
    if (VERB_BEFORE.has(s.tokens[a - 1]?.w ?? '')) return false
    return next.length <= 2 && nearWords(s, a, 4, 4, NOTICE_WORD) < 0
  })
}

const VERB_BEFORE = words('shall must will to and may should')

const POLICY_NAME = phrases(
  'acceptable use, use policy, usage policy, usage guidelines, use guidelines, 使用政策'
)
/** Those who receive the model itself (not the end users of a service built on it). */
const MODEL_RECEIVERS = words(
  'recipient recipients sublicensee sublicensees transferee transferees distributees downstream',
  'receive receives receiving obtain obtains acquire acquires'
)
const MODEL_RECEIVER_PHRASES = phrases(
  'whom you, you share, you give, you distribute, you pass, you hand, you provide, sub licensee',
  'shared with, share with, they share',
  '下游, 接收方, 接收者, 接收人, 受让方, 受让人, 受领人, 转授权对象, 再许可对象'
)
/**
 * A use policy that end users of the licensee's service must follow is the policy itself
 * (acceptable-use-policy); it flows down only when those who receive the model are bound.
 */
function policyOnly(s: Sentence): boolean {
  return POLICY_NAME.in(s) && !hasAny(s, MODEL_RECEIVERS) && !MODEL_RECEIVER_PHRASES.in(s)
}

/** Pronouns whose antecedent is use limits named in the sentence before (and none here). */
function pronounLimits(s: Sentence, ctx: DetectContext | undefined): number[] {
  if (!ctx || ctx.index === 0) return []
  const before = ctx.doc.sentences[ctx.index - 1]
  if (!before || namedLimits(before).length === 0) return []
  return allOf(s, PRONOUN)
}

function downstream(s: Sentence): boolean {
  return (
    hasReceiver(s) ||
    hasAny(s, DERIVED) ||
    hasAny(s, MADE_FROM) ||
    hasAny(s, HAND_ON) ||
    HAND_ON_ZH.in(s) ||
    YOUR_TERMS.in(s) ||
    fineTune(s)
  )
}

/** "a fine-tune", "fine tunes" (the tokenizer may leave the two words apart). */
function fineTune(s: Sentence): boolean {
  return allOf(s, FINE).some(k => TUNE.has(s.tokens[k + 1]?.w ?? ''))
}
const FINE = words('fine')
const TUNE = words('tune tunes tuned')

/** An act of the class within reach of the antecedent, not negated nor merely permitted. */
function actNear(s: Sentence, l: number, set: ReadonlySet<string>, zh: Phrases): number {
  for (const a of allOf(s, set)) {
    if (Math.abs(a - l) > 12 || negationReaching(s, a, 8) >= 0) continue
    if (nearWords(s, a, 3, 0, PERMIT) >= 0 && !obliged(s)) continue
    return a
  }
  // Chinese is read character by character: the same reach is longer in tokens
  const z = nearPhrase(s, l, 20, 20, zh)
  return z >= 0 && negatedBefore(s, z, 3) < 0 ? z : -1
}

function carriedDownstream(s: Sentence, ctx: DetectContext | undefined): number {
  // "you must bind them to the same restrictions": binding is done to others
  for (const b of allOf(s, BIND_OTHER)) {
    if (SELF.has(s.tokens[b + 1]?.w ?? '') || negatedBefore(s, b, 4) >= 0 || !obliged(s)) continue
    const to = nearWords(s, b, 0, 4, TO_WORD)
    if (to >= 0 && namedLimits(s).some(l => l > to && l - to <= 6)) return b
  }
  if (!downstream(s)) return -1
  const limits = namedLimits(s)
  for (const l of limits.length > 0 ? limits : pronounLimits(s, ctx)) {
    // "you may not remove the use restrictions when you redistribute"
    const removed = nearWords(s, l, 4, 0, REMOVE)
    if (removed >= 0 && sentenceHasNegation(s) && !NOTHING_REQUIRES.in(s)) return l
    if (negatedBefore(s, l, 4) >= 0) continue
    if (actNear(s, l, TRANSMIT, TRANSMIT_ZH) >= 0) return l
    // submitting is done by someone or something downstream, not by the licensee ("you must follow …")
    const who = hasReceiver(s) || hasAny(s, DERIVED) || hasAny(s, MADE_FROM)
    const submit = who ? actNear(s, l, SUBMIT, SUBMIT_ZH) : -1
    // ("Unless every downstream user has agreed to …, you shall not …": the negation comes after)
    if (submit >= 0 && !negatedOutsideNames(s, submit)) return l
  }
  return -1
}

/** A negation other than the ones inside the limits' names ("the prohibited uses", 禁止用途). */
function negatedOutsideNames(s: Sentence, upTo: number): boolean {
  const names = USE_LIMIT_NAMES.matches(s)
  for (let k = 0; k < upTo; k++) {
    if (!isNegationAt(s, k)) continue
    if (!names.some(m => k >= m.at && k < m.at + m.len)) return true
  }
  return false
}

export default defineClause({
  type: 'restrictions-flow-down',
  restrictive: false,
  label: 'requires derivatives to carry its restrictions',
  noun: 'restrictions that derivatives must carry',
  meta: {
    id: 'license/restrictions-flow-down',
    title: 'Restrictions that bind derivatives',
    framework: 'OSAID 1.0 — copyleft allowed, use restrictions must not flow down',
    severity: { default: 'warning', 'open-weights': 'note' },
    docs: docsUrl('license/restrictions-flow-down')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (ONLY_YOU.in(s) || definesTerm(s) || aboutNoticesOnly(s) || NOTHING_REQUIRES.in(s)) return -1
    if (hasAny(s, WISH) && !obliged(s)) return -1
    // 建议被许可方将…告知其客户: advice, not an obligation; 经许可方书面同意: the licensor's consent
    if ((ADVICE_ZH.in(s) && !obliged(s)) || (LICENSOR_CONSENT_ZH.in(s) && !hasReceiver(s))) return -1
    const at = flowsDown(s, ctx)
    // "Artefacts emitted by the Model remain subject to the prohibitions": the outputs' use, not a flow-down
    return at >= 0 && aboutOutputsOnly(s, at) ? -1 : at
  },
  examples: {
    detected: [
      'Every derivative you release must stay bound by the same restrictions as the original.',
      'Your licence to downstream users must contain these use restrictions.'
    ],
    notDetected: [
      'You may license your modifications under terms of your choice.',
      'There are no use restrictions.'
    ]
  }
})

const ADVICE_ZH = phrases('建议, 鼓励, 欢迎, 推荐')
const LICENSOR_CONSENT_ZH = phrases('经许可方, 经授权方, 许可方书面同意, 授权方书面同意')

/** "impose the human-rights conditions of Section 3 on the recipient": terms laid on those downstream. */
const IMPOSE = words('impose imposes imposed')
const LAID = words('conditions condition terms obligations restrictions limitations prohibitions')
function imposedOnReceiver(s: Sentence): number {
  for (const i of allOf(s, IMPOSE)) {
    if (negatedBefore(s, i, 4) >= 0 || nearWords(s, i, 3, 0, PERMIT) >= 0) continue
    const what = nearWords(s, i, 0, 8, LAID)
    if (what < 0 || ADDED.has(s.tokens[what - 1]?.w ?? '')) continue
    const on = nearWords(s, what, 0, 8, ON_UPON)
    if (on >= 0 && (nearWords(s, on, 0, 3, LATER) >= 0 || nearWords(s, on, 0, 3, DOWNSTREAM) >= 0)) return i
  }
  return -1
}

/** "oblige their customers not to use the Model for any purpose forbidden by Section 3", "Any person
 * receiving the Model shall be bound not to use it for surveillance": those downstream held to a use ban. */
const HELD_NOT = words('oblige obliges obligate obligates require requires bound bind binds')
function heldNotToUse(s: Sentence): number {
  for (const h of allOf(s, HELD_NOT)) {
    const not = s.tokens[h + 1]?.w === 'not' ? h + 1 : nearWords(s, h, 0, 4, NOT_WORD)
    if (not < 0 || s.tokens[not + 1]?.w !== 'to' || !USE_VERB.has(s.tokens[not + 2]?.w ?? '')) continue
    // the one held is downstream: the object of "oblige" or the subject of "be bound"
    const who =
      s.tokens[h]!.w === 'bound'
        ? nearWords(s, h, 8, 0, MODEL_RECEIVERS) >= 0 || nearPhrase(s, h, 8, 0, MODEL_RECEIVER_PHRASES) >= 0
        : nearWords(s, h, 0, 4, DOWNSTREAM) >= 0
    if (who && obliged(s)) return h
  }
  return -1
}
const USE_VERB = words('use deploy apply employ')

/** The frames of a flow-down, tried in turn; the position that shows it, or -1. */
function flowsDown(s: Sentence, ctx: DetectContext): number {
  for (const f of [imposedOnReceiver, heldNotToUse]) {
    const at = f(s)
    if (at >= 0) return at
  }
  // "your terms of service must forbid every use that Section 4 forbids"
  const yours = YOUR_TERMS.first(s)
  if (yours >= 0 && hasAny(s, MUST) && nearWords(s, yours, 0, 12, FORBID) >= 0) return yours
  const e = ENFORCEABLE.first(s)
  if (e >= 0) return e
  for (const p of allOf(s, REQUIRE)) {
    const who = nearWords(s, p, 0, 6, DOWNSTREAM)
    const complies = who >= 0 ? nearWords(s, who, 0, 10, COMPLY) : -1
    if (complies >= 0 && nearWords(s, complies, 0, 6, LAW) < 0) return p
    // "require anyone to whom you provide a Derivative to observe the same prohibition"
    const anyone = nearWords(s, p, 0, 4, ANYONE)
    const act = anyone >= 0 ? nearWords(s, anyone, 0, 14, COMPLY) : -1
    if (act >= 0 && (nearWords(s, act, 0, 8, LIMITS) >= 0 || nearWords(s, act, 0, 4, SAME_WORD) >= 0))
      return p
  }
  // "You must include the use restrictions … in any agreement under which You distribute the Model"
  const r = Math.max(RESTRICTIONS.first(s), allOf(s, LIMITS).find(k => !ofLiability(s, k)) ?? -1)
  if (r >= 0 && negatedBefore(s, r, 4) < 0 && !ofLiability(s, r)) {
    // into the terms under which the model is passed on (not "copies must include … this restriction")
    if (hasAny(s, INCLUDE) && hasAny(s, AGREEMENT) && passedOn(s) && !NOTICES.in(s)) return r
    // "pass these restrictions on to every downstream user"
    if (hasAny(s, ONWARD) && allOf(s, PASS).some(p => negatedBefore(s, p, 4) < 0)) return r
    // "Pass the use restrictions on to anyone you share it with"
    const pass = allOf(s, PASS).find(p => p < r && p >= r - 4 && negatedBefore(s, p, 4) < 0)
    if (pass !== undefined && nearWords(s, r, 0, 3, ON_WORD) >= 0 && hasReceiver(s)) return pass
    // "Use restrictions must be passed on": passed on is downstream by itself
    const passedOnward = allOf(s, PASSED).find(p => p > r && p <= r + 5 && s.tokens[p + 1]?.w === 'on')
    if (passedOnward !== undefined && obliged(s) && negatedBefore(s, passedOnward, 4) < 0) return r
  }
  // the measure: downstream terms at least as strict as these
  if (obliged(s) || sentenceHasNegation(s) || hasAny(s, PROMISE)) {
    const m = AT_LEAST_AS.first(s)
    if (m >= 0 && (hasReceiver(s) || hasAny(s, DERIVED) || hasAny(s, AGREEMENT))) return m
    // weaker terms are denied only as to uses ("more permissive conditions" alone is share-alike's)
    const w = WEAKER.first(s)
    const aboutUses = hasAny(s, USE) || namedLimits(s).length > 0
    if (w >= 0 && aboutUses && sentenceHasNegation(s) && (hasReceiver(s) || hasAny(s, DERIVED))) return w
  }
  // "bind anyone to whom you distribute the Model to that policy"
  for (const b of allOf(s, BIND_ACT)) {
    if (!hasAny(s, MUST) || nearWords(s, b, 0, 4, RECEIVERS) < 0) continue
    const to = allOf(s, TO_WORD).find(t => t > b + 1 && nearWords(s, t, 0, 4, POLICY_OBJECT) >= 0)
    if (to !== undefined) return b
  }
  // frame: a receiver downstream, a binding act, the licence's limits, as an obligation
  if (obliged(s) && (hasReceiver(s) || hasAny(s, DERIVED))) {
    const l = allOf(s, LIMITS).find(k => !ofLiability(s, k) && !ADDED.has(s.tokens[k - 1]?.w ?? ''))
    if (l !== undefined && bindNear(s, l)) return l
  }
  const travels = limitsTravel(s, obliged(s))
  if (travels >= 0) return travels
  const broader = noBroaderRights(s)
  if (broader >= 0) return broader
  // "Downstream users are bound by the same use restrictions": a binding stated as a fact
  if (hasReceiver(s) && !sentenceHasNegation(s)) {
    for (const l of allOf(s, LIMITS)) {
      const b = nearWords(s, l, 6, 0, BOUND)
      if (b >= 0 && !ofLiability(s, l) && !ONLY_YOU.in(s)) return l
    }
  }
  const declared = declaresBinding(s)
  if (declared >= 0) return declared
  const forbids = onwardTermsForbid(s)
  if (forbids >= 0) return forbids
  const fd = FLOW.first(s)
  if (fd >= 0 && (hasAny(s, TERMS) || namedLimits(s).length > 0)) return fd
  // "held to the same do-and-don't list": those downstream keep the limits (a derivative keeps any
  // terms named; a receiver, only terms that name the limits, else it is the licence's own offer)
  const keeper = hasAny(s, DERIVED)
  if (keeper || hasReceiver(s) || hasAny(s, MADE_FROM))
    for (const m of KEEP.matches(s))
      if (
        !keepsLicence(s, m.at, m.len) &&
        negatedBefore(s, m.at, 3) < 0 &&
        (keeper || nearWords(s, m.at, 0, m.len + 4, LIMIT_OBJECT) >= 0)
      )
        return m.at
  return carriedDownstream(s, ctx)
}
