import { MAX_QUOTE } from '../../src/clauses/toolkit/quote.js'
import { describe, expect, it } from '@jest/globals'
import { CLAUSES, detectClauses, parseDoc } from '../../src/clauses/index.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import { normalizeLicenseText } from '../../src/licenses/normalize.js'

const MB = 1 << 20
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)

// Single-line inputs built to trip backtracking, quadratic scans or huge sentences. Each must be
// read to the end with bounded quotes; how long that takes is measured by `npm run bench:hostile`
// (the same shapes, through the bundled CLI), not asserted here.
const INPUTS: Record<string, string> = {
  words: fill('lorem ipsum '),
  clauses: fill(
    'you will not use the model or any outputs to train other models for military purposes; users exceed 700 million; revenue of $1,000,000; research only; non-commercial; remotely restrict; not granted in the european union; '
  ),
  digits: fill('1,'),
  colons: fill(': '),
  dots: fill('. '),
  parens: fill('('),
  angles: fill('<'),
  brackets: fill('[a'),
  letters: fill('a'),
  quotes: fill('"Built with '),
  dashes: fill('-')
}

describe('1 MB single-line inputs are read to the end', () => {
  it.each(Object.keys(INPUTS))('every detector on %s, with quotes of bounded length', name => {
    const text = INPUTS[name]!
    const doc = parseDoc(text)
    for (const d of CLAUSES)
      doc.sentences.forEach((s, index) => d.detect(s, { doc, index, inProhibitedList: index % 2 === 0 }))
    const all = detectClauses(text, 'LICENSE')
    for (const c of all) {
      expect(c.quote.length).toBeLessThanOrEqual(MAX_QUOTE)
      expect(text.includes(c.quote)).toBe(true)
    }
    // Only the line of clause words holds clauses; a repeated "Built with" names the phrase a
    // naming requirement asks for, and may be read as one.
    const allowed = name === 'clauses' ? null : name === 'quotes' ? ['naming-requirement'] : []
    if (allowed) expect([...new Set(all.map(c => c.type))].filter(t => !allowed.includes(t))).toEqual([])
  })

  it.each(Object.keys(INPUTS))('identification and normalisation on %s: no licence is recognised', name => {
    const text = INPUTS[name]!
    expect(typeof normalizeLicenseText(text)).toBe('string')
    expect(identifyLicenseText(text, 'LICENSE').id).toBeNull()
  })

  it('finds clauses in the long line, quoting a window of it', () => {
    const found = detectClauses(INPUTS.clauses!, 'LICENSE')
    // "users exceed 700 million" is a threshold; "revenue of $1,000,000" names an amount with no
    // threshold or duty beside it, which is no clause.
    const types = found.map(c => c.type)
    expect(types).toEqual(expect.arrayContaining(['output-use-restriction', 'user-threshold']))
    expect(types).not.toContain('revenue-threshold')
    for (const c of found) {
      expect(c.line).toBe(1)
      expect(INPUTS.clauses!.includes(c.quote)).toBe(true)
    }
  })
})
