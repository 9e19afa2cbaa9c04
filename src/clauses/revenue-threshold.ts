// A cap on the licensee's revenue ("more than USD $1,000,000 in annual revenue", "two million US dollars").
import type { Detector } from './types.js'
import { nearWords, quantityAt, type Sentence } from './text.js'

const REVENUE = new Set(['revenue', 'revenues', 'turnover', 'income', 'sales', 'earnings', 'receipts'])
const CURRENCY_BEFORE = new Set(['usd', 'us', 'eur', 'euro', 'gbp', 'rmb', 'cny', 'jpy', 'chf', 'cad', 'aud'])
const CURRENCY_AFTER = new Set([
  'dollars',
  'dollar',
  'usd',
  'euros',
  'euro',
  'eur',
  'rmb',
  'yuan',
  'pounds',
  'gbp',
  'yen',
  'francs',
  'us'
])
const SYMBOLS = '$\u20ac\u00a3\u00a5'

function isMoney(s: Sentence, i: number, end: number, text: string): boolean {
  const start = s.tokens[i]!.s
  const before = text.slice(Math.max(0, start - 3), start)
  for (const c of before) if (SYMBOLS.includes(c)) return true
  if (i > 0 && CURRENCY_BEFORE.has(s.tokens[i - 1]!.w)) return true
  const after = s.tokens[end + 1]?.w
  return after !== undefined && CURRENCY_AFTER.has(after)
}

export const revenueThreshold: Detector = {
  type: 'revenue-threshold',
  detect(s, ctx) {
    for (let i = 0; i < s.tokens.length; i++) {
      const q = quantityAt(s, i)
      if (!q || q.value < 1000) continue
      const money = isMoney(s, i, q.end, ctx.doc.text)
      const window = money ? 15 : 4
      if (nearWords(s, i, window, window + (q.end - i), REVENUE) >= 0) return i
    }
    return -1
  }
}
