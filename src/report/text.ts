// Plain text for terminals and logs: the verdict and counts first.
// - One model: its licences, OSAID requirements, MOF class with progress, clauses and findings
//   grouped by severity.
// - Several models: a lead line per model (name, licence, OSAID, MOF, counts), the OSAID
//   requirements once with the models they concern, then findings grouped by cause — the same
//   clause of the same licence text in several model folders is one entry listing every file:line —
//   and the clauses no finding cites. So a repository of six models sharing one licence reads
//   like one.
// Widths are display columns (East Asian wide characters count two). Long lines wrap under their
// indent; long quotes are shortened. Colour (ANSI) only when asked for; nothing taken from a
// repository can emit a control sequence.
import type { Severity } from '../types.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import { neutralizeWorkflowCommands, sanitizeForLog, shorten, shortenMiddle } from './escape.js'
import {
  findingCount,
  groupClauses,
  groupFindings,
  groupRequirements,
  pathInModel,
  type FindingGroup,
  type Place
} from './group.js'
import {
  SEVERITY_LABEL,
  catalogueLicence,
  counts,
  countsText,
  licenceLabels,
  mofLabel,
  mofProgressText,
  mofShort,
  modelWhere,
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

/**
 * Printable ASCII and the punctuation the report itself writes (— … “ ” ‘ ’ · × → ≤ ≥ ≠ §): one
 * column per character, as string-width counts them (__tests__/report/text-width.test.ts).
 */
export const ONE_COLUMN_TEXT =
  /^[\x20-\x7e\u00a7\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2192\u2260\u2264\u2265]*$/

/**
 * string-width, once a report has needed it. Loading it costs about 50 ms (an ICU segmenter and an
 * emoji pattern built when the module is evaluated), and most reports hold only one-column text:
 * `renderText` renders without it first, and loads it only when a text outside ONE_COLUMN_TEXT
 * turns up (that first attempt stops there, and the report is rendered again).
 */
let stringWidth: ((s: string) => number) | undefined

/** Thrown by a measure that needs string-width before it is loaded. */
class NeedsStringWidth extends Error {}

function wideWidth(s: string): number {
  if (!stringWidth) throw new NeedsStringWidth()
  return stringWidth(s)
}

/** The colour codes Writer.paint adds (text taken from a repository never holds an ESC: see clean). */
// eslint-disable-next-line no-control-regex
const OWN_COLOUR_CODE = /\u001b\[\d+m/g

/** Display columns (ANSI sequences do not count; wide characters count two). */
function visible(s: string): number {
  const plain = s.includes('\u001b') ? s.replace(OWN_COLOUR_CODE, '') : s
  return ONE_COLUMN_TEXT.test(plain) ? plain.length : wideWidth(s)
}

let graphemes: Intl.Segmenter | undefined

/** The word's graphemes, each with its display width. */
function cells(word: string): Array<{ text: string; width: number }> {
  if (ONE_COLUMN_TEXT.test(word)) return [...word].map(c => ({ text: c, width: 1 }))
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return [...graphemes.segment(word)].map(g => ({ text: g.segment, width: wideWidth(g.segment) }))
}

/** Pads to `width` display columns. */
function padCols(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visible(s)))
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
      const len = visible(word)
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
      // A single word longer than the line is cut into pieces, between graphemes (split into
      // graphemes only then: their text joined is the word).
      let rest: Array<{ text: string; width: number }> | null = null
      let restWidth = len
      while (restWidth > room && used + restWidth > this.width) {
        rest ??= cells(word)
        let take = 0
        let taken = 0
        while (take < rest.length && used + taken + rest[take].width <= this.width)
          taken += rest[take++].width
        if (take === 0) {
          take = 1
          taken = rest[0].width
        }
        lineText += rest
          .slice(0, take)
          .map(c => c.text)
          .join('')
        this.out.push(lineText)
        rest = rest.slice(take)
        restWidth -= taken
        lineText = ' '.repeat(hang)
        used = hang
      }
      lineText += rest ? rest.map(c => c.text).join('') : word
      used += restWidth
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

/** `file:line`, the file shortened in the middle. */
function where(w: Writer, file: string | null | undefined, line: number | null | undefined): string {
  if (!file) return ''
  return shortenMiddle(clean(file), Math.min(80, w.width - 16)) + (line ? `:${line}` : '')
}

/** A merged OSAID entry names the failing requirements, whose reasons the OSAID lines give. */
function groupMessage(g: FindingGroup): string {
  if (g.osaidRequirements) return `OSAID 1.0 fails on ${g.osaidRequirements.join(', ')} (reasons above).`
  return g.message
}

/** "in all 6 models" or "in Orca-3-1B, Orca-3-3B". */
function modelsText(g: { models: ModelReport[] }, total: number): string {
  if (g.models.length === 0) return ''
  if (g.models.length === total && total > 1) return `in all ${total} models`
  return `in ${g.models.map(m => clean(m.name ?? m.path)).join(', ')}`
}

/** Distinct `file:line` of the places, in order. */
function placeList(w: Writer, places: Array<Pick<Place, 'file' | 'line'>>): string[] {
  return [...new Set(places.filter(p => p.file).map(p => where(w, p.file, p.line)))]
}

function groupLines(w: Writer, g: FindingGroup, context: { total: number; model: ModelReport | null }): void {
  const places = placeList(w, g.places)
  const status = g.status === 'new' ? '[new] ' : g.status === 'fixed' ? '[fixed] ' : ''
  const tag = g.rules.length > 1 ? `[${g.rules.join(', ')}]` : `[${g.rule}]`
  const inModels = context.model ? '' : modelsText(g, context.total)
  const lead = places.length === 1 ? w.paint('bold', places[0]) + '  ' : ''
  w.wrap(
    '    ' + lead,
    `${status}${shorten(clean(groupMessage(g)), 600)} ${tag}${inModels ? ` — ${inModels}` : ''}`,
    6
  )
  const last = w.out.length - 1
  w.out[last] = w.out[last].replace(tag, w.paint('dim', tag))
  if (places.length > 1) w.wrap('      ', places.join(', '), 6)
  const model = g.places[0]?.model ?? null
  const catalogue = catalogueLicence(g.first, model)
  if (g.evidence && catalogue)
    w.wrap(
      '      ',
      `${shorten(clean(catalogue), 80)}, per the licence catalogue: ${shorten(clean(g.evidence).trim(), 240)}`,
      6
    )
  else if (g.evidence) w.wrap('      “', `${shorten(clean(g.evidence).trim(), 240)}”`, 7)
}

function findingGroups(
  w: Writer,
  groups: FindingGroup[],
  context: { total: number; model: ModelReport | null }
): void {
  const live = groups.filter(g => g.status !== 'fixed')
  for (const sev of SEVERITIES) {
    const group = live.filter(g => g.severity === sev)
    if (group.length === 0) continue
    const n = findingCount(group)
    const label =
      n === group.length
        ? `${SEVERITY_LABEL[sev]} (${n})`
        : `${SEVERITY_LABEL[sev]} (${n}, ${plural(group.length, 'cause')})`
    w.line(`  ${w.paint(SEV_STYLE[sev], label)}`)
    for (const g of group) groupLines(w, g, context)
  }
  const fixed = groups.filter(g => g.status === 'fixed')
  if (fixed.length > 0) {
    w.line(`  ${w.paint('green', `Fixed (${findingCount(fixed)})`)}`)
    for (const g of fixed) groupLines(w, g, context)
  }
}

/** The findings of one model (or of the repository when model is null), grouped. */
function groupsOf(report: Report, model: ModelReport | null): FindingGroup[] {
  const sub: Report = model ? { ...report, findings: [], models: [model] } : { ...report, models: [] }
  return groupFindings(sub, () => true)
}

function clauseSummary(m: ModelReport): { restrictive: string; other: string } {
  // a clause that binds only the models its text names is listed apart from the same type for all
  const byType = new Map<string, { type: string; n: number; where: string }>()
  for (const c of m.clauses) {
    const key = `${c.type}\u0001${c.appliesTo?.models ?? ''}`
    const e = byType.get(key)
    if (e) e.n++
    else
      byType.set(key, {
        type: c.type,
        n: 1,
        where:
          (c.file ? `${shortenMiddle(clean(c.file), 60)}${c.line ? `:${c.line}` : ''}` : 'catalogue') +
          appliesToText(c.appliesTo)
      })
  }
  const fmt = (e: { type: string; n: number; where: string }) =>
    `${e.type}${e.n > 1 ? ` ×${e.n}` : ''} (${e.where})`
  const entries = [...byType.values()]
  return {
    restrictive: entries
      .filter(e => !NON_RESTRICTIVE_CLAUSES.has(e.type as never))
      .map(fmt)
      .join(', '),
    other: entries
      .filter(e => NON_RESTRICTIVE_CLAUSES.has(e.type as never))
      .map(fmt)
      .join(', ')
  }
}

/** "; applies to: the Heron-70B model" for a clause whose text names the models it binds. */
function appliesToText(scope: ModelReport['clauses'][number]['appliesTo']): string {
  return scope ? `; applies to: ${shorten(clean(scope.models), 160)}` : ''
}

/** "Name (path)", the name shortened first so that the path stays whole. */
function modelTitle(m: ModelReport, max = 100): string {
  const p = shortenMiddle(clean(modelWhere(m)), Math.min(60, max))
  if (!m.name) return p
  const room = Math.max(10, Math.min(80, max - [...p].length - 3))
  return `${shorten(clean(m.name), room)} (${p})`
}

function modelBlock(w: Writer, m: ModelReport, report: Report): void {
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
  if (m.findings.length > 0) findingGroups(w, groupsOf(report, m), { total: 1, model: m })
}

/** One line per model when it fits the width, else two: the title, then its licence and verdicts. */
function overview(w: Writer, models: ModelReport[], withLicence: boolean): void {
  const rows = models.map(m => ({
    m,
    title: modelTitle(m, w.width - 10),
    // A licence file's label is its path: inside the model's folder, the folder is already in the title.
    licence: withLicence
      ? shorten(
          licenceLabels(m.licenses)
            .map(l => clean(pathInModel(l, m)))
            .join(', ') || 'no licence',
          48
        )
      : '',
    mof: mofShort(m.mofClass, m.mofProgress),
    counts: countsText(counts(m.findings))
  }))
  const titleW = Math.max(...rows.map(r => visible(r.title)))
  const licenceW = Math.max(...rows.map(r => visible(r.licence)))
  const mofW = Math.max(...rows.map(r => r.mof.length))
  const countsW = Math.max(...rows.map(r => r.counts.length))
  const licenceCols = withLicence ? licenceW + 2 : 0
  const fits =
    2 + 4 + 2 + titleW + 2 + licenceCols + 'OSAID unknown'.length + 2 + 4 + mofW + 2 + countsW <= w.width
  for (const r of rows) {
    const verdict = verdictWord(w, r.m.verdict ?? '    ') + ' '.repeat(4 - (r.m.verdict ?? '    ').length)
    const osaid = `OSAID ${verdictWord(w, r.m.osaid)}${' '.repeat(7 - r.m.osaid.length)}`
    const licence = withLicence ? `${padCols(r.licence, licenceW)}  ` : ''
    if (fits) {
      w.line(
        `  ${verdict}  ${padCols(r.title, titleW)}  ${licence}${osaid}  MOF ${r.mof.padEnd(mofW)}  ${r.counts}`.trimEnd()
      )
    } else {
      w.wrap(`  ${verdict}  `, r.title, 8)
      const parts = [withLicence ? r.licence : '', `OSAID ${r.m.osaid}`, `MOF ${r.mof}`, r.counts].filter(
        Boolean
      )
      w.wrap(' '.repeat(8), parts.join(' · '), 8)
    }
  }
}

/** Several models: the OSAID requirements once each, with the models they concern. */
function requirementsBlock(w: Writer, models: ModelReport[]): void {
  const groups = groupRequirements(models)
  if (groups.length === 0) return
  w.line(w.paint('bold', 'OSAID 1.0 requirements'))
  for (const g of groups) {
    const head = `  ${g.id.padEnd(17)}${verdictWord(w, g.verdict)}${' '.repeat(Math.max(1, 9 - g.verdict.length))}`
    const scope = modelsText(g, models.length)
    w.wrap(head, `${clean(g.reason)}${scope ? ` (${scope})` : ''}`, 28)
  }
}

/** Several models: the clauses no finding cites (attribution, notices…), each once with its places. */
function otherClausesBlock(w: Writer, report: Report, groups: FindingGroup[]): void {
  const cited = new Set(groups.flatMap(g => g.places.map(p => `${p.file ?? ''}:${p.line ?? ''}`)))
  const clauses = groupClauses(report.models).filter(
    g => !g.places.every(p => cited.has(`${p.file ?? ''}:${p.line ?? ''}`))
  )
  if (clauses.length === 0) return
  w.line('')
  w.line(w.paint('bold', 'Other clauses'))
  for (const g of clauses) {
    const places = placeList(
      w,
      g.places.map(p => ({ file: p.file ?? undefined, line: p.line ?? undefined }))
    )
    const restrictive = NON_RESTRICTIVE_CLAUSES.has(g.clause.type) ? '' : ' (restrictive)'
    const scope = modelsText({ models: [...new Set(g.places.map(p => p.model))] }, report.models.length)
    w.wrap(
      '  ',
      `${g.clause.type}${restrictive}${places.length ? ` — ${places.join(', ')}` : ' — licence catalogue'}${appliesToText(g.clause.appliesTo).replace('; ', ' — ')}${scope ? ` (${scope})` : ''}`,
      4
    )
  }
}

/** The report as text for a terminal or a log. */
export async function renderText(report: Report, options: TextOptions = {}): Promise<string> {
  if (!stringWidth)
    try {
      return render(report, options)
    } catch (e) {
      if (!(e instanceof NeedsStringWidth)) throw e
      // Eager: bundled into the same file (the action is one file), still evaluated only here.
      stringWidth = (await import(/* webpackMode: "eager" */ 'string-width')).default
    }
  return render(report, options)
}

function render(report: Report, options: TextOptions): string {
  const w = new Writer(options.color ?? false, Math.max(60, options.width ?? 100))
  const all = [...report.findings, ...report.models.flatMap(m => m.findings)]
  const c = counts(all)
  w.wrap(
    `${w.paint('bold', 'Model Openness Audit:')} ${verdictWord(w, report.verdict.toUpperCase())}  `,
    `${countsText(c)} (policy ${report.policy ?? 'osaid'}, fails on ${report.failOn ?? 'error'})`,
    2
  )
  if (report.models.length === 0) w.line('No model found.')
  const several = report.models.length > 1
  if (options.summary || several) {
    w.line('')
    if (several && !options.summary) w.line(w.paint('bold', `Models (${report.models.length})`))
    overview(w, report.models, several && !options.summary)
  }
  if (options.summary) return neutralizeWorkflowCommands(w.out.join('\n') + '\n')
  if (several) {
    w.line('')
    requirementsBlock(w, report.models)
    const groups = groupFindings(report, () => true)
    if (groups.length > 0) {
      const live = groups.filter(g => g.status !== 'fixed')
      w.line('')
      w.line(
        `${w.paint('bold', 'Findings by cause')}  ${w.paint(
          'dim',
          `${plural(findingCount(live), 'finding')}, ${plural(live.length, 'cause')}`
        )}`
      )
      findingGroups(w, groups, { total: report.models.length, model: null })
    }
    otherClausesBlock(w, report, groups)
    return neutralizeWorkflowCommands(w.out.join('\n') + '\n')
  }
  if (report.findings.length > 0) {
    w.line('')
    w.line(`${w.paint('bold', 'Repository')}  ${w.paint('dim', plural(report.findings.length, 'finding'))}`)
    findingGroups(w, groupsOf(report, null), { total: 1, model: null })
  }
  for (const m of report.models) {
    w.line('')
    modelBlock(w, m, report)
  }
  return neutralizeWorkflowCommands(w.out.join('\n') + '\n')
}
