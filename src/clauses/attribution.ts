// Attribution: keep notices, give credit, carry the licence along. Frame:
// - who: the licensee or what it hands on (copies, derivatives, files, publications);
// - the act: keep, retain, carry, reproduce, include (or, negated, remove, alter, obscure);
//   or credit, cite, acknowledge; or mark what was changed;
// - the object: notices, copyright lines, credits, the authors' names, a copy of this licence;
// - the modality: an obligation (must, shall, required, 须, a list under "provided that"), or a
//   prohibition on removing notices. Permission or encouragement ("may", "we would be grateful")
//   is no obligation; an object that is the licence's restrictions is a flow-down, not attribution.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { LIMITS } from './concepts.js'
import { definesTerm } from './toolkit/definition.js'
import { isNegationAt, negatedBefore, OBLIGATION, PERMISSIVE, prohibits } from './toolkit/negation.js'
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
import type { Sentence } from './toolkit/sentences.js'

// One-word tables the functions below ask about (compiled once, like every table).
const NOTICE_WORD = words('notice')

/** Acts that keep a notice with the work: keep, retain, carry, reproduce, include, remain. */
const KEEP_ACT = words(
  'keep keeps kept retain retains retained reproduce reproduces reproduced preserve preserves',
  'preserved carry carries carried include includes included contain contains remain remains',
  'accompany accompanied bear bears intact display displays displayed appear appears travel travels',
  'pass passes passed forward forwards',
  // "reprint the contents of the NOTICE file", "repeat the copyright line"
  'reprint reprints reprinted repeat repeats repeated',
  // "leave our name in the credits", "each copy shows the copyright line", "the NOTICE text unchanged"
  'leave leaves show shows unchanged'
)
const KEEP_ZH = phrases(
  '保留, 附带, 附上, 包含, 保持, 载明, 随附, 附有, 保留, 附帶, 隨附, 重制, 重製, 带上, 帶上'
)
/** Strong keeping acts that need no modal ("source copies retain the above copyright notice"). */
const KEEP_STRONG = words('retain retains reproduce reproduces preserve preserves keep')
/** Acts that take a notice away: forbidden, they make an attribution clause. */
const REMOVE_ACT = words(
  'remove removes removing delete deletes deleting alter alters altering obscure obscures obscuring',
  'strip stripping erase erasing modify modifying change changing removed deleted altered obscured',
  'stripped erased hidden efface effaces deface defaces obliterate obliterates conceal conceals',
  'tamper effaced defaced obliterated concealed'
)
const PARTICIPLE = words(
  'removed deleted altered obscured stripped erased hidden effaced defaced obliterated concealed'
)
const REMOVE_ZH = phrases('删除, 移除, 去除, 更改, 修改, 篡改, 删掉, 去掉, 抹掉, 刪除, 刪掉')
/** Informal Chinese bans before an act: 别删掉, 不要去掉, 不准, 不许. */
const BAN_ZH = phrases('别, 不要, 不准, 不许, 不能, 不可')
/** What is kept: notices, copyright lines, credits, acknowledgements, legends. */
const NOTICE = words(
  'notice notices copyright copyrights attribution attributions credit credits acknowledgement',
  'acknowledgements acknowledgment acknowledgments legend legends authorship'
)
/** Han characters are tokens of their own: Chinese objects are phrases, never single characters. */
const NOTICE_ZH = phrases(
  '声明, 署名, 版权, 出处, 作者信息, 聲明, 版權, 出處, 著作权, 著作權, 姓名标示, 版权标示, 作者姓名, 原作者'
)
/** Notices proper: "alter the copyright status" names no notice, "remove the copyright notice" does. */
const NOTICE_ITSELF = words(
  'notice notices attribution attributions credit credits acknowledgement acknowledgements',
  'acknowledgment acknowledgments legend legends lines line authorship',
  // "the authorship header", "licence headers": the notice at the top of a file
  'header headers'
)
const BARE = words('copyright copyrights')
/** What a copyright is kept as: a notice, a statement, a line, a header. */
const COPYRIGHT_WHAT = words(
  'notice notices statement statements line lines header headers legend legends information',
  'attribution attributions text mark marks file files'
)
/** The authors whose names may be the object ("the authors' names"). */
const AUTHORS = words('author authors contributor contributors creator creators developer developers')
const NAMES = words('name names')
/** The licence itself as what travels with the work. */
const LICENCE_COPY = phrases(
  'copy of this licence, copy of this license, copy of this agreement, copy of the licence',
  'copy of the license, copy of the agreement, text of this licence, text of this license',
  'text of this agreement, licence text, license text, accompanied by this, copy of these terms',
  'licence file, license file, licence files, license files',
  'copy of the terms, copy of these conditions, text of these terms, text of the terms, 副本, 协议全文, 协议的全文, 许可证全文, 许可证的全文',
  '协议文本, 协议的文本, 许可证文本, 许可证的文本, 许可文本, 授權條款全文, 授权条款全文, 條款全文'
)
/** Giving credit: credit, cite, acknowledge, attribute. */
const CREDIT_ACT = words(
  'credit credited crediting acknowledge acknowledged acknowledging cite cited citing attribute',
  'attributed attribution mention mentions reference identify identifies indicate indicates'
)
const CREDIT = phrases(
  'appropriate credit, attribute, attribution notice, acknowledge the use, give credit, following notice',
  'following attribution, notice text file, 注明出处, 注明来源, 注明模型来源, with credit to, with attribution to',
  'with appropriate credit, with due credit, with acknowledgement of, with acknowledgment of, crediting the'
)
/** Naming someone as the origin: "name the original group as its source". */
const AS_SOURCE = phrases(
  'as its source, as the source, as the origin, as its origin, as the original author',
  'as the creator, as its creator, as the author, as its author, as the original creator'
)
/** Marking what was changed: a note, notice or statement that the files were changed. */
const MARK = words(
  'note notes notice notices statement statements indicate indicating state stating mark marked say',
  'saying label labelled labeled flag flagged'
)
const CHANGED = words(
  'change changes changed modified modification modifications altered alter modify altering differs',
  'differ different'
)
/** Obligations, and the condition of a permission ("provided that", "on condition"). */
const MUST = words(
  'must shall required require requires need needs obliged obligated mandatory agree agrees undertake',
  'undertakes 须 应 必 需 須 應'
)
/** "has to", "have to", "provided that": an obligation or a condition in two words. */
const HAS_TO = phrases(
  'has to, have to, is to be, are to be, provided that, on condition, on the condition, subject to the condition',
  'is a condition, a condition of, as long as, only if, provided you, provided your, 都要, 要附, 也要, 就得',
  'only condition, sole condition, single condition, provided every, provided each, provided all',
  'provided always, only where, only when',
  '得附, 要在, 要注明, 要标明'
)
/** 可以 / 自行决定 / 是否: "you may decide whether to keep the author's name". */
const PERMISSIVE_ZH = phrases('可以, 自行决定, 是否, 自愿, 欢迎, 鼓励, 希望, 建议')
const STRICT_HAS_TO = phrases(
  'has to, have to, is to be, are to be, 请在, 请注明, 请标明, 请保留, 请附上, 要写, 要说明, 要标, 要注明, 得写',
  '得注明, 得标明'
)
const COPIES = words('copy copies redistribution redistributions')
/** Imperatives that open a sentence: "Include a copy …", "Retain …" ("Credit card …" is a noun). */
const IMPERATIVE = words('keep retain reproduce preserve include carry leave give hand')
/** Whom or what an imperative credit names: "Credit the creator", "Cite our paper" (not "Cite as:"). */
const CREDIT_OBJECT = words(
  'the this these that our its their his her them us him any all each every original authors author',
  'creator creators licensor developers contributors'
)
/** Credit in the financial sense ("credit card", "credit scoring"): not a credit to the authors. */
const FINANCIAL = words(
  'card cards scoring score scores rating ratings risk history union limit limits check checks',
  'bureau bureaus agency decision decisions worthiness'
)
/** The licence itself right after a keeping act: "include this Agreement", "附上本协议". */
const LICENCE_SELF = phrases(
  'this agreement, this licence, this license, these terms, 本协议, 本许可证, 本许可协议, 本条款',
  '本授權條款, 本授权条款, 本许可文本, 本授權, 本協議'
)
const LICENCE_NOUN = words('licence license agreement')
/** Handing the licence over with the copies: include, accompany, 附上, 附带, 随附. */
const HAND_OVER = words(
  'include includes included accompany accompanied give gives hand hands provide provides supply supplies 附 随'
)
/** A "Built with X" line is a naming requirement, not a notice kept for the authors. */
/** "No need to mention us or keep our notice": the duty waived. */
const NO_NEED = phrases('no need to, there is no need')
const TRADEMARK_ZH = phrases('商标, 商標, 商号, 商號')
const WORDING_ZH = phrases('字样, 字樣')
const BADGE = phrases('built with, powered by, made with, built on, built using, runs on, running on')
const CREDIT_ZH = phrases('注明, 引用, 版权声明, 署名')
/** Marking the origin in Chinese: 标注 / 标明 / 说明 with the author or source as its object. */
const MARK_ZH = phrases('标注, 标明, 说明, 写明, 载明, 標示, 标示, 標明, 註明, 注明, 表明, 写清楚, 寫清楚')
const ORIGIN_ZH = phrases('作者, 来源, 出处, 开发者, 版权方, 來源, 出處, 開發者')
/** What was changed, as the object of a mark: 修改, 更改, 改动 ("修改过的文件应当附有说明"). */
const CHANGED_ZH = phrases('修改, 更改, 改动, 改動, 變更, 变更, 改了, 改过, 改過')
const RESERVED = words('reserved')

/** Duties named as nouns: attribution, credit, a citation ("Attribution required", "Credit is mandatory"). */
const DUTY_NOUN = words(
  'attribution attributions credit credits citation citations acknowledgement acknowledgements',
  'acknowledgment acknowledgments'
)
/** What makes a notice one that is kept for the authors: "copyright notice", "licence notice". */
const NOTICE_KIND = words('copyright copyrights license licence attribution legal proprietary authorship')
const NOTICE_NOUN = words('notice notices statement statements line lines')
const LAW = words('law laws statute statutes regulation regulations')
const REQUIRED = words('required mandatory compulsory obligatory needed necessary')
/**
 * "License and copyright notice is required", "Credit: mandatory": the duty named and required.
 * Only notices of copyright, licence or authorship ("thirty days' notice is required" notifies).
 */
function dutyRequired(s: Sentence): number {
  for (const r of allOf(s, REQUIRED)) {
    // "required by law": a fact about the law, no duty of the licence
    if (negatedBefore(s, r, 3) >= 0 || nearWords(s, r, 0, 3, LAW) >= 0) continue
    for (let k = r - 1; k >= Math.max(0, r - 5); k--) {
      const w = s.tokens[k]!.w
      const named =
        (DUTY_NOUN.has(w) && creditIsAct(s, k)) ||
        (NOTICE_NOUN.has(w) && nearWords(s, k, 3, 0, NOTICE_KIND) >= 0)
      if (named && negatedBefore(s, k, 3) < 0) return k
    }
  }
  return -1
}

/** "you may bear / may keep": the act itself merely permitted, whatever the sentence obliges elsewhere. */
function actPermitted(s: Sentence, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 2); k--) {
    const w = s.tokens[k]!.w
    if (PERMISSIVE.has(w)) return true
    if (MUST.has(w) || OBLIGATION.has(w)) return false
  }
  return false
}

/** "Credit: optional": a duty left to the licensee's choice. */
const OPTIONAL = words('optional voluntary')
/** "may", "encouraged", "grateful" and nothing that obliges or forbids: no attribution clause. */
function merelyPermitted(s: Sentence): boolean {
  // "Credit: optional" (restated "you must credit optional"): the duty's value leaves it to choice
  for (const o of allOf(s, OPTIONAL))
    if (nearWords(s, o, 3, 0, DUTY_NOUN) >= 0 || nearWords(s, o, 3, 0, CREDIT_ACT) >= 0) return true
  if (hasAny(s, MUST) || hasAny(s, OBLIGATION) || HAS_TO.in(s)) return false
  for (let k = 0; k < s.tokens.length; k++) if (isNegationAt(s, k)) return false
  return (
    hasAny(s, PERMISSIVE) ||
    PERMISSIVE_ZH.in(s) ||
    has(s, 'grateful') ||
    has(s, 'appreciate') ||
    has(s, 'appreciated')
  )
}

/** A notice word, or the authors' names, within the window around position p, or -1. Bare
 * "copyright" is a notice only before a notice word ("copyright, patent and attribution notices",
 * "copyright lines"); "the Licensor retains all copyright in the Model" keeps ownership, no notice. */
function objectNear(s: Sentence, p: number, before: number, after: number): number {
  for (let k = Math.max(0, p - before); k <= Math.min(s.tokens.length - 1, p + after); k++) {
    if (k === p || !NOTICE.has(s.tokens[k]!.w)) continue
    if (!BARE.has(s.tokens[k]!.w) || nearWords(s, k, 0, 6, COPYRIGHT_WHAT) >= 0) return k
  }
  const zh = nearPhrase(s, p, before, after, NOTICE_ZH)
  if (zh >= 0) return zh
  for (const k of allOf(s, NAMES))
    if (Math.abs(k - p) <= Math.max(before, after) && nearWords(s, k, 3, 4, AUTHORS) >= 0) return k
  // "a statement identifying the original authors"
  for (const k of allOf(s, STATEMENT))
    if (Math.abs(k - p) <= Math.max(before, after) && nearWords(s, k, 0, 4, AUTHORS) >= 0) return k
  return -1
}
const STATEMENT = words('statement statements line lines')

/** "the names of the contributors" within `window` tokens of p. */
function authorsNamesNear(s: Sentence, p: number, window: number): boolean {
  for (const k of allOf(s, NAMES))
    if (Math.abs(k - p) <= window && nearWords(s, k, 3, 4, AUTHORS) >= 0) return true
  return false
}

/** The licence's restrictions stand between the act and its object: that is a flow-down. */
function restrictionsBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (limitAt(s, k)) return true
  return false
}
/** A limit word at k; in Chinese only 限制 itself (the 制 of 重制 "reproduce" is none). */
function limitAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]!.w
  if (w.length > 1) return LIMITS.has(w)
  return (w === '限' && s.tokens[k + 1]?.w === '制') || (w === '制' && s.tokens[k - 1]?.w === '限')
}

/** "credit the authors", "credit shall be given": a credit, not the money in "credit scoring". */
function creditIsAct(s: Sentence, k: number): boolean {
  // "mention the original authors" credits; "mention the Model in my app" names a product
  if (s.tokens[k]!.w === 'mention' || s.tokens[k]!.w === 'mentions')
    return nearWords(s, k, 0, 4, AUTHORS) >= 0
  // "must reference the original work": a citation; "reference Section 3" is a cross-reference
  if (s.tokens[k]!.w === 'reference') return nearWords(s, k, 0, 4, CITED) >= 0
  // "identify the original compilers", "indicate the copyright holder": the origin named;
  // "indicate the intended use" names no one
  if (IDENTIFY.has(s.tokens[k]!.w)) return nearWords(s, k, 0, 4, ORIGINATORS) >= 0
  // "acknowledge that this licence may be revoked", "acknowledges and agrees": a fact accepted
  if (s.tokens[k]!.w.startsWith('acknowledg') && ACCEPTS_FACT.has(s.tokens[k + 1]?.w ?? '')) return false
  if (s.tokens[k]!.w !== 'credit') return true
  const next = s.tokens[k + 1]?.w ?? ''
  if (FINANCIAL.has(next)) return false
  // "decisions on credit, lending, insurance": credit among other financial services
  if (nearWords(s, k, 3, 3, LENDING) >= 0) return false
  // "eligibility for credit or housing", "access to credit": credit is what is lent, not given
  const prev = s.tokens[k - 1]?.w ?? ''
  if (prev === 'to') return s.tokens[k - 2]?.w !== 'access'
  return !LENT_AFTER.has(prev)
}
const IDENTIFY = words('identify identifies indicate indicates')
const ACCEPTS_FACT = words('that and')
const LENDING = words('lending loan loans mortgage mortgages insurance underwriting borrowing debt financing')
/** Who made the work: the authors, compilers, the holder of its copyright. */
const ORIGINATORS = words(
  'author authors contributor contributors creator creators developer developers compiler compilers',
  'copyright rightsholder rightsholders'
)
const CITED = words('work paper papers article publication report authors author creators original')
const LENT_AFTER = words('for of consumer extend extends extended obtain obtaining eligibility access about')
/** What may follow an opening "Credit" / "Cite" that is no imperative ("Cite as:", "Credit is …"). */
const NOT_AN_OBJECT = words('as is are was were for and or to of in on union card cards scoring score')

function keepsNotice(s: Sentence, obliged: boolean): number {
  const acts = [...allOf(s, KEEP_ACT), ...KEEP_ZH.all(s)]
  for (const p of acts) {
    const strong = KEEP_STRONG.has(s.tokens[p]!.w) || s.tokens[p]!.w === '保'
    if ((!obliged && !strong) || actPermitted(s, p)) continue
    // "keep to the licence terms": keeping to is complying, not keeping a notice
    if (s.tokens[p + 1]?.w === 'to' && s.tokens[p]!.w.startsWith('keep')) continue
    // "must keep the authors' names", or the object first: "copyright lines must remain"
    const o = objectNear(s, p, obliged ? 12 : 0, 10)
    if (o >= 0 && !restrictionsBetween(s, p, o) && !badgeOnNotice(s, p, o)) return p
    // "須附上本协议", "you must include this Agreement": the licence travels with the copies
    // ("carry this licence" on a derivative is share-alike: the licence it goes out under)
    if (obliged && HAND_OVER.has(s.tokens[p]!.w)) {
      const len = s.tokens[p]!.w.length === 1 ? 2 : 1
      const self = LICENCE_SELF.first(s)
      // "附带本授权所定之使用限制": the licence's restrictions travel (a flow-down), not the licence
      if (self === p + len && !limitsOfTheLicence(s, self)) return p
      // "I must include the Mistral Research License": a licence named by its name
      const named = nearWords(s, p, 0, 6, LICENCE_NOUN)
      if (named >= 0 && s.tokens[p + 1]?.w === 'the' && !restrictionsBetween(s, p, named)) return p
    }
    // "Keep this licence with every copy": the licence kept with the copies, not a derived work's terms
    if (obliged && LICENCE_SELF.first(s) === p + 1 && nearWords(s, p, 0, 8, COPIES) >= 0) return p
  }
  return -1
}

/** Further words of a conjunct: "this licence and its restrictions" (one object), not "this licence
 * and bind recipients to …" (a second act). */
const CONJUNCT_GOES_ON = words('its the all any each every these those such their this')
/**
 * The licence's restrictions named as what is passed on with the licence at p ("本协议第五条所列全部使用
 * 限制", "this Agreement's use restrictions"): a flow-down. The search stops at "and" opening a new act,
 * and reaches further in Chinese, whose words are counted by character.
 */
function limitsOfTheLicence(s: Sentence, p: number): boolean {
  const span = s.tokens[p]!.w.length === 1 ? 16 : 10
  for (let k = p + 1; k <= Math.min(s.tokens.length - 1, p + span); k++) {
    const w = s.tokens[k]!.w
    if (limitAt(s, k)) return true
    if ((w === 'and' || w === 'or') && !CONJUNCT_GOES_ON.has(s.tokens[k + 1]?.w ?? '')) return false
  }
  return false
}

/** A "Powered by X" badge as the notice kept ("the phrase 'Made with X' is required to appear in
 * the credits"). A badge in an earlier conjunct ("show 'Powered by X' and keep our copyright
 * notice") leaves the kept copyright notice an attribution. */
function badgeOnNotice(s: Sentence, act: number, object: number): boolean {
  // the badge stands before both, or between the notice and its act ("The Attribution Mark defined in
  // Section 1.3 ("Built with X") must appear …")
  const badge = nearPhrase(s, Math.min(act, object), 10, Math.abs(act - object) + 4, BADGE)
  if (badge < 0) return false
  for (let k = badge + 1; k < act; k++) if (s.tokens[k]!.w === 'and') return false
  return true
}

/** "modify upon fourteen days' notice": a notice given (a notification), not a notice kept. */
const NOTIFYING = words('days day weeks months upon prior written advance reasonable')
function notification(s: Sentence, p: number): boolean {
  const n = nearWords(s, p, 0, 8, NOTICE_WORD)
  if (n < 0) return false
  const prev = s.tokens[n - 1]?.w ?? ''
  return NOTIFYING.has(prev) || (prev === 's' && NOTIFYING.has(s.tokens[n - 2]?.w ?? ''))
}

/** "you will not remove any copyright notice": a ban on taking notices away. */
function forbidsRemoval(s: Sentence): number {
  for (const p of [...allOf(s, REMOVE_ACT), ...REMOVE_ZH.all(s)]) {
    // the notice follows the act ("remove any notice"), or precedes its participle ("notices are not removed")
    // ("The authorship header at the top of each source file must not be removed")
    const before = PARTICIPLE.has(s.tokens[p]!.w) ? 12 : 0
    const object =
      nearWords(s, p, before, 8, NOTICE_ITSELF) >= 0 ||
      nearPhrase(s, p, 0, 8, NOTICE_ZH) >= 0 ||
      authorsNamesNear(s, p, 8)
    if (!object || notification(s, p)) continue
    if (negatedBefore(s, p, 12) >= 0 || prohibits(s) || nearPhrase(s, p, 3, 0, BAN_ZH) >= 0) return p
    // "Remove no author or licence headers": the negation on the object
    if (s.tokens[p + 1]?.w === 'no') return p
  }
  return -1
}

/** A sentence opened by a condition ("If you distribute the work, …", "When you share it, …"). */
const LEADING_CONDITION = words('if when whenever where before once after')
/** Adverbs before an imperative: "Just keep the licence file with it", "Please retain …". */
const SOFTENER = words('just simply always also')
/**
 * Where the main clause starts: after a leading condition and its comma ("If you distribute the
 * work, give every recipient …"), and after a softening adverb ("Just keep …"); else the body.
 */
function mainClauseStart(s: Sentence, text: string): number {
  let k = s.body
  if (LEADING_CONDITION.has(s.tokens[k]?.w ?? '')) {
    // the condition ends at the first comma; no comma within a dozen words and it is no condition
    for (let j = k + 1; j < Math.min(s.tokens.length, k + 14); j++) {
      if (!text.slice(s.tokens[j - 1]!.e, s.tokens[j]!.s).includes(',')) continue
      k = j
      break
    }
  }
  if (SOFTENER.has(s.tokens[k]?.w ?? '')) k++
  return k
}

/** "Anyone sharing the material is to credit its creator": "is to" before the act obliges. */
function isToAct(s: Sentence): boolean {
  for (const t of positions(s, 'to')) {
    const prev = s.tokens[t - 1]?.w
    const act = s.tokens[t + 1]?.w ?? ''
    if ((prev === 'is' || prev === 'are') && (CREDIT_ACT.has(act) || KEEP_ACT.has(act) || MARK.has(act)))
      return true
  }
  return false
}
const BADGE_NOUN = words('attribution attributions')

/** "Failure to credit … is a breach of these terms": what may not be left undone is a duty. */
const FAILURE = words('failure failing')
const BREACH = words('breach violation violates breaches terminates terminate infringement')
function breachIfNot(s: Sentence): boolean {
  const f = s.tokens[s.body]?.w ?? ''
  return FAILURE.has(f) && s.tokens[s.body + 1]?.w === 'to' && nearWords(s, s.body, 0, 16, BREACH) >= 0
}

/** Passing it on without the notice or the licence, under a ban: "No right is granted to distribute
 * the Model without a copy of this Licence", "may not be shared without the copyright notice". */
const PASS_ON = words(
  'distribute distributed redistribute redistributed share shared publish published supply supplied',
  'copy copies convey conveyed transfer transferred release released provide provided'
)
function notWithoutNotice(s: Sentence): number {
  for (const w of positions(s, 'without')) {
    const copy = LICENCE_COPY.first(s)
    const object = copy > w && copy - w <= 5 ? copy : keptNoticeAfter(s, w)
    if (object < 0 || nearWords(s, w, 10, 0, PASS_ON) < 0) continue
    const ban = negatedBefore(s, w, 14)
    if (ban >= 0 && s.tokens[ban]!.w !== 'without') return object
  }
  return -1
}

/** A notice of copyright, licence or authorship within five words after w ("without the attribution
 * notice"), not any notice ("without a visible notice identifying them as machine-generated"). */
function keptNoticeAfter(s: Sentence, w: number): number {
  const n = nearWords(s, w, 0, 5, NOTICE_ITSELF)
  if (n < 0) return -1
  return DUTY_NOUN.has(s.tokens[n]!.w) || nearWords(s, n, 3, 0, NOTICE_KIND) >= 0 ? n : -1
}

const AVAILABLE = words('available')

/** "make this Licence available to each recipient": the licence handed on with the work. */
function licenceMadeAvailable(s: Sentence): number {
  for (const m of LICENCE_SELF.matches(s)) {
    if (s.tokens[m.at - 1]?.w !== 'make' && s.tokens[m.at - 2]?.w !== 'make') continue
    if (nearWords(s, m.at + m.len - 1, 0, 2, AVAILABLE) >= 0) return m.at
  }
  return -1
}

/** A mark of change: "a statement that they were modified", or "say so" after a change ("If you change
 * the source, you have to say so"). */
function marksChange(s: Sentence, m: number): boolean {
  if (nearWords(s, m, 0, 6, CHANGED) >= 0) return true
  return s.tokens[m + 1]?.w === 'so' && nearWords(s, m, 10, 0, CHANGED) >= 0
}

/** A permission shortly before p and no obligation: "You may add your own statement …". */
function permittedBefore(s: Sentence, p: number): boolean {
  return nearWords(s, p, 5, 0, PERMISSIVE) >= 0 && nearWords(s, p, 5, 0, MUST) < 0
}

/** A wording to display ("注明“本服务基于X”", "显示“Powered by X”"): a naming requirement, no credit. */
function displaysWording(s: Sentence, p: number, text: string): boolean {
  if (BADGE.in(s)) return true
  const after = text.slice(s.tokens[p]!.e, s.tokens[p + 1]?.s ?? s.tokens[p]!.e)
  const next = s.tokens[p + 2]
  const gap = next ? text.slice(s.tokens[p + 1]!.e, next.s) : ''
  // the mark is two characters: its quote follows the second
  return /[“「"『]/.test(after) || /[“「"『]/.test(gap)
}

export default defineClause({
  type: 'attribution',
  restrictive: false,
  label: 'requires attribution',
  noun: 'an attribution requirement',
  meta: {
    id: 'license/attribution',
    title: 'Attribution obligations',
    framework: 'OSD — attribution is allowed',
    severity: { default: 'off' },
    docs: docsUrl('license/attribution')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (merelyPermitted(s) || definesTerm(s) || NO_NEED.in(s)) return -1
    // ("- [x] Attribution" arrives restated as "Attribution is required": see toolkit/checklists.ts)
    const removal = forbidsRemoval(s)
    if (removal >= 0) return removal
    // an obligation, or an imperative ("Include a copy of this agreement …", "Retain …")
    const opening = mainClauseStart(s, ctx.doc.text)
    const first = s.tokens[opening]?.w ?? ''
    // "provided that" makes the kept notice a condition; it obliges nobody to credit or mark
    const second = s.tokens[opening + 1]?.w ?? ''
    // "Credit the creator", "Credit "Halden Lab" in your docs", "Credit — name the creator, …"
    const imperative =
      IMPERATIVE.has(first) ||
      (CREDIT_ACT.has(first) && (CREDIT_OBJECT.has(second) || (second !== '' && !NOT_AN_OBJECT.has(second))))
    // "Attribution is not required, but …": an obligation denied obliges nobody
    // (不是必须: a Chinese modal is two characters, its negation one or two before them)
    const must = allOf(s, MUST).some(k => negatedBefore(s, k, s.tokens[k]!.w.length === 1 ? 3 : 2) < 0)
    // "You don't have to credit us": a duty denied
    const hasTo = (list: typeof HAS_TO): boolean => list.all(s).some(k => negatedBefore(s, k, 2) < 0)
    const strict = must || hasTo(STRICT_HAS_TO) || imperative || breachIfNot(s) || isToAct(s)
    const obliged = strict || hasTo(HAS_TO)
    const kept = keepsNotice(s, obliged)
    if (kept >= 0) return kept
    const credit = CREDIT.first(s)
    if (credit >= 0) return credit
    const duty = dutyRequired(s)
    if (duty >= 0) return duty
    const withoutNotice = notWithoutNotice(s)
    if (withoutNotice >= 0) return withoutNotice
    // "You may distribute it provided that (a) you include a copy of this Agreement": a condition
    if (obliged) {
      const copy = LICENCE_COPY.first(s)
      if (copy >= 0 && nearWords(s, copy, 4, 0, HAND_OVER) >= 0) return copy
      const available = licenceMadeAvailable(s)
      if (available >= 0) return available
      // files that were changed must say so ("provided that changed files carry a statement that
      // they were modified", "Any file you altered must say so")
      // ("You may add your own copyright statement to your changes, provided …": a permission)
      for (const m of allOf(s, MARK)) if (marksChange(s, m) && !permittedBefore(s, m)) return m
    }
    if (strict) {
      // ("The Attribution Mark ("Built with X") must appear …": the noun names a badge to display)
      const badge = BADGE.in(s)
      const c = allOf(s, CREDIT_ACT).find(
        k => creditIsAct(s, k) && negatedBefore(s, k, 1) < 0 && !(badge && BADGE_NOUN.has(s.tokens[k]!.w))
      )
      if (c !== undefined) return c
      const origin = AS_SOURCE.first(s)
      if (origin >= 0) return origin
      const copy = LICENCE_COPY.first(s)
      if (copy >= 0) return copy
      // 修改过的文件应当附有醒目的说明，表明您更改了该文件: changed files must say so
      for (const m of MARK_ZH.all(s))
        if (nearPhrase(s, m, 12, 12, CHANGED_ZH) >= 0 && !displaysWording(s, m, ctx.doc.text)) return m
      // (为说明本模型来源所必要者: a trademark clause's exception, stating the source is allowed)
      for (const m of MARK_ZH.all(s))
        if (
          nearPhrase(s, m, 0, 12, ORIGIN_ZH) >= 0 &&
          s.tokens[m - 1]?.w !== '为' &&
          !TRADEMARK_ZH.in(s) &&
          !displaysWording(s, m, ctx.doc.text)
        )
          return m
      // 通过引用 is "by reference", not a citation
      // (经引用并入 is "incorporated by reference"; 注明「…」之字样 displays a wording: a naming requirement)
      for (const zh of CREDIT_ZH.all(s))
        if (
          s.tokens[zh - 1]?.w !== '过' &&
          s.tokens[zh - 1]?.w !== '经' &&
          !WORDING_ZH.in(s) &&
          !displaysWording(s, zh, ctx.doc.text)
        )
          return zh
    }
    const lic = findSeq(s, ['is', 'licensed', 'under'])
    if (lic.length > 0 && (has(s, 'copyright') || nearWords(s, 0, 0, s.tokens.length, RESERVED) >= 0))
      return lic[0]!
    return -1
  },
  examples: {
    detected: [
      'Copies must keep the copyright notice above.',
      'You shall give appropriate credit to the authors.',
      'You may not strip the credits from the files you pass on.'
    ],
    notDetected: [
      'No attribution is required.',
      'The authors may be contacted by email.',
      'You may keep the original notices if you like.'
    ]
  }
})
