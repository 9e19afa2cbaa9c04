// The hand reader of simple front matter must give what the `yaml` library gives, or decline.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml'
import { splitFrontMatter } from '../../src/card/front-matter.js'
import { readPlainFrontMatter } from '../../src/card/plain-front-matter.js'
import { describeConformance } from '../helpers/shared.js'

/** The library's reading: top-level values and the 0-based line of each key, or undefined on error. */
function libraryReading(yamlText: string) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false })
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined
  const keyLines = new Map<string, number>()
  for (const item of doc.contents.items)
    if (isScalar(item.key) && item.key.range)
      keyLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line - 1)
  return { metadata: doc.toJS() as Record<string, unknown>, keyLines }
}

/** Asserts that the hand reader either declines or agrees with the library exactly. */
function agrees(yamlText: string): boolean {
  const plain = readPlainFrontMatter(yamlText)
  if (plain === undefined) return false
  const lib = libraryReading(yamlText)
  expect({ yamlText, lib }).toEqual({ yamlText, lib: plain })
  // same key order, as the report lists metadata in the card's order
  expect(Object.keys(plain.metadata)).toEqual(Object.keys(lib!.metadata))
  return true
}

describe('readPlainFrontMatter', () => {
  it.each([
    ['license: mit', { license: 'mit' }],
    [
      'license: apache-2.0\nlibrary_name: transformers',
      { license: 'apache-2.0', library_name: 'transformers' }
    ],
    ['datasets:\n  - org/one\n  - org/two', { datasets: ['org/one', 'org/two'] }],
    ['language:\n- en\n- fr\nlicense: other', { language: ['en', 'fr'], license: 'other' }],
    ['base_model:', { base_model: null }],
    ['flag: True\nnone: null\noff: FALSE', { flag: true, none: null, off: false }],
    ['answer: yes\nswitch: on', { answer: 'yes', switch: 'on' }],
    ['link: https://example.org/a?b=c#d', { link: 'https://example.org/a?b=c#d' }],
    ['name: C# tools', { name: 'C# tools' }],
    ['title: two  spaces   ', { title: 'two  spaces' }],
    ['# a comment\n\nlicense: mit\n', { license: 'mit' }],
    ['tags:\n  - a\n# between\n  - b', { tags: ['a', 'b'] }]
  ])('reads %j as the library does', (yamlText, expected) => {
    expect(readPlainFrontMatter(yamlText)?.metadata).toEqual(expected)
    expect(agrees(yamlText)).toBe(true)
  })

  it.each([
    ['a quoted value', 'license: "mit"'],
    ['a number', 'version: 2'],
    ['a float-like value', 'score: .5'],
    ['a flow list', 'tags: [a, b]'],
    ['a nested mapping', 'model-index:\n  - name: x'],
    ['a nested key under a key', 'license:\n  name: x'],
    ['a comment after a value', 'license: mit # the usual'],
    ['a value holding a key', 'license: a: b'],
    ['a continued plain scalar', 'description: one\n  two'],
    ['items at two indents', 'tags:\n  - a\n    - b'],
    ['an item with no open key', '- a'],
    ['an empty item', 'tags:\n  -'],
    ['a tab', 'license:\tmit'],
    ['a carriage return', 'license: mit\r'],
    ['a no-break space', 'license: \u00a0mit'],
    ['non-ASCII', 'license: licença'],
    ['a repeated key', 'license: mit\nlicense: other'],
    ['the key __proto__', '__proto__: x'],
    ['a null key', 'null: x'],
    ['a key without a space', 'license:mit'],
    ['an anchor', 'license: &a mit'],
    ['a block scalar', 'description: |\n  text'],
    ['a directive', '%YAML 1.2'],
    ['nothing', '\n\n'],
    ['an indented comment', 'tags:\n  # c\n  - a']
  ])('declines %s', (_what, yamlText) => {
    expect(readPlainFrontMatter(yamlText)).toBeUndefined()
  })

  it('agrees with the library on generated front matter whenever it accepts it', () => {
    const keys = fc.constantFrom(
      'license',
      'license_name',
      'tags',
      'datasets',
      'base_model',
      'a',
      '_x',
      'true',
      'k-1'
    )
    const plainValues = fc.constantFrom('mit', 'apache-2.0', 'other', 'org/data-set', 'en', 'text generation')
    const trickyValues = fc.constantFrom(
      'yes',
      'True',
      'null',
      'Null',
      '~',
      '1.5',
      '0x1F',
      'e10',
      'inf',
      '.inf',
      'a: b',
      'a:b',
      'a #b',
      'a#b',
      'x  y ',
      "it's",
      '"q"',
      '[a]',
      '{a: 1}',
      '&x y',
      '*x',
      '!tag y',
      '|',
      '>',
      '- z',
      '',
      ' ',
      'résumé',
      'tab\there',
      'https://example.org/m?x=1'
    )
    const values = fc.oneof({ arbitrary: plainValues, weight: 3 }, { arbitrary: trickyValues, weight: 2 })
    const line = fc.oneof(
      fc.tuple(keys, values).map(([k, v]) => `${k}: ${v}`),
      keys.map(k => `${k}:`),
      fc.tuple(fc.constantFrom('', ' ', '  ', '    '), values).map(([i, v]) => `${i}- ${v}`),
      fc.constantFrom('', '# note', '  # indented', '---', 'key:value', '  continued')
    )
    let accepted = 0
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), lines => {
        if (agrees(lines.join('\n'))) accepted++
      }),
      { numRuns: 3000, seed: 20261202 }
    )
    // The generator must reach the accepting branch often, or the comparison proves nothing.
    expect(accepted).toBeGreaterThan(200)
  })
})

describe('splitFrontMatter takes the hand reader and the library alike', () => {
  it('gives the same lines, values and problems for a simple card either way', () => {
    const card = '---\nlicense: mit\ntags:\n  - text\n---\n# Model\n'
    const viaPlain = splitFrontMatter(card)
    // a trailing comment sends the same metadata through the library
    const viaLibrary = splitFrontMatter(card.replace('license: mit', 'license: mit # licence'))
    expect(viaPlain).toEqual({ ...viaLibrary, body: viaPlain.body })
    expect(viaPlain.metadataLines).toEqual({ license: 2, tags: 3 })
    expect(Object.getPrototypeOf(viaPlain.metadataLines)).toBeNull()
  })

  it('still reports front matter that starts late, with the values read by hand', () => {
    const fm = splitFrontMatter('\n---\nlicense: mit\n---\nbody\n')
    expect(fm.metadata).toEqual({ license: 'mit' })
    expect(fm.metadataLines).toEqual({ license: 3 })
    expect(fm.problems.map(p => [p.line, p.severity])).toEqual([[2, 'warning']])
  })
})

/** Front matter of every Markdown file under `dir` (the YAML between the first two --- lines). */
function frontMatters(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    const st = statSync(p)
    if (st.isDirectory()) frontMatters(p, out)
    else if (name.endsWith('.md') && st.size < 1_000_000) {
      const lines = readFileSync(p, 'utf8').split('\n')
      if (lines[0]?.trimEnd() !== '---') continue
      const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'))
      if (end > 0) out.push(lines.slice(1, end).join('\n'))
    }
  }
  return out
}

describe("the project's own cards", () => {
  it('are read as the library reads them', () => {
    const root = path.resolve(import.meta.dirname, '../..')
    const texts = [path.join(root, 'examples'), path.join(root, '__tests__/fixtures')].flatMap(d =>
      frontMatters(d)
    )
    expect(texts.length).toBeGreaterThanOrEqual(5)
    let accepted = 0
    for (const t of texts) if (agrees(t)) accepted++
    expect(accepted).toBeGreaterThan(0)
  })
})

describeConformance('corpus cards read by hand', root => {
  it('are read as the library reads them', () => {
    const texts = frontMatters(path.join(root, 'corpus'))
    expect(texts.length).toBeGreaterThan(0)
    for (const t of texts) agrees(t)
  })
})
