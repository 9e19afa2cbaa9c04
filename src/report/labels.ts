import type { OsaidVerdict, Severity, Verdict } from '../types.js'

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
