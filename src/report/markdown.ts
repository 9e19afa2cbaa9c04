// The Markdown report: the job summary and the PR comment. The overall verdict first, a table of
// models (one row each: licence, OSAID, MOF, counts), then
// - one model: its OSAID requirements, MOF class and progress, clauses and findings by severity;
// - several models: the OSAID requirements once with the models they concern, the findings grouped
//   by cause (the same clause of the same licence text in several folders is one entry listing
//   every file:line), then each model's details folded in its own <details>.
// Every location links to the line at the audited commit when a fileUrl is given.
import type { Clause, Severity } from '../types.js'
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
  mofShort,
  modelWhere
} from './labels.js'
import type { ModelReport, Report } from './types.js'
import { docsUrl } from '../rules/types.js'
import { trimChars, trimEndChars } from '../text/trim.js'
import { findingCount, groupFindings, pathInModel, type FindingGroup } from './group.js'

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
  // A licence file's label is its path: inside the model's folder, the folder is in the Model cell.
  const labels = licenceLabels(m.licenses).map(l => pathInModel(l, m))
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

/** A merged OSAID entry names the failing requirements; the OSAID table gives their reasons. */
function groupMessage(g: FindingGroup, compact: boolean): string {
  if (g.osaidRequirements && !compact)
    return `OSAID 1.0 fails on ${g.osaidRequirements.map(r => escapeMarkdown(r)).join(', ')} (see the table above).`
  if (g.osaidRequirements)
    return `OSAID 1.0 fails on ${g.osaidRequirements.map(r => escapeMarkdown(r)).join(', ')}.`
  return escapeShort(g.message, 600)
}

/** "in all 6 models" / "in Orca-3-1B, Orca-3-3B" (escaped), or '' for one model or none. */
function modelsText(models: ModelReport[], total: number): string {
  if (total <= 1 || models.length === 0) return ''
  if (models.length === total) return `in all ${total} models`
  return `in ${models.map(m => escapeShort(m.name ?? m.path, 80)).join(', ')}`
}

function groupLine(g: FindingGroup, compact: boolean, link: Linker, total: number): string {
  const places = [...new Set(g.places.filter(p => p.file).map(p => location(p.file, p.line, link)))]
  const status = g.status === 'new' ? '🆕 ' : g.status === 'fixed' ? '✔️ fixed: ' : ''
  const rules = g.rules.map(r => `[${escapeMarkdown(r)}](${docsUrl(r)})`).join(', ')
  const scope = modelsText(g.models, total)
  let line = `- ${status}${rules}: ${groupMessage(g, compact)}`
  if (places.length === 1) line += ` — ${places[0]}`
  if (scope) line += ` — ${scope}`
  if (places.length > 1) line += `\n  <br>${places.join(', ')}`
  const catalogue = catalogueLicence(g.first, g.places[0]?.model ?? null)
  if (g.evidence && catalogue)
    line += `\n  <br>${escapeShort(catalogue, 80)}, per the licence catalogue: ${escapeShort(g.evidence, 300)}`
  else if (g.evidence) line += `\n  <br>“${escapeShort(g.evidence, 300)}”`
  return line
}

function findingGroups(groups: FindingGroup[], compact: boolean, link: Linker, total = 1): string[] {
  const out: string[] = []
  const live = groups.filter(g => g.status !== 'fixed')
  const fixed = groups.filter(g => g.status === 'fixed')
  for (const sev of SEVERITIES) {
    const group = live.filter(g => g.severity === sev)
    if (group.length === 0 || (compact && sev !== 'error')) continue
    const fresh = group.filter(g => g.status !== 'unchanged')
    const unchanged = group.filter(g => g.status === 'unchanged')
    const open = sev === 'error' && fresh.length > 0 ? ' open' : ''
    const n = findingCount(group)
    const causes = n === group.length ? '' : `, ${group.length} cause${group.length === 1 ? '' : 's'}`
    out.push(
      `<details${open}><summary>${SEVERITY_ICON[sev]} ${SEVERITY_LABEL[sev]} (${n}${causes})</summary>`,
      ''
    )
    for (const g of fresh) out.push(groupLine(g, compact, link, total))
    if (unchanged.length > 0) {
      if (fresh.length > 0) out.push('')
      out.push(`Unchanged by this pull request (${findingCount(unchanged)}):`, '')
      for (const g of unchanged) out.push(groupLine(g, compact, link, total))
    }
    out.push('', '</details>', '')
  }
  if (fixed.length > 0 && !compact) {
    out.push(`<details><summary>✔️ Fixed (${findingCount(fixed)})</summary>`, '')
    for (const g of fixed) out.push(groupLine(g, compact, link, total))
    out.push('', '</details>', '')
  }
  return out
}

/** The findings of one model (or of the repository when model is null), grouped. */
function groupsOf(report: Report, model: ModelReport | null): FindingGroup[] {
  const sub: Report = model ? { ...report, findings: [], models: [model] } : { ...report, models: [] }
  return groupFindings(sub, () => true)
}

/** "user-threshold (LICENSE:7), non-commercial ×2 (LICENSE:17)": each type once, at its first place. */
function clauseList(clauses: Clause[], link: Linker): string {
  // a clause that binds only the models its text names is listed apart from the same type for all
  const byType = new Map<string, { n: number; first: Clause }>()
  for (const c of clauses) {
    const key = `${c.type}\u0001${c.appliesTo?.models ?? ''}`
    const e = byType.get(key)
    if (e) e.n++
    else byType.set(key, { n: 1, first: c })
  }
  return [...byType.values()]
    .map(({ n, first }) => {
      const where = first.file ? location(first.file, first.line, link) : 'licence catalogue'
      const scope = first.appliesTo ? `; applies to: ${escapeShort(first.appliesTo.models, 160)}` : ''
      return `${escapeMarkdown(first.type)}${n > 1 ? ` ×${n}` : ''} (${where}${scope})`
    })
    .join(', ')
}

/** The title inside a <summary> (an HTML block: no Markdown escapes there). */
function modelTitleHtml(m: ModelReport): string {
  const p = escapeHtml(shortenMiddle(modelWhere(m), 120))
  return m.name ? `${escapeHtml(shorten(m.name, 100))} (${p})` : p
}

function modelTitle(m: ModelReport): string {
  return m.name
    ? `${escapeShort(m.name, 100)} (${escapeLocation(modelWhere(m))})`
    : escapeLocation(modelWhere(m))
}

function modelSection(
  m: ModelReport,
  report: Report,
  compact: boolean,
  fold: boolean,
  link: Linker,
  shared?: Set<FindingGroup>
): string[] {
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
  // With several models, findings shared with other models are listed once above, by cause.
  const own = groupsOf(report, m)
  const mine = shared ? own.filter(g => !isShared(g, shared)) : own
  out.push(...findingGroups(mine, compact, link))
  const sharedCount = own.length - mine.length
  if (sharedCount > 0)
    out.push(
      `${sharedCount} more finding${sharedCount === 1 ? '' : 's'} shared with other models: see **Findings by cause** above.`,
      ''
    )
  if (m.findings.length === 0) out.push('No findings.', '')
  if (fold) out.push('</details>', '')
  return out
}

/** Whether a model's own group stands for one of the shared (several-model) groups. */
function isShared(g: FindingGroup, shared: Set<FindingGroup>): boolean {
  const place = g.places[0]
  for (const s of shared)
    if (
      s.rules.join() === g.rules.join() &&
      s.places.some(p => p.model === place?.model && p.file === place?.file && p.line === place?.line)
    )
      return true
  return false
}

/**
 * Several models: one row per model, one column per OSAID requirement, the verdict in each cell.
 * The reasons are in each model's details (and a failing requirement is one finding per model).
 */
function requirementsTable(models: ModelReport[]): string[] {
  const ids = [...new Set(models.flatMap(m => (m.osaidRequirements ?? []).map(r => r.id)))]
  if (ids.length === 0) return []
  const out = [
    `| Model | ${ids.map(id => `OSAID ${escapeMarkdown(id)}`).join(' | ')} |`,
    `|---|${ids.map(() => '---').join('|')}|`
  ]
  for (const m of models) {
    const verdicts = ids.map(id => {
      const r = m.osaidRequirements?.find(x => x.id === id)
      return r ? OSAID_LABEL[r.verdict] : '—'
    })
    out.push(`| ${modelTitle(m)} | ${verdicts.join(' | ')} |`)
  }
  out.push('')
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
      `| ${m.name ? `${escapeShort(m.name, 80)} (${escapeLocation(modelWhere(m))})` : escapeLocation(modelWhere(m))} | ${licenceCell(m)} | ${OSAID_LABEL[m.osaid]} | ${mofShort(m.mofClass, m.mofProgress)} | ${mc.error} | ${mc.warning} | ${m.verdict ? VERDICT_ICON[m.verdict] + ' ' + m.verdict : ''} |`
    )
  }
  out.push('')
  if (report.models.length === 0) out.push('No model found: no model card, licence or weights.', '')
  const several = report.models.length > 1
  if (!several && report.findings.length > 0) {
    out.push('### Repository', '', ...findingGroups(groupsOf(report, null), compact, options.fileUrl))
  }
  let shared: Set<FindingGroup> | undefined
  if (several) {
    if (!compact) out.push(...requirementsTable(report.models))
    // Findings by cause: the repository's, and those that several models share, once each.
    const groups = groupFindings(report, () => true).filter(g => g.models.length !== 1)
    shared = new Set(groups.filter(g => g.models.length > 1))
    if (groups.length > 0)
      out.push(
        '### Findings by cause',
        '',
        ...findingGroups(groups, compact, options.fileUrl, report.models.length)
      )
  }
  // With several models, each model's details are folded; failing ones first.
  const ordered = several
    ? [...report.models.filter(m => m.verdict !== 'pass'), ...report.models.filter(m => m.verdict === 'pass')]
    : report.models
  for (const m of ordered) {
    // A model read on the Hub links its files there, at the commit audited.
    const link = m.source ? blobUrl(m.source.url, m.source.revision) : options.fileUrl
    out.push(...modelSection(m, report, compact, several, link, shared))
  }
  const runUrl = safeUrl(options.runUrl)
  if (runUrl)
    out.push(
      `<sub>[Workflow run](${runUrl}) · model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`,
      ''
    )
  else out.push(`<sub>model-openness-audit ${escapeMarkdown(report.tool.version)}</sub>`, '')
  return out.join('\n')
}
