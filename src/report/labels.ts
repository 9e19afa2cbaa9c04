import type { OsaidVerdict, Severity, Verdict } from '../types.js'
import type { ModelReport } from './types.js'

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌' }
export const OSAID_LABEL: Record<OsaidVerdict, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  unknown: '❔ unknown'
}
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  note: 'Notes'
}
export const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', note: '🔵' }

export function mofLabel(c: 1 | 2 | 3 | null): string {
  return c === null
    ? 'unclassified'
    : ['', 'Class I (open science)', 'Class II (open tooling)', 'Class III (open model)'][c]
}

export function counts(findings: Array<{ severity: Severity; status?: string }>): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  for (const f of findings) if (f.status !== 'fixed') c[f.severity]++
  return c
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** "3 errors, 1 warning, 2 notes", leaving out zero counts ("no findings" when all are zero). */
export function countsText(c: Record<Severity, number>, sep = ', '): string {
  const parts = (['error', 'warning', 'note'] as const).filter(s => c[s] > 0).map(s => plural(c[s], s))
  return parts.length ? parts.join(sep) : 'no findings'
}

const ROMAN = { '1': 'I', '2': 'II', '3': 'III' } as const

/** The class to reach next (III first, then II, then I), or null at Class I. */
export function nextMofClass(c: 1 | 2 | 3 | null): '1' | '2' | '3' | null {
  return c === null ? '3' : c === 1 ? null : (String(c - 1) as '1' | '2')
}

/** Progress per class, e.g. "Class III 67% · Class II 20% · Class I 0%". */
export function mofProgressText(p: { '1': number; '2': number; '3': number } | undefined): string {
  if (!p) return ''
  return (['3', '2', '1'] as const).map(k => `Class ${ROMAN[k]} ${Math.round(p[k])}%`).join(' · ')
}

/** The class and the progress toward the next one, e.g. "unclassified, 67% of Class III". */
export function mofShort(
  c: 1 | 2 | 3 | null,
  p: { '1': number; '2': number; '3': number } | undefined
): string {
  const next = nextMofClass(c)
  const label = c === null ? 'unclassified' : `Class ${ROMAN[String(c) as '1' | '2' | '3']}`
  return p && next ? `${label}, ${Math.round(p[next])}% of Class ${ROMAN[next]}` : label
}

/** The licences of a model, one label each: SPDX or catalogue id, else what is known of it. */
export function licenceLabels(
  licenses: Array<{
    id: string | null
    name: string
    source: string
    file: string | null
    component?: string
  }>
): string[] {
  const labels = licenses
    .filter(l => l.component !== 'use-policy')
    .map(l => {
      if (l.id) return l.id
      if (l.source === 'card') return `${l.name || 'card licence'} (not recognised)`
      return `${l.file ?? 'licence file'} (not recognised)`
    })
  return [...new Set(labels)]
}

/**
 * When a finding's evidence is the licence catalogue's summary of a clause (a licence known only
 * from the card's `license:` line), not a quote from the file: the licence it comes from.
 */
export function catalogueLicence(
  f: { file?: string; line?: number; evidence?: string },
  m: {
    card: string | null
    licenses: Array<{ id: string | null; name: string; source: string; line?: number }>
    clauses: Array<{ file: string | null; line: number | null; quote: string; summary?: string }>
  } | null
): string | null {
  if (!m || !f.evidence || !f.file || f.file !== m.card) return null
  const licence = m.licenses.find(l => l.source === 'card' && l.id && l.line === f.line)
  if (!licence || f.evidence === licence.id) return null
  const fromClause = m.clauses.some(
    c => c.file === f.file && c.line === f.line && (c.quote === f.evidence || c.summary === f.evidence)
  )
  return fromClause ? licence.name || licence.id : null
}

/**
 * Where a model is, as shown to people: its path, or for a model read on the Hub and reported
 * alone (path "."), `hf:OWNER/NAME` — the JSON report keeps the path as in a folder.
 */
export function modelWhere(m: Pick<ModelReport, 'path' | 'source'>): string {
  if (!m.source || m.path.startsWith('hf:')) return m.path
  return m.path === '.' ? `hf:${m.source.id}` : `hf:${m.source.id}/${m.path}`
}
