// Share-alike (copyleft): what is made from the work goes out under the same licence. Frame:
// - what: derived or changed works (derivatives, modified versions, adaptations, combined works),
//   or the source form of what is distributed;
// - the act: license, release, distribute, publish, offer, make available, remain or stay;
// - the terms: under this licence, under the same licence or terms (以相同许可协议, 按照本许可证);
// - the modality: an obligation (must, shall, only, 须).
// Or a share-alike / copyleft licence named as this work's licence. Not share-alike: "the same use
// restrictions" (a flow-down), "a copy of this licence" (attribution), share-alike material the
// model was trained on (a description of other works).
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { LIMITS } from './concepts.js'
import { definesTerm } from './toolkit/definition.js'
import { EXCEPTION, isNegationAt, negatedBefore, sentenceHasNegation } from './toolkit/negation.js'
import { allOf, has, hasAny, nearPhrase, nearWords, phrases, union, words } from './toolkit/query.js'
import { fieldOf, keyNames } from './toolkit/field-key.js'
import type { Sentence } from './toolkit/sentences.js'

// One-word tables the functions below ask about (compiled once, like every table).
const UNDER_WORD = words('under')
const AVAILABLE_WORD = words('available')

const NAMED = phrases('sharealike, share alike, by sa, nc sa, copyleft, 相同方式共享')
const MUST = words('must shall required only exclusively agree agrees undertake undertakes 须 应 必 須 應')
/** Obligations and conditions in several words: "have to", "provided that", 只能, informal 要 / 得. */
const MUST_PHRASE = phrases(
  'has to, have to, provided that, on condition, on the condition, 只能, 仅能, 仅可, 就得, 也得, 得用',
  '要用, 要开源, 也用, 也要, 需要, 需用, provided you, as long as, only if, is to be, are to be',
  'provided the, provided its, provided their, so long as, provided always, provided every, provided each',
  'provided all, provided any'
)
/** Works made from the work: derived, changed, combined, or its source form. */
const CHANGED = words(
  'derivative derivatives derived modified modifications adaptation adaptations adapted changes',
  'changed modify finetuned tuned combined version versions derive based improvements improved',
  'extensions transform transformed remix remixed contributions whole fork forks forked build builds',
  'incorporates incorporating tune finetune combining combination improvement altered rework reworked',
  'extend extended tuning finetuning modification finetunes tunes change'
)
/** Terms other than this licence: "under a different licence", "on proprietary terms", "closed source". */
const OTHER_TERMS = phrases(
  'different licence, different license, different terms, other licence, other license, other terms',
  'another licence, another license, proprietary licence, proprietary license, proprietary terms',
  'closed source, 其他许可, 其他协议, 其他授权, 闭源, 閉源, terms other than, licence other than',
  'license other than'
)

/** "You may not release your fine-tune under a different licence": changed works may go out under no
 * other terms than these (not "you may release it under a different licence"). */
function otherTermsForbidden(s: Sentence): number {
  if (!hasAny(s, CHANGED_STRICT) && !hasAny(s, TUNES) && !CHANGED_ZH.in(s)) return -1
  for (const p of OTHER_TERMS.all(s)) {
    const act = nearWords(s, p, 8, 0, RELEASE_OR_APPLY)
    // (a negation between the act and the terms denies the terms: "release it not under another licence")
    // the ban may stand a few words before the act: "No right is granted to distribute …", "It is
    // forbidden to the Licensee to distribute …"
    if (act >= 0 && negatedBefore(s, act, 6) >= 0 && negatedBefore(s, p, 2) <= act) return p
    // 不得以其他协议发布: the ban before the terms, the release after them
    if (nearPhrase(s, p, 0, 8, RELEASE_ZH) >= 0 && negatedBefore(s, p, 4) >= 0) return p
  }
  return -1
}
const TUNES = words('tune finetune finetunes fork forks')
/** Putting other terms on a changed work: release it under them, or apply / choose / adopt them. */
const RELEASE_OR_APPLY = union([
  ...words('apply choose adopt select attach put place places placing'),
  ...words(
    'license licensed licence licenced licensing release released releasing distribute distributed',
    'distributing redistribute redistributed share shared sharing publish published offer offered',
    'convey conveyed'
  )
])

const COVERED = words('covered governed')

/** A term explained, not imposed: '"Share-Alike" is a Creative Commons term for licences that …'. */
const GLOSSARY = phrases(
  'licence element, license element, is a creative commons term, is a term for, is the term for, term for licences, term for licenses',
  'refers to licences, refers to licenses, describes licences, describes licenses'
)

/** Copyleft licences by their ids: what a derived work "must remain under" ("stay under GPL-3.0"). */
const COPYLEFT_ID = words('gpl agpl lgpl mpl eupl cddl epl osl cecill gplv2 gplv3 agplv3 lgplv3 copyleft')
const SOURCE = words('source sources')
/** Changed works proper ("the Standard Version" is no change). */
const CHANGED_STRICT = words(
  'derivative derivatives derived modified modifications adaptation adaptations adapted changed',
  'combined improvements improved transformed remixed improvement altered'
)
const CHANGED_ZH = phrases(
  '衍生, 修改, 演绎, 基于, 源代码, 源码, 改编, 改写, 改进, 二次创作, 为基础, 基础上, 改了, 改过, 改动',
  '修改後, 改動, 二次开发, 二次開發, 改完, 修改版本, 改作, 改编作品, 派生'
)
/** The source form in Chinese, and making it public (公开 / 开源 / 提供): a source duty. */
const SOURCE_ZH = phrases('源代码, 源码, 原始码, 原始碼, 源程序, 原始程式碼')
const OPEN_ZH = phrases('公开, 公開, 开源, 開源, 提供')
/** "协议也得一样": the licence named, then said to stay the same. */
const LICENCE_ZH = phrases('协议, 協議, 许可证, 許可證, 授权, 授權')
const SAME_AFTER_ZH = phrases('一样, 一樣, 相同, 一致, 不变, 不變')
/** "一样的协议", "同一个 license": the same licence, the sameness named first. */
const SAME_BEFORE_ZH = phrases('一样的, 一樣的, 相同的, 同一个, 同一個, 同样的, 同樣的')
const MODAL_ZH = phrases('须, 須, 必须, 應, 应, 要, 得')
/** "under this licence" and its kin: the terms the work goes out under. */
const UNDER_THIS = phrases(
  'under this licence, under this license, under the terms of this license, under the terms of this licence',
  'under this same, under the same, under these same, stay under this, remain under this',
  'terms that cover, licensed as a whole, as a whole under this license, under the terms hereof',
  'under these terms, on the terms hereof, covered by this licence, covered by this license',
  'governed by this licence, governed by this license'
)
const SAME = phrases(
  'same license, same licence, same terms, same or a compatible license, same or compatible license',
  'this same license, identical terms, compatible with this, compatible licence, compatible license',
  'same conditions, same licence terms, same license terms, terms identical to, identical to these',
  'identical to this licence, identical to this license, equivalent to these terms'
)
/** The licence nouns after "under this", "carry this". */
const LICENCE_NOUN = words('licence license licences licenses terms agreement document')
/** "under this licence", "under these terms", "under the same terms": the terms it goes out under. */
const UNDER_DET = words('this these same identical present')
/** "under these terms", "on these terms", "upon the same terms". */
const UNDER_ON = words('under on upon')
/** Keeping the licence on a derived work: "must carry this licence", "stay under this licence". */
const CARRY = words(
  'carry carries bear bears keep keeps retain retains remain remains stay stays inherit inherits'
)
/** "the corresponding source", "its complete source code": what copyleft makes available. */
const SOURCE_PHRASE = phrases('corresponding source, complete source, source code, source form')
const OFFER = words(
  'offer offered provide provided available give publish release distribute come comes accompanied obtain',
  'include included'
)
/** Chinese: the licence phrase, which counts only as the terms something goes out under. */
const THIS_ZH = phrases(
  '相同, 本许可证, 本许可, 本协议, 同样的协议, 同样的许可, 这个许可证, 这个协议, 同一许可, 同一协议, 本授權',
  '本授权, 相同授權, 相同授权, 同一个协议, 同一个开源协议, 本开源协议, 同一个许可证, 同一开源协议'
)
/** 以 / 按照 / 依照 / 采用 / 根据 / 遵循 / 适用 before it, or 授权 / 发布 / 许可 after it. */
const UNDER_ZH = words('以 按 照 依 采 用 循 适 据')
const RELEASE_ZH = phrases('授权, 发布, 许可, 分发, 提供, 开源, 共享, 釋出, 释出, 發布, 散布, 再发布, 授權')
/** What the same-licence phrase is about when it is material the model was trained on. */
const OTHER_MATERIAL = words(
  'text texts data dataset datasets corpus corpora articles images content works material materials'
)
const TRAINED = words('trained training pretrained')

/** "the same use restrictions", "相同的使用限制": the same limits, which is a flow-down. */
function limitsFollow(s: Sentence, p: number): boolean {
  return nearWords(s, p, 0, 5, LIMITS) >= 0
}

/** A share-alike licence named as this work's licence, not as the licence of training material. */
function namedAsThisLicence(s: Sentence): number {
  for (const p of NAMED.all(s)) {
    // "no share-alike requirement", "not a copyleft licence"
    if (negatedBefore(s, p, 3) >= 0) continue
    if (nearWords(s, p, 0, 4, OTHER_MATERIAL) >= 0) continue
    // "compatible with … a copyleft licence", "a share-alike licence for our documentation": another
    // licence, or this one for other material
    if (nearWords(s, p, 8, 0, COMPATIBLE) >= 0 || nearWords(s, p, 0, 5, ELSEWHERE) >= 0) continue
    if (allOf(s, TRAINED).some(t => t < p)) continue
    // "Copyleft licences are discussed …", "Share-alike licences require …": the kind, not this licence
    if (CLASS_OF_LICENCES.has(s.tokens[p + nameLength(s, p)]?.w ?? '')) continue
    // "We plan to relicense … under a copyleft licence": a plan, not the terms in force;
    // "a fine-tune of a base model released under a copyleft licence": another model's licence
    if (hasAny(s, PLANNED) || hasAny(s, UPSTREAM)) continue
    // "Share Alike — see Section 3(b)", "a share-and-share-alike spirit": the words name an element
    // or an ethos; a licence names itself with a licence word, a version or an obligation
    // ("- [x] ShareAlike" arrives restated as "ShareAlike is required": see toolkit/checklists.ts)
    if (!NAMES_LICENCE.in(s) && !hasAny(s, MUST) && !hasAny(s, LICENCE_CONTEXT)) continue
    return p
  }
  return -1
}

const COPY_ZH = phrases('副本, 文本, 全文')
const CLASS_OF_LICENCES = words('licences licenses')
const PLANNED = words('plan plans planned planning considering consider future intend intends roadmap')
const UPSTREAM = words('base upstream parent')
/** "Share-alike licences require adaptations to use the same licence": a sentence whose subject is
 * the kind of licence describes such licences, not this one. */
function aboutTheKind(s: Sentence): boolean {
  const m = NAMED.matches(s)[0]
  if (!m) return false
  const start = s.tokens[s.body]?.w === 'the' || s.tokens[s.body]?.w === 'all' ? s.body + 1 : s.body
  return m.at === start && CLASS_OF_LICENCES.has(s.tokens[m.at + m.len]?.w ?? '')
}

/** A duty, then a release, within 12 words after p: "… and must be offered under it". */
function dutyToRelease(s: Sentence, p: number): boolean {
  const r = nearWords(s, p, 0, 12, RELEASE)
  if (r < 0) return false
  for (let k = p + 1; k < r; k++) if (DUTY_MODAL.has(s.tokens[k]!.w)) return true
  return false
}
/** Modals of duty ("only", a limit, is none here: "covered … only while you keep them private"). */
const DUTY_MODAL = words('must shall')

/** Tokens of the share-alike name at p ("share alike" is two, "copyleft" one). */
function nameLength(s: Sentence, p: number): number {
  return NAMED.matches(s).find(m => m.at === p)?.len ?? 1
}
const COMPATIBLE = words('compatible compatibility')
const ELSEWHERE = words('documentation docs website blog examples')
/** A Creative Commons licence code ("BY-SA", "NC-SA"): names a licence by itself. */
const NAMES_LICENCE = phrases('by sa, nc sa, 相同方式共享')
/** Words with which a sentence names a licence: licence, licensed, terms, version, released, CC. */
const LICENCE_CONTEXT = words(
  'licence license licensed licenced licensing licenses licences terms released distributed available',
  'version cc creative commons gpl agpl lgpl under yes applies required 许 可 协 议 授 权'
)
/** A terse label ("Derivatives: same licence", a table row): this many words at most. */
const TERSE = 6

/** A Chinese licence phrase used as the terms of release ("以相同许可协议发布", "采用本许可证"),
 * not as a thing handed over ("附带本许可协议的副本"). */
function chineseTerms(s: Sentence, p: number, len: number): boolean {
  const end = p + len - 1
  if (nearPhrase(s, end, 0, 6, COPY_ZH) >= 0) return false
  // a release in the sentence: 授权, 发布, 分发, 提供 (not "used in accordance with this agreement")
  if (!RELEASE_ZH.in(s)) return false
  for (let k = Math.max(0, p - 4); k < p; k++) if (UNDER_ZH.has(s.tokens[k]!.w)) return true
  return nearPhrase(s, end, 0, 10, RELEASE_ZH) >= 0
}

/** Words between the derived work and the terms it goes out under. */
const NEAR = 24

/** Going out to others: license, release, distribute, share, publish, offer, make available, keep. */
const RELEASE = words(
  'license licensed licence licenced licensing release released releasing distribute distributed',
  'distributing redistribute redistributed share shared sharing publish published offer offered',
  'provide provided available convey conveyed sublicense sublicensed remain remains stay stays keep',
  'kept so receive receives received redistribution distribution go goes ship shipped contributed contribute'
)

/** A release act within NEAR words before "under this licence" ("must be licensed under", "do so
 * under"), not "exercise any of the rights under this Agreement". */
function releasedBefore(s: Sentence, p: number): boolean {
  return nearWords(s, p, NEAR, 0, RELEASE) >= 0
}

/** "a patent licensed to you under this licence", "was originally licensed under this license": the
 * grant to you or a past fact, not what you must license onwards. */
function grantedOrPast(s: Sentence, p: number): boolean {
  for (let k = Math.max(0, p - 5); k < p; k++) {
    const w = s.tokens[k]!.w
    if (w === 'licensed' || w === 'licenced' || w === 'granted') {
      const prev = s.tokens[k - 1]?.w ?? ''
      // "licensed to you" is the grant; "shall be licensed to all third parties" is the duty
      // ("licensed to the public" is what the licensee must do, not the grant to it)
      const to = s.tokens[k + 2]?.w ?? ''
      const grantee = GRANTEE.has(to) && !(to === 'the' && s.tokens[k + 3]?.w === 'public')
      if ((s.tokens[k + 1]?.w === 'to' && grantee) || PAST.has(prev)) return true
    }
  }
  return false
}
const PAST = words('was were been originally previously initially')
const GRANTEE = words('you licensee licensees the')

/** "under these terms", "under the terms of this licence" written any way: under + this/the same + licence. */
function underThis(s: Sentence): number[] {
  const out: number[] = []
  for (const u of allOf(s, UNDER_ON)) {
    let k = u + 1
    let det = false
    while (k < s.tokens.length && k <= u + 6) {
      const w = s.tokens[k]!.w
      if (UNDER_DET.has(w)) det = true
      else if (LICENCE_NOUN.has(w) && !(w === 'terms' && !det && s.tokens[k + 1]?.w === 'of')) {
        if (det) out.push(u)
        break
      } else if (!det && w !== 'terms' && w !== 'of' && w !== 'very' && w !== 'the') break
      // after "this", a licence's own name may stand before its noun ("this Open Software License")
      k++
    }
  }
  return out
}

/** "under the Gossamer Open Model Licence": a licence named by name as the terms. */
function underNamedLicence(s: Sentence): number {
  for (const u of allOf(s, UNDER_WORD)) {
    if (s.tokens[u + 1]?.w !== 'the') continue
    for (let k = u + 2; k < Math.min(s.tokens.length, u + 8); k++)
      if (s.tokens[k]!.w === 'licence' || s.tokens[k]!.w === 'license') return u
  }
  return -1
}

/** "must carry this licence": the licence kept on the work (not "a copy of this licence"). */
function carriesLicence(s: Sentence): number {
  for (const c of allOf(s, CARRY)) {
    const a = s.tokens[c + 1]?.w
    const b = s.tokens[c + 2]?.w
    if ((a === 'this' || a === 'the') && (b === 'licence' || b === 'license')) return c
    if (a === 'this' && b === 'same' && LICENCE_NOUN.has(s.tokens[c + 3]?.w ?? '')) return c
  }
  return -1
}

/** Copyleft of the source: the corresponding source of a changed work offered to those who get it
 * ("offer those users the corresponding source of your version"; not "retain, in the source form of
 * any derivative works that you distribute, all notices"). */
function offersSource(s: Sentence): number {
  if (!hasAny(s, CHANGED_STRICT)) return -1
  for (const p of SOURCE_PHRASE.all(s)) {
    if (nearWords(s, p, 6, 0, OFFER) >= 0 || nearWords(s, p, 0, 5, AVAILABLE_WORD) >= 0) return p
  }
  return -1
}

/** Who gets the object form or the service, to whom copyleft owes the source: object code, binaries,
 * users of a network service, anyone you give it to. */
const OBJECT_FORM = words(
  'object binary binaries executable executables compiled network users recipients anyone everyone',
  'whoever whole non receives receive'
)
const NOTICE = words('notice notices')
const SOURCE_WORD = words('source')
const DISCLOSE = words('disclose')
/** Giving the source out ("made available", "offer", "publish"); not "use in source form … provided". */
const SOURCE_OFFER = words(
  'available offer offered offering publish published disclose disclosed provide entitled'
)
/** An imperative that opens a sentence obliges: "Share your changes under the same terms",
 * "Release any derivative under this licence". */
const IMPERATIVE = words(
  'share release license licence publish distribute offer keep make provide disclose ship'
)
/** The network clause of a copyleft licence: serving a modified work over a network is distributing it. */
const NETWORK_CLAUSE = phrases(
  'network use is distribution, network use counts as distribution, network use constitutes distribution'
)

/** Copyleft as a duty to give the source: "source code for the whole work must be made available to
 * anyone you give the object code to", "shall be made available to those users" of a network
 * service. Not "retain, in the source form of any derivative works, all notices" (attribution), not
 * "you need not make the source available". */
function sourceDuty(s: Sentence): number {
  // "Disclose source": the copyleft condition in a licence summary
  // ("Disclose source: no" answers that there is no such condition)
  // (the structural layer may restate it as "you must disclose source")
  for (const d of allOf(s, DISCLOSE)) {
    const source = s.tokens[d + 1]?.w === 'source' || s.tokens[d + 2]?.w === 'source'
    if (source && !s.colon && !sentenceHasNegation(s) && !has(s, 'optional')) return d
  }
  if (hasAny(s, NOTICE) || !hasAny(s, OBJECT_FORM)) return -1
  for (const p of allOf(s, SOURCE_WORD)) {
    const act = nearWords(s, p, 6, 10, SOURCE_OFFER)
    if (act < 0 || negatedBefore(s, Math.min(act, p), 6) >= 0) continue
    return p
  }
  return -1
}

/** Chinese copyleft in two other forms: the source of a changed version made public to those who get
 * it (须向这些用户公开对应源代码), and "the licence stays the same" after a change (改完了要开源，协议也得一样). */
function chineseCopyleft(s: Sentence): number {
  if (!CHANGED_ZH.in(s) || !MODAL_ZH.in(s) || sentenceHasNegation(s)) return -1
  for (const p of SOURCE_ZH.all(s)) if (nearPhrase(s, p, 8, 0, OPEN_ZH) >= 0) return p
  // (与本协议相同的使用限制: the same limits, a flow-down)
  for (const p of LICENCE_ZH.all(s))
    if (nearPhrase(s, p, 0, 5, SAME_AFTER_ZH) >= 0 && nearWords(s, p, 0, 12, LIMITS) < 0) return p
  // (an English licence word in a Chinese sentence: 必须用同一个 license)
  for (const p of [...LICENCE_ZH.all(s), ...allOf(s, LICENCE_NOUN)])
    if (nearPhrase(s, p, 4, 0, SAME_BEFORE_ZH) >= 0 && nearWords(s, p, 0, 12, LIMITS) < 0) return p
  return -1
}

/** "You shall not distribute modified versions under this licence's name": a ban, not share-alike
 * (unless an exception brings the obligation back: "must not … except under this Licence"). */
function forbidsInstead(s: Sentence): boolean {
  if (hasAny(s, EXCEPTION) || has(s, 'only')) return false
  const must = allOf(s, MUST)
  // "shall not impose further terms …, and every Derivative shall carry this Licence": a duty remains
  const negatedMust = (m: number): boolean => m + 1 < s.tokens.length && isNegationAt(s, m + 1)
  return must.some(negatedMust) && must.every(negatedMust)
}

/** The licence kept on a changed work, stated as a fact: "Your fork inherits this licence", "changes
 * to the library itself stay under this licence", "… remains subject to this Licence". */
const KEPT_UNDER = phrases(
  'inherits this, inherit this, stay under this, stays under this, remain under this, remains under this',
  'remains subject to this, remain subject to this, stays subject to this'
)
/** "The terms of this Licence shall attach to every adaptation": the licence's terms on the work. */
const ATTACH = words('attach attaches apply applies extend extends')
function licenceKeptOnChange(s: Sentence, changed: readonly number[]): number {
  for (const m of KEPT_UNDER.matches(s)) {
    // "Fine-tunes do not have to stay under this licence": the duty denied
    if (negatedBefore(s, m.at, 4) >= 0) continue
    const noun = nearWords(s, m.at + m.len - 1, 0, 4, LICENCE_NOUN)
    if (noun >= 0 && !limitsFollow(s, m.at) && changed.some(d => d < m.at && m.at - d <= NEAR)) return m.at
  }
  for (const a of allOf(s, ATTACH)) {
    let licence = -1
    for (let k = Math.max(1, a - 6); k < a; k++)
      if (LICENCE_NOUN.has(s.tokens[k]!.w) && s.tokens[k - 1]!.w === 'this') licence = k
    if (licence < 0 || s.tokens[a + 1]?.w !== 'to') continue
    if (changed.some(d => d > a && d - a <= 4) && !limitsFollow(s, Math.max(0, licence - 3))) return a
  }
  return -1
}

/** "No modified version may be conveyed except under the terms of this Licence": a changed work
 * banned from going out save under these terms. */
const SAVE = words('except save than')
function onlyUnderThis(s: Sentence, changed: readonly number[], under: readonly number[]): number {
  for (const u of under) {
    const save = s.tokens[u - 1]?.w ?? ''
    if (!SAVE.has(save)) continue
    const ban = negatedBefore(s, u - 1, 12)
    if (ban >= 0 && changed.some(d => d < u && d >= ban - 2) && nearWords(s, u, 8, 0, RELEASE_OR_APPLY) >= 0)
      return u
  }
  return -1
}

/** "its licence must be this one", "the licence of a fine-tune shall be the same": the derived work's
 * licence said to be this one. */
const IS_THIS = words('this same identical')
function licenceIsThis(s: Sentence, changed: readonly number[]): number {
  for (const l of allOf(s, LICENCE_NOUN)) {
    if (!MUST.has(s.tokens[l + 1]?.w ?? '') || s.tokens[l + 2]?.w !== 'be') continue
    const next = s.tokens[l + 3]?.w === 'the' ? s.tokens[l + 4]?.w : s.tokens[l + 3]?.w
    if (IS_THIS.has(next ?? '') && changed.some(d => d < l && l - d <= NEAR)) return l
  }
  return -1
}

const ALIKE = words('alike')
/** "Derivatives must be licensed alike": released alike. */
function releasedAlike(s: Sentence): number {
  for (const a of allOf(s, ALIKE)) if (RELEASE.has(s.tokens[a - 1]?.w ?? '')) return a
  return -1
}

/** A front-matter field for the licence of derived works ("license_of_derivatives: same-as-parent",
 * "derivative_license: same as upstream"): the value says it is the same. The key is one joined
 * word before its colon, alone or within a block of fields read as one sentence. */
const DERIVED_KEY = ['deriv', 'modif', 'finetun', 'adapt']
const SAME_VALUE = words('same identical inherit inherits inherited')
function derivedLicenceField(s: Sentence, text: string): number {
  const field = fieldOf(text, s)
  const keys = [
    ...(field ? [field] : []),
    ...s.tokens.flatMap((t, k) => (text[t.e] === ':' ? [{ key: t.w, value: k + 1 }] : []))
  ]
  for (const { key, value } of keys)
    if (keyNames(key, DERIVED_KEY) && keyNames(key, ['licen']) && SAME_VALUE.has(s.tokens[value]?.w ?? ''))
      return value
  return -1
}

export default defineClause({
  type: 'share-alike',
  restrictive: false,
  label: 'requires derivatives to be shared alike',
  noun: 'a share-alike obligation',
  meta: {
    id: 'license/share-alike',
    title: 'Share-alike obligations',
    framework: 'OSAID 1.0 — copyleft terms are allowed',
    severity: { default: 'note', permissive: 'warning' },
    docs: docsUrl('license/share-alike')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (GLOSSARY.in(s) || aboutTheKind(s)) return -1
    const field = derivedLicenceField(s, ctx.doc.text)
    if (field >= 0) return field
    const named = namedAsThisLicence(s)
    if (named >= 0) return named
    const other = otherTermsForbidden(s)
    if (other >= 0) return other
    const network = NETWORK_CLAUSE.first(s)
    if (network >= 0 && negatedBefore(s, network, 3) < 0) return network
    if (definesTerm(s)) return -1
    // "Derivatives: same licence": a terse label pairs the derived work with the same licence
    if (s.tokens.length - s.body <= TERSE && hasAny(s, CHANGED_STRICT) && !sentenceHasNegation(s)) {
      const same = SAME.first(s)
      if (same >= 0 && !limitsFollow(s, same)) return same
    }
    // a licence kept on a changed work binds by itself, without a modal
    const kept = licenceKeptOnChange(s, allOf(s, CHANGED))
    if (kept >= 0) return kept
    const imperative = IMPERATIVE.has(s.tokens[s.body]?.w ?? '')
    const changedWorks = allOf(s, CHANGED)
    const only = onlyUnderThis(s, changedWorks, [...UNDER_THIS.all(s), ...underThis(s)])
    if (only >= 0) return only
    // ("Fine-tunes do not have to be released under this licence": the duty denied)
    const mustPhrase = MUST_PHRASE.all(s).some(k => negatedBefore(s, k, 2) < 0)
    if (!(hasAny(s, MUST) || mustPhrase || imperative) || forbidsInstead(s)) return -1
    const changed = allOf(s, CHANGED)
    const source = allOf(s, SOURCE)
    if (changed.length > 0) {
      for (const p of SAME.all(s)) if (!limitsFollow(s, p)) return p
      const alike = releasedAlike(s)
      if (alike >= 0) return alike
      const isThis = licenceIsThis(s, changed)
      if (isThis >= 0) return isThis
      const carried = carriesLicence(s)
      if (carried >= 0) return carried
      const named = underNamedLicence(s)
      if (
        named >= 0 &&
        changed.some(d => d < named && d >= named - 12) &&
        releasedBefore(s, named) &&
        !limitsFollow(s, named)
      )
        return named
      const offered = offersSource(s)
      if (offered >= 0) return offered
    }
    const duty = sourceDuty(s)
    if (duty >= 0) return duty
    // "Modified files must remain under the MPL-2.0", "Forks must stay under GPL-3.0"
    if (changed.length > 0)
      for (const u of allOf(s, UNDER_WORD)) {
        const id = nearWords(s, u, 0, 2, COPYLEFT_ID)
        if (id >= 0 && changed.some(d => d < u && d >= u - NEAR) && releasedBefore(s, u)) return id
      }
    // derived work or source form first, then this licence as the terms it goes out under
    for (const p of [...UNDER_THIS.all(s), ...underThis(s)]) {
      // "covered by this licence and must be offered under it": the release may come after
      // (after the licence's own noun, with a duty: "covered by this licence" releases nothing by
      // itself, "… only while you keep them private" obliges no release)
      const covered = COVERED.has(s.tokens[p]!.w) && dutyToRelease(s, p + 3)
      if (limitsFollow(s, p) || grantedOrPast(s, p) || !(releasedBefore(s, p) || covered)) continue
      // the derived work stands in the same clause, a few words before ("Works based on the Model
      // that you share must be licensed as a whole under these same terms")
      if ([...changed, ...source].some(d => d < p && d >= p - NEAR)) return p
    }
    const zh = chineseCopyleft(s)
    if (zh >= 0) return zh
    for (const { at: p, len } of THIS_ZH.matches(s)) {
      if (nearWords(s, p, 0, len + 6, LIMITS) >= 0 || !chineseTerms(s, p, len)) continue
      if (nearPhrase(s, p, 30, 0, CHANGED_ZH) >= 0 || changed.some(d => d < p)) return p
    }
    return -1
  },
  examples: {
    detected: [
      'Modified versions must be released under the same licence.',
      'Licensed CC BY-SA 4.0.',
      'When you ship the program in binary form you must also offer its source code under this License.'
    ],
    notDetected: [
      'You may choose any licence for your modified versions.',
      'Share the model with friends.',
      'The training corpus included copyleft text from public wikis.'
    ]
  }
})
