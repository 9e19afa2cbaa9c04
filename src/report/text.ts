// Plain text for terminals and logs: the verdict and counts, an overview of the models when there
// are several, then per model its licences, OSAID requirements, MOF class with progress, clauses
// and findings grouped by severity. Long lines wrap under their indent; long quotes are shortened.
// Colour (ANSI) only when asked for; nothing taken from a repository can emit a control sequence.
import type { Finding, Severity } from '../types.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import { neutralizeWorkflowCommands, sanitizeForLog, shorten, shortenMiddle } from './escape.js'
import {
  SEVERITY_LABEL,
  catalogueLicence,
  counts,
  countsText,
  licenceLabels,
  mofLabel,
  mofProgressText,
  mofShort,
  plural
} from './labels.js'
import type { ModelReport, Report } from './types.js'

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a terminal unless NO_COLOR is set). Default false. */
  color?: boolean
  /** Wrap at this many columns (default 100; at least 60). */
  width?: number
  /** Only the verdict and one line per model. */
  summary?: boolean
}

type Style = 'red' | 'yellow' | 'green' | 'cyan' | 'dim' | 'bold'
const ANSI: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22]
}
const SEV_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' }
const VERDICT_STYLE: Record<string, Style> = { pass: 'green', fail: 'red', unknown: 'yellow' }
const SEVERITIES: Severity[] = ['error', 'warning', 'note']

/** Terminal output must not carry escape sequences (or bidi overrides) taken from a repository. */
function clean(s: unknown): string {
  return sanitizeForLog(s)
}

/** Visible length (ANSI sequences do not count). */
function visible(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\u001b\[\d+m/g, '')].length
}

class Writer {
  readonly out: string[] = []
  constructor(
    private readonly color: boolean,
    readonly width: number
  ) {}

  paint(style: Style, s: string): string {
    if (!this.color || !s) return s
    const [on, off] = ANSI[style]
    return `\u001b[${on}m${s}\u001b[${off}m`
  }

  /**
   * Adds `head` + `body`, the body's words wrapped so that continuation lines start under it
   * (at `hang` columns). `head` may hold colour; body is plain text.
   */
  wrap(head: string, body: string, hang = visible(head)): void {
    const room = Math.max(20, this.width - hang)
    const words = body.split(/ +/).filter(Boolean)
    let lineText = head
    let used = visible(head)
    let first = true
    for (const word of words) {
      const len = [...word].length
      const sep = first ? 0 : 1
      if (first && used > hang && used + len > this.width) {
        // A head too long to share its line with the first word: the body starts below it.
        this.out.push(lineText.trimEnd())
        lineText = ' '.repeat(hang)
        used = hang
      } else if (!first && used + sep + len > this.width) {
        this.out.push(lineText.trimEnd())
        lineText = ' '.repeat(hang)
        used = hang
      } else if (!first) {
        lineText += ' '
        used += 1
      }
      // A single word longer than the line is cut into pieces.
      let rest = [...word]
      while (rest.length > room && used + rest.length > this.width) {
        const take = Math.max(1, this.width - used)
        lineText += rest.slice(0, take).join('')
        this.out.push(lineText)
        rest = rest.slice(take)
        lineText = ' '.repeat(hang)
        used = hang
      }
      lineText += rest.join('')
      used += rest.length
      first = false
    }
    this.out.push(lineText.trimEnd())
  }

  line(s = ''): void {
    this.out.push(s)
  }
}

function verdictWord(w: Writer, v: string): string {
  return w.paint(VERDICT_STYLE[v.trim().toLowerCase()] ?? 'bold', v)
}

/** osaid/<id> findings repeat the requirement's reason, already printed above: say so briefly. */
function findingMessage(f: Finding, m: ModelReport | null): string {
  const id = /^osaid\/(.+)$/.exec(f.rule)?.[1]
  const req = id && m?.osaidRequirements?.find(r => r.id === id)
  if (req && f.message === `OSAID ${id}: ${req.reason}`) return `OSAID ${id} fails (reason above).`
  return f.message
}

function findingLines(w: Writer, f: Finding, m: ModelReport | null): void {
  const where = f.file
    ? shortenMiddle(clean(f.file), Math.min(80, w.width - 16)) + (f.line ? `:${f.line}` : '')
    : ''
  const status = f.status === 'new' ? '[new] ' : f.status === 'fixed' ? '[fixed] ' : ''
  const head = '    ' + (where ? w.paint('bold', where) + '  ' : '')
  const tag = `[${f.rule}]`
  w.wrap(head, `${status}${shorten(clean(findingMessage(f, m)), 600)} ${tag}`, 6)
  const last = w.out.length - 1
  w.out[last] = w.out[last].replace(tag, w.paint('dim', tag))
  const catalogue = catalogueLicence(f, m)
  if (f.evidence && catalogue)
    w.wrap(
      '      ',
      `${shorten(clean(catalogue), 80)}, per the licence catalogue: ${shorten(clean(f.evidence).trim(), 240)}`,
      6
    )
  else if (f.evidence) w.wrap('      “', `${shorten(clean(f.evidence).trim(), 240)}”`, 7)
}

function findingGroups(w: Writer, findings: Finding[], m: ModelReport | null): void {
  const live = findings.filter(f => f.status !== 'fixed')
  for (const sev of SEVERITIES) {
    const group = live.filter(f => f.severity === sev)
    if (group.length === 0) continue
    w.line(`  ${w.paint(SEV_STYLE[sev], `${SEVERITY_LABEL[sev]} (${group.length})`)}`)
    for (const f of group) findingLines(w, f, m)
  }
  const fixed = findings.filter(f => f.status === 'fixed')
  if (fixed.length > 0) {
    w.line(`  ${w.paint('green', `Fixed (${fixed.length})`)}`)
    for (const f of fixed) findingLines(w, f, m)
  }
}

function clauseSummary(m: ModelReport): { restrictive: string; other: string } {
  const byType = new Map<string, { n: number; where: string }>()
  for (const c of m.clauses) {
    const e = byType.get(c.type)
    if (e) e.n++
    else
      byType.set(c.type, {
        n: 1,
        where: c.file ? `${shortenMiddle(clean(c.file), 60)}${c.line ? `:${c.line}` : ''}` : 'catalogue'
      })
  }
  const fmt = ([t, e]: [string, { n: number; where: string }]) =>
    `${t}${e.n > 1 ? ` ×${e.n}` : ''} (${e.where})`
  const entries = [...byType]
  return {
    restrictive: entries
      .filter(([t]) => !NON_RESTRICTIVE_CLAUSES.has(t as never))
      .map(fmt)
      .join(', '),
    other: entries
      .filter(([t]) => NON_RESTRICTIVE_CLAUSES.has(t as never))
      .map(fmt)
      .join(', ')
  }
}

/** "Name (path)", the name shortened first so that the path stays whole. */
function modelTitle(m: ModelReport, max = 100): string {
  const p = shortenMiddle(clean(m.path), Math.min(60, max))
  if (!m.name) return p
  const room = Math.max(10, Math.min(80, max - [...p].length - 3))
  return `${shorten(clean(m.name), room)} (${p})`
}

function modelBlock(w: Writer, m: ModelReport): void {
  const c = counts(m.findings)
  const verdict = m.verdict ? `  ${verdictWord(w, m.verdict.toUpperCase())}` : ''
  w.line(`${w.paint('bold', modelTitle(m, w.width - 40))}${verdict}  ${w.paint('dim', countsText(c))}`)
  const licences = licenceLabels(m.licenses).map(l => shorten(clean(l), 80))
  w.wrap('  Licence     ', licences.join(', ') || 'none found')
  w.line(`  OSAID 1.0   ${verdictWord(w, m.osaid)}`)
  for (const r of m.osaidRequirements ?? []) {
    const head = `    ${r.id.padEnd(17)}${verdictWord(w, r.verdict)}${' '.repeat(Math.max(1, 9 - r.verdict.length))}`
    w.wrap(head, clean(r.reason), 30)
  }
  const progress = mofProgressText(m.mofProgress)
  w.wrap('  MOF         ', `${mofLabel(m.mofClass)}${progress ? ` — progress: ${progress}` : ''}`, 14)
  if (m.clauses.length > 0) {
    const { restrictive, other } = clauseSummary(m)
    if (restrictive) w.wrap('  Restricts   ', restrictive, 14)
    if (other) w.wrap('  Also        ', other, 14)
  }
  if (m.findings.length > 0) findingGroups(w, m.findings, m)
}

/** One line per model when it fits the width, else two: the title, then its verdicts. */
function overview(w: Writer, models: ModelReport[]): void {
  const rows = models.map(m => ({
    m,
    title: modelTitle(m, w.width - 10),
    mof: mofShort(m.mofClass, m.mofProgress),
    counts: countsText(counts(m.findings))
  }))
  const titleW = Math.max(...rows.map(r => [...r.title].length))
  const mofW = Math.max(...rows.map(r => r.mof.length))
  const countsW = Math.max(...rows.map(r => r.counts.length))
  const oneLine = 2 + 4 + 2 + titleW + 2 + 'OSAID unknown'.length + 2 + 4 + mofW + 2 + countsW <= w.width
  for (const r of rows) {
    const verdict = verdictWord(w, r.m.verdict ?? '    ') + ' '.repeat(4 - (r.m.verdict ?? '    ').length)
    const osaid = `OSAID ${verdictWord(w, r.m.osaid)}${' '.repeat(7 - r.m.osaid.length)}`
    if (oneLine) {
      w.line(
        `  ${verdict}  ${r.title.padEnd(titleW)}  ${osaid}  MOF ${r.mof.padEnd(mofW)}  ${r.counts}`.trimEnd()
      )
    } else {
      w.wrap(`  ${verdict}  `, r.title, 8)
      w.wrap(' '.repeat(8), `OSAID ${r.m.osaid} · MOF ${r.mof} · ${r.counts}`, 8)
    }
  }
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const w = new Writer(options.color ?? false, Math.max(60, options.width ?? 100))
  const all = [...report.findings, ...report.models.flatMap(m => m.findings)]
  const c = counts(all)
  w.wrap(
    `${w.paint('bold', 'Model Openness Audit:')} ${verdictWord(w, report.verdict.toUpperCase())}  `,
    `${countsText(c)} (policy ${report.policy ?? 'osaid'}, fails on ${report.failOn ?? 'error'})`,
    2
  )
  if (report.models.length === 0) w.line('No model found.')
  if (options.summary || report.models.length > 1) {
    w.line('')
    overview(w, report.models)
  }
  if (options.summary) return neutralizeWorkflowCommands(w.out.join('\n') + '\n')
  if (report.findings.length > 0) {
    w.line('')
    w.line(`${w.paint('bold', 'Repository')}  ${w.paint('dim', plural(report.findings.length, 'finding'))}`)
    findingGroups(w, report.findings, null)
  }
  for (const m of report.models) {
    w.line('')
    modelBlock(w, m)
  }
  return neutralizeWorkflowCommands(w.out.join('\n') + '\n')
}
