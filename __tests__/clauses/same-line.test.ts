// A file reports a clause type at most once per line (src/clauses/detect.ts). So once a type is
// reported on a line, its detector is not asked about the other sentences that lie wholly on that
// line: a licence written on one line (a hostile pull request's favourite) costs one reading of
// each sentence by the detectors of the types not yet found, not sixteen. These cases pin that,
// and that the clauses found are the same as when every detector reads every sentence.
import { afterEach, describe, expect, it } from '@jest/globals'
import { CLAUSES, detectClauses } from '../../src/clauses/index.js'
import type { ClauseModule } from '../../src/clauses/clause.js'

const UNIT =
  'You will not use the model or its outputs to train other models for military purposes; products with more than 700 million monthly active users need our licence; research only; non-commercial use only; not granted in the European Union. '

/** Counts each detector's calls until restored. */
const originals = new Map<ClauseModule, ClauseModule['detect']>()
function countCalls(): Map<string, number> {
  const calls = new Map<string, number>()
  for (const m of CLAUSES as readonly ClauseModule[]) {
    const detect = m.detect
    originals.set(m, detect)
    ;(m as { detect: ClauseModule['detect'] }).detect = (s, ctx) => {
      calls.set(m.type, (calls.get(m.type) ?? 0) + 1)
      return detect(s, ctx)
    }
  }
  return calls
}
afterEach(() => {
  for (const [m, detect] of originals) (m as { detect: ClauseModule['detect'] }).detect = detect
  originals.clear()
})

describe('a type reported on a line is not looked for again on that line', () => {
  it('a licence on one line: detectors of found types stop after the first sentences', () => {
    const text = UNIT.repeat(500)
    const calls = countCalls()
    const found = detectClauses(text, 'LICENSE')
    const types = found.map(c => c.type)
    expect(types).toEqual(
      expect.arrayContaining([
        'user-threshold',
        'field-of-use-restriction',
        'non-commercial',
        'research-only',
        'output-use-restriction',
        'geographic-restriction'
      ])
    )
    // One clause per type, all on line 1, each quoting the first unit (it starts the file).
    expect(new Set(types).size).toBe(types.length)
    for (const c of found) {
      expect(c.line).toBe(1)
      expect(text.indexOf(c.quote)).toBeLessThan(UNIT.length)
    }
    // Five sentences a unit, 2,500 in all: a found type's detector read only the first few.
    for (const t of types) expect(calls.get(t)).toBeLessThanOrEqual(10)
    // A type never found is still looked for in every sentence.
    expect(calls.get('share-alike')).toBeGreaterThanOrEqual(2500)
  })

  it('finds on one line what it finds in the first units of it', () => {
    expect(detectClauses(UNIT.repeat(500), 'LICENSE')).toEqual(detectClauses(UNIT.repeat(3), 'LICENSE'))
  })

  it('still reads a sentence that runs on to the next line', () => {
    // The second sentence starts on line 1, where user-threshold is reported, and ends on line 2:
    // its quote could be reported at either, so its detector is asked.
    const text =
      'Licensees with more than 700 million monthly active users must ask us for a licence.\u0020' +
      'If your\nproducts had more than 300 million monthly active users, you must request a licence from us.\n'
    const calls = countCalls()
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === 'user-threshold')
    expect(found.map(c => c.line)).toEqual([1])
    expect(calls.get('user-threshold')).toBe(2)
  })

  it('reports the type again on the next line, as before', () => {
    const text = `${UNIT}\n${UNIT}\n`
    const calls = countCalls()
    const lines = detectClauses(text, 'LICENSE')
      .filter(c => c.type === 'non-commercial')
      .map(c => c.line)
    expect(lines).toEqual([1, 2])
    // Asked on its own sentence of each line (and on those before it), not after it on that line.
    expect(calls.get('non-commercial')).toBeLessThanOrEqual(8)
  })
})
