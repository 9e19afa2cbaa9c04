import type { MofClass, MofComponentResult, MofResult } from './types.js'

const SHORT: Record<MofClass, string> = { 0: 'none', 1: 'I', 2: 'II', 3: 'III' }
const ROMAN = { '1': 'I', '2': 'II', '3': 'III' } as const
const NEXT: Record<MofClass, '1' | '2' | '3' | null> = { 0: '3', 3: '2', 2: '1', 1: null }

function pct(value: number): string {
  return `${Math.round(value)}%`
}

function describeBlocker(name: string, components: MofComponentResult[]): string {
  const c = components.find(x => x.name === name)
  if (!c || c.status === 'missing') return `${name} [missing]`
  if (c.status === 'unlicensed') return `${name} [unlicensed]`
  if (c.status === 'invalid') return `${name} [not open: ${c.license ?? '?'}]`
  return name
}

/**
 * A compact table: per file the class, the MOT's progress per class (III, II, I) and what blocks
 * the next class up; then the warnings (conditional passes, malformed entries).
 */
export function renderMofText(results: Array<{ file: string; result: MofResult }>): string {
  const rows = results.map(({ file, result }) => {
    const next = NEXT[result.class]
    const blockers = next ? result.blocking[next].map(name => describeBlocker(name, result.components)) : []
    return [
      file,
      SHORT[result.class],
      pct(result.progress['3']),
      pct(result.progress['2']),
      pct(result.progress['1']),
      next && blockers.length ? `${ROMAN[next]}: ${blockers.join(', ')}` : '-'
    ]
  })
  const header = ['file', 'class', 'III', 'II', 'I', 'blocking the next class']
  const widths = header.slice(0, 5).map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i < 5 ? cell.padEnd(widths[i] ?? 0) : cell))
      .join('  ')
      .trimEnd()
  const out = [line(header), ...rows.map(line)]
  const notes = results.flatMap(({ file, result }) => result.warnings.map(w => `${file}: ${w}`))
  if (notes.length) out.push('', 'warnings:', ...notes.map(n => `  ${n}`))
  return out.join('\n') + '\n'
}
