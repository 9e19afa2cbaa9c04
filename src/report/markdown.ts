// The Markdown report: the job summary and the PR comment. The overall verdict first, a table of
// models, then per model its OSAID requirements, MOF class and progress, clauses and findings
// grouped by severity. In a repository with several models, passing models are folded.
import type { Clause, Finding, Severity } from '../types.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import {
  escapeHtml,
  escapeLocation,
  escapeMarkdown,
  escapeShort,
  safeUrl,
  shorten,
  shortenMiddle
} from './escape.js'
import {
  OSAID_LABEL,
  SEVERITY_ICON,
  SEVERITY_LABEL,
  VERDICT_ICON,
  catalogueLicence,
  counts,
  countsText,
  licenceLabels,
  mofLabel,
  mofProgressText,
  mofShort
} from './labels.js'
import type { ModelReport, Report } from './types.js'
import { docsUrl } from '../rules/types.js'
import { trimChars, trimEndChars } from '../text/trim.js'

export interface MarkdownOptions {
  /** Markdown placed right after the title: what a pull request changes. Already escaped. */
  lead?: string
  /** Link to the workflow run, for a footer. */
  runUrl?: string
  /** Keep it short: tables and errors only (for a comment that would be too long). */
  compact?: boolean
  /**
   * Links a finding's or a clause's location to the file, e.g. to its blob on GitHub (see
   * `blobUrl`). The path is relative to the audited folder; a result that is not an http(s) URL
   * is ignored.
   */
  fileUrl?: (file: string, line?: number) => string | undefined
}

/**
 * A `fileUrl` for files on a forge: `<repoUrl>/blob/<sha>/<pathPrefix>/<file>#L<line>`.
 * @param repoUrl e.g. `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}`
 * @param sha the commit audited (a branch name works too, but the lines may move)
 * @param pathPrefix the audited folder relative to the repository root ('' or '.' for the root)
 */
export function blobUrl(
  repoUrl: string,
  sha: string,
  pathPrefix = ''
): (file: string, line?: number) => string {
  const base = trimEndChars(repoUrl, '/')
  const prefix = trimChars(pathPrefix.startsWith('.') ? pathPrefix.slice(1) : pathPrefix, '/')
  return (file, line) => {
    const rel = [prefix, file].filter(Boolean).join('/')
    const encoded = rel.split('/').map(encodeURIComponent).join('/')
    return `${base}/blob/${encodeURIComponent(sha)}/${encoded}${line ? `#L${line}` : ''}`
  }
}

const SEVERITIES: Severity[] = ['error', 'warning', 'note']

function licenceCell(m: ModelReport): string {
  const labels = licenceLabels(m.licenses)
  return labels.length ? labels.map(id => escapeShort(id, 60)).join(', ') : '—'
}

type Linker = MarkdownOptions['fileUrl']

/** `LICENSE:12`, linked to the file when a fileUrl is given. */
function location(file: string | null | undefined, line: number | null | undefined, link: Linker): string {
  if (!file) return ''
  const text = escapeLocation(file, line)
  let url: string | undefined
  try {
    url = safeUrl(link?.(file, line ?? undefined))
  } catch {
    url = undefined
  }
  return url ? `[${text}](${url})` : text
}

/** An osaid/<id> finding repeats its requirement's reason, shown in the table above it. */
function findingMessage(f: Finding, m: ModelReport | null, compact: boolean): string {
  const id = /^osaid\/(.+)$/.exec(f.rule)?.[1]
  const req = !compact && id ? m?.osaidRequirements?.find(r => r.id === id) : undefined
  if (req && f.message === `OSAID ${id}: ${req.reason}`)
    return `OSAID ${escapeMarkdown(id)} fails (see the table above).`
  return escapeShort(f.message, 600)
}

function findingLine(f: Finding, m: ModelReport | null, compact: boolean, link: Linker): string {
  const where = f.file ? ` — ${location(f.file, f.line, link)}` : ''
  const status = f.status === 'new' ? '🆕 ' : f.status === 'fixed' ? '✔️ fixed: ' : ''
  let line = `- ${status}[${escapeMarkdown(f.rule)}](${docsUrl(f.rule)}): ${findingMessage(f, m, compact)}${where}`
  const catalogue = catalogueLicence(f, m)
  if (f.evidence && catalogue)
    line += `\n  <br>${escapeShort(catalogue, 80)}, per the licence catalogue: ${escapeShort(f.evidence, 300)}`
  else if (f.evidence) line += `\n  <br>“${escapeShort(f.evidence, 300)}”`
  return line
}

function findingGroups(findings: Finding[], compact: boolean, m: ModelReport | null, link: Linker): string[] {
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
    for (const f of fresh) out.push(findingLine(f, m, compact, link))
    if (unchanged.length > 0) {
      if (fresh.length > 0) out.push('')
      out.push(`Unchanged by this pull request (${unchanged.length}):`, '')
      for (const f of unchanged) out.push(findingLine(f, m, compact, link))
    }
    out.push('', '</details>', '')
  }
  if (fixed.length > 0 && !compact) {
    out.push(`<details><summary>✔️ Fixed (${fixed.length})</summary>`, '')
    for (const f of fixed) out.push(findingLine(f, m, compact, link))
    out.push('', '</details>', '')
  }
  return out
}

/** "user-threshold (LICENSE:7), non-commercial ×2 (LICENSE:17)": each type once, at its first place. */
function clauseList(clauses: Clause[], link: Linker): string {
  const byType = new Map<string, { n: number; first: Clause }>()
  for (const c of clauses) {
    const e = byType.get(c.type)
    if (e) e.n++
    else byType.set(c.type, { n: 1, first: c })
  }
  return [...byType]
    .map(([t, { n, first }]) => {
      const where = first.file ? location(first.file, first.line, link) : 'licence catalogue'
      return `${escapeMarkdown(t)}${n > 1 ? ` ×${n}` : ''} (${where})`
    })
    .join(', ')
}

/** The title inside a <summary> (an HTML block: no Markdown escapes there). */
function modelTitleHtml(m: ModelReport): string {
  const p = escapeHtml(shortenMiddle(m.path, 120))
  return m.name ? `${escapeHtml(shorten(m.name, 100))} (${p})` : p
}

function modelTitle(m: ModelReport): string {
  return m.name ? `${escapeShort(m.name, 100)} (${escapeLocation(m.path)})` : escapeLocation(m.path)
}

function modelSection(m: ModelReport, compact: boolean, fold: boolean, link: Linker): string[] {
  const out: string[] = []
  const icon = m.verdict ? VERDICT_ICON[m.verdict] + ' ' : ''
  const mc = counts(m.findings)
  if (fold) {
    out.push(
      `<details><summary><strong>${icon}${modelTitleHtml(m)}</strong>: ${m.verdict ?? ''}, ${countsText(mc)}</summary>`,
      ''
    )
  } else out.push(`### ${icon}${modelTitle(m)}`, '')
  if (!compact) {
    const progress = mofProgressText(m.mofProgress)
    out.push(
      `**OSAID 1.0:** ${OSAID_LABEL[m.osaid]} · **MOF:** ${mofLabel(m.mofClass)}${progress ? ` — progress: ${progress}` : ''}`,
      ''
    )
  }
  if (!compact && m.osaidRequirements && m.osaidRequirements.length > 0) {
    out.push('| OSAID requirement | Verdict | Why |', '|---|---|---|')
    for (const r of m.osaidRequirements)
      out.push(`| ${escapeMarkdown(r.id)} | ${OSAID_LABEL[r.verdict]} | ${escapeShort(r.reason, 400)} |`)
    out.push('')
  }
  if (!compact && m.clauses.length > 0) {
    const restrictive = m.clauses.filter(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
    const other = m.clauses.filter(c => NON_RESTRICTIVE_CLAUSES.has(c.type))
    if (restrictive.length > 0) out.push(`**Restrictive clauses:** ${clauseList(restrictive, link)}`, '')
    if (other.length > 0) out.push(`**Other clauses:** ${clauseList(other, link)}`, '')
  }
  out.push(...findingGroups(m.findings, compact, m, link))
  if (m.findings.length === 0) out.push('No findings.', '')
  if (fold) out.push('</details>', '')
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
      `| ${m.name ? `${escapeShort(m.name, 80)} (${escapeLocation(m.path)})` : escapeLocation(m.path)} | ${licenceCell(m)} | ${OSAID_LABEL[m.osaid]} | ${mofShort(m.mofClass, m.mofProgress)} | ${mc.error} | ${mc.warning} | ${m.verdict ? VERDICT_ICON[m.verdict] + ' ' + m.verdict : ''} |`
    )
  }
  out.push('')
  if (report.models.length === 0) out.push('No model found: no model card, licence or weights.', '')
  if (report.findings.length > 0) {
    out.push('### Repository', '', ...findingGroups(report.findings, compact, null, options.fileUrl))
  }
  // With several models, those that pass are folded so that the failing ones stand out.
  const several = report.models.length > 1
  const ordered = several
    ? [...report.models.filter(m => m.verdict !== 'pass'), ...report.models.filter(m => m.verdict === 'pass')]
    : report.models
  for (const m of ordered)
    out.push(...modelSection(m, compact, several && m.verdict === 'pass', options.fileUrl))
  const runUrl = safeUrl(options.runUrl)
  if (runUrl)
    out.push(
      `<sub>[Workflow run](${runUrl}) · model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`,
      ''
    )
  else out.push(`<sub>model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`, '')
  return out.join('\n')
}
