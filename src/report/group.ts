// Report-level grouping for readers (text and Markdown): findings that share a cause are shown once.
// - The same rule, message and quote at the same line of the same file — or of the same-named file
//   in each model's folder (six folders each holding one licence text) — is one group that lists
//   every place and model.
// - A model's failing OSAID requirements (osaid/* findings, whose reasons the OSAID table already
//   gives) become one entry per model that names them.
// The JSON report keeps every finding per model; this only changes how they are shown.
import { trimEndChars } from '../text/trim.js'
import type { Clause, Finding, FindingStatus, Severity } from '../types.js'
import type { ModelReport, Report } from './types.js'

/** Where one member of a group was found. */
export interface Place {
  /** The model it belongs to; null for a repository finding. */
  model: ModelReport | null
  file?: string
  line?: number
}

export interface FindingGroup {
  /** The rule (for merged OSAID entries, the first osaid/* rule). */
  rule: string
  /** Every rule folded into this entry (one, except for merged OSAID entries). */
  rules: string[]
  severity: Severity
  category: Finding['category']
  message: string
  evidence?: string
  status?: FindingStatus
  /** The first finding, as reported (for catalogue labels and the like). */
  first: Finding
  places: Place[]
  /** Distinct models in report order (empty for repository findings). */
  models: ModelReport[]
  /** The OSAID requirements named by a merged OSAID entry. */
  osaidRequirements?: string[]
}

/**
 * How many findings the groups stand for: one per place, and for a merged OSAID entry one per
 * requirement at each place, so that counts agree with the totals of the report.
 */
export function findingCount(groups: readonly FindingGroup[]): number {
  return groups.reduce((n, g) => n + g.places.length * g.rules.length, 0)
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** The path inside the model's folder when the file is in it, else the path itself. */
export function pathInModel(file: string, model: ModelReport | null): string {
  if (!model || !model.path || model.path === '.') return file
  const prefix = trimEndChars(model.path, '/') + '/'
  return file.startsWith(prefix) ? file.slice(prefix.length) : file
}

/** Text with the model's own folder taken out, so that copies in sibling folders compare equal. */
function withoutModelPath(text: string | undefined, model: ModelReport | null): string {
  if (!text || !model || !model.path || model.path === '.') return text ?? ''
  return text.split(trimEndChars(model.path, '/') + '/').join('\u0000/')
}

function normalise(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** The osaid/* findings of one model as one finding naming the failing requirements. */
function mergeOsaid(findings: Finding[]): { merged: Finding[]; requirements: Map<Finding, string[]> } {
  const osaid = findings.filter(f => /^osaid\//.test(f.rule))
  const requirements = new Map<Finding, string[]>()
  if (osaid.length <= 1) {
    for (const f of osaid) requirements.set(f, [f.rule.slice('osaid/'.length)])
    return { merged: findings, requirements }
  }
  const groups = new Map<string, Finding[]>()
  for (const f of osaid) {
    const key = `${f.severity}\u0000${f.status ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const merged: Finding[] = []
  const done = new Set<Finding>()
  for (const f of findings) {
    if (!/^osaid\//.test(f.rule)) {
      merged.push(f)
      continue
    }
    if (done.has(f)) continue
    const same = groups.get(`${f.severity}\u0000${f.status ?? ''}`) ?? [f]
    for (const g of same) done.add(g)
    const names = same.map(g => g.rule.slice('osaid/'.length))
    const one: Finding = {
      ...f,
      message: `OSAID 1.0 fails on ${names.join(', ')}.`,
      evidence: undefined
    }
    requirements.set(one, names)
    merged.push(one)
  }
  return { merged, requirements }
}

/**
 * Groups the findings of a report by cause, errors first, then warnings and notes, each in the
 * order first met. `include` picks the findings (default: all that are not fixed).
 */
export function groupFindings(
  report: Report,
  include: (f: Finding) => boolean = f => f.status !== 'fixed'
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  const add = (f: Finding, model: ModelReport | null, osaidNames?: string[], rules?: string[]): void => {
    const key = [
      rules?.join(',') ?? f.rule,
      f.severity,
      f.status ?? '',
      normalise(withoutModelPath(f.message, model)),
      normalise(withoutModelPath(f.evidence, model)),
      f.file ? pathInModel(f.file, model) : '',
      f.line ?? '',
      model ? 'model' : 'repository'
    ].join('\u0001')
    let group = groups.get(key)
    if (!group) {
      group = {
        rule: f.rule,
        rules: rules ?? [f.rule],
        severity: f.severity,
        category: f.category,
        message: f.message,
        evidence: f.evidence,
        status: f.status,
        first: f,
        places: [],
        models: [],
        ...(osaidNames ? { osaidRequirements: osaidNames } : {})
      }
      groups.set(key, group)
    }
    group.places.push({ model, file: f.file, line: f.line })
    if (model && !group.models.includes(model)) group.models.push(model)
  }
  for (const f of report.findings) if (include(f)) add(f, null)
  for (const m of report.models) {
    const { merged, requirements } = mergeOsaid(m.findings.filter(include))
    for (const f of merged) {
      const names = requirements.get(f)
      add(
        f,
        m,
        names,
        names?.map(n => `osaid/${n}`)
      )
    }
  }
  return [...groups.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => SEVERITY_ORDER[a.g.severity] - SEVERITY_ORDER[b.g.severity] || a.i - b.i)
    .map(x => x.g)
}

/** A clause and every model folder that holds the same one (same type, quote, file name and line). */
export interface ClauseGroup {
  clause: Clause
  places: Array<{ model: ModelReport; file: string | null; line: number | null }>
}

/** Clauses of all models, each distinct one once with its places (same keying as findings). */
export function groupClauses(
  models: ModelReport[],
  include: (c: Clause) => boolean = () => true
): ClauseGroup[] {
  const groups = new Map<string, ClauseGroup>()
  for (const m of models)
    for (const c of m.clauses) {
      if (!include(c)) continue
      const key = [
        c.type,
        normalise(c.quote),
        c.file ? pathInModel(c.file, m) : '',
        c.line ?? '',
        c.source ?? ''
      ].join('\u0001')
      const group = groups.get(key) ?? { clause: c, places: [] }
      group.places.push({ model: m, file: c.file, line: c.line })
      groups.set(key, group)
    }
  return [...groups.values()]
}

/** One OSAID requirement's verdict and reason, with the models that share them. */
export interface RequirementGroup {
  id: string
  verdict: string
  reason: string
  models: ModelReport[]
}

/** The OSAID table across models: each requirement's distinct (verdict, reason) once. */
export function groupRequirements(models: ModelReport[]): RequirementGroup[] {
  const groups = new Map<string, RequirementGroup>()
  for (const m of models)
    for (const r of m.osaidRequirements ?? []) {
      const key = [r.id, r.verdict, normalise(withoutModelPath(r.reason, m))].join('\u0001')
      const group = groups.get(key) ?? { id: r.id, verdict: r.verdict, reason: r.reason, models: [] }
      group.models.push(m)
      groups.set(key, group)
    }
  // Requirement by requirement, in the order the models list them.
  const order = [...new Set([...groups.values()].map(g => g.id))]
  return [...groups.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
}
