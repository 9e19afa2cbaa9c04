import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { splitFrontMatter } from '../../src/card/front-matter.js'
import { validateCardMetadata } from '../../src/card/metadata-schema.js'
import { parseCard } from '../../src/card/parse-card.js'
import { normalizeNewlines } from '../../src/discover/safe-fs.js'
import { corpus, manifest } from '../helpers/fixtures.js'
import { describeConformance } from '../helpers/shared.js'

describe('front matter', () => {
  it('keeps the line of each key', () => {
    const fm = splitFrontMatter('---\ntags:\n  - a\nlicense: mit\n---\n# Title\n')
    expect(fm.state).toBe('valid')
    expect(fm.metadata['license']).toBe('mit')
    expect(fm.metadataLines['license']).toBe(4)
    expect(fm.bodyStartLine).toBe(6)
    expect(fm.body.split('\n')[0]).toBe('# Title')
  })

  it('reports broken YAML with the file line', () => {
    const fm = splitFrontMatter('---\nlicense: mit\ndatasets: [unclosed\ntags: x\n---\nbody\n')
    expect(fm.state).toBe('invalid')
    expect(fm.problems[0].severity).toBe('error')
    expect(fm.problems[0].line).toBeGreaterThanOrEqual(3)
    expect(fm.problems[0].message).toMatch(/not valid YAML/)
  })

  it('reports an unclosed block, a non-mapping and front matter after blank lines', () => {
    expect(splitFrontMatter('---\nlicense: mit\n').problems[0].message).toMatch(/never closed/)
    expect(splitFrontMatter('---\n- a\n- b\n---\n').problems[0].message).toMatch(/mapping/)
    const late = splitFrontMatter('\n---\nlicense: openrail\n---\n')
    expect(late.metadata['license']).toBe('openrail')
    expect(late.problems[0]).toMatchObject({ severity: 'warning', line: 2 })
    expect(late.metadataLines['license']).toBe(3)
  })

  it('reports a repeated key at its second line and keeps the last value', () => {
    const fm = splitFrontMatter('---\nlicense: mit\ntags: [a]\nlicense: apache-2.0\n---\n')
    expect(fm.metadata['license']).toBe('apache-2.0')
    expect(fm.metadataLines['license']).toBe(4)
    expect(fm.problems).toEqual([expect.objectContaining({ severity: 'error', line: 4 })])
    expect(fm.problems[0].message).toMatch(/lines 2 and 4/)
  })

  it('reads tab-indented metadata as meant, and still reports the tabs', () => {
    const fm = splitFrontMatter('---\nlicense: mit\ntags:\n\t- a\n\t- b\n---\n# T\n')
    expect(fm.state).toBe('invalid')
    expect(fm.metadata).toEqual({ license: 'mit', tags: ['a', 'b'] })
    expect(fm.metadataLines['tags']).toBe(3)
    expect(fm.problems[0]).toMatchObject({ severity: 'error', line: 4 })
    expect(fm.bodyStartLine).toBe(7)
  })

  it('finds front matter after an HTML comment, with a warning', () => {
    const fm = splitFrontMatter('<!--\n  generated\n-->\n---\nlicense: mit\n---\n# T\n')
    expect(fm.metadata['license']).toBe('mit')
    expect(fm.metadataLines['license']).toBe(5)
    expect(fm.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 4 })])
    expect(fm.problems[0].message).toMatch(/HTML comment/)
    // A comment that is not closed, or text after it, is no front matter.
    expect(splitFrontMatter('<!-- x\n---\nlicense: mit\n---\n').state).toBe('absent')
    expect(splitFrontMatter('<!-- x --> text\n---\nlicense: mit\n---\n').state).toBe('absent')
  })

  it('survives a YAML alias bomb', () => {
    const bomb =
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n'
    const fm = splitFrontMatter(bomb)
    expect(['valid', 'invalid']).toContain(fm.state)
  })

  it('validates the Hub keys with zod and names key and line', () => {
    const fm = splitFrontMatter('---\nlicense: 42\nbase_model_relation: finetuned\ntags: [a]\n---\n')
    const problems = validateCardMetadata(fm.metadata, fm.metadataLines)
    expect(problems.map(p => p.key).sort()).toEqual(['base_model_relation', 'license'])
    expect(problems.find(p => p.key === 'base_model_relation')).toMatchObject({ line: 3 })
  })
})

describeConformance('every corpus card parses', shared => {
  const cards = readdirSync(path.join(shared, 'corpus', 'cards'))
  const byFile = new Map(manifest().map(e => [e.file, e]))
  it.each(cards)('%s', name => {
    const text = normalizeNewlines(corpus(`cards/${name}`))
    const { card, problems } = parseCard(`README.md`, text)
    expect(card.sections.length).toBeGreaterThan(0)
    expect(problems.filter(p => p.severity === 'error')).toEqual([])
    const entry = byFile.get(`cards/${name}`)
    const declared = card.metadata['license']
    if (typeof declared === 'string' && entry?.hf_license_id) {
      // The manifest records the licence the Hub id names, which is the card's own `license:`.
      if (declared !== 'other') expect(declared.toLowerCase()).toBe(entry.hf_license_id)
      expect(card.text.split('\n')[card.metadataLines['license'] - 1]).toMatch(/^license:/)
    }
  })
})
