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
import { EXCEPTION, isNegationAt, negatedBefore } from './toolkit/negation.js'
import { allOf, has, hasAny, nearPhrase, nearWords, phrases, words } from './toolkit/query.js'
import type { Sentence } from './toolkit/sentences.js'

const NAMED = phrases('sharealike, share alike, by sa, nc sa, copyleft, 相同方式共享')
const MUST = words('must shall required only exclusively 须 应 必')
/** Works made from the work: derived, changed, combined, or its source form. */
const CHANGED = words(
  'derivative derivatives derived modified modifications adaptation adaptations adapted changes',
  'changed modify finetuned tuned combined version versions derive based improvements improved',
  'extensions'
)
const SOURCE = words('source sources')
const CHANGED_ZH = phrases('衍生, 修改, 演绎, 基于, 源代码, 源码')
/** "under this licence" and its kin: the terms the work goes out under. */
const UNDER_THIS = phrases(
  'under this licence, under this license, under the terms of this license, under the terms of this licence',
  'under this same, under the same, under these same, stay under this, remain under this',
  'terms that cover, licensed as a whole, as a whole under this license'
)
const SAME = phrases(
  'same license, same licence, same terms, same or a compatible license, same or compatible license',
  'this same license, identical terms'
)
/** Chinese: the licence phrase, which counts only as the terms something goes out under. */
const THIS_ZH = phrases('相同, 本许可证, 本许可, 本协议')
/** 以 / 按照 / 依照 / 采用 / 根据 / 遵循 / 适用 before it, or 授权 / 发布 / 许可 after it. */
const UNDER_ZH = words('以 按 照 依 采 用 循 适 据')
const RELEASE_ZH = phrases('授权, 发布, 许可, 分发, 提供, 开源')
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
    if (allOf(s, TRAINED).some(t => t < p)) continue
    return p
  }
  return -1
}

const COPY_ZH = phrases('副本, 文本, 全文')

/** A Chinese licence phrase used as the terms of release ("以相同许可协议发布", "采用本许可证"),
 * not as a thing handed over ("附带本许可协议的副本"). */
function chineseTerms(s: Sentence, p: number, len: number): boolean {
  const end = p + len - 1
  if (nearPhrase(s, end, 0, 6, COPY_ZH) >= 0) return false
  // a release follows: 授权, 发布, 分发, 提供 (not "used in accordance with this agreement")
  if (nearPhrase(s, end, 0, 15, RELEASE_ZH) < 0) return false
  for (let k = Math.max(0, p - 4); k < p; k++) if (UNDER_ZH.has(s.tokens[k]!.w)) return true
  return nearPhrase(s, end, 0, 10, RELEASE_ZH) >= 0
}

/** "You shall not distribute modified versions under this licence's name": a ban, not share-alike
 * (unless an exception brings the obligation back: "must not … except under this Licence"). */
function forbidsInstead(s: Sentence): boolean {
  if (hasAny(s, EXCEPTION) || has(s, 'only')) return false
  return allOf(s, MUST).some(m => m + 1 < s.tokens.length && isNegationAt(s, m + 1))
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
  detect(s) {
    const named = namedAsThisLicence(s)
    if (named >= 0) return named
    if (!hasAny(s, MUST) || forbidsInstead(s)) return -1
    const changed = allOf(s, CHANGED)
    const source = allOf(s, SOURCE)
    if (changed.length > 0) for (const p of SAME.all(s)) if (!limitsFollow(s, p)) return p
    // derived work or source form first, then this licence as the terms it goes out under
    for (const p of UNDER_THIS.all(s)) {
      if (limitsFollow(s, p)) continue
      if (changed.some(d => d < p) || source.some(d => d < p)) return p
    }
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
