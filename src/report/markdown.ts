// The Markdown report: the job summary and the PR comment. The overall verdict first, a table of
// models, then per model its OSAID requirements, clauses and findings grouped by severity.
import type { Finding, Severity } from '../types.js'
import { escapeLocation, escapeMarkdown, escapeShort } from './escape.js'
import { OSAID_LABEL, SEVERITY_ICON, SEVERITY_LABEL, VERDICT_ICON, counts, mofLabel } from './labels.js'
import type { ModelReport, Report } from './types.js'
import { docsUrl } from '../rules/types.js'

export interface MarkdownOptions {
  /** Markdown placed right after the title: what a pull request changes. Already escaped. */
  lead?: string
  /** Link to the workflow run, for a footer. */
  runUrl?: string
  /** Keep it short: tables and errors only (for a comment that would be too long). */
  compact?: boolean
}

const SEVERITIES: Severity[] = ['error', 'warning', 'note']

function licenceCell(m: ModelReport): string {
  const ids = [
    ...new Set(
      m.licenses
        .filter(l => l.component !== 'use-policy')
        .map(l => l.id ?? (l.source === 'card' ? `${l.name} (unrecognised)` : 'unrecognised'))
    )
  ]
  return ids.length ? ids.map(id => escapeShort(id, 60)).join(', ') : '—'
}

function findingLine(f: Finding): string {
  const where = f.file ? ` — ${escapeLocation(f.file, f.line)}` : ''
  const status = f.status === 'new' ? '🆕 ' : f.status === 'fixed' ? '✔️ fixed: ' : ''
  let line = `- ${status}[${escapeMarkdown(f.rule)}](${docsUrl(f.rule)}): ${escapeShort(f.message, 600)}${where}`
  if (f.evidence) line += `\n  <br>“${escapeShort(f.evidence, 300)}”`
  return line
}

function findingGroups(findings: Finding[], compact: boolean): string[] {
  const out: string[] = []
  const live = findings.filter(f => f.status !== 'fixed')
  const fixed = findings.filter(f => f.status === 'fixed')
  for (const sev of SEVERITIES) {
    const group = live.filter(f => f.severity === sev)
    if (group.length === 0 || (compact && sev !== 'error')) continue
    const fresh = group.filter(f => f.status !== 'unchanged')
    const unchanged = group.filter(f => f.status === 'unchanged')
    const open = sev === 'error' && fresh.length > 0 ? ' open' : ''
    out.push(
      `<details${open}><summary>${SEVERITY_ICON[sev]} ${SEVERITY_LABEL[sev]} (${group.length})</summary>`,
      ''
    )
    for (const f of fresh) out.push(findingLine(f))
    if (unchanged.length > 0) {
      if (fresh.length > 0) out.push('')
      out.push(`Unchanged by this pull request (${unchanged.length}):`, '')
      for (const f of unchanged) out.push(findingLine(f))
    }
    out.push('', '</details>', '')
  }
  if (fixed.length > 0 && !compact) {
    out.push(`<details><summary>✔️ Fixed (${fixed.length})</summary>`, '')
    for (const f of fixed) out.push(findingLine(f))
    out.push('', '</details>', '')
  }
  return out
}

function modelSection(m: ModelReport, compact: boolean): string[] {
  const out: string[] = []
  const title = m.name ? `${escapeShort(m.name, 100)} (${escapeMarkdown(m.path)})` : escapeMarkdown(m.path)
  out.push(`### ${m.verdict ? VERDICT_ICON[m.verdict] + ' ' : ''}${title}`, '')
  if (!compact && m.osaidRequirements && m.osaidRequirements.length > 0) {
    out.push('| OSAID requirement | Verdict | Why |', '|---|---|---|')
    for (const r of m.osaidRequirements)
      out.push(`| ${r.id} | ${OSAID_LABEL[r.verdict]} | ${escapeShort(r.reason, 400)} |`)
    out.push('')
  }
  if (!compact && m.clauses.length > 0) {
    const types = new Map<string, number>()
    for (const c of m.clauses) types.set(c.type, (types.get(c.type) ?? 0) + 1)
    out.push(
      `Clauses found: ${[...types].map(([t, n]) => `${escapeMarkdown(t)}${n > 1 ? ` ×${n}` : ''}`).join(', ')}`,
      ''
    )
  }
  out.push(...findingGroups(m.findings, compact))
  if (m.findings.length === 0) out.push('No findings.', '')
  return out
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const compact = options.compact ?? false
  const all = [...report.findings, ...report.models.flatMap(m => m.findings)]
  const c = counts(all)
  const out: string[] = []
  out.push(`## ${VERDICT_ICON[report.verdict]} Model Openness Audit: ${report.verdict}`, '')
  if (options.lead) out.push(options.lead, '')
  out.push(
    `${c.error} error${c.error === 1 ? '' : 's'} · ${c.warning} warning${c.warning === 1 ? '' : 's'} · ${c.note} note${c.note === 1 ? '' : 's'} · policy \`${report.policy ?? 'osaid'}\` · fails on \`${report.failOn ?? 'error'}\``,
    ''
  )
  out.push(
    '| Model | Licence | OSAID 1.0 | MOF class | Errors | Warnings | Verdict |',
    '|---|---|---|---|---|---|---|'
  )
  for (const m of report.models) {
    const mc = counts(m.findings)
    out.push(
      `| ${escapeShort(m.name ?? m.path, 80)} (${escapeMarkdown(m.path)}) | ${licenceCell(m)} | ${OSAID_LABEL[m.osaid]} | ${mofLabel(m.mofClass)} | ${mc.error} | ${mc.warning} | ${m.verdict ? VERDICT_ICON[m.verdict] + ' ' + m.verdict : ''} |`
    )
  }
  out.push('')
  if (report.findings.length > 0) {
    out.push('### Repository', '', ...findingGroups(report.findings, compact))
  }
  for (const m of report.models) out.push(...modelSection(m, compact))
  if (options.runUrl)
    out.push(
      `<sub>[Workflow run](${options.runUrl}) · model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`,
      ''
    )
  else out.push(`<sub>model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`, '')
  return out.join('\n')
}
