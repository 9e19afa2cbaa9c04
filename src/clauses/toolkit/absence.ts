// Absence: a sentence that names a restriction only to say it is not there. "This licence contains
// no non-commercial restriction", "does not incorporate any acceptable use policy", "imposes no
// 'Built with' display requirement", "Nothing in these terms confines use to research",
// "本许可不附带任何使用政策". The thing a detector found at position `at` is the object of a
// negation that denies it, not of a prohibition that imposes it ("You may not use it commercially").
import { EXCEPTION, isNegationAt } from './negation.js'
import { words } from './query.js'
import type { Sentence } from './sentences.js'

/** Negators that deny existence ("no", "not", "nothing", "without"); 无/不/没 for Chinese. */
const DENY = words('no not without never neither nor none nothing 无 不 没')
/** Nouns that name a restriction or an instrument of one. */
const RESTRICTION_NOUN = words(
  'restriction restrictions condition conditions requirement requirements limitation limitations',
  'limit limits clause clauses obligation obligations threshold thresholds cap caps policy policies',
  'guidelines prefix branding 限 制 要 求 条 件 门 槛 政 策 规 范 准 则'
)
/** Verbs that are themselves a restriction: denied, no restriction is left ("does not restrict"). */
const RESTRICT = words(
  'restrict restricts confine confines limit limits prohibit prohibits forbid forbids 限'
)
/** Verbs that would attach a restriction noun: denied with such a noun ("does not include any … policy"). */
const ATTACH = words(
  'incorporate incorporates include includes contain contains carry carries attach attaches apply',
  'applies add adds impose imposes place places set sets 附 带 含 包 设 引 存'
)

/**
 * The item found at `at` is denied: a negation within `window` tokens before it negates a verb
 * that would restrict ("Nothing … confines use to …", "不限于"), or governs a restriction noun the
 * item names ("no non-commercial restriction", "does not incorporate any acceptable use policy");
 * and no exception word stands between the negation and the item.
 */
export function deniedAt(s: Sentence, at: number, window = 10, nouns?: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - window); k--) {
    const w = s.tokens[k]!.w
    if (EXCEPTION.has(w)) return false
    if (!DENY.has(w) || (!isNegationAt(s, k) && w !== 'nothing' && w !== 'none')) continue
    const reach = w === 'nothing' || w === 'none' ? at : Math.min(at, k + 5)
    let attach = false
    for (let v = k + 1; v < reach; v++) {
      const t = s.tokens[v]!.w
      if (RESTRICT.has(t)) return true
      if (ATTACH.has(t)) attach = true
    }
    const named = restrictionNounAfter(s, at, nouns)
    if (attach && named) return true
    // "no … restriction", "without any … requirement", "not any … condition"
    if ((w === 'no' || w === 'without' || w === '无' || w === '没' || w === 'not') && named)
      return w !== 'not' || nounOnly(s, k, at)
    return false
  }
  return false
}

/** A restriction noun (or one of the caller's own: "notice", "badge") at or just after the item. */
function restrictionNounAfter(s: Sentence, at: number, nouns?: ReadonlySet<string>): boolean {
  for (let n = at; n <= Math.min(s.tokens.length - 1, at + 6); n++) {
    const w = s.tokens[n]!.w
    if (RESTRICTION_NOUN.has(w) || nouns?.has(w)) return true
  }
  return false
}

/** "not … any research-only condition": only determiners between "not" and the item. */
function nounOnly(s: Sentence, k: number, at: number): boolean {
  for (let i = k + 1; i < at; i++) if (!DETERMINERS.has(s.tokens[i]!.w)) return false
  return true
}
const DETERMINERS = words('a an any the such 任 何')
