// Audits models on the Hugging Face Hub with the same engine as a folder: each model is made into
// a private folder (materialize.ts), audited by audit(), and the folder removed. Several targets
// (Hub models and folders) make one report, their models named by the target.
import { audit, type AuditOptions, type AuditResult } from '../audit.js'
import type { ModelFacts } from '../analyze/facts.js'
import type { Config } from '../config/schema.js'
import type { ModelReport, Report } from '../report/types.js'
import { assembleReport } from '../report/assemble.js'
import { compareModelPaths, sortFindings } from '../report/order.js'
import type { Finding } from '../types.js'
import { HubAccessError, type HubClient } from './client.js'
import { mapLimited } from './deadline.js'
import type { HubRef } from './id.js'
import { materializeHubModel, type HubSource } from './materialize.js'

export interface HubAuditResult extends AuditResult {
  source: HubSource
  /** Repository paths fetched from the Hub. */
  fetched: string[]
}

/** One Hub model: the report is the folder's, each model marked with where it was read. */
export async function auditHubModel(
  client: HubClient,
  ref: HubRef,
  config: Config,
  options: AuditOptions = {}
): Promise<HubAuditResult> {
  const m = await materializeHubModel(client, ref)
  try {
    const result = await audit(m.dir, config, {
      ...options,
      waiverLabel: `hf:${ref.id}`,
      extraFindings: [...(options.extraFindings ?? []), ...m.findings]
    })
    for (const model of result.report.models) model.source = m.source
    return { ...result, source: m.source, fetched: m.fetched }
  } finally {
    await m.cleanup()
  }
}

/** A target of a list audit: its label names its models in the combined report. */
export type AuditTarget =
  { kind: 'hub'; label: string; ref: HubRef } | { kind: 'folder'; label: string; root: string }

export interface TargetResult {
  label: string
  result: AuditResult
}

/** At most this many targets are audited at once (each fetches with its own bounded concurrency). */
export const TARGET_CONCURRENCY = 3

export async function auditTargets(
  targets: readonly AuditTarget[],
  config: Config,
  client: () => HubClient,
  options: AuditOptions = {}
): Promise<TargetResult[]> {
  const settled = await mapLimited(targets, TARGET_CONCURRENCY, async t => {
    try {
      const result =
        t.kind === 'hub'
          ? await auditHubModel(client(), t.ref, config, options)
          : await audit(t.root, config, options)
      return { label: t.label, result }
    } catch (error) {
      return { label: t.label, error }
    }
  })
  // Every model that cannot be audited is named at once, so one run shows the whole list's problems.
  const failed = settled.filter(s => 'error' in s)
  if (failed.length > 0) {
    const errors = failed.map(f => (f as { error: unknown }).error)
    const other = errors.find(e => !(e instanceof HubAccessError))
    if (other) throw other
    if (errors.length === 1) throw errors[0]
    const first = errors[0] as HubAccessError
    throw new HubAccessError(first.kind, first.modelId, errors.map(e => (e as Error).message).join('\n'))
  }
  return settled as TargetResult[]
}

const prefixed = (label: string, p: string) => (p === '.' ? label : `${label}/${p}`)

/**
 * One report of several targets. Each model's `path` is its target's label (`hf:OWNER/NAME`, or the
 * folder as given) joined with its path inside; files inside a model stay named as in their
 * repository (a Hub model's `source` says where). Repository-level findings, which have no model,
 * name their target in the message and in `file`. Models and findings are in report order.
 */
export function combineReports(
  parts: readonly TargetResult[],
  config: Config
): { report: Report; facts: ModelFacts[] } {
  const models: ModelReport[] = []
  const findings: Finding[] = []
  const facts: ModelFacts[] = []
  for (const { label, result } of parts) {
    for (const m of result.report.models) models.push({ ...m, path: prefixed(label, m.path) })
    for (const f of result.report.findings)
      findings.push({
        ...f,
        message: `${label}: ${f.message}`,
        ...(f.file ? { file: prefixed(label, f.file) } : {})
      })
    facts.push(...result.facts)
  }
  // The order of one audit (src/report/order.ts): the same whatever the order of the list, and
  // the same as the shards of a list joined by `merge`.
  models.sort((a, b) => compareModelPaths(a.path, b.path))
  const sorted = sortFindings(findings)
  return {
    report: assembleReport({
      config,
      models,
      findings: sorted,
      failedElsewhere: parts.some(p => p.result.report.verdict === 'fail')
    }),
    facts
  }
}
