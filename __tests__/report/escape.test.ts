import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown } from '../../src/report/escape.js'

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', /<script|<\/script/],
    ['<img src=x onerror=alert(1)>', /<img/],
    ['</details><details open>', /<\/details>|<details/],
    ['cell | other cell', /[^\\]\|| \| /],
    ['`code` span', /`/],
    ['![img](http://x/y.png)', /!\[img\]\(/],
    ['[link](javascript:alert(1))', /\[link\]\(/]
  ])('%s renders inert', (input, forbidden) => {
    const out = escapeMarkdown(input)
    expect(out).not.toMatch(forbidden)
    expect(out).not.toContain('\n')
  })

  it('breaks @mentions and team mentions', () => {
    expect(escapeMarkdown('thanks @someone and @org/team')).not.toMatch(/@[a-z]/)
  })

  it('keeps a cell on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c')
  })
})
