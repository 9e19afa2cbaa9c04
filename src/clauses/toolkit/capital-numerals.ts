// Numbers in the financial (capital) characters of Chinese contracts: "伍拾万", "壹佰万", "伍仟万".
// The ordinary reader (quantities.ts) reads "五十万" and digits; a contract writes amounts and caps in
// the capital forms so that nobody can alter them. A run must open with a capital character, so
// "万" or "十" alone in running text is no number.
import type { Sentence } from './sentences.js'

/** Capital digits (simplified forms: the tokenizer simplifies 貳 陸 …). */
const DIGIT: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  两: 2
})
/** Units inside a section (拾 佰 仟) and section units (万 亿). */
const UNIT: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  拾: 10,
  佰: 100,
  仟: 1000
})
const SECTION: Readonly<Record<string, number>> = Object.assign(
  Object.create(null) as Record<string, number>,
  {
    万: 1e4,
    亿: 1e8
  }
)
/** A capital character that may open a run ("两" and the section units never open one). */
function opens(w: string): boolean {
  return (w in DIGIT && w !== '两' && w !== '零') || w in UNIT
}

/** Every number written in capital characters: its first and last token and its value. */
export function capitalNumerals(s: Sentence): { at: number; end: number; value: number }[] {
  const out: { at: number; end: number; value: number }[] = []
  for (let i = 0; i < s.tokens.length; i++) {
    if (!opens(s.tokens[i]!.w)) continue
    let total = 0
    let section = 0
    let digit = 0
    let j = i
    for (; j < s.tokens.length; j++) {
      const w = s.tokens[j]!.w
      if (w in DIGIT) digit = DIGIT[w]!
      else if (w in UNIT) {
        section += (digit === 0 ? 1 : digit) * UNIT[w]!
        digit = 0
      } else if (w === '万') {
        total += (section + digit) * SECTION[w]!
        section = 0
        digit = 0
      } else if (w in SECTION) {
        total = (total + section + digit) * SECTION[w]!
        section = 0
        digit = 0
      } else break
    }
    out.push({ at: i, end: j - 1, value: total + section + digit })
    i = j - 1
  }
  return out
}
