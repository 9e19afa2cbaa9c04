// Property-based fuzzing of everything that reads repository text: the front-matter reader, the
// card reader, the licence normaliser, the detection-text normaliser (its offset map) and every
// clause detector. Each property asserts no throw and CPU time within a generous linear budget,
// plus what the function promises. A short pass runs in `npm test`; `npm run fuzz` runs a long one
// (FUZZ_RUNS, default 2000 there).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { splitFrontMatter } from '../../src/card/front-matter.js'
import { parseCard } from '../../src/card/parse-card.js'
import { CLAUSES, detectClauses, parseDoc } from '../../src/clauses/index.js'
import { normalizeLicenseText } from '../../src/licenses/normalize.js'
import { normalizeForDetection } from '../../src/text/normalize.js'
import { findHiddenCharacters } from '../../src/text/hidden.js'
import { sanitizeForLog } from '../../src/report/escape.js'
import { budgetMs, cardText, hostileText, runs, text, trickySentence } from './arbitraries.js'

/** CPU milliseconds spent in `f` (wall time is meaningless on a shared machine). */
function cpuMs(f: () => void): number {
  const start = process.cpuUsage()
  f()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function lineCount(s: string): number {
  let n = 1
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}

// The short pass is reproducible (a fixed seed), so `npm test` never fails by chance; the long pass
// draws new inputs on every run.
const SEED = process.env['FUZZ_RUNS'] ? undefined : 20261201
const PARAMS = { numRuns: runs(15), ...(SEED === undefined ? {} : { seed: SEED }) }

describe('fuzz: front matter', () => {
  it('splitFrontMatter never throws, keeps lines in range, and is linear', () => {
    fc.assert(
      fc.property(cardText, t => {
        let fm!: ReturnType<typeof splitFrontMatter>
        const ms = cpuMs(() => (fm = splitFrontMatter(t)))
        expect(ms).toBeLessThan(budgetMs(t.length))
        const lines = lineCount(t)
        for (const p of fm.problems) expect(p.line >= 1 && p.line <= lines).toBe(true)
        for (const l of Object.values(fm.metadataLines)) expect(l >= 1 && l <= lines).toBe(true)
        expect(t.endsWith(fm.body)).toBe(true)
      }),
      PARAMS
    )
  })
})

describe('fuzz: card reader', () => {
  it('parseCard never throws, its sections and links point at real lines, and it is linear', () => {
    fc.assert(
      fc.property(cardText, t => {
        let card!: ReturnType<typeof parseCard>['card']
        const ms = cpuMs(() => (card = parseCard('README.md', t).card))
        expect(ms).toBeLessThan(budgetMs(t.length))
        const lines = lineCount(t)
        for (const s of card.sections)
          expect(s.line >= 1 && s.line <= s.endLine + 1 && s.endLine <= lines).toBe(true)
        for (const l of card.links) expect(l.line >= 1 && l.line <= lines).toBe(true)
      }),
      PARAMS
    )
  })
})

describe('fuzz: licence normaliser', () => {
  it('normalizeLicenseText gives words joined by single spaces, linearly', () => {
    fc.assert(
      fc.property(hostileText, t => {
        let out = ''
        const ms = cpuMs(() => (out = normalizeLicenseText(t)))
        expect(ms).toBeLessThan(budgetMs(t.length))
        expect(out).not.toMatch(/^ | $| {2}/)
      }),
      PARAMS
    )
  })
})

describe('fuzz: detection text and its offset map', () => {
  it('the map is monotonic and in range, and every range maps to a verbatim slice', () => {
    fc.assert(
      fc.property(hostileText, fc.nat(), fc.nat(), (t, x, y) => {
        let d!: ReturnType<typeof normalizeForDetection>
        const ms = cpuMs(() => (d = normalizeForDetection(t)))
        expect(ms).toBeLessThan(budgetMs(t.length))
        let prev = 0
        for (let i = 0; i <= d.text.length; i++) {
          const o = d.toOriginal(i)
          expect(o >= prev && o <= t.length).toBe(true)
          prev = o
        }
        const a = d.text.length === 0 ? 0 : x % (d.text.length + 1)
        const b = a + (d.text.length === 0 ? 0 : y % (d.text.length - a + 1))
        const r = d.originalRange(a, b)
        expect(0 <= r.from && r.from <= r.to && r.to <= t.length).toBe(true)
      }),
      PARAMS
    )
  })

  it('plain ASCII text is its own detection text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abc XYZ 123,.\n'.split('')), maxLength: 500 }), t => {
        expect(normalizeForDetection(t).text).toBe(t)
      }),
      PARAMS
    )
  })

  it('clauses found through tricks quote the file verbatim, at a line that exists', () => {
    fc.assert(
      fc.property(fc.array(trickySentence, { minLength: 1, maxLength: 12 }), sentences => {
        const t = sentences.join('\n')
        const lines = lineCount(t)
        for (const c of detectClauses(t, 'LICENSE')) {
          expect(t).toContain(c.quote)
          expect(c.line! >= 1 && c.line! <= lines).toBe(true)
        }
      }),
      PARAMS
    )
  })

  it('hidden characters are reported at lines that exist', () => {
    fc.assert(
      fc.property(hostileText, t => {
        const lines = lineCount(t)
        for (const h of findHiddenCharacters(t)) expect(h.line >= 1 && h.line <= lines).toBe(true)
      }),
      PARAMS
    )
  })
})

describe('fuzz: clause detectors', () => {
  it.each(CLAUSES.map(d => [d.type, d] as const))(
    '%s never throws, answers a token of the sentence, linearly',
    (_type, d) => {
      fc.assert(
        fc.property(hostileText, t => {
          const doc = parseDoc(normalizeForDetection(t).text)
          const ms = cpuMs(() =>
            doc.sentences.forEach((s, index) => {
              const at = d.detect(s, { doc, index, inProhibitedList: index % 2 === 1 })
              expect(at === -1 || (at >= 0 && at < s.tokens.length)).toBe(true)
            })
          )
          expect(ms).toBeLessThan(budgetMs(t.length))
        }),
        { ...PARAMS, numRuns: Math.max(4, Math.round(PARAMS.numRuns / 4)) }
      )
    }
  )

  it('detectClauses on hostile text never throws and quotes at most 300 characters', () => {
    fc.assert(
      fc.property(hostileText, t => {
        const ms = cpuMs(() => {
          for (const c of detectClauses(t, 'LICENSE')) {
            expect(c.quote.length).toBeLessThanOrEqual(300)
            expect(t).toContain(c.quote)
          }
        })
        expect(ms).toBeLessThan(budgetMs(t.length))
      }),
      PARAMS
    )
  })
})

// eslint-disable-next-line no-control-regex
const LOG_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/

describe('fuzz: log sanitising', () => {
  it('sanitizeForLog leaves no control, escape or bidi character and no line break', () => {
    fc.assert(
      fc.property(text(500), t => {
        expect(sanitizeForLog(t)).not.toMatch(LOG_UNSAFE)
      }),
      PARAMS
    )
  })
})
