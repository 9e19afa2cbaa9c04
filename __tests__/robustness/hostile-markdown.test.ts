// Hostile Markdown in a model card never crashes the audit: a card too deep or too large for a
// Markdown tree is read line by line, and a finding says the card was read partially.
import { describe, expect, it } from '@jest/globals'
import { parseCard } from '../../src/card/parse-card.js'
import { MARKDOWN_LIMITS, maxNestingDepth } from '../../src/card/sections.js'
import { allFindings, auditFiles } from '../helpers/audit.js'

const CARD_HEAD =
  '---\nlicense: mit\n---\n# Tiny model\n\n## Training data\n\nWe trained on our own notes.\n\n'

describe('nesting depth is measured before parsing', () => {
  it.each([
    ['plain text', 'Hello\nworld', 0],
    ['a block quote in a list', '- > x', 2],
    ['ordered and bullet lists', '1. - 2) x', 3],
    ['indentation counts one level per two spaces', '      - x', 4],
    ['the deepest line wins', '> a\n> > > b\n- c', 3]
  ])('%s', (_name, body, depth) => {
    expect(maxNestingDepth(body)).toBe(depth)
  })
})

describe('deeply nested cards are read partially, with a finding', () => {
  it.each([
    ['6,000 ">" on one line', '>'.repeat(6000) + ' deep\n'],
    ['5,000 "- " on one line', '- '.repeat(5000) + 'deep\n'],
    [
      '300 list levels by indentation',
      Array.from({ length: 300 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n') + '\n'
    ]
  ])('%s: no crash, headings and links still found, a warning at line 1', async (_name, hostile) => {
    const text = CARD_HEAD + '[code](https://github.com/example/heron)\n\n' + hostile
    const { card } = parseCard('README.md', text)
    expect(card.markdownReadPartially).toMatch(
      /nests block quotes or lists \d+ levels deep \(more than 100\)/
    )
    expect(card.sections.map(s => [s.heading, s.line])).toEqual([
      ['Tiny model', 4],
      ['Training data', 6]
    ])
    expect(card.links).toEqual([{ url: 'https://github.com/example/heron', text: 'code', line: 10 }])

    const r = await auditFiles({ LICENSE: 'MIT License\n', 'README.md': text })
    const f = allFindings(r).filter(x => x.rule === 'file-truncated')
    expect(f.map(x => [x.severity, x.file, x.line])).toEqual([['warning', 'README.md', 1]])
    expect(f[0]!.message).toMatch(/^README\.md was read partially: its Markdown nests block quotes or lists/)
  })

  it('a card over the size limit for a tree is read line by line, code fences kept apart', async () => {
    const filler = 'Plain prose that fills the card. '.repeat(30) + '\n'
    const body =
      '```\n# not a heading\n```\n' +
      filler.repeat(Math.ceil((MARKDOWN_LIMITS.maxParsedChars + 1) / filler.length))
    const { card } = parseCard('README.md', CARD_HEAD + body)
    expect(card.markdownReadPartially).toBe('its Markdown is larger than 512 KB')
    expect(card.sections.map(s => s.heading)).toEqual(['Tiny model', 'Training data'])
    expect(card.markdown.code.map(c => [c.line, c.endLine])).toEqual([[10, 12]])
  })

  it('a card within the limits is parsed as a tree and gives no partial-read finding', async () => {
    const r = await auditFiles({ LICENSE: 'MIT License\n', 'README.md': CARD_HEAD + '> > > quoted\n' })
    expect(allFindings(r).filter(x => x.rule === 'file-truncated')).toEqual([])
    expect(parseCard('README.md', CARD_HEAD).card.markdownReadPartially).toBeUndefined()
  })
})
