// The blind clause benchmark (bench/clauses/cases*.jsonl: batches each written by someone who had
// not read the detectors) holds the detectors to recall and precision floors per clause type. The target is
// recall ≥ 95 % and precision ≥ 98 % for every type; where a type is not there yet its floor is
// the measured value, so any regression fails and any gain can raise the floor.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseCases, scoreCases } from '../../src/clauses/benchmark.js'
import { CLAUSE_TYPES } from '../../src/types.js'

const DIR = path.join(process.cwd(), 'bench/clauses')
const FILES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter(f => f.startsWith('cases') && f.endsWith('.jsonl'))
      .sort()
      .map(f => path.join(DIR, f))
  : []
const TARGET = { recall: 0.95, precision: 0.98 }
// Batches 3 to 18 were each scored held out before joining (bench/clauses/README.md, where
// the scores are recorded). A type below the target gets a floor here, one point under its score
// over all the batches, until tuning brings it back; since the tuning after batch 18 every type
// meets the target, so there is none.
/** Measured floors below the target (recall, precision); every other type must meet the target. */
const FLOORS: Record<string, { recall?: number; precision?: number }> = {}

const present = FILES.length > 0
const maybe = present ? describe : describe.skip

maybe(`clause benchmark${present ? '' : ' (bench/clauses/cases*.jsonl absent: skipped)'}`, () => {
  const cases = present ? FILES.flatMap(f => parseCases(readFileSync(f, 'utf8'))) : []
  const result = scoreCases(cases)

  it('has at least 400 labelled cases covering every clause type, in English and Chinese', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400)
    for (const t of CLAUSE_TYPES) expect(cases.some(c => c.types.includes(t))).toBe(true)
    expect(cases.some(c => c.lang === 'zh')).toBe(true)
  })

  it.each([...CLAUSE_TYPES])('%s meets its recall and precision floor', type => {
    const s = result.perType.find(p => p.type === type)!
    const floor = { ...TARGET, ...FLOORS[type] }
    expect({ type, recall: s.recall >= floor.recall, misses: s.misses }).toEqual({
      type,
      recall: true,
      misses: s.misses
    })
    expect({ type, precision: s.precision >= floor.precision, falseFlags: s.falseFlags }).toEqual({
      type,
      precision: true,
      falseFlags: s.falseFlags
    })
  })

  it('overall recall and precision', () => {
    // one point under the scores after the tuning that followed batches 15 and 16 (95.8 %, 98.2 %);
    // the target per type is 95 % and 98 %
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95)
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.98)
  })

  it('floors below the target are only kept while the type is below it', () => {
    for (const [type, f] of Object.entries(FLOORS)) {
      const s = result.perType.find(p => p.type === type)!
      if (f.recall !== undefined) expect(s.recall).toBeLessThan(TARGET.recall)
      if (f.precision !== undefined) expect(s.precision).toBeLessThan(TARGET.precision)
    }
  })
})
