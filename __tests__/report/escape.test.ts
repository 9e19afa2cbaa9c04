import { describe, expect, it } from '@jest/globals'
import {
  escapeHtml,
  escapeMarkdown,
  escapeShort,
  safeUrl,
  shorten,
  shortenMiddle
} from '../../src/report/escape.js'
import { blobUrl } from '../../src/report/markdown.js'

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

describe('escaping, more hostile inputs', () => {
  it('drops bidi overrides and control characters, keeps RTL letters and emoji', () => {
    const out = escapeMarkdown('a\u202eb\u2066c\u2069 \u001b[31m עברית 👩‍👩‍👧‍👦')
    expect(out).toBe('abc \\[31m עברית 👩‍👩‍👧‍👦')
  })

  it('breaks issue references but leaves entities and other numbers alone', () => {
    expect(escapeMarkdown('see #12 and o/r#3, not 1#')).toBe('see #&#8203;12 and o/r#&#8203;3, not 1#')
    expect(escapeMarkdown('a|b')).toBe('a&#124;b')
  })

  it('escapes backslashes, so that an escaped bracket stays escaped', () => {
    expect(escapeMarkdown('\\[x](y)')).toBe('\\\\\\[x\\](y)')
  })

  it('escapeHtml is for HTML blocks: entities only, no backslashes', () => {
    expect(escapeHtml(`<b>'[x]' @a #1`)).toBe('&lt;b&gt;&#39;[x]&#39; @&#8203;a #&#8203;1')
  })

  it('shortens on grapheme boundaries', () => {
    const family = '👩‍👩‍👧‍👦'
    expect(shorten(family.repeat(5), 3)).toBe(family.repeat(2) + '…')
    expect(escapeShort('x'.repeat(500), 10)).toBe('x'.repeat(9) + '…')
    expect(shortenMiddle('a/very/long/path/to/LICENSE', 12)).toBe('a/ver…ICENSE')
  })

  it('safeUrl keeps http(s) only and percent-encodes what would end a link', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl('https://h/a b(c)<d>"e"`f`|g@h')).toBe(
      'https://h/a%20b%28c%29%3Cd%3E%22e%22%60f%60%7Cg%40h'
    )
  })

  it('blobUrl builds a GitHub blob link with the folder prefix and an encoded path', () => {
    const url = blobUrl('https://github.example/o/r/', 'abc', './models/')
    expect(url('a b/LICENSE', 7)).toBe('https://github.example/o/r/blob/abc/models/a%20b/LICENSE#L7')
    expect(blobUrl('https://github.com/o/r', 'abc')('README.md')).toBe(
      'https://github.com/o/r/blob/abc/README.md'
    )
  })
})
