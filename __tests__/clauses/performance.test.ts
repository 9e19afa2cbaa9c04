import { MAX_QUOTE } from '../../src/clauses/toolkit/quote.js'
import { describe, expect, it } from '@jest/globals'
import { CLAUSES, detectClauses, parseDoc } from '../../src/clauses/index.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import { normalizeLicenseText } from '../../src/licenses/normalize.js'

const MB = 1 << 20
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)

// Single-line inputs built to trip backtracking, quadratic scans or huge sentences.
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

describe('1 MB single-line inputs complete quickly', () => {
  it.each(Object.keys(INPUTS))('every detector on %s', name => {
    const text = INPUTS[name]!
    const t0 = Date.now()
    const doc = parseDoc(text)
    for (const d of CLAUSES) {
      const t1 = Date.now()
      doc.sentences.forEach((s, index) => d.detect(s, { doc, index, inProhibitedList: index % 2 === 0 }))
      expect(Date.now() - t1).toBeLessThan(4000)
    }
    const all = detectClauses(text, 'LICENSE')
    for (const c of all) expect(c.quote.length).toBeLessThanOrEqual(MAX_QUOTE)
    expect(Date.now() - t0).toBeLessThan(10000)
  })

  it.each(Object.keys(INPUTS))('identification and normalisation on %s', name => {
    const text = INPUTS[name]!
    const t0 = Date.now()
    normalizeLicenseText(text)
    identifyLicenseText(text, 'LICENSE')
    expect(Date.now() - t0).toBeLessThan(8000)
  })

  it('finds clauses in the long line, quoting a window of it', () => {
    const found = detectClauses(INPUTS.clauses!, 'LICENSE')
    expect(found.map(c => c.type)).toEqual(
      expect.arrayContaining(['output-use-restriction', 'user-threshold', 'revenue-threshold'])
    )
    for (const c of found) {
      expect(c.line).toBe(1)
      expect(INPUTS.clauses!.includes(c.quote)).toBe(true)
    }
  })
})
