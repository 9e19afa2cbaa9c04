// Prints recall and precision per clause type on the blind clause benchmark, and the cases each
// type missed or flagged wrongly. Built and run by scripts/bench-clauses.mjs.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseCases, scoreCases } from '../src/clauses/benchmark.js'

// Every batch (bench/clauses/cases*.jsonl, each written blind by its own author) unless files are named.
const DIR = 'bench/clauses'
const named = process.argv.slice(2).filter(a => !a.startsWith('--'))
const files = named.length
  ? named
  : readdirSync(DIR)
      .filter(f => f.startsWith('cases') && f.endsWith('.jsonl'))
      .sort()
      .map(f => path.join(DIR, f))
const file = files.join(', ')
const showCases = !process.argv.includes('--quiet')
const cases = files.flatMap(f => parseCases(readFileSync(f, 'utf8')))
const byId = new Map(cases.map(c => [c.id, c]))
const result = scoreCases(cases)
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7)

console.log(`Clause benchmark: ${result.cases} cases from ${file}\n`)
console.log(`${'type'.padEnd(26)} ${'recall'.padStart(7)} ${'precis.'.padStart(7)}   tp  fn  fp`)
for (const s of result.perType) {
  const counts = `${String(s.tp).padStart(4)}${String(s.fn).padStart(4)}${String(s.fp).padStart(4)}`
  console.log(`${s.type.padEnd(26)} ${pct(s.recall)} ${pct(s.precision)} ${counts}`)
}
const o = result.overall
console.log(
  `${'overall'.padEnd(26)} ${pct(o.recall)} ${pct(o.precision)} ${String(o.tp).padStart(4)}${String(o.fn).padStart(4)}${String(o.fp).padStart(4)}`
)

if (showCases) {
  const show = (id: string): string => (byId.get(id)?.text ?? '').replace(/\s+/g, ' ').slice(0, 160)
  for (const s of result.perType) {
    if (s.misses.length === 0 && s.falseFlags.length === 0) continue
    console.log(`\n${s.type}`)
    for (const id of s.misses) console.log(`  missed  ${id}: ${show(id)}`)
    for (const id of s.falseFlags) console.log(`  flagged ${id}: ${show(id)}`)
  }
}
