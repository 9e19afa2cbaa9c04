// Quantities in digits and in words: "700,000,000", "1.5M", "two million", "seven hundred
// million", "fifty thousand", "1亿", "一百万". One reader for every threshold.
import type { Sentence } from './sentences.js'

/** A number token ("700", "1,000,000", "1.5", "1m", "2k") as a value, or null. */
export function numberValue(w: string): number | null {
  // Most tokens are words: one that does not start with a digit, "," or "." is no number.
  const c0 = w.charCodeAt(0)
  if (!(c0 >= 48 && c0 <= 57) && c0 !== 44 && c0 !== 46) return null
  let body = w
  let mult = 1
  const last = w[w.length - 1]
  if ((last === 'm' || last === 'k' || last === 'b') && w.length > 1) {
    body = w.slice(0, -1)
    mult = last === 'm' ? 1e6 : last === 'k' ? 1e3 : 1e9
  }
  if (body.length === 0) return null
  let digits = ''
  for (const c of body) {
    if (c >= '0' && c <= '9') digits += c
    else if (c === ',') continue
    else if (c === '.') digits += '.'
    else return null
  }
  const v = Number(digits)
  return Number.isFinite(v) ? v * mult : null
}

/** A word table with no prototype: a token such as "constructor" or "toString" is no number. */
function table(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries))
}

/** Chinese digits, one home for their values (units below, and hanNumber). */
const HAN_DIGITS = table({
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
})

const UNITS = table({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  // A Chinese digit alone (三 users) counts as a unit too; zero is only ever part of a number.
  ...Object.fromEntries(Object.entries(HAN_DIGITS).filter(([, v]) => v > 0)),
  十: 10
})
const SCALES = table({
  hundred: 100,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  // Indian scales: "INR 50 crore", "five lakh users"
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  mm: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
  m: 1e6,
  百: 100,
  千: 1e3,
  万: 1e4,
  亿: 1e8
})

const HAN_SMALL = table({ 十: 10, 百: 100, 千: 1e3 })
const HAN_LARGE = table({ 万: 1e4, 亿: 1e8 })
/** Words of passing before a bare scale: 过亿 ("over a hundred million"), 上万, 破亿, 超亿. */
const PASSING_ZH: ReadonlySet<string> = new Set(['过', '上', '破', '超', '逾'])

/** The words a quantity may start with (besides digits): quantityAt's tables, in one set. */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(HAN_DIGITS),
  ...Object.keys(HAN_SMALL),
  ...Object.keys(UNITS)
])

/**
 * A Chinese numeral from token i ("三十", "二十五", "一百万", "五千万", "十万"): its value and last
 * token, or null. Digits multiply the unit after them; 万 and 亿 scale everything before them.
 */
function hanNumber(s: Sentence, i: number): { value: number; end: number } | null {
  let total = 0
  let section = 0
  let digit = -1
  let end = i - 1
  for (let k = i; k < s.tokens.length && k < i + 16; k++) {
    const w = s.tokens[k]!.w
    if (HAN_DIGITS[w] !== undefined) digit = HAN_DIGITS[w]
    else if (HAN_SMALL[w] !== undefined) {
      section += (digit < 0 ? 1 : digit) * HAN_SMALL[w]
      digit = -1
    } else if (HAN_LARGE[w] !== undefined && k > i) {
      total = (total + section + Math.max(digit, 0)) * HAN_LARGE[w]
      section = 0
      digit = -1
    } else break
    end = k
  }
  if (end < i) return null
  return { value: total + section + Math.max(digit, 0), end }
}

/**
 * The quantity that starts at token i: its value and the index of its last token, or null.
 * "a" and "an" count only before a scale word ("a million users").
 */
export function quantityAt(s: Sentence, i: number): { value: number; end: number } | null {
  const w = s.tokens[i]!.w
  // 过亿, 上万, 破亿: a scale alone after a word of passing is one of it
  if (HAN_LARGE[w] !== undefined && PASSING_ZH.has(s.tokens[i - 1]?.w ?? ''))
    return { value: HAN_LARGE[w], end: i }
  // Most tokens are no number word and no digits: one set look-up says so.
  if (!QUANTITY_WORDS.has(w) && numberValue(w) === null) return null
  if (HAN_DIGITS[w] !== undefined || HAN_SMALL[w] !== undefined) return hanNumber(s, i)
  let v = numberValue(w)
  const isWord = v === null
  if (v === null) v = UNITS[w] ?? null
  if (v === null) return null
  let end = i
  // "seventy five", "twenty-five"
  const unit = UNITS[s.tokens[end + 1]?.w ?? '']
  if (isWord && v >= 20 && v < 100 && unit !== undefined && unit < 10 && s.tokens[end + 1]!.w.length > 2) {
    v += unit
    end++
  }
  // "seven hundred million", "一百万", "1亿", "2 thousand"
  let scaled = false
  for (let k = 0; k < 3; k++) {
    const scale = SCALES[s.tokens[end + 1]?.w ?? '']
    if (scale === undefined) break
    v *= scale
    end++
    scaled = true
  }
  if ((w === 'a' || w === 'an') && !scaled) return null
  return { value: v, end }
}

/** Every quantity of the sentence at least `min`, with where it starts and ends. */
export function quantities(s: Sentence, min = 0): { at: number; end: number; value: number }[] {
  const out: { at: number; end: number; value: number }[] = []
  for (let i = 0; i < s.tokens.length; i++) {
    const q = quantityAt(s, i)
    if (!q) continue
    if (q.value >= min) out.push({ at: i, end: q.end, value: q.value })
    i = q.end
  }
  return out
}

const CURRENCY_BEFORE = new Set(
  'usd us eur euro gbp rmb cny jpy chf cad aud inr krw sgd hkd nzd sek nok dkk brl mxn zar 人 民 币 美'.split(
    ' '
  )
)
const CURRENCY_AFTER = new Set(
  [
    'dollars dollar usd euros euro eur rmb yuan pounds gbp yen francs franc us won rupees rupee pesos peso',
    'krona kronor krone rand reais real rubles roubles lira dirhams riyals ringgit baht 元 美 人 欧 英 日 港'
  ]
    .join(' ')
    .split(' ')
)
/** Words that may stand between an amount and its currency: "500,000 Swiss francs", "fifty million Japanese yen". */
const CURRENCY_ADJECTIVE = new Set(
  'swiss japanese us u s american canadian australian hong kong singapore new zealand indian korean united states'.split(
    ' '
  )
)
const SYMBOLS = '$\u20ac\u00a3\u00a5\uffe5'

/** The quantity from token i to token end is an amount of money (a currency sign or word beside it). */
export function isMoney(s: Sentence, i: number, end: number, text: string): boolean {
  const start = s.tokens[i]!.s
  const before = text.slice(Math.max(0, start - 3), start)
  for (const c of before) if (SYMBOLS.includes(c)) return true
  if (i > 0 && CURRENCY_BEFORE.has(s.tokens[i - 1]!.w)) return true
  let k = end + 1
  while (k <= end + 2 && CURRENCY_ADJECTIVE.has(s.tokens[k]?.w ?? '')) k++
  const after = s.tokens[k]?.w
  // 人 is money only in 人民币 ("一百万人" counts people)
  if (after === '人') return s.tokens[k + 1]?.w === '民'
  return after !== undefined && CURRENCY_AFTER.has(after)
}

/** Signs of comparison written before an amount: "< $500k", "≥ 1,000", "＞五万". */
const COMPARISON_SIGNS = '<>\u2264\u2265\uff1c\uff1e'

/**
 * The quantity at token i is compared by a sign written before it ("< $500k ARR", "> 10k users"):
 * only blanks and currency signs stand between the sign and the number.
 */
export function comparedBySign(s: Sentence, i: number, text: string): boolean {
  const from = i > 0 ? s.tokens[i - 1]!.e : Math.max(0, s.tokens[i]!.s - 8)
  for (let k = s.tokens[i]!.s - 1; k >= from; k--) {
    const c = text[k]!
    if (COMPARISON_SIGNS.includes(c)) return true
    if (c !== ' ' && c !== '\t' && !SYMBOLS.includes(c)) return false
  }
  return false
}
