// Plain text for terminals: the verdict, one block per model, findings with file:line.
import type { Finding, Severity } from '../types.js'
import { counts, mofLabel } from './labels.js'
import type { Report } from './types.js'

const SEV: Record<Severity, string> = { error: 'error  ', warning: 'warning', note: 'note   ' }

/** Terminal output must not carry escape sequences taken from a repository. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
}

function line(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}  ` : ''
  const status = f.status && f.status !== 'unchanged' ? `[${f.status}] ` : ''
  let s = `  ${SEV[f.severity]}  ${status}${clean(where)}${clean(f.message)}  (${f.rule})`
  if (f.evidence)
    s += `\n             “${clean(f.evidence.length > 200 ? f.evidence.slice(0, 199) + '…' : f.evidence)}”`
  return s
}

export function renderText(report: Report): string {
  const all = [...report.findings, ...report.models.flatMap(m => m.findings)]
  const c = counts(all)
  const out: string[] = []
  out.push(
    `Model Openness Audit: ${report.verdict.toUpperCase()}  (${c.error} errors, ${c.warning} warnings, ${c.note} notes; policy ${report.policy ?? 'osaid'}, fail on ${report.failOn ?? 'error'})`
  )
  if (report.findings.length > 0) {
    out.push('', 'Repository')
    for (const f of report.findings) out.push(line(f))
  }
  for (const m of report.models) {
    out.push('')
    const licences =
      [
        ...new Set(
          m.licenses
            .filter(l => l.component !== 'use-policy')
            .map(l => l.id ?? (l.source === 'card' ? `${l.name} (unrecognised)` : 'unrecognised'))
        )
      ].join(', ') || 'none'
    out.push(`${clean(m.name ?? m.path)} (${clean(m.path)}): ${m.verdict ?? ''}`)
    out.push(`  licence: ${clean(licences)}   OSAID 1.0: ${m.osaid}   MOF: ${mofLabel(m.mofClass)}`)
    for (const r of m.osaidRequirements ?? [])
      out.push(`  OSAID ${r.id.padEnd(16)} ${r.verdict.padEnd(7)}  ${clean(r.reason)}`)
    if (m.clauses.length > 0) out.push(`  clauses: ${[...new Set(m.clauses.map(x => x.type))].join(', ')}`)
    for (const f of m.findings) out.push(line(f))
  }
  return out.join('\n') + '\n'
}
