// Lines of a card with the Markdown structure read from the mdast tree: code blocks of any fence
// length, indented code, HTML comments (inline, block, inside quotes).
import { describe, expect, it } from '@jest/globals'
import { cardLines } from '../../src/knowledge/text-lines.js'
import { assessDataInformation } from '../../src/knowledge/data-information.js'
import { findOpenSourceClaims } from '../../src/knowledge/open-claims.js'
import { lineOf, makeCard } from './helpers.js'

const FOUR_BACKTICKS = [
  '# Wren-1B',
  '',
  'How to write a prompt:',
  '',
  '````markdown',
  'Answer with a code block:',
  '```python',
  'print("this is open source")',
  '```',
  '````',
  '',
  '## Training Data',
  '',
  'Wren-1B was trained on FineWeb-Edu (https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu),',
  'deduplicated with MinHash and filtered by a quality classifier.',
  ''
].join('\n')

describe('cardLines', () => {
  it('a four-backtick fence holding a three-backtick line ends at its own closing fence', () => {
    const card = makeCard(FOUR_BACKTICKS)
    const lines = cardLines(card)
    const code = lines.filter(l => l.inCode).map(l => l.line)
    expect(code).toEqual([5, 6, 7, 8, 9, 10])
    expect(lines[lineOf(card, '## Training Data') - 1].inCode).toBe(false)
    expect(lines[lineOf(card, 'deduplicated with MinHash') - 1].inCode).toBe(false)
  })

  it('what follows such a fence is read: its training data is seen, the code is not a claim', () => {
    const card = makeCard(FOUR_BACKTICKS)
    const d = assessDataInformation(card)
    expect(d.topics.sources).toMatchObject({ found: true, line: 14 })
    expect(d.topics.processing).toMatchObject({ found: true, line: 15 })
    expect(findOpenSourceClaims(card)).toEqual([])
  })

  it('tilde fences, longer closing fences and unclosed fences follow CommonMark', () => {
    const card = makeCard(['# M', '~~~', 'a', '~~~~~', 'b', '```', 'c'].join('\n'))
    expect(
      cardLines(card)
        .filter(l => l.inCode)
        .map(l => l.line)
    ).toEqual([2, 3, 4, 6, 7])
  })

  it('a fence indented four spaces is indented code, not a fence', () => {
    const card = makeCard(['# M', '', 'Text.', '', '    ```', '    x', '', 'After.'].join('\n'))
    const lines = cardLines(card)
    expect(lines.filter(l => l.inCode).map(l => l.line)).toEqual([5, 6])
    expect(lines[7].inCode).toBe(false)
  })

  it('blanks HTML comments: inline, across lines, in a block quote; keeps the line length', () => {
    const card = makeCard(
      [
        '# M',
        '',
        'Seen <!-- hidden --> seen.',
        '',
        '<!-- start',
        'middle',
        'end --> after',
        '',
        '> quoted <!-- hidden',
        '> still hidden --> shown'
      ].join('\n')
    )
    const lines = cardLines(card)
    expect(lines[2].prose).toBe('Seen ' + ' '.repeat('<!-- hidden -->'.length) + ' seen.')
    expect(lines[4].prose.trim()).toBe('')
    expect(lines[5].prose.trim()).toBe('')
    expect(lines[6].prose.trim()).toBe('after')
    expect(lines[8].prose.trimEnd()).toBe('> quoted')
    expect(lines[9].prose.trim()).toBe('shown')
    for (const l of lines) expect(l.prose.length).toBe(l.text.length)
  })

  it('a comment marker inside inline code or a code block is not a comment', () => {
    const card = makeCard(
      ['# M', '', 'Use `<!--` to start a comment.', '', '```', '<!-- x', '```', 'tail'].join('\n')
    )
    const lines = cardLines(card)
    expect(lines[2].prose).toBe(lines[2].text)
    expect(lines[7].prose).toBe('tail')
  })

  it('front matter lines are marked and never code', () => {
    const card = makeCard('---\nlicense: mit\n---\n# M\n')
    const lines = cardLines(card)
    expect(lines.slice(0, 3).map(l => [l.inFrontMatter, l.inCode])).toEqual([
      [true, false],
      [true, false],
      [true, false]
    ])
    expect(lines[3].inFrontMatter).toBe(false)
  })
})
