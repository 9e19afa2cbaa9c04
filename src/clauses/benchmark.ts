// Scores the clause detectors on labelled sentences (bench/clauses/cases.jsonl): recall and
// precision per clause type and overall, and the cases each type missed or flagged wrongly.
// The benchmark is an evaluation written blind, not a training set: read its misses by concept.
import type { ClauseType } from '../types.js'
import { CLAUSES } from './registry.js'
import { detectClauses } from './detect.js'

export interface BenchCase {
  id: string
  text: string
  types: string[]
  lang?: string
  kind?: string
  note?: string
}

export interface TypeScore {
  type: string
  tp: number
  fp: number
  fn: number
  recall: number
  precision: number
  misses: string[]
  falseFlags: string[]
}

export interface BenchResult {
  cases: number
  perType: TypeScore[]
  overall: { tp: number; fp: number; fn: number; recall: number; precision: number }
}

/** Parses JSON lines; blank lines and lines starting with "//" are skipped. */
export function parseCases(jsonl: string): BenchCase[] {
  const out: BenchCase[] = []
  for (const line of jsonl.split('\n')) {
    const t = line.trim()
    if (t === '' || t.startsWith('//')) continue
    const c = JSON.parse(t) as BenchCase
    if (typeof c.text === 'string' && Array.isArray(c.types)) out.push(c)
  }
  return out
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)

export function scoreCases(cases: readonly BenchCase[]): BenchResult {
  const types = CLAUSES.map(c => c.type as string)
  const score = new Map<string, TypeScore>(
    types.map(t => [t, { type: t, tp: 0, fp: 0, fn: 0, recall: 1, precision: 1, misses: [], falseFlags: [] }])
  )
  for (const c of cases) {
    const found = new Set<string>(detectClauses(c.text, 'LICENSE').map(x => x.type as ClauseType))
    const expected = new Set(c.types)
    for (const t of types) {
      const s = score.get(t)!
      if (expected.has(t) && found.has(t)) s.tp++
      else if (expected.has(t)) {
        s.fn++
        s.misses.push(c.id)
      } else if (found.has(t)) {
        s.fp++
        s.falseFlags.push(c.id)
      }
    }
  }
  let tp = 0
  let fp = 0
  let fn = 0
  for (const s of score.values()) {
    s.recall = ratio(s.tp, s.tp + s.fn)
    s.precision = ratio(s.tp, s.tp + s.fp)
    tp += s.tp
    fp += s.fp
    fn += s.fn
  }
  return {
    cases: cases.length,
    perType: [...score.values()],
    overall: { tp, fp, fn, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) }
  }
}
