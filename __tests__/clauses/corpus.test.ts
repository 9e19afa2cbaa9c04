import { MAX_QUOTE } from '../../src/clauses/toolkit/quote.js'
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import { CLAUSE_TYPES } from '../../src/types.js'
import { corpusText, manifest } from '../licenses/corpus-data.js'
import { describeConformance } from '../helpers/shared.js'

/**
 * Corpus labels that issue 11 overrules, each with the reason: a usage policy that asks only for
 * lawful use binds nobody to anything beyond the law, so it is no acceptable-use policy.
 */
const OVERRULED: Record<string, string[]> = {
  'licenses/gpt-oss-usage-policy.txt': ['acceptable-use-policy']
}

describeConformance('clause detection on the shared corpus', () => {
  const withClauses = manifest().filter(e => e.clauses.length > 0)

  describe('clauses in the corpus (licences, use policies and cards)', () => {
    it('covers licences and cards', () => {
      expect(withClauses.filter(e => e.kind === 'card').length).toBeGreaterThanOrEqual(8)
      expect(withClauses.filter(e => e.kind !== 'card').length).toBeGreaterThanOrEqual(38)
    })

    it.each(withClauses.map(e => [e.file, e] as const))('%s', (file, e) => {
      const text = corpusText(file)
      const found = detectClauses(text, file)
      for (const c of found) {
        expect(CLAUSE_TYPES).toContain(c.type)
        expect(c.file).toBe(file)
        expect(c.quote.length).toBeGreaterThan(0)
        expect(c.quote.length).toBeLessThanOrEqual(MAX_QUOTE)
        expect(text.includes(c.quote)).toBe(true)
        // the quote starts on the reported line (a clause wrapped over two lines quotes both)
        const line = text.split('\n')[c.line! - 1]!
        expect(line.includes(c.quote.split(/\r?\n/)[0]!)).toBe(true)
      }
      const types = new Set<string>(found.map(c => c.type))
      const overruled = OVERRULED[file] ?? []
      for (const t of overruled) expect(types.has(t)).toBe(false)
      const missing = [...new Set(e.clauses.map(c => c.type))].filter(
        t => !types.has(t) && !overruled.includes(t)
      )
      expect(missing).toEqual([])
    })

    it('Llama 3.1+ licences carry no output-use restriction and no geographic restriction; Llama 2 and 3 do restrict outputs', () => {
      for (const v of ['llama3.1', 'llama3.2', 'llama3.3', 'llama4']) {
        const types = detectClauses(corpusText(`licenses/${v}-community-license.txt`), 'LICENSE').map(
          c => c.type
        )
        expect(types).not.toContain('output-use-restriction')
        expect(types).not.toContain('geographic-restriction')
      }
      for (const v of ['llama2', 'llama3']) {
        expect(
          detectClauses(corpusText(`licenses/${v}-community-license.txt`), 'LICENSE').map(c => c.type)
        ).toContain('output-use-restriction')
      }
      expect(
        detectClauses(corpusText('licenses/llama3.1-acceptable-use-policy.txt'), 'USE_POLICY.md').map(
          c => c.type
        )
      ).not.toContain('geographic-restriction')
    })

    it('the open references carry no restrictive clause', () => {
      for (const f of ['licenses/apache-2.0.txt', 'licenses/mit.txt']) {
        const types = detectClauses(corpusText(f), 'LICENSE').map(c => c.type)
        expect(
          types.filter(
            t =>
              t !== 'attribution' &&
              t !== 'share-alike' &&
              t !== 'restrictions-flow-down' &&
              t !== 'naming-requirement'
          )
        ).toEqual([])
      }
    })

    it('handles CRLF and BOM (lines and quotes stay verbatim)', () => {
      const text = '\uFEFF' + corpusText('licenses/llama2-community-license.txt').replace(/\r?\n/g, '\r\n')
      const found = detectClauses(text, 'LICENSE')
      expect(found.map(c => c.type)).toEqual(
        expect.arrayContaining(['user-threshold', 'output-use-restriction', 'acceptable-use-policy'])
      )
      for (const c of found) {
        expect(c.quote.replace(/\r\n/g, '').includes('\r')).toBe(false)
        expect(text.split('\n')[c.line! - 1]!.includes(c.quote.split('\r\n')[0]!)).toBe(true)
      }
    })
  })
})
