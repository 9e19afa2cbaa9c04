// The card's Markdown structure as the readers see it: headings, links, code blocks, comments and
// pseudo-headings with their file lines, and brackets that no link can use taken out of the
// parser's way without moving anything.
import { describe, expect, it } from '@jest/globals'
import { defuseBrackets, markdownTree } from '../../src/card/markdown-tree.js'
import { parseCard } from '../../src/card/parse-card.js'

const HEAD = '---\nlicense: mit\n---\n' // the body starts on file line 4

describe('a card read through the tree', () => {
  const body = [
    '# Heron 7B', // 4
    '', // 5
    'Weights under the [model licence](LICENSE-MODEL "terms"), code under [Apache-2.0][apache].', // 6
    'Also <https://example.org/heron>, and a [second', // 7
    'line](docs/usage.md) link.', // 8
    '', // 9
    'Training data', // 10
    '=============', // 11
    '', // 12
    '**Evaluation:**', // 13
    '', // 14
    '<h3 id="x">Risks <em>and</em> limits</h3>', // 15
    '', // 16
    '```python title="x"', // 17
    '# not a heading', // 18
    '```', // 19
    '', // 20
    '    indented code', // 21
    '', // 22
    'Text <!-- a note --> and <a href="NOTICE">the notice</a>.', // 23
    '', // 24
    '> - [quoted](https://example.org/q)', // 25
    '', // 26
    '[apache]: https://www.apache.org/licenses/LICENSE-2.0', // 27
    '', // 28
    '![logo](logo.png) [raw link](javascript:alert(1)) [ü](https://example.org/模型)' // 29
  ].join('\n')
  const { card } = parseCard('README.md', HEAD + body)

  it('finds ATX and setext headings with their lines, never one inside code', () => {
    expect(card.sections.map(s => [s.heading, s.depth, s.line, s.endLine])).toEqual([
      ['Heron 7B', 1, 4, 9],
      ['Training data', 1, 10, 29]
    ])
  })

  it('finds inline, autolinks, reference and HTML links, as written, on the line each starts', () => {
    expect(card.links).toEqual([
      { url: 'LICENSE-MODEL', text: 'model licence', line: 6 },
      { url: 'https://www.apache.org/licenses/LICENSE-2.0', text: 'Apache-2.0', line: 6 },
      { url: 'https://example.org/heron', text: 'https://example.org/heron', line: 7 },
      { url: 'docs/usage.md', text: 'second\nline', line: 7 },
      { url: 'NOTICE', text: 'the notice', line: 23 },
      { url: 'https://example.org/q', text: 'quoted', line: 25 },
      { url: 'https://www.apache.org/licenses/LICENSE-2.0', text: '', line: 27 },
      { url: 'javascript:alert(1)', text: 'raw link', line: 29 },
      { url: 'https://example.org/模型', text: 'ü', line: 29 }
    ])
  })

  it('finds fenced and indented code, HTML comments with their columns, and pseudo-headings', () => {
    expect(card.markdown.code).toEqual([
      { line: 17, endLine: 19, lang: 'python', value: '# not a heading' },
      { line: 21, endLine: 21, lang: null, value: 'indented code' }
    ])
    expect(card.markdown.comments).toEqual([{ line: 23, column: 6, endLine: 23, endColumn: 21 }])
    expect(card.markdown.pseudoHeadings).toEqual([
      { heading: 'Evaluation', depth: 7, line: 13 },
      { heading: 'Risks and limits', depth: 3, line: 15 }
    ])
  })
})

describe('defuseBrackets', () => {
  it('leaves an ordinary card as written, unclosed brackets and all', () => {
    const text = 'See [the licence](LICENSE) [draft] and a stray [ or two [[ here.\n\n[x]: y\n'
    expect(defuseBrackets(text)).toBe(text)
  })

  it('makes a paragraph with more than 64 unclosed "[" inert, and only that paragraph', () => {
    const many = '!['.repeat(65)
    const out = defuseBrackets(`${many}\n\n[ok](LICENSE) [`)
    expect(out).toBe(`${'!\uFF3B'.repeat(65)}\n\n[ok](LICENSE) [`)
    // 64 are still parsed as written
    expect(defuseBrackets('['.repeat(64))).toBe('['.repeat(64))
    // a closed "[" stays, escaped ones are not counted
    expect(defuseBrackets('[a]' + '\\['.repeat(100))).toBe('[a]' + '\\['.repeat(100))
  })

  it('makes pairs nested deeper than 64 inert, keeping the outer ones and every offset', () => {
    const text = '['.repeat(70) + 'x' + ']'.repeat(70)
    const out = defuseBrackets(text)
    expect(out).toBe('['.repeat(64) + '\uFF3B'.repeat(6) + 'x' + '\uFF3D'.repeat(6) + ']'.repeat(64))
    expect(out.length).toBe(text.length)
  })

  it('a long run of image openers still gives a tree with its links', () => {
    const tree = markdownTree('!['.repeat(20_000) + '\n\n[licence](LICENSE)\n')
    const links: string[] = []
    const stack = [tree]
    while (stack.length > 0) {
      const n = stack.pop()!
      if (n.type === 'link') links.push(n.url ?? '')
      stack.push(...(n.children ?? []))
    }
    expect(links).toEqual(['LICENSE'])
  })
})
