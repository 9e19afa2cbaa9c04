// Pull requests: compare the head's report with the base's, mark each finding new / unchanged /
// fixed, and say in one sentence what the PR changes.
import type { Finding, Severity } from '../types.js'
import { restrictionNoun } from '../clauses/index.js'
import type { ModelReport, Report } from '../report/types.js'
import { trimEndChars } from '../text/trim.js'

/** Removes what moves when lines shift: "line 7", "lines 3-9", "L12", ":12" and extra whitespace. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\blines?\s+\d+(\s*[-–]\s*\d+)?/g, 'line')
    .replace(/\bl\d+\b/g, 'line')
    .replace(/:(\d+)(?=[\s,;)\]]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A key that survives line shifts: rule + model path + file + normalised evidence (or message). */
export function findingKey(finding: Finding, modelPath: string | null): string {
  return JSON.stringify([
    finding.rule,
    modelPath ?? '',
    finding.file ?? '',
    normalizeText(finding.evidence ?? finding.message)
  ])
}

function cloneFinding(finding: Finding): Finding {
  return { ...finding }
}

/**
 * Marks the head report's findings against the base report: `new` or `unchanged` (matched as a
 * multiset, so two identical findings in the head against one in the base give one new), and appends
 * base-only findings with status `fixed` (to the same model when it still exists, else to the
 * repository findings). With no base, returns a copy without statuses. Does not change verdicts:
 * fixed findings must not count towards errors/warnings.
 */
export function markStatus(head: Report, base: Report | null): Report {
  const result: Report = {
    ...head,
    models: head.models.map(m => ({ ...m, findings: m.findings.map(cloneFinding) })),
    findings: head.findings.map(cloneFinding)
  }
  if (!base) return result

  const pool = new Map<string, Finding[]>()
  const add = (finding: Finding, modelPath: string | null): void => {
    if (finding.status === 'fixed') return
    const key = findingKey(finding, modelPath)
    const list = pool.get(key)
    if (list) list.push(finding)
    else pool.set(key, [finding])
  }
  for (const model of base.models) for (const finding of model.findings) add(finding, model.path)
  for (const finding of base.findings) add(finding, null)

  const mark = (finding: Finding, modelPath: string | null): void => {
    if (finding.status === 'fixed') return
    const list = pool.get(findingKey(finding, modelPath))
    if (list && list.length > 0) {
      list.shift()
      finding.status = 'unchanged'
    } else {
      finding.status = 'new'
    }
  }
  for (const model of result.models) for (const finding of model.findings) mark(finding, model.path)
  for (const finding of result.findings) mark(finding, null)

  const modelsByPath = new Map(result.models.map(m => [m.path, m]))
  const append = (finding: Finding, modelPath: string | null): void => {
    const list = pool.get(findingKey(finding, modelPath))
    if (!list || !list.includes(finding)) return
    list.splice(list.indexOf(finding), 1)
    const fixed = { ...finding, status: 'fixed' as const }
    const model = modelPath === null ? undefined : modelsByPath.get(modelPath)
    if (model) model.findings.push(fixed)
    else result.findings.push(fixed)
  }
  for (const model of base.models) for (const finding of model.findings) append(finding, model.path)
  for (const finding of base.findings) append(finding, null)
  return result
}

export interface ChangedFinding extends Finding {
  /** Model path, or null for a repository finding. */
  model: string | null
}

export interface ModelChange {
  model: string
  /** Display name: the model's name, else its path. */
  name: string
  reason: string
  evidence?: string
  rule?: string
  file?: string
  line?: number
}

export interface ChangeSummary {
  /** Plain text, NOT escaped: for logs and outputs; renderChangesMarkdown builds the Markdown. */
  headline: string
  /** There was a base report to compare with. */
  compared: boolean
  newFindings: ChangedFinding[]
  fixed: ChangedFinding[]
  unchanged: ChangedFinding[]
  modelsBecameNonOpen: ModelChange[]
  modelsBecameOpen: ModelChange[]
  /** Anything differs from the base (for `comment: on-change`). */
  changed: boolean
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

function displayName(model: ModelReport): string {
  return model.name || (model.path === '.' || model.path === '' ? 'the model' : model.path)
}

function isOpen(model: ModelReport): boolean | undefined {
  if (model.osaid === 'fail' || model.verdict === 'fail') return false
  if (model.osaid === 'pass' || (model.osaid === undefined && model.verdict === 'pass')) return true
  if (model.verdict === 'pass' && model.osaid === 'unknown') return undefined
  return undefined
}

function firstNew(model: ModelReport, severity?: Severity): Finding | undefined {
  const list = model.findings
    .filter(f => f.status === 'new' && (!severity || f.severity === severity))
    .sort((a, b) => {
      const restriction =
        Number(b.category === 'license-restriction') - Number(a.category === 'license-restriction')
      return restriction || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    })
  return list[0]
}

function trimSentence(text: string): string {
  const t = trimEndChars(text.trim(), '.\u3002')
  return t.charAt(0).toLowerCase() + t.slice(1)
}

// "250,000,000 monthly active users", "700 million monthly active users", "1M daily users".
const USER_CAP =
  /((?<![\d,.])\d[\d,.]*\s?(?:[mMkKbB]\b|million|billion|thousand)?|\b(?:one|two|three|five|ten|hundred)\s(?:hundred\s)?(?:million|billion|thousand))\s((?:monthly|daily|weekly|annual)\s)?(?:active\s)?(users|licensees|customers)/i

/** What a new finding adds, as a noun phrase: the clause (with its threshold) for a restriction. */
function describeCause(f: Finding): string {
  const noun = restrictionNoun(f.rule)
  if (!noun) return `a new ${f.severity} (${f.rule}): ${trimSentence(f.message)}`
  if (f.rule === 'license/no-user-threshold' && f.evidence) {
    const m = USER_CAP.exec(f.evidence.slice(0, 2000))
    if (m) return `a cap of ${m[0].replace(/\s+/g, ' ')}`
  }
  return noun
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function where(file?: string, line?: number): string {
  if (!file) return ''
  return line ? `${file}, line ${line}` : file
}

/**
 * Summarises a report already marked by markStatus. Pass the base report too: it gives the models'
 * previous verdicts (without it, only finding counts are compared; null means there was no base).
 */
export function summarizeChanges(head: Report, base?: Report | null): ChangeSummary {
  const newFindings: ChangedFinding[] = []
  const fixed: ChangedFinding[] = []
  const unchanged: ChangedFinding[] = []
  const collect = (finding: Finding, model: string | null): void => {
    const item = { ...finding, model }
    if (finding.status === 'new') newFindings.push(item)
    else if (finding.status === 'fixed') fixed.push(item)
    else if (finding.status === 'unchanged') unchanged.push(item)
  }
  for (const model of head.models) for (const finding of model.findings) collect(finding, model.path)
  for (const finding of head.findings) collect(finding, null)
  const bySeverity = (a: Finding, b: Finding): number =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  newFindings.sort(bySeverity)
  fixed.sort(bySeverity)

  const modelsBecameNonOpen: ModelChange[] = []
  const modelsBecameOpen: ModelChange[] = []
  const baseModels = new Map((base?.models ?? []).map(m => [m.path, m]))
  for (const model of head.models) {
    const before = baseModels.get(model.path)
    if (!before) continue
    const was = isOpen(before)
    const now = isOpen(model)
    if (was === true && now === false) {
      const cause = firstNew(model, 'error') ?? firstNew(model)
      modelsBecameNonOpen.push({
        model: model.path,
        name: displayName(model),
        reason: cause ? describeCause(cause) : 'its verdict changed from pass to fail',
        evidence: cause?.evidence,
        rule: cause?.rule,
        file: cause?.file,
        line: cause?.line
      })
    } else if (was === false && now === true) {
      const cause = model.findings.find(f => f.status === 'fixed' && f.severity === 'error')
      modelsBecameOpen.push({
        model: model.path,
        name: displayName(model),
        reason: cause
          ? `it removes: ${trimSentence(cause.message)}`
          : 'its verdict changed from fail to pass',
        evidence: cause?.evidence,
        rule: cause?.rule,
        file: cause?.file,
        line: cause?.line
      })
    }
  }

  let headline: string
  const compared = base !== null
  if (!compared) {
    headline = 'No base report to compare with'
  } else if (modelsBecameNonOpen.length > 0) {
    const first = modelsBecameNonOpen[0]
    const at = where(first.file, first.line)
    headline = `This PR makes ${first.name} non-open: it adds ${first.reason}${at ? ` (${at})` : ''}`
    if (modelsBecameNonOpen.length > 1)
      headline += `; ${plural(modelsBecameNonOpen.length - 1, 'other model')} too`
  } else if (modelsBecameOpen.length > 0) {
    const first = modelsBecameOpen[0]
    headline = `This PR makes ${first.name} open: ${first.reason}`
  } else if (newFindings.length > 0 && fixed.length > 0) {
    headline = `This PR adds ${plural(newFindings.length, 'finding')} and fixes ${fixed.length}`
  } else if (newFindings.length > 0) {
    headline = `This PR adds ${plural(newFindings.length, 'finding')}`
  } else if (fixed.length > 0) {
    headline = `This PR fixes ${plural(fixed.length, 'finding')}`
  } else {
    headline = 'No change in findings'
  }

  return {
    headline,
    compared,
    newFindings,
    fixed,
    unchanged,
    modelsBecameNonOpen,
    modelsBecameOpen,
    changed:
      newFindings.length > 0 ||
      fixed.length > 0 ||
      modelsBecameNonOpen.length > 0 ||
      modelsBecameOpen.length > 0
  }
}

export interface RenderChangesOptions {
  /** Escapes every repository-derived string for Markdown (pass src/report/escape.ts). */
  escape: (text: string) => string
  /** At most this many findings per list (default 20). */
  maxItems?: number
}

/** A rule id is ours, but keep it safe inside a code span anyway. */
function code(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '')}\``
}

function locationMd(escape: (s: string) => string, file?: string, line?: number): string {
  if (!file) return ''
  return line ? `${escape(file)}, line ${line}` : escape(file)
}

function quoteMd(escape: (s: string) => string, evidence: string): string {
  const one = evidence.replace(/\s+/g, ' ').trim()
  return `> ${escape(one.length > 300 ? `${one.slice(0, 300)}…` : one)}`
}

function findingItem(escape: (s: string) => string, f: ChangedFinding): string {
  const at = locationMd(escape, f.file, f.line)
  return `- **${f.severity}** ${code(f.rule)}: ${escape(f.message)}${at ? ` (${at})` : ''}`
}

function list(
  escape: (s: string) => string,
  title: string,
  items: ChangedFinding[],
  max: number,
  open: boolean
): string {
  if (items.length === 0) return ''
  const lines = items.slice(0, max).map(f => findingItem(escape, f))
  if (items.length > max) lines.push(`- … and ${items.length - max} more`)
  return `<details${open ? ' open' : ''}>\n<summary>${title} (${items.length})</summary>\n\n${lines.join('\n')}\n\n</details>\n`
}

/** The lead of the PR comment, from summarizeChanges. */
export function renderChangesMarkdown(
  summary: ChangeSummary,
  options: RenderChangesOptions | ((s: string) => string)
): string {
  const { escape, maxItems = 20 } = typeof options === 'function' ? { escape: options } : options
  const out: string[] = []
  if (!summary.compared) return ''
  if (summary.modelsBecameNonOpen.length > 0) {
    for (const change of summary.modelsBecameNonOpen) {
      const at = locationMd(escape, change.file, change.line)
      out.push(
        `**This PR makes ${escape(change.name)} non-open**: it adds ${escape(change.reason)}${at ? ` (${at})` : ''}.`
      )
      if (change.evidence) out.push(quoteMd(escape, change.evidence))
      out.push('')
    }
  } else if (summary.modelsBecameOpen.length > 0) {
    for (const change of summary.modelsBecameOpen) {
      const at = locationMd(escape, change.file, change.line)
      out.push(
        `**This PR makes ${escape(change.name)} open**: ${escape(change.reason)}${at ? ` (${at})` : ''}.`
      )
      out.push('')
    }
  } else {
    out.push(`**${escape(summary.headline)}.**`, '')
  }
  const counts = [
    `${summary.newFindings.length} new`,
    `${summary.fixed.length} fixed`,
    `${summary.unchanged.length} unchanged`
  ]
  out.push(`Compared with the base branch: ${counts.join(' · ')}.`, '')
  const blocks = [
    list(escape, 'New findings', summary.newFindings, maxItems, summary.newFindings.length <= 5),
    list(escape, 'Fixed findings', summary.fixed, maxItems, false)
  ].filter(Boolean)
  if (blocks.length) out.push(blocks.join('\n'))
  return `${out.join('\n').trimEnd()}\n`
}
