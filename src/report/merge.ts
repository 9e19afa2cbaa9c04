// Joins the reports of shards (`audit --shard K/N`) into the report one run over the whole
// repository would have written: models in report order, repository-level findings (which every
// shard sees) once, and the verdict worked out again from the joined findings by the same fail-on.
// SARIF logs are joined too: the runs of one tool become one run.
import { failsAt } from '../rules/engine.js'
import type { Finding } from '../types.js'
import { compareModelPaths, sortFindings } from './order.js'
import { reportSchema } from './schema.js'
import type { ModelReport, Report } from './types.js'

/** The inputs cannot be joined (they disagree, a shard is missing, a file is not a report). */
export class MergeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MergeError'
  }
}

export interface NamedReport {
  /** Where the report came from, for messages. */
  file: string
  report: Report
}

/** Checks that `json` has the shape of a JSON report; names the first problem otherwise. */
export function asReport(json: unknown, file: string): Report {
  const parsed = reportSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
    throw new MergeError(`${file}: not a model-openness JSON report (${where}${issue.message})`)
  }
  return json as Report
}

function sameSetting(inputs: NamedReport[], what: string, get: (r: Report) => unknown): void {
  const first = inputs[0]
  for (const other of inputs.slice(1)) {
    if (get(other.report) !== get(first.report))
      throw new MergeError(
        `${other.file} was written with ${what} ${String(get(other.report))}, ${first.file} with ${what} ${String(get(first.report))}: merge only the shards of one run`
      )
  }
}

/** Every shard of one run, each once; or reports without shards, whose models do not overlap. */
function checkShards(inputs: NamedReport[]): void {
  const sharded = inputs.filter(i => i.report.shard)
  if (sharded.length === 0) return
  if (sharded.length !== inputs.length) {
    const plain = inputs.find(i => !i.report.shard)!
    throw new MergeError(
      `${plain.file} is a whole run, ${sharded[0].file} is shard ${sharded[0].report.shard!.index}/${sharded[0].report.shard!.count}: merge only the shards of one run`
    )
  }
  sameSetting(inputs, 'a shard count of', r => r.shard!.count)
  const count = inputs[0].report.shard!.count
  const byIndex = new Map<number, string>()
  for (const { file, report } of inputs) {
    const { index } = report.shard!
    const earlier = byIndex.get(index)
    if (earlier) throw new MergeError(`shard ${index}/${count} is given twice: ${earlier} and ${file}`)
    byIndex.set(index, file)
  }
  const missing: number[] = []
  for (let k = 1; k <= count; k++) if (!byIndex.has(k)) missing.push(k)
  if (missing.length > 0)
    throw new MergeError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing: a merged report must cover every model, so merge the reports of all ${count} shards`
    )
}

/** A finding's identity: the same finding seen by several shards is kept once. */
function findingKey(f: Finding): string {
  return JSON.stringify([f.rule, f.category, f.severity, f.message, f.file, f.line, f.evidence, f.status])
}

export function mergeReports(inputs: NamedReport[]): Report {
  if (inputs.length === 0) throw new MergeError('nothing to merge')
  sameSetting(inputs, 'schema version', r => r.schemaVersion)
  sameSetting(inputs, 'model-openness-audit', r => r.tool.version)
  sameSetting(inputs, 'policy', r => r.policy)
  sameSetting(inputs, 'fail-on', r => r.failOn)
  checkShards(inputs)
  const first = inputs[0].report
  const failOn = first.failOn ?? 'error'

  const models: ModelReport[] = []
  const owner = new Map<string, string>()
  for (const { file, report } of inputs) {
    for (const m of report.models) {
      const earlier = owner.get(m.path)
      if (earlier !== undefined)
        throw new MergeError(
          `model ${m.path} is in both ${earlier} and ${file}: the reports overlap (merge the shards of one run, each once)`
        )
      owner.set(m.path, file)
      models.push({ ...m, verdict: m.findings.some(f => failsAt(f, failOn)) ? 'fail' : 'pass' })
    }
  }
  models.sort((a, b) => compareModelPaths(a.path, b.path))

  const seen = new Set<string>()
  const repository: Finding[] = []
  for (const { report } of inputs)
    for (const f of report.findings) {
      const key = findingKey(f)
      if (seen.has(key)) continue
      seen.add(key)
      repository.push(f)
    }
  const findings = sortFindings(repository)
  const failed = findings.some(f => failsAt(f, failOn)) || models.some(m => m.verdict === 'fail')
  return {
    schemaVersion: first.schemaVersion,
    tool: first.tool,
    verdict: failed ? 'fail' : 'pass',
    ...(first.policy !== undefined ? { policy: first.policy } : {}),
    ...(first.failOn !== undefined ? { failOn: first.failOn } : {}),
    models,
    findings
  }
}

// ---------------------------------------------------------------------------------------------
// SARIF

interface SarifRun {
  tool: { driver: { name: string; rules?: Array<{ id: string }> } & Record<string, unknown> }
  results?: Array<{ ruleId?: string; ruleIndex?: number } & Record<string, unknown>>
  automationDetails?: { id?: string }
  artifacts?: unknown[]
  [key: string]: unknown
}

export interface SarifLog {
  $schema?: string
  version: '2.1.0'
  runs: SarifRun[]
  [key: string]: unknown
}

export interface NamedSarif {
  file: string
  log: SarifLog
}

/** Recognises a SARIF 2.1.0 log: a version and runs, each naming its tool. */
export function isSarif(json: unknown): json is SarifLog {
  if (typeof json !== 'object' || json === null) return false
  const o = json as Record<string, unknown>
  return typeof o['version'] === 'string' && Array.isArray(o['runs'])
}

export function asSarif(json: unknown, file: string): SarifLog {
  if (!isSarif(json)) throw new MergeError(`${file}: not a SARIF log`)
  if (json.version !== '2.1.0') throw new MergeError(`${file}: SARIF ${json.version}; only 2.1.0 is merged`)
  json.runs.forEach((run, i) => {
    if (typeof run?.tool?.driver?.name !== 'string')
      throw new MergeError(`${file}: runs.${i}.tool.driver.name is missing`)
    if (run.results !== undefined && !Array.isArray(run.results))
      throw new MergeError(`${file}: runs.${i}.results is not a list`)
    if (run.tool.driver.rules !== undefined && !Array.isArray(run.tool.driver.rules))
      throw new MergeError(`${file}: runs.${i}.tool.driver.rules is not a list`)
  })
  return json
}

/** Runs of one tool and category are one run of the merged log (code scanning takes one per category). */
function runKey(run: SarifRun): string {
  const category = run.automationDetails?.id?.replace(/\/[^/]*$/, '') ?? ''
  return JSON.stringify([run.tool.driver.name, category])
}

/**
 * Joins SARIF logs: the runs of one tool and category become one run, its rules the union of
 * theirs (by id) and its results all of theirs, each result once, its ruleIndex pointing into the
 * joined rules. Runs that list artifacts (which results point into by index) are kept apart.
 */
export function mergeSarif(inputs: NamedSarif[]): SarifLog {
  if (inputs.length === 0) throw new MergeError('nothing to merge')
  const runs: SarifRun[] = []
  const joined = new Map<string, { run: SarifRun; ruleIndex: Map<string, number>; seen: Set<string> }>()
  for (const { log } of inputs) {
    for (const run of log.runs) {
      if (run.artifacts) {
        runs.push(run)
        continue
      }
      const key = runKey(run)
      let target = joined.get(key)
      if (!target) {
        const copy: SarifRun = {
          ...run,
          tool: { ...run.tool, driver: { ...run.tool.driver, rules: [] } },
          results: []
        }
        target = { run: copy, ruleIndex: new Map(), seen: new Set() }
        joined.set(key, target)
        runs.push(copy)
      }
      const rules = target.run.tool.driver.rules!
      const local = run.tool.driver.rules ?? []
      for (const rule of local) {
        if (!target.ruleIndex.has(rule.id)) {
          target.ruleIndex.set(rule.id, rules.length)
          rules.push(rule)
        }
      }
      for (const result of run.results ?? []) {
        const id = result.ruleId ?? (result.ruleIndex !== undefined ? local[result.ruleIndex]?.id : undefined)
        const moved = { ...result }
        if (id !== undefined && target.ruleIndex.has(id)) moved.ruleIndex = target.ruleIndex.get(id)
        else delete moved.ruleIndex
        const k = JSON.stringify(moved)
        if (target.seen.has(k)) continue
        target.seen.add(k)
        target.run.results!.push(moved)
      }
    }
  }
  for (const { run } of joined.values()) if (run.tool.driver.rules!.length === 0) delete run.tool.driver.rules
  const first = inputs[0].log
  return { ...first, runs }
}
