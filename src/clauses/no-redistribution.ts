// No redistribution of the model. Frame: the licensee, a prohibition, an act of passing the model
// on (distribute, share, publish, give, hand, transfer, sell, make available) and the model (or
// copies of it) or a recipient (anyone, any third party). Not: the GPL's "except as expressly
// provided", licence terms ("must not be distributed under any other license"), outputs.
import { BLOCKER_SEVERITY, FOUND, defineClause, type DetectContext } from './clause.js'
import { MODEL_THING, TERRITORY } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, nearWords, phrases, type Phrases, positions, union, words } from './toolkit/query.js'
import { isNegationAt, negatedBefore } from './toolkit/negation.js'
import { quantities } from './toolkit/quantities.js'
import { aboutOutputsOnly, outputRefs } from './toolkit/outputs.js'
import { lineOf, type Sentence } from './toolkit/sentences.js'
import { fieldOf, keyNames, valueDenies } from './toolkit/field-key.js'
import { inPlainSummary } from './toolkit/plain-summary.js'

const PASS_ON = words(
  'distribute redistribute share publish republish resell sell rehost upload transfer sublicense',
  'lease rent lend provide make give hand send pass disseminate post mirror assign uploaded shared',
  'published distributed redistributed transferred sold passed assigned mirrored made provided given',
  'handed rented leased posted mirroring uploading reuploading sharing publishing disclose disclosed',
  'resold lent sublicensed furnish furnished supply supplied communicate communicated',
  'circulate circulated circulating seed seeding torrent torrenting ship shipped deliver delivered',
  'transmit transmitted repost reposting reposted sent'
)
/** Verbs that say nothing of the model by themselves ("provide medical advice", "make decisions"): need an object. */
const NEEDS_OBJECT = words(
  'provide make transfer share publish give pass send post assign supply deliver communicate ship'
)
const DERIVED = words(
  'derivative derivatives adapted modified modifications adaptations outputs output tuned finetuned',
  'merged quantized quantised pruned completions generations responses altered adapter adapters',
  // "fine-tunes" (fine, tunes)
  'tunes finetunes'
)
/** Selling as one of several ways of making money ("sell it, charge for access to it"): commerce. */
const SELL = words('sell resell sold resold')
const MONEY = words(
  'charge charges money fee fees paid price profit revenue subscription subscriptions monetise monetize'
)
/** The verb's object is something built with the model, not the model: "sell products built on it". */
const PRODUCT = words(
  'products product apps app applications application services service solutions anything'
)
/** Things made with a model, as the object of an act ("sell the pictures", "publish results"). */
const GOODS = words(
  'pictures picture images photos photo artwork artworks drawings illustrations songs music videos clips',
  'texts essays articles stories results scores outputs content completions generations responses answers'
)
const RECIPIENT = phrases(
  'third party, third parties, anyone, any person, any other person, others, the public, 第三方',
  'anywhere, elsewhere, anyone else',
  '他人'
)
const DIRECT: Phrases = phrases(
  'no redistribution, redistribution is not permitted, redistribution is prohibited',
  'redistribution prohibited, not for redistribution, redistribution is not allowed',
  'may not be redistributed, must not be redistributed, shall not be redistributed',
  'may not be distributed, must not be distributed, shall not be distributed, may not be shared',
  'must not be shared, shall not be shared, may not be transferred'
)
const BAN = phrases(
  'is prohibited, is not permitted, is not allowed, is forbidden, are prohibited',
  'are not permitted, is strictly prohibited, is strictly forbidden, are forbidden, is not authorised',
  'is not authorized, are not allowed, are not authorised, are not authorized, are strictly prohibited',
  // a breach named as the consequence: "giving the files to friends is a breach of these terms"
  'is a breach, constitutes a breach, constitute a breach, is a violation, constitutes a violation',
  // leave asked for first: "Transfer of the Weights … requires Heron's prior written consent"
  'requires prior, requires the prior, requires our, requires the licensor, requires written',
  // kept by the licensor: "redistribution of the Model … is reserved exclusively to the Licensor"
  'is reserved, are reserved'
)
/** "no distribution of the Software is permitted": the act denied before a grant word. */
const GRANT_AFTER = phrases(
  'is permitted, is allowed, are permitted, are allowed, is authorised, is authorized'
)
/** Act nouns that are copies of the model by themselves ("Mirrors aren't allowed"): no object needed. */
const COPYING_NOUNS = words(
  'mirrors mirror mirroring reuploads redistribution redistributions torrents torrenting seeding rehosts'
)
const ACT_NOUNS = words(
  'distribution redistribution sharing resale transfer redistributing distributing publishing uploading',
  'reselling transferring mirroring making uploads reuploads mirrors redistributions hosting rehosting',
  'mirror torrents torrenting seeding circulating giving conveyance supplying furnishing handing'
)
const UNDER = words('under')
const ONLY = words('only solely exclusively')
/** Those inside the licensee's own circle: passing the model only to them keeps it from anyone else. */
const INSIDE = words(
  'employees employee contractors staff affiliates organisation organization team internal internally',
  'premises personnel company institution household lab laboratory group'
)
/** Where copies are put: placed, stored, kept, installed, hosted ("may be placed only on storage …"). */
const PLACED = words('placed stored kept installed hosted held put')
/** Putting copies where others get them: a hub, an account, a public repository (not "into production"). */
const PUT = words('put place post host rehost store')
const VENUE = words(
  'hub hubs account accounts repository repositories repo repos website websites site sites server',
  'servers platform platforms drive cloud github huggingface hugging torrent public'
)
const NONE = words('none neither')
const ACCESS = words('access')
const PERSONAL = words('personal user customer sensitive private own health biometric')
const TERRITORY_ZH = phrases('境内, 境外, 地区, 国家, 位于, 居民')
const DERIVED_ZH = phrases(
  '改编后, 修改后, 微调后, 衍生模型, 衍生作品, 衍生品, 改编的, 修改的, 经微调, 微调过, 经修改',
  '量化后, 合并后, 剪枝后, 压缩后, 蒸馏后, 加工后, 改作',
  // a modified version named as such: 修改版本, 改编版, 微调版
  '修改版, 改编版, 微调版, 衍生版, 改作版, 衍生著作',
  // what the changes made: 由此产生的成果 (after 修改、二次训练或合并)
  '由此产生的成果, 由此产生的模型, 由此形成的模型, 由此得到的模型'
)
/** An English act of changing before 后 ("禁止 fine-tune 后再分发"): a derivative, as 微调后. */
const CHANGED_EN = words(
  'tune tuned finetune finetuned tuning modify modified merge merged quantize quantized train trained'
)
function derivedZh(s: Sentence): boolean {
  if (DERIVED_ZH.in(s)) return true
  for (const p of positions(s, '后')) if (CHANGED_EN.has(s.tokens[p - 1]?.w ?? '')) return true
  return false
}
/** The model as the instrument before the act: 不得使用本模型提供…服务 (a service offered with it, no copy passed). */
const USING_MODEL_ZH = phrases(
  '使用本模型, 利用本模型, 使用该模型, 利用该模型, 使用本软件, 利用本软件',
  // 以本模型提供收费服务: "with the model" as the means
  '以本模型, 以该模型, 用本模型, 借助本模型'
)
const GRANT_ZH = phrases('许可, 授权')
/** 用于: the model put to a use (用于向公众提供服务), not passed on. */
const USED_FOR_ZH = phrases('用于, 用作, 用来')
/** The licence's terms as the subject: what "passes" to recipients is a rule, not a copy. */
const TERMS_SUBJECT = words('restrictions restriction terms obligations conditions limitations rules')
const AVAILABLE = words('available accessible downloadable public publicly')
/** What "make", "give", "provide" may take that is no copy of the model. */
const NOT_PASSED = words(
  'changes change modifications improvements decisions advice access credit notice name names use'
)
/** Who is bound: the licensee (an OSI licence's "Recipient" or "your work" is about conditions). */
const SUBJECT = words('you licensee licensees user users 您 你')
const CARVE_OUT = phrases(
  'except as, except in, except under, except to, unless, provided that, provided you, not agree, not accept, disagree'
)
const PASSIVE = words(
  'uploaded shared published distributed redistributed transferred sold passed assigned mirrored made',
  'provided given handed rented leased posted resold lent sublicensed disclosed hosted rehosted',
  'transmitted communicated furnished supplied delivered shipped circulated disseminated reposted sent'
)
const MODEL_WORDS = words(
  'model models weights checkpoint checkpoints parameters files data dataset datasets software copies 模 权',
  'materials'
)
/** The model and what it is shipped as: MODEL_THING, and its files, data or software. */
const SHIPPED: ReadonlySet<string> = union([
  ...MODEL_THING,
  ...words('files file data dataset datasets software')
])
/** Passing on asks for leave first: 须事先征得…同意, 需经…许可. */
const CONSENT_ZH = phrases(
  '须事先征得, 须征得, 须经, 需经, 须获得, 需获得, 须取得, 需取得, 应事先取得, 应取得, 须事先获得'
)
/** "neither of them may leave your premises": the copies stay inside. */
const THERE = words('there')
const COPY = words('copy')
/** The model itself and its copies (not "data" alone: "uploads of personal data"). */
const CORE_MODEL = words(
  'model models weights checkpoint checkpoints parameters files copies dataset datasets'
)
const AGAIN_ZH = phrases('二次分发, 再次分发, 二次传播, 再分发')
const STAY = words('stay stays remain remains kept')
const WITHIN = words('within inside in on')
const KEPT_IN = words(
  'premises control possession site organisation organization custody lab laboratory building campus'
)
const PASS_ZH = phrases(
  '分发, 传播, 转让, 出售, 提供, 发布, 再分发, 公开, 上传, 出借, 出租, 转售, 再许可, 传到, 传至, 发到',
  '散布, 散播, 转载, 托管, 转交, 转发, 外传, 分享, 交付, 借予, 借与, 出示',
  // handing a copy to someone: 发给, 拷给, 传给
  '发给, 拷给, 拷贝给, 传给, 转给, 送给, 分给'
)
/** Putting copies where others fetch them: 上传, 传到, 发布到, 托管. */
const UPLOAD_ZH = phrases('上传, 传到, 传至, 发到, 托管, 发布')
const VENUE_ZH = phrases('平台, 网站, 网盘, 互联网, 公网, 社区, 仓库, 镜像站')
/** A ban, not a statement of fact: 不得 (may not), not 不 alone (本模型不提供任何担保, "does not provide"). */
const ZH_BAN = phrases('不得, 禁止, 严禁, 不允许, 不可, 不能, 不应, 勿, 不准, 不许')
const OBJECT_ZH = phrases(
  '模型, 权重, 第三方, 第三人, 他人, 副本, 别人, 其他人, 任何人, 外部, 对外, 组外, 文件, 数据集, 资料集, 软件',
  '外面, 外人'
)

const REQUIRES = words('requires require needs need')
const CONSENT = words('consent permission approval authorisation authorization')
/** A right, licence or permission denied to the act: "No right to distribute … is conferred". */
const RIGHT_TO = words('right rights licence license permission')

/** "No right to distribute", "no licence to share": the act denied as a right. */
function noRightTo(s: Sentence): number {
  for (const p of allOf(s, PASS_ON))
    if (
      s.tokens[p - 1]?.w === 'to' &&
      RIGHT_TO.has(s.tokens[p - 2]?.w ?? '') &&
      s.tokens[p - 3]?.w === 'no'
    ) {
      // "no rights to make Adaptations", "no right to distribute such a Derived Work": derivatives
      if (NEEDS_OBJECT.has(s.tokens[p]!.w) || nearWords(s, p, 0, 5, MADE_FROM) >= 0) continue
      return p
    }
  return -1
}

/**
 * A row or item whose subject is the act and whose value bans it: "Share with anyone else | No"
 * ("share with anyone else is not permitted"), "Re-host on another site | No".
 */
function bannedActRow(s: Sentence, text: string): number {
  let p = s.body
  if (s.tokens[p]?.w === 're') p++
  const w = s.tokens[p]?.w ?? ''
  if (!PASS_ON.has(w) && !PUT.has(w)) return -1
  const ban = BAN.first(s)
  if (ban < 0 || ban - p > 10 || otherClauseBetween(s, p, ban, text)) return -1
  return recipientAfter(s, p) || nearWords(s, p, 0, 6, VENUE) >= 0 || nearWords(s, p, 0, 4, CORE_MODEL) >= 0
    ? p
    : -1
}

/** A ban stated as a bare value after the act: "Redistribution: not allowed", "all prohibited". */
const BARE_BAN = phrases(
  'not allowed, not permitted, prohibited, forbidden, banned, not authorised, not authorized'
)

/** Words that may stand inside a list of passive verbs: "may not be assigned, transferred or shared". */
const LIST_GLUE = words('or and otherwise in any way nor be further re')
/** The grant's paperwork as the subject: "This Agreement may not be assigned" is contract boilerplate. */
const PAPER = words('agreement license licence rights right terms contract')

const MODALS = words('may shall can will must should')
const PRONOUN = words('it they')

/** "made available in the Russian Federation", "shared outside the EU": a place right after the act. */
function placeAfter(s: Sentence, p: number, text: string): boolean {
  const prep = nearWords(s, p, 0, 3, PLACE_PREP)
  if (prep < 0) return false
  let k = prep + 1
  if (s.tokens[k]?.w === 'the') k++
  const t = s.tokens[k]
  if (!t) return false
  const c = text[t.s] ?? ''
  // "(as defined in Section 1.5)": a part of the document, no place
  if (DOC_PART.has(t.w)) return false
  return TERRITORY.has(t.w) || (c >= 'A' && c <= 'Z')
}
const PLACE_PREP = words('in within outside inside')
const DOC_PART = words(
  'section sections clause clauses article articles schedule schedules annex annexes exhibit exhibits',
  'appendix appendices paragraph paragraphs part attachment addendum this these'
)
/** Where recipients are or belong: TERRITORY, and nationals ("a national of … any of the jurisdictions"). */
const WHERE: ReadonlySet<string> = union([...TERRITORY, ...words('national nationals')])

/** A place named within a few words after p ("host the Model on servers outside Canada"). */
function placeWithin(s: Sentence, p: number, text: string): boolean {
  for (let k = p; k <= Math.min(s.tokens.length - 1, p + 8); k++)
    if (PLACE_PREP.has(s.tokens[k]!.w) && placeAfter(s, k - 1, text)) return true
  return false
}
/** "without X" negates X; "no X" negates X unless X is the act, a right to it, or the circumstances of it. */
function ownObjectOnly(s: Sentence, k: number, p: number): boolean {
  const w = s.tokens[k]!.w
  if (w === 'without') return true
  // "with no transfer of a copy": the act right after "no" is a noun, banned only by a verb of its own
  if (w === 'no' && p - k === 1) return true
  return w === 'no' && p - k > 3 && !NO_REACHES.has(s.tokens[k + 1]?.w ?? '')
}
const NO_REACHES = words(
  'right rights licence license permission circumstances circumstance case event time one person'
)
const CONDITION = phrases('not agree, not accept, disagree, impossible')
const IF = words('if unless whether where')

/** The negation at k stands in an if-clause ("If a copy was not distributed with this file, …"). */
function inCondition(s: Sentence, k: number, text: string): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    if (IF.has(s.tokens[j]!.w)) return true
    const gap = text.slice(s.tokens[j]!.e, s.tokens[j + 1]!.s)
    if (gap.includes(',') || gap.includes(';')) return false
  }
  return false
}

/** The grant's paperwork is the subject before position k ("This Agreement may not be assigned"), not
 * the object of a preposition ("Data obtained under this agreement shall not be published"). */
function paperSubject(s: Sentence, k: number): boolean {
  const p = nearWords(s, k, 5, 0, PAPER)
  if (p < 0) return false
  const prev = s.tokens[p - 1]?.w ?? ''
  const prev2 = s.tokens[p - 2]?.w ?? ''
  return !PREPOSITION.has(prev) && !PREPOSITION.has(prev2)
}
const PREPOSITION = words('under of with by in pursuant to')

/** "No copies of the weights may …": "no" opening the subject, up to 8 words before the modal. */
function noBefore(s: Sentence, modal: number): number {
  for (let k = modal - 1; k >= Math.max(0, modal - 8); k--) if (s.tokens[k]!.w === 'no') return k
  return -1
}

/**
 * A passive ban whose subject is the model: "The Model … may not be assigned, transferred or
 * shared", "the weights must never be handed on". The index of the first banned verb, or -1.
 */
function passiveModelBan(s: Sentence, text: string): number {
  for (const p of allOf(s, PASSIVE)) {
    let k = p - 1
    while (k > 0 && (LIST_GLUE.has(s.tokens[k]!.w) || PASSIVE.has(s.tokens[k]!.w)) && s.tokens[k]!.w !== 'be')
      k--
    if (s.tokens[k]?.w !== 'be') continue
    // "may not be shared"; "No copies of the weights may be distributed"; "are not to be disseminated"
    const no = isNegationAt(s, k - 1)
      ? k - 1
      : s.tokens[k - 1]?.w === 'to' && isNegationAt(s, k - 2)
        ? k - 2
        : MODALS.has(s.tokens[k - 1]?.w ?? '')
          ? noBefore(s, k - 1)
          : -1
    if (no < 0) continue
    const notToBe = no === k - 2 && s.tokens[k - 1]!.w === 'to'
    let subject =
      no < k - 1 && !notToBe
        ? nearWords(s, k - 1, k - 1 - no, 0, MODEL_WORDS)
        : nearWords(s, no, 14, 0, MODEL_WORDS)
    // "no copy shall be provided to any other institution": the copy denied is the subject
    if (subject < 0 && no < k - 1 && s.tokens[no + 1]?.w === 'copy') subject = no + 1
    // "The Model is for your own use; it may not be resold": a pronoun opening the sentence
    if (subject < 0 && PRONOUN.has(s.tokens[s.body]?.w ?? '') && k - 1 - s.body <= 2) subject = s.body
    // "may not be made available in the Russian Federation", "… to persons resident in the Excluded
    // Territories" limit a territory; "made" passes the model on only when made available
    if (placeAfter(s, p, text) || nearWords(s, p, 0, 12, WHERE) >= 0) continue
    if (s.tokens[p]!.w === 'made' && nearWords(s, p, 0, 2, AVAILABLE) < 0) continue
    // "No copy … may be distributed without the attribution notice": conditioned on notices (attribution)
    if (withoutNotice(s, p)) continue
    if (subject < 0 || paperSubject(s, k - 1) || modelAsSource(s, subject)) continue
    // "The weights are released under Apache 2.0, but completions … may not be resold": the model
    // stands in another clause than the ban
    if (subject < k - 1 && subject !== s.body && clauseBreak(s, subject, k - 1, text)) continue
    if (nearWords(s, subject, 4, 0, DERIVED) >= 0) continue
    // "fine-tuned versions may not be shared", "adapted versions of it may not be passed on"
    if (nearWords(s, k - 1, 6, 0, DERIVED) >= 0) continue
    return k + 1
  }
  return -1
}

/** The model named as where something came from ("results obtained from the Model", "data
 * generated by it"): what is passed on is that other thing. */
const SOURCED = words(
  'obtained generated produced derived created made collected gathered computed received returned extracted'
)
const SOURCE_PREP = words('from by with using through via')
function modelAsSource(s: Sentence, m: number): boolean {
  let k = m - 1
  if (DETERMINERS.has(s.tokens[k]?.w ?? '')) k--
  return SOURCE_PREP.has(s.tokens[k]?.w ?? '') && SOURCED.has(s.tokens[k - 1]?.w ?? '')
}
const DETERMINERS = words('the this that our its your any a an')

/** "not make the Model available to more than 20,000 end users": a cap on users, not a ban on sharing. */
function counted(s: Sentence, p: number): boolean {
  // "… available to a population of Subscribers which, on any day, numbers in excess of 120,000"
  for (const q of quantities(s, 2)) if (q.at > p && q.at - p <= 20) return true
  return false
}

/** "Distribution is permitted, but sharing of credentials is prohibited": the ban is another clause's. */
function otherClauseBetween(s: Sentence, a: number, b: number, text: string): boolean {
  for (let k = a + 1; k < b; k++) {
    if (GRANTED.has(s.tokens[k]!.w)) return true
    const gap = text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s)
    if (gap.includes(';') || (gap.includes(',') && CLAUSE_JOIN.has(s.tokens[k]!.w))) return true
  }
  return false
}
const GRANTED = words('permitted allowed may can')
const CLAUSE_JOIN = words('but and while whereas')

/** A comma or semicolon between two tokens: they belong to different clauses. */
function clauseBreak(s: Sentence, a: number, b: number, text: string): boolean {
  const from = s.tokens[a]!.e
  const to = s.tokens[b]!.s
  for (let i = from; i < to; i++) if (text[i] === ',' || text[i] === ';') return true
  return false
}

/** What is passed on after the verb: the model, its files, a copy. */
const PASSED_THING: ReadonlySet<string> = union([...SHIPPED, 'copy', 'same'])
const VERB_LIST_GLUE = words('or and otherwise nor')

/** "sell what it writes as a dataset": a thing after "as (a)" is the form the act gives, not its object; -1 then. */
function asAForm(s: Sentence, k: number): number {
  if (k < 0) return k
  const prev = s.tokens[k - 1]?.w ?? ''
  const form = prev === 'as' || ((prev === 'a' || prev === 'an') && s.tokens[k - 2]?.w === 'as')
  return form ? -1 : k
}

/** "sell what it writes": the model (or "it") at k is the producer of what is passed on; -1 then. */
function producerOnly(s: Sentence, k: number): number {
  return k >= 0 && outputRefs(s).includes(k + 1) ? -1 : k
}

/** "distribute the Model without a copy of this Licence": the act conditioned on notices (attribution), not banned. */
const NOTICES = words('licence license notice notices attribution credit copyright terms agreement')
function withoutNotice(s: Sentence, p: number): boolean {
  for (let k = p + 1; k < Math.min(s.tokens.length, p + 10); k++)
    if (s.tokens[k]!.w === 'without')
      return nearWords(s, k, 0, 5, NOTICES) >= 0 && nearWords(s, k, 0, 5, CONSENT) < 0
  return false
}

/** Offering the model "as a service": hosting it for others, a use (a managed service), no copy handed on. */
const SERVICE = words('service services saas offering offerings')
function asAService(s: Sentence, p: number): boolean {
  for (let k = p + 1; k < Math.min(s.tokens.length, p + 12); k++)
    if (s.tokens[k]!.w === 'as' && nearWords(s, k, 0, 5, SERVICE) >= 0) return true
  return false
}

/** The last verb of a list of passing verbs that starts at p ("sell, lease, lend … or otherwise place"). */
function verbListEnd(s: Sentence, p: number): number {
  let end = p
  for (let k = p + 1; k < s.tokens.length && k - end <= 2; k++) {
    const w = s.tokens[k]!.w
    if (PASS_ON.has(w) || PUT.has(w)) end = k
    else if (!VERB_LIST_GLUE.has(w)) break
  }
  return end
}

/** A sentence end (of a restated answer), a semicolon, or a comma and a conjunction, between a and b: "…, and the base model …" is another clause. */
function joinBetween(s: Sentence, a: number, b: number, text: string): boolean {
  for (let k = a + 1; k <= b; k++) {
    const gap = text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s)
    if (/[;.?!]/.test(gap) || (gap.includes(',') && CLAUSE_JOIN.has(s.tokens[k]!.w))) return true
  }
  return false
}

/** "provided that no copy is furnished …": a negation opens the proviso (it bans, it scopes nothing). */
function banningProviso(s: Sentence, c: number): boolean {
  for (let k = c + 1; k <= Math.min(c + 3, s.tokens.length - 1); k++) if (isNegationAt(s, k)) return true
  return false
}

/** "an Application does not supply the function": a statement of fact, not a ban. */
function statesFact(s: Sentence, k: number): boolean {
  const w = s.tokens[k - 1]?.w
  return w === 'does' || w === 'did'
}

/** "Not if you distribute it": the negation denies a condition, it bans no act. */
function negatedCondition(s: Sentence, k: number): boolean {
  return IF.has(s.tokens[k + 1]?.w ?? '')
}
const NOBODY = words('nobody noone')

/** "a … licence, which it may not transfer": the object is the licence, by a relative pronoun. */
function relativeToPaper(s: Sentence, p: number, text: string): boolean {
  const which = nearWords(s, p, 5, 0, RELATIVE)
  return (
    which > 0 &&
    PAPER.has(s.tokens[which - 1]!.w) &&
    text.slice(s.tokens[which - 1]!.e, s.tokens[which]!.s).length > 0
  )
}
const RELATIVE = words('which')

function recipientAfter(s: Sentence, p: number): boolean {
  for (const r of RECIPIENT.all(s)) if (r > p && r - p <= 14) return true
  return false
}

const ONWARD_ACT = words('onward onwards further')
/** What the licence does not do to the act: extend to, allow, permit, cover, include. */
const GRANT_REACH = words('extend allow permit authorise authorize cover include grant')

/** "The licence does not extend to redistribution", "doesn't allow redistribution": the licence
 * (or this grant) as the subject, a negated verb of granting, then the act noun at p. */
function grantDeniedBefore(s: Sentence, p: number): boolean {
  let k = p - 1
  if (s.tokens[k]?.w === 'to') k--
  if (DETERMINERS.has(s.tokens[k]?.w ?? '')) k--
  if (!GRANT_REACH.has(s.tokens[k]?.w ?? '')) return false
  const neg = negatedBefore(s, k, 2)
  return neg >= 0 && nearWords(s, neg, 5, 0, PAPER) >= 0
}

/** "Nobody outside your team may receive a copy", "No third party may obtain the weights from you". */
const RECEIVE = words('receive obtain get acquire')
const NOBODY_BUT = words('nobody noone')
function noOneReceives(s: Sentence): number {
  for (const p of allOf(s, RECEIVE)) {
    if (!MODALS.has(s.tokens[p - 1]?.w ?? '')) continue
    // "Nobody", "No one outside your lab"
    const one = positions(s, 'one').find(o => s.tokens[o - 1]?.w === 'no' && o < p && p - o <= 7)
    const who = one !== undefined ? one : nearWords(s, p - 1, 6, 0, NOBODY_BUT)
    const none =
      who >= 0 ? who : (RECIPIENT.all(s).find(r => r < p && p - r <= 6 && s.tokens[r - 1]?.w === 'no') ?? -1)
    if (none >= 0 && nearWords(s, p, 0, 4, PASSED_THING) >= 0) return p
  }
  return -1
}

/** "may be shared only with researchers at accredited universities": passing on confined to a named group. */
const GROUP = words(
  'researchers collaborators members employees staff students partners colleagues persons people',
  'individuals institutions universities organisations organizations licensees contractors affiliates'
)
function sharedOnlyWith(s: Sentence): number {
  for (const p of allOf(s, PASSIVE)) {
    if (s.tokens[p + 1]?.w !== 'only' || (s.tokens[p + 2]?.w !== 'with' && s.tokens[p + 2]?.w !== 'to'))
      continue
    if (s.tokens[p - 1]?.w !== 'be' || !MODALS.has(s.tokens[p - 2]?.w ?? '')) continue
    // "… only to users who have agreed to the restrictions": onward terms (restrictions-flow-down)
    if (nearWords(s, p, 0, 10, AGREED) >= 0 || nearWords(s, p, 0, 10, LIMITS_TERMS) >= 0) continue
    if (nearWords(s, p + 2, 0, 4, GROUP) >= 0 && nearWords(s, p, 6, 0, CORE_MODEL) >= 0) return p
  }
  return -1
}

/** "you may not include the Weights in any container image or device that you ship to customers": bundled into what is handed on. */
const INCLUDE = words('include embed bundle incorporate package')
function bundledInShipped(s: Sentence): number {
  for (const p of allOf(s, INCLUDE)) {
    if (negatedBefore(s, p, 3) < 0 || nearWords(s, p, 0, 3, CORE_MODEL) < 0) continue
    // ("… into anything you license to customers for money" sells, a commercial bar)
    if (hasAny(s, MONEY)) continue
    for (let k = p + 2; k < Math.min(s.tokens.length, p + 18); k++) if (SHIP.has(s.tokens[k]!.w)) return p
  }
  return -1
}
const SHIP = words('ship ships shipped distribute distributes distributed sell sells sold deliver delivers')

/** "shall not be copied onto any other machine or transmitted beyond the Licensee's premises": copies kept in. */
const BEYOND = words('beyond outside')
function passedBeyond(s: Sentence): number {
  for (const p of allOf(s, PASS_ON)) {
    const b = s.tokens[p + 1]?.w ?? ''
    if (!BEYOND.has(b) || nearWords(s, p + 1, 0, 5, OWN_CIRCLE) < 0) continue
    if (negatedBefore(s, p, 14) >= 0 && hasAny(s, MODEL_WORDS)) return p
  }
  return -1
}

/** "share the Weights with a collaborator only if that collaborator holds its own licence": each
 * recipient must be a licensee of its own, so no copy passes under this one. */
function ownLicenceOnly(s: Sentence): number {
  for (const p of allOf(s, PASS_ON)) {
    const only = nearWords(s, p, 0, 10, ONLY)
    if (only < 0 || nearWords(s, p, 0, 6, CORE_MODEL) < 0) continue
    for (const o of positions(s, 'own'))
      if (o > only && o - only <= 12 && OWN_GRANT.has(s.tokens[o + 1]?.w ?? '')) return p
  }
  return -1
}
const OWN_GRANT = words('licence license copy agreement')

/** "Internal use only.": a short line that keeps the model inside (not "Outputs: internal use only"). */
function internalUseOnly(s: Sentence): number {
  if (s.tokens.length - s.body > 6) return -1
  const i = positions(s, 'internal').find(k => s.tokens[k + 1]?.w === 'use' && s.tokens[k + 2]?.w === 'only')
  return i === undefined || outputRefs(s).length > 0 ? -1 : i
}

const OWNED = words('owned controlled operated managed run')
/** "… owned by the Licensee", "operated by you": the licensee's own, within 10 words after `from`. */
function ownedByLicensee(s: Sentence, from: number): boolean {
  const o = nearWords(s, from, 0, 10, OWNED)
  return o >= 0 && s.tokens[o + 1]?.w === 'by' && nearWords(s, o + 1, 0, 2, SUBJECT) >= 0
}

const CASE_OPENER = words('if where when should')
/** The acts of passing on as a condition states them: "if the User provides a copy …". */
const PASSES = words(
  'provides gives hands sends shares distributes redistributes transfers publishes uploads sells lends'
)
const IT_BANNED = phrases(
  'it is not allowed, it is prohibited, it is not permitted, it is forbidden, this is not allowed',
  'this is prohibited, this is not permitted, this is forbidden'
)
/**
 * "In the case that the User provides a copy of this Model to the third party, it is not allowed",
 * "If you upload the weights to a hub, this is prohibited": a condition names the act of passing the
 * model on, and the main clause after it only bans "it". The act's position, or -1.
 */
function actNamedThenBanned(s: Sentence, text: string): number {
  const ban = IT_BANNED.first(s)
  if (ban <= s.body || !clauseBreak(s, ban - 1, ban, text)) return -1
  let open = s.body
  if (s.tokens[open]?.w === 'in' && s.tokens[open + 1]?.w === 'the' && s.tokens[open + 2]?.w === 'case')
    open += s.tokens[open + 3]?.w === 'that' ? 4 : 3
  else if (CASE_OPENER.has(s.tokens[open]?.w ?? '')) open++
  else return -1
  for (const p of [...allOf(s, PASS_ON), ...allOf(s, PASSES)]) {
    if (p < open || p >= ban || NOT_PASSED.has(s.tokens[p + 1]?.w ?? '')) continue
    const thing = nearWords(s, p, 0, 6, PASSED_THING)
    if (thing >= 0 && thing < ban && nearWords(s, thing, 4, 0, DERIVED) < 0 && outputRefs(s).length === 0)
      return p
  }
  return -1
}

/** The first token of an aside that ends with a comma just before p ("…, save with our consent, supply"), or p. */
function asideStart(s: Sentence, p: number, text: string): number {
  if (p === 0 || !text.slice(s.tokens[p - 1]!.e, s.tokens[p]!.s).includes(',')) return p
  for (let k = p - 1; k > Math.max(0, p - 12); k--)
    if (text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s).includes(',')) return k
  return p
}
const NO_EVENT = phrases('in no event, in no case, under no circumstances, in no circumstances')
/** "In no event shall the Licensee be permitted to publish": the sentence opens by denying every case. */
function noEventBefore(s: Sentence, p: number): boolean {
  const at = NO_EVENT.first(s)
  // ("In no event shall the authors be liable …": a disclaimer, no ban)
  return at >= 0 && at <= s.body + 1 && p - at <= 10 && !hasAny(s, LIABLE)
}
const LIABLE = words('liable responsible liability damages')

/** A ban on passing the model on: the act, its negation or ban, and the model or a recipient. */
function banOnPassing(s: Sentence, text: string, plain = false): number {
  const direct = DIRECT.first(s)
  if (direct >= 0 && nearWords(s, direct, 0, 6, UNDER) < 0 && nearWords(s, direct, 12, 0, DERIVED) < 0)
    return direct
  // "- No re-uploads to other hubs", "No mirroring": a verbless ban in a short item
  if (s.tokens[s.body]?.w === 'no' && s.tokens.length - s.body <= 10) {
    const act = nearWords(s, s.body, 0, 3, ACT_NOUNS)
    // "No uploads of personal data": an act on something else than the model
    const of = s.tokens[act + 1]?.w === 'of' && nearWords(s, act + 1, 0, 3, CORE_MODEL) < 0
    if (act >= 0 && !of && nearWords(s, act, 4, 0, DERIVED) < 0) return act
  }
  const right = noRightTo(s)
  if (right >= 0) return right
  for (const f of [
    noOneReceives,
    sharedOnlyWith,
    ownLicenceOnly,
    bundledInShipped,
    passedBeyond,
    internalUseOnly
  ]) {
    const at = f(s)
    if (at >= 0) return at
  }
  const row = bannedActRow(s, text)
  if (row >= 0) return row
  // 二次分发, 再分发: passing on again names its object
  const again = AGAIN_ZH.first(s)
  if (again >= 0 && ZH_BAN.all(s).some(b => b < again && again - b <= 12) && !derivedZh(s)) return again
  // "禁止 re-upload 到其他平台", "不得 redistribute": an English act right after a Chinese ban
  for (const m of ZH_BAN.matches(s)) {
    let k = m.at + m.len
    if (s.tokens[k]?.w === 're') k++
    const w = s.tokens[k]?.w ?? ''
    if (PASS_ON.has(w) && !NEEDS_OBJECT.has(w) && !derivedZh(s)) return k
  }
  // "Except as expressly permitted, you shall not: …" opens a ban; "… except as provided under this
  // License" after the act is the GPL's scope (and the same for the other carve-outs)
  // ("provided that no copy is furnished to any third party" is a proviso that bans, not a scope)
  const carve = CARVE_OUT.all(s).filter(c => c > s.body + 1 && !banningProviso(s, c))
  const firstAct = allOf(s, PASS_ON)[0] ?? -1
  if (carve.some(c => c > firstAct)) return -1
  // 不得在欧盟境内…提供 limits a territory; 提供许可 is a grant; 改编后的模型 is a derivative;
  // 不得向超过一万个注册账户提供 caps users
  if (!derivedZh(s))
    for (const p of PASS_ZH.all(s)) {
      // 不可转让的使用许可: the licence is what may not be transferred
      if (GRANT_ZH.all(s).some(g => g >= p + 2 && g <= p + 6)) continue
      // the nearest ban before the act (不得向境外主体提供…，也不得将本模型转让给…: each act its own)
      const ban =
        ZH_BAN.all(s)
          .filter(b => b < p && p - b <= 20)
          .pop() ?? -1
      // a place or a number between the ban and the act, or a place just after it (提供予位于…)
      const between = (g: number): boolean => (ban >= 0 && g > ban && g < p) || (g > p && g - p <= 6)
      if (TERRITORY_ZH.all(s).some(between) || quantities(s, 10).some(q => between(q.at))) continue
      // 不得用于向公众提供法律意见: the model used for a service, nothing of it passed on
      if (USED_FOR_ZH.all(s).some(between) || USING_MODEL_ZH.all(s).some(between)) continue
      if (ban >= 0 && OBJECT_ZH.in(s)) return p
      // 不得上传至任何公开平台: put where anyone gets it (the model is the heading's, or the line's before)
      if (ban >= 0 && UPLOAD_ZH.all(s).includes(p) && VENUE_ZH.all(s).some(v => v > p && v - p <= 10))
        return p
      // 如欲向第三方分发…，须事先征得许可方书面同意: passing on needs leave first
      if (CONSENT_ZH.all(s).some(c => c > p && c - p <= 24) && OBJECT_ZH.in(s)) return p
    }
  // "The Model may be shared only with employees and contractors of Licensee"
  for (const p of allOf(s, PASS_ON)) {
    const only = nearWords(s, p, 0, 5, ONLY)
    if (only >= 0 && nearWords(s, only, 0, 8, INSIDE) >= 0 && hasAny(s, MODEL_WORDS)) return p
  }
  // "Distribution of the Model weights is prohibited."
  for (const p of allOf(s, ACT_NOUNS)) {
    // "re-hosting the weights" passes copies on; hosting alone serves the model
    if (s.tokens[p]!.w === 'hosting' && s.tokens[p - 1]?.w !== 're') continue
    // "onward distribution", "further transfer": copies passed on by the licensee; "rights of
    // distribution … are reserved": the act kept by the licensor
    const prev = s.tokens[p - 1]?.w ?? ''
    const copying =
      COPYING_NOUNS.has(s.tokens[p]!.w) ||
      ONWARD_ACT.has(prev) ||
      (prev === 'of' && RIGHT_TO.has(s.tokens[p - 2]?.w ?? ''))
    const shipped = nearWords(s, p, 0, 6, SHIPPED)
    if (!copying && shipped < 0 && nearWords(s, p, 0, 6, COPY) < 0) continue
    // "Uploading personal data … is prohibited": someone's data, not the model's
    if (shipped >= 0 && PERSONAL.has(s.tokens[shipped - 1]?.w ?? '')) continue
    if (nearWords(s, p, 4, 0, DERIVED) >= 0) continue
    // "Redistribution of fine-tunes": the act's object is a derivative
    if (s.tokens[p + 1]?.w === 'of' && nearWords(s, p + 1, 0, 3, DERIVED) >= 0) continue
    const ban = BAN.first(s)
    if (ban > p && ban - p <= 14 && !otherClauseBetween(s, p, ban, text)) return p
    // "Redistribution: not allowed", "Torrents, mirrors, re-hosts: all prohibited"
    const bare = BARE_BAN.first(s)
    if (copying && bare > p && bare - p <= 6 && !otherClauseBetween(s, p, bare, text)) return p
    // "The licence does not extend to redistribution of the Checkpoint", "the licence doesn't allow
    // redistribution": the grant denied to the act
    if (grantDeniedBefore(s, p)) return p
    // "No mirror of the Model shall be established"
    if (s.tokens[p - 1]?.w === 'no' && nearWords(s, p, 0, 8, MODALS) >= 0) return p
    // "Transfer of the Weights … requires Heron's prior written consent"
    const requires = nearWords(s, p, 0, 14, REQUIRES)
    if (
      requires >= 0 &&
      nearWords(s, requires, 0, 5, CONSENT) >= 0 &&
      !otherClauseBetween(s, p, requires, text)
    )
      return p
    // "no distribution of the Software is permitted"
    const granted = GRANT_AFTER.first(s)
    if (s.tokens[p - 1]?.w === 'no' && granted > p && granted - p <= 10) return p
  }
  // "may be placed only on storage controlled by the research group", "only on devices owned by the
  // Licensee": copies confined inside
  for (const p of allOf(s, PLACED)) {
    const only = nearWords(s, p, 0, 2, ONLY)
    if (only < 0 || !hasAny(s, MODEL_WORDS)) continue
    if (nearWords(s, only, 0, 10, INSIDE) >= 0 || ownedByLicensee(s, only)) return p
  }
  // "In the case that the User provides a copy … to a third party, it is not allowed": the act
  // named in the condition, the ban in the main clause
  const named = actNamedThenBanned(s, text)
  if (named >= 0) return named
  // "you may not put the model on your own Hugging Face account"
  for (const p of allOf(s, PUT)) {
    if (negatedBefore(s, p, 3) < 0 || nearWords(s, p, 0, 4, SHIPPED) < 0) continue
    // "host the Model on servers located outside the United States" limits a territory
    if (nearWords(s, p, 0, 12, TERRITORY) >= 0 || placeWithin(s, p, text)) continue
    if (nearWords(s, p, 0, 14, VENUE) >= 0 && nearWords(s, p, 0, 6, DERIVED) < 0) return p
  }
  const passive = passiveModelBan(s, text)
  if (passive >= 0) return passive
  // "Copies stay within my organisation's employees": the copies are kept inside
  for (const p of allOf(s, STAY)) {
    if (
      nearWords(s, p, 0, 2, WITHIN) >= 0 &&
      nearWords(s, p, 0, 6, INSIDE) >= 0 &&
      nearWords(s, p, 4, 0, MODEL_WORDS) >= 0
    )
      return p
  }
  for (const p of positions(s, 'leave')) {
    // "none of them may leave the Licensee's premises"
    const denied = negatedBefore(s, p, 4) >= 0 || nearWords(s, p, 6, 0, NONE) >= 0
    if (denied && nearWords(s, p, 0, 5, KEPT_IN) >= 0 && hasAny(s, MODEL_WORDS)) return p
  }
  if (!hasAny(s, SUBJECT) && !hasAny(s, MODEL_WORDS) && !plain) return -1
  const passing = allOf(s, PASS_ON)
  const commerce =
    passing.every(p => SELL.has(s.tokens[p]!.w) || NEEDS_OBJECT.has(s.tokens[p]!.w)) && hasAny(s, MONEY)
  const selling = (p: number): boolean => commerce && SELL.has(s.tokens[p]!.w)
  // "If you do not agree, do not … distribute", "if it is impossible to comply … you cannot
  // distribute": the consequence of a condition, no ban of the licence's own
  const condition = CONDITION.first(s)
  // "The use restrictions bind only the Licensee and do not pass to anyone": the terms are what pass
  const termsPass = nearWords(s, s.body, 0, 2, TERMS_SUBJECT) >= 0 && !hasAny(s, CORE_MODEL)
  for (const p of passing) {
    if (termsPass) break
    if (selling(p) || nearWords(s, p, 0, 2, PRODUCT) >= 0 || (condition >= 0 && condition < p)) continue
    // "sell the pictures you make": the act's object is what was made with the model, no copy of it
    if (nearWords(s, p, 0, 2, GOODS) >= 0) continue
    let neg = false
    // "shall not, save with the Licensor's prior written consent, supply copies": an aside between
    // commas stands between the negation and the act; "In no event shall the Licensee be permitted to publish"
    const from = asideStart(s, p, text)
    if (noEventBefore(s, p)) neg = true
    for (let k = from - 1; k >= Math.max(0, from - 6); k--)
      // "without modification and transfer such copies": "without" negates its own object only
      // and "No warranty: the software is provided …": "no" negates the noun after it
      if (
        isNegationAt(s, k) &&
        !ownObjectOnly(s, k, p) &&
        !inCondition(s, k, text) &&
        !statesFact(s, k) &&
        !negatedCondition(s, k)
      )
        neg = true
    // "nobody may redistribute it"
    if (NOBODY.has(s.tokens[p - 2]?.w ?? '') && MODALS.has(s.tokens[p - 1]?.w ?? '')) neg = true
    if (!neg || counted(s, p) || placeAfter(s, p, text) || relativeToPaper(s, p, text)) continue
    // the model as object, after the verb or (passive) before it; not modified versions or outputs
    const passive = PASSIVE.has(s.tokens[p]!.w)
    const named = passive ? nearWords(s, p, 6, 0, MODEL_WORDS) : -1
    // "Benchmark results obtained from the Model may not be published": the model is their source
    const before = named >= 0 && modelAsSource(s, named) ? -1 : named
    // ("don't publish the result, and the base model can't be used commercially": another clause's)
    // the verbs of a list share the object after the last ("sell, lease, … or otherwise place any copy of")
    const end = verbListEnd(s, p)
    // (in a plain summary of the licence, "don't share it": "it" is the model the summary is about)
    const it = plain && s.tokens[end + 1]?.w === 'it' && outputRefs(s).length === 0 ? end + 1 : -1
    const after = it >= 0 ? it : producerOnly(s, asAForm(s, nearWords(s, end, 0, 8, PASSED_THING)))
    // "provide the Model to third parties as a hosted or managed service": a service, no copy passes
    if (asAService(s, p) || withoutNotice(s, p)) continue
    const o = Math.max(
      after >= 0 && !joinBetween(s, p, after, text) ? after : -1,
      before >= 0 && !clauseBreak(s, before, p, text) ? before : -1
    )
    const d = nearWords(s, p, 8, 0, DERIVED)
    const derived = nearWords(s, o, 4, 0, DERIVED) >= 0 || (d >= 0 && !clauseBreak(s, d, p, text))
    // "sell, rent or monetise access to the Model": access is sold, no copy passes (commerce)
    const access = nearWords(s, p, 0, 6, ACCESS)
    if (access >= 0 && (o < 0 || access < o)) continue
    // "make changes to the Model" passes nothing on: "make" needs "available", and the other
    // verbs that need an object need the model close after them
    const w = s.tokens[p]!.w
    if (nearWords(s, p, 0, 2, NOT_PASSED) >= 0) continue
    const direct =
      w === 'make' || w === 'made'
        ? nearWords(s, p, 0, 10, AVAILABLE) >= 0
        : passive ||
          !NEEDS_OBJECT.has(w) ||
          (asAForm(s, nearWords(s, end, 0, 7, PASSED_THING)) >= 0 && nearWords(s, p, 0, 3, NOT_PASSED) < 0)
    // "may not make the Model available to residents of X" limits a territory, not sharing
    // "… will not make the model available there": a place named before
    const there = nearWords(s, p, 0, 6, THERE) >= 0
    // ("make the Model available in Iran or Syria": a place named after the object)
    const placed = (w === 'make' || w === 'made') && placeWithin(s, p, text)
    if (o >= 0 && direct && !derived && !there && !placed && nearWords(s, p, 0, 12, WHERE) < 0) return p
    // "may not distribute, sublicense or make available to any third party …"
    // ("… sell or license any Output to a third party": what passes is an output, named as the object)
    const outputObject = outputRefs(s).some(r => r > p && r - p <= 6)
    if (!NEEDS_OBJECT.has(s.tokens[p]!.w) && recipientAfter(s, p) && !derived && !outputObject) return p
  }
  return -1
}

/** Copies, files or access: what is kept inside when the model is. */
const HELD = words('copies copy access files file weights checkpoint checkpoints model models it')
/** Kept to a circle: "confined to", "restricted to", "limited to". */
const CONFINED = words('confined restricted limited')
/** Keeping the model somewhere: "shall keep the Weights within its own systems". */
const KEEP = words('keep keeps retain retains hold holds')
const LEAVE = words('leave leaves leaving')
/** The licensee's own circle and places: employees, staff, premises, systems, custody. */
const OWN_CIRCLE: ReadonlySet<string> = union(
  [...INSIDE, ...KEPT_IN, ...words('systems infrastructure own')].filter(w => !w.startsWith('internal'))
)

/** Words before the circle's noun: "the Licensee's own", "its". */
const OWNER = words('the its your their our licensee licensees s own')
/** Those of the licensee's own circle right after `to`: "confined to the Licensee's own staff" (not "to academic study"). */
function circleAfter(s: Sentence, to: number): boolean {
  let k = to + 1
  while (k < s.tokens.length && k - to <= 5 && OWNER.has(s.tokens[k]!.w)) {
    if (s.tokens[k]!.w === 'own') return true
    k++
  }
  return OWN_CIRCLE.has(s.tokens[k]?.w ?? '') && !USE_PURPOSE.has(s.tokens[k + 1]?.w ?? '')
}
const USE_PURPOSE = words('use uses purposes purpose trials study research')

/**
 * Copies kept inside the licensee's own circle: "Access to the checkpoint files shall be confined to
 * the Licensee's own staff", "Copies … shall remain within the Licensee's custody", "No copy of the
 * Model may leave the Licensee's own infrastructure", "keep the Weights within its own systems".
 */
function copiesKeptInside(s: Sentence, text: string): number {
  if (!hasAny(s, MODEL_WORDS) && !hasAny(s, HELD)) return -1
  for (const p of allOf(s, CONFINED)) {
    // "limited to staff of institutions established in Australia" confines to a territory
    if (s.tokens[p + 1]?.w !== 'to' || !circleAfter(s, p + 1) || nearWords(s, p, 0, 10, WHERE) >= 0) continue
    const held = nearWords(s, p, 8, 0, HELD)
    if (held >= 0 && !clauseBreak(s, held, p, text)) return p
  }
  for (const p of allOf(s, STAY)) {
    if (nearWords(s, p, 0, 2, WITHIN) < 0 || nearWords(s, p, 0, 7, OWN_CIRCLE) < 0) continue
    // the copies or the model are what stays: named before it, or as the sentence's subject
    if (
      nearWords(s, p, 6, 0, HELD) >= 0 ||
      HELD.has(s.tokens[s.body + 1]?.w ?? '') ||
      HELD.has(s.tokens[s.body]?.w ?? '')
    )
      return p
  }
  for (const p of allOf(s, KEEP)) {
    const held = nearWords(s, p, 0, 3, HELD)
    if (held >= 0 && nearWords(s, held, 0, 2, WITHIN) >= 0 && nearWords(s, held, 0, 7, OWN_CIRCLE) >= 0)
      return p
  }
  for (const p of allOf(s, LEAVE)) {
    // "provided that no such copy leaves the Licensee's organisation"
    const denied = negatedBefore(s, p, 6) >= 0 || nearWords(s, p, 6, 0, NONE) >= 0
    if (denied && nearWords(s, p, 0, 6, OWN_CIRCLE) >= 0 && nearWords(s, p, 6, 0, HELD) >= 0) return p
  }
  return -1
}

const PRONOUNS = words('it them they')

/** "Outputs are for your internal use; you may not sell or sublicense them": the pronoun stands for
 * the outputs the sentence before (on the same line) spoke of, and the model is not named. */
function pronounForOutputs(s: Sentence, ctx: DetectContext): boolean {
  const prev = ctx.doc.sentences[ctx.index - 1]
  if (!prev || !hasAny(s, PRONOUNS) || hasAny(s, CORE_MODEL) || hasAny(prev, CORE_MODEL)) return false
  return lineOf(ctx.doc, prev.end) === lineOf(ctx.doc, s.start) && outputRefs(prev).length > 0
}

/** "Such versions", "These models": the subject points back. */
const SUCH = words('such these those')
const POINTED = words('versions version variants variant models model weights checkpoints copies')

/** The subject points back ("Such versions may not be shared") to derivatives the sentence before named. */
function suchDerived(s: Sentence, ctx: DetectContext): boolean {
  if (!SUCH.has(s.tokens[s.body]?.w ?? '') || !POINTED.has(s.tokens[s.body + 1]?.w ?? '')) return false
  const prev = ctx.doc.sentences[ctx.index - 1]
  return prev !== undefined && (hasAny(prev, MADE_FROM) || hasAny(prev, DERIVED)) && !hasAny(s, DERIVED)
}

/** Works made from the model, as what is passed on: "altered versions", "no adapted weights", 修改后. */
const MADE_FROM = words(
  'derivative derivatives adapted modified altered changed adaptations modifications finetuned finetune',
  'finetunes tuned merged quantized quantised pruned adapter adapters version versions variant variants derived',
  'resulting adaptation retrained'
)
/** Acts of changing the model: what they make is a derivative ("anything you adapt from them", "fine-tune the Model"). */
const CHANGING = words(
  'fine trained train',
  'adapt modify alter tune finetune merge quantise quantize prune retrain derive build make'
)
/** "anything you adapt from them", "whatever you build from it": what is made, named by its making. */
const WHATEVER = words('anything whatever everything what')

/**
 * What may not be passed on at `at` is a derivative named before it ("Altered versions of the
 * weights must not be shared", "Any Modified Version … shall not be shared"), and the model is named
 * only inside that phrase: a ban on sharing adaptations is no-derivatives.
 */
function aboutDerivedOnly(s: Sentence, at: number, text: string): boolean {
  let d = nearWords(s, at, 16, 0, MADE_FROM)
  if (
    d >= 0 &&
    (s.tokens[d]!.w === 'version' || s.tokens[d]!.w === 'versions') &&
    nearWords(s, d, 2, 0, MADE_FROM) < 0
  )
    d = -1
  // "anything you adapt from them may not be passed on": the work named by its making
  if (d < 0) d = madeByTheLicensee(s, at)
  if (d < 0) return false
  // the ban's own clause: "The model card and weights are shared under CC BY-ND 4.0: anything you …"
  const from = clauseStart(s, d, text)
  for (const m of allOf(s, CORE_MODEL)) {
    if (m === at || m < from) continue
    // "altered versions of the weights", "adapted weights": the model inside the derivative's name;
    // "fine-tune the Model only if the resulting weights …": the model is what is changed
    // ("adapters trained on top of the Model")
    if (nearWords(s, m, 4, 0, MADE_FROM) < 0 && nearWords(s, m, 5, 0, CHANGING) < 0) return false
  }
  return true
}

/** "anything you adapt from them": the position of "anything", within 12 words before at, or -1. */
function madeByTheLicensee(s: Sentence, at: number): number {
  for (let k = Math.max(0, at - 12); k < at; k++)
    if (
      WHATEVER.has(s.tokens[k]!.w) &&
      s.tokens[k + 1]?.w === 'you' &&
      CHANGING.has(s.tokens[k + 2]?.w ?? '')
    )
      return k
  return -1
}

/** The first token after the last colon, semicolon or dash before p: where p's clause starts. */
function clauseStart(s: Sentence, p: number, text: string): number {
  for (let k = p; k > 0; k--) {
    const gap = text.slice(s.tokens[k - 1]!.e, s.tokens[k]!.s)
    if (gap.includes(':') || gap.includes(';') || gap.includes('\u2014')) return k
  }
  return 0
}

/** Agreeing to terms: "has agreed to the Prohibited Uses", "accepts", "is bound by". */
const AGREED = words('agreed agree agrees accepted accept accepts bound')
const ONWARD = words('user users recipient recipients person persons people them they licensee sublicensee')

/**
 * Passing on allowed only to those who take the licence's terms ("Unless every downstream user has
 * agreed to the Prohibited Uses, …"): onward terms, restrictions-flow-down, not a ban on sharing.
 */
function conditionedOnRecipientTerms(s: Sentence): boolean {
  for (const c of allOf(s, CONDITIONAL)) {
    const a = nearWords(s, c, 0, 8, AGREED)
    if (a >= 0 && nearWords(s, a, 5, 0, ONWARD) >= 0 && nearWords(s, a, 0, 8, LIMITS_TERMS) >= 0) return true
  }
  return false
}
const CONDITIONAL = words('unless only if provided')
/** Keys of a front-matter field that name passing the model on. */
const KEY_ACTS = ['distribut', 'sharing', 'rehost', 'resale', 'mirroring', 'reupload']
const LIMITS_TERMS = words('uses use restrictions terms policy prohibited conditions')

export default defineClause({
  type: 'no-redistribution',
  restrictive: true,
  label: 'forbids redistribution',
  noun: 'a ban on redistribution',
  meta: {
    id: 'license/redistribution-allowed',
    title: 'Redistribution allowed',
    framework: 'OSD §1 (free redistribution); OSAID 1.0 — freedom to share',
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/redistribution-allowed')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    const text = ctx.doc.text
    // `redistribution: "not permitted"`: the field's key names the act its value denies
    const field = fieldOf(text, s)
    if (field && keyNames(field.key, KEY_ACTS) && valueDenies(s, field.value)) return field.value
    const ban = banOnPassing(s, text, inPlainSummary(ctx.doc, ctx.index))
    const at = ban >= 0 ? ban : copiesKeptInside(s, text)
    if (at < 0) return -1
    // "Completions … shall not be resold", "Altered versions of the weights must not be shared": what
    // may not pass on is an output (output-use-restriction) or a derivative (no-derivatives)
    if (aboutOutputsOnly(s, at) || aboutDerivedOnly(s, at, text) || pronounForOutputs(s, ctx)) return -1
    // "Fine-tuned versions may be created … Such versions may not be shared": the derivatives of the sentence before
    if (suchDerived(s, ctx)) return -1
    // "only to users who have agreed to the Prohibited Uses": onward terms (restrictions-flow-down)
    if (conditionedOnRecipientTerms(s)) return -1
    return at
  },
  examples: {
    detected: [
      'You may not hand copies of the weights to anyone.',
      'Licensee shall not publish, rent or otherwise pass the checkpoints on to others.'
    ],
    notDetected: [
      'You may redistribute the model in any medium.',
      'You may not distribute the Program except as expressly provided under this License.'
    ]
  }
})
