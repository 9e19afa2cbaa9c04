// Issue 14: the scope a clause's sentence states is worked out once per distinct sentence in a run
// (AnalyzeOptions.scopeCache), and the clauses a model keeps are those it keeps without the memo.
import { describe, expect, it } from '@jest/globals'
import { clausesForModel } from '../../src/analyze/stages/scope-stage.js'
import type { Scope } from '../../src/licenses/scope.js'
import type { Clause } from '../../src/types.js'

const clause = (quote: string, line: number): Clause => ({
  type: 'non-commercial',
  file: 'LICENSE',
  line,
  quote
})

const CLAUSES: Clause[] = [
  clause('With respect to the Heron-70B model, commercial use is not permitted.', 3),
  clause('The Heron-7B model may be used for research only; this applies only to Heron-7B.', 5),
  clause('You may not use the model for commercial purposes.', 7),
  clause('With respect to the Heron-70B model, commercial use is not permitted.', 9)
]

describe('sentence scopes memoised per run', () => {
  it.each([['Heron-7B'], ['Heron-70B'], ['Plover-3B'], ['repo-1a2b']])(
    'the clauses %s keeps are the same with and without the memo, and with a warm one',
    name => {
      const memo = new Map<string, Scope | null>()
      const plain = clausesForModel(CLAUSES, [], [name, 'models'])
      expect(clausesForModel(CLAUSES, [], [name, 'models'], memo)).toEqual(plain)
      // every distinct sentence asked once
      expect([...memo.keys()].sort()).toEqual([...new Set(CLAUSES.map(c => c.quote))].sort())
      expect(memo.get(CLAUSES[2]!.quote)).toBeNull()
      expect(clausesForModel(CLAUSES, [], [name, 'models'], memo)).toEqual(plain)
    }
  )

  it('a warm memo answers for another model without being changed by it', () => {
    const memo = new Map<string, Scope | null>()
    clausesForModel(CLAUSES, [], ['Heron-70B'], memo)
    const before = JSON.stringify([...memo])
    const kept = clausesForModel(CLAUSES, [], ['Heron-7B'], memo)
    expect(kept).toEqual(clausesForModel(CLAUSES, [], ['Heron-7B']))
    expect(kept.length).toBeLessThan(CLAUSES.length)
    expect(JSON.stringify([...memo])).toBe(before)
  })
})
