// Negation, modality and scope: what a sentence forbids, what it merely permits or encourages,
// and where it denies that any restriction exists ("no limit", "does not impose any restrictions",
// "cannot be withdrawn except for breach"). One vocabulary each.
import { Phrases, findSeq, has, phrases, positions, words } from './query.js'
import type { Sentence } from './sentences.js'

const NEGATORS = words(
  'not never neither nor cannot prohibited prohibit prohibits forbidden forbid forbids no without',
  // Han negators are single characters (不得, 禁止, 严禁, 勿, 未经, 无权); 非 is left to compounds (非商业)
  '不 禁 勿 未 无'
)
/** Contractions split by the tokenizer: "don't" is "don" "t". */
const APOSTROPHE_NEG = words('don won can shouldn mustn isn aren doesn shan wouldn couldn didn')
/** Words after "not"/"without"/"no" that do not negate what follows. */
const NOT_NEGATING_AFTER: Record<string, ReadonlySet<string>> = {
  not: words('limited only withstanding'),
  without: words('limitation restriction limit charge fee'),
  no: words('charge cost event later longer fee')
}

/** A negation at token k that really negates ("not limited to", "whether or not", "not only" do not). */
export function isNegationAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]!.w
  if (w === 't' && k > 0 && APOSTROPHE_NEG.has(s.tokens[k - 1]!.w)) return true
  if (!NEGATORS.has(w)) return false
  const next = s.tokens[k + 1]?.w
  const prev = s.tokens[k - 1]?.w
  if (w === 'not' && prev === 'or') return false
  // "with or without modifications": both ways are allowed
  if (w === 'without' && prev === 'or' && s.tokens[k - 2]?.w === 'with') return false
  // 不可撤销: "irrevocable"
  if (w === '不' && next === '可' && s.tokens[k + 2]?.w === '撤') return false
  // "not prohibited from", "not restricted": a negated prohibition is a permission
  if (w === 'not' && next !== undefined && CANCELLED.has(next)) return false
  if (CANCELLED.has(w) && prev === 'not') return false
  // 不论 / 不管 / 无论: "regardless", not a negation
  if ((w === '不' || w === '无') && (next === '论' || next === '管')) return false
  if (next !== undefined && NOT_NEGATING_AFTER[w]?.has(next)) return false
  return true
}

const CANCELLED = words('prohibited forbidden restricted barred precluded')

/** A negation within `before` tokens before i, or -1. */
export function negatedBefore(s: Sentence, i: number, before: number): number {
  for (let k = i - 1; k >= Math.max(0, i - before); k--) if (isNegationAt(s, k)) return k
  return -1
}

export function sentenceHasNegation(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++) if (isNegationAt(s, k)) return true
  return false
}

/** Words that make a sentence an obligation or a prohibition (with a negation) rather than a permission. */
export const OBLIGATION = words(
  'must shall required requires require obliged obligated agree agrees need needs will',
  '须 必 应 应当 需'
)
/** Permission or encouragement: "may", "can", "are encouraged to", "we welcome". */
export const PERMISSIVE = words(
  'may can encouraged encourage invited welcome free optional recommend recommended'
)

/** "may"/"can"/"encouraged" govern the verb, and nothing makes it an obligation or a prohibition. */
export function onlyPermissive(s: Sentence, from: number, to: number): boolean {
  let permissive = false
  for (let k = Math.max(0, from); k <= Math.min(s.tokens.length - 1, to); k++) {
    const w = s.tokens[k]!.w
    if (OBLIGATION.has(w) || isNegationAt(s, k)) return false
    if (PERMISSIVE.has(w)) permissive = true
  }
  return permissive
}

/**
 * Words that introduce an exception carved out of a permission or a denial: what follows them is a
 * restriction ("No limits apply, except that …", "Notwithstanding the above, …").
 */
export const EXCEPTION = words(
  'except excepting unless notwithstanding despite save provided however but',
  '但 除 除非 然而'
)

const DENIAL = new Phrases([
  'no requirement, not required, no obligation, no copyleft, need not, do not need, does not need',
  '无需, 不必, 不需要, no attribution, no use restrictions, no use based restrictions',
  'no limit, no limits, no limitation, no limitations, no restriction, no restrictions, no cap',
  'no caps, not impose, not place any, not subject to any restriction',
  'not subject to any restrictions, without territorial, without geographic',
  'without geographical, is not restricted, are not restricted, not be restricted, 不限制, 无限制',
  '没有限制, 不受限, 不设限, not mandatory, not compulsory, not obligatory'
])

/** Start of a phrase that denies a restriction ("does not impose any restrictions", "no limit"), or -1.
 * Kept narrow: a denial silences every restrictive type in its sentence. */
export function denialAt(s: Sentence): number {
  return DENIAL.first(s)
}

/** First exception word after position `from`, or -1 ("… except for breach"). */
export function exceptionAfter(s: Sentence, from: number): number {
  for (let k = Math.max(0, from); k < s.tokens.length; k++) if (EXCEPTION.has(s.tokens[k]!.w)) return k
  return -1
}

/**
 * The sentence denies a restriction and carves nothing back out of it: "This agreement does not
 * impose any restrictions on outputs." yes; "Despite the above, you may not …" no.
 */
export function deniesRestriction(s: Sentence, also?: Phrases): boolean {
  const at = Math.max(denialAt(s), also ? also.first(s) : -1)
  if (at < 0) return false
  const ex = exceptionAfter(s, at + 1)
  if (ex < 0) return true
  // "except for breach" after a denial of revocation keeps the denial ("cannot be withdrawn except for breach")
  return BREACH_EXCEPTION.has(s.tokens[ex + 1]?.w ?? '') || BREACH_EXCEPTION.has(s.tokens[ex + 2]?.w ?? '')
}

const BREACH_EXCEPTION = words('breach breaches violation violations noncompliance')

/** "may not", "must not", "shall not", "cannot", "is prohibited": a prohibition somewhere in the sentence. */
export function prohibits(s: Sentence): boolean {
  if (PROHIBITION.in(s)) return true
  for (const p of positions(s, 'not')) {
    const prev = s.tokens[p - 1]?.w
    if (prev !== undefined && MODALS.has(prev)) return true
  }
  return has(s, 'cannot') || findSeq(s, ['agree', 'not']).length > 0
}
const MODALS = words('may must shall will should can do does')
const PROHIBITION: Phrases = phrases(
  'prohibited, forbidden, not permitted, not allowed, is not granted, are not granted, no right',
  'no license, no licence, 不得, 禁止, 严禁, 不允许, 不可, 不能, 不应'
)

/** "is prohibited", "is not permitted", "is outside the scope", "不得": a ban stated after its object. */
const BANNED_AFTER = new Phrases([
  'prohibited, not permitted, not allowed, not licensed, not licenced, not authorised, not authorized',
  'excluded, outside the scope, forbidden, not granted, may not be, must not be, shall not be, requires a',
  'require a, requires the, requires prior, requires written, requires an, is reserved, are reserved',
  '不得, 禁止, 不允许, 须, 需'
])

/** A ban within `after` tokens after position p ("Commercial use … is prohibited"), or -1. */
export function bannedAfter(s: Sentence, p: number, after: number): number {
  for (const m of BANNED_AFTER.all(s)) if (m > p && m <= p + after) return m
  return -1
}
