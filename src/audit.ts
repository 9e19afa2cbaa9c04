// One audit for the action and the CLI: discover → analyse each model → rules → verdicts → report.
// Nothing here knows about GitHub.
import type { AnalyzeOptions } from './analyze/analyze-model.js'
import type { LicenseFileFacts, ModelFacts } from './analyze/facts.js'
import { auditModelRoot, type AuditedModelRoot } from './audit-model.js'
import { auditInWorkers, poolSize, type WorkerOptions } from './audit-pool.js'
import type { HubBaseLicense, HubBaseResolver } from './analyze/stages/context.js'
import type { Config } from './config/schema.js'
import { defaultConfig } from './config/schema.js'
import { discover, type ModelRoot } from './discover/discover.js'
import { LIMITS, SafeFs } from './discover/safe-fs.js'
import type { ModelReport, Report } from './report/types.js'
import { applyWaivers, runRepositoryRules, waiverFindings } from './rules/engine.js'
import type { Finding } from './types.js'
import { assembleReport } from './report/assemble.js'
import { compareModelPaths, sortFindings } from './report/order.js'
import { inShard, type Shard } from './shard.js'

export interface AuditOptions {
  configFile?: string | null
  /** YYYY-MM-DD; defaults to today (UTC). Waivers expire against it. */
  today?: string
  hubEndpoint?: string
  /**
   * Resolves a base model the catalogue lacks (with `hub-lookup: true`): the CLI and the action
   * audit it on the Hub (src/hub/base-model.ts); without one, the Hub's metadata is asked.
   */
  hubBaseResolver?: HubBaseResolver
  /** Findings found before the audit (a Hub model's files that could not be fetched): ruled like the rest. */
  extraFindings?: Finding[]
  /**
   * The name a waiver's `path` uses for this audit's models, when the audited folder stands for
   * something else: `hf:OWNER/NAME` for a model read on the Hub (its models are `hf:OWNER/NAME` and
   * `hf:OWNER/NAME/sub`).
   */
  waiverLabel?: string
  /** The run's network deadline (src/net/deadline.ts's Deadline.signal): network look-ups stop when it aborts. */
  signal?: AbortSignal
  /** Audit only the model roots of this slice (`--shard K/N`); repository-level findings are kept. */
  shard?: Shard
  /**
   * Keep every model's facts for the result (default true). Without them, a model's facts are let
   * go as soon as it is judged: the memory of a monorepo audit stays flat.
   */
  keepFacts?: boolean
  /** Judge models in worker threads running this script (see audit-pool.ts); without it, in this thread. */
  workers?: WorkerOptions
  /**
   * Told the size of the job once the models to audit are known, before any is analysed: how many
   * model roots, and how many bytes of cards, licence and data-card texts they will read.
   */
  onPlan?: (plan: AuditPlan) => void
}

/** The size of an audit's job, known before any model is analysed. */
export interface AuditPlan {
  /** Model roots to audit. */
  models: number
  /** Bytes of the cards, licence and data-card texts they read (a file shared by many models once). */
  textBytes: number
  /** Bytes of the largest of those texts. */
  largestText: number
}

export interface AuditResult {
  report: Report
  /** Every model's facts, in report order; empty when `keepFacts` is false. */
  facts: ModelFacts[]
}

/** How many models are analysed at once (their reads wait on the file system, not the CPU). */
const MODELS_AT_ONCE = 8

/** `items.map(fn)` with at most `limit` calls running at once; results in the order of `items`. */
async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** The plan of an audit of these models: their number, and the texts they will read (each file once, as read: up to the size cap). */
function planOf(models: readonly ModelRoot[]): AuditPlan {
  const seen = new Set<string>()
  let textBytes = 0
  let largestText = 0
  for (const m of models)
    for (const f of [m.card, ...m.licenseFiles, ...m.dataCards])
      if (f && !seen.has(f.path)) {
        seen.add(f.path)
        const bytes = Math.min(f.size, LIMITS.maxTextBytes)
        textBytes += bytes
        largestText = Math.max(largestText, bytes)
      }
  return { models: models.length, textBytes, largestText }
}

export async function audit(
  root: string,
  config: Config = defaultConfig(),
  options: AuditOptions = {}
): Promise<AuditResult> {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  // One SafeFs for the walk and the reads: the folders the walk listed are not listed again.
  const safe = await SafeFs.open(root)
  const discovery = await discover(root, config.ignore, safe)
  const repoFindings: Finding[] = [
    ...discovery.findings.filter(f => f.rule !== 'unsafe-path'),
    ...(options.extraFindings ?? [])
  ]
  const hubCache = new Map<string, Promise<HubBaseLicense | null>>()
  const licenseCache = new Map<string, Promise<LicenseFileFacts>>()
  // Models in report order: the order of merged shards is the order of one run.
  const slice = discovery.models
    .filter(m => inShard(m.path, options.shard))
    .sort((a, b) => compareModelPaths(a.path, b.path))
  options.onPlan?.(planOf(slice))
  const analyzeOptions: AnalyzeOptions = {
    hubLookup: config['hub-lookup'],
    hubEndpoint: options.hubEndpoint,
    hubBaseResolver: options.hubBaseResolver,
    signal: options.signal,
    hubCache,
    licenseCache,
    scopeCache: new Map()
  }
  const judge = {
    config,
    today,
    ...(options.waiverLabel ? { waiverLabel: options.waiverLabel } : {}),
    keepFacts: options.keepFacts ?? true
  }
  // Each model root is analysed and judged on its own, so that its facts can be let go at once
  // (and so that worker threads can share the work); results are joined in model order.
  const threads = poolSize(options.workers, slice.length, config)
  const audited: AuditedModelRoot[] =
    threads > 1
      ? await auditInWorkers(options.workers!.script, threads, safe, slice, judge)
      : await mapInOrder(slice, MODELS_AT_ONCE, m => auditModelRoot(safe, m, analyzeOptions, judge))
  const models: ModelReport[] = audited.flatMap(a => a.reports)
  const facts: ModelFacts[] = judge.keepFacts ? audited.flatMap(a => a.facts ?? []) : []
  // Unsafe reads found while analysing join those found while walking, once per path.
  const seenUnsafe = new Set(discovery.findings.filter(f => f.rule === 'unsafe-path').map(f => f.file))
  for (const a of audited)
    for (const f of a.unsafe)
      if (!seenUnsafe.has(f.file)) {
        discovery.findings.push(f)
        seenUnsafe.add(f.file)
      }

  repoFindings.push(
    ...runRepositoryRules(discovery, { config, today }),
    ...waiverFindings(config, today, options.configFile ?? null)
  )
  const repository = sortFindings(applyWaivers(repoFindings, null, config, today).kept)
  return {
    report: assembleReport({
      config,
      models,
      findings: repository,
      ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {})
    }),
    facts
  }
}
