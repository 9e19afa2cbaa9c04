// The text report counts the columns of plain text itself and leaves the rest to string-width
// (src/report/text.ts): what it counts itself must be what string-width would say.
import { describe, expect, it } from '@jest/globals'
import stringWidth from 'string-width'
import { ONE_COLUMN_TEXT } from '../../src/report/text.js'

describe('text counted one column per character', () => {
  it('is one column per character for string-width too', () => {
    const chars: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (ONE_COLUMN_TEXT.test(ch)) chars.push(ch)
    }
    // Printable ASCII (95) and the report's own punctuation (14).
    expect(chars).toHaveLength(95 + 14)
    for (const ch of chars) expect([ch, stringWidth(ch)]).toEqual([ch, 1])
    expect(stringWidth(chars.join(''))).toBe(chars.length)
  })

  it('leaves to string-width control characters, escapes, wide text, emoji and combining marks', () => {
    for (const s of ['a\tb', '\u001b[31mred\u001b[39m', '中文', '✅ ok', 'e\u0301', '\u200b', 'a\nb'])
      expect(ONE_COLUMN_TEXT.test(s)).toBe(false)
  })
})
