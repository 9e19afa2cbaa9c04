// One audit for the action and the CLI: discover → analyse each model → rules → verdicts → report.
// Nothing here knows about GitHub.
import { analyzeModelVariants } from './analyze/analyze-model.js'
import type { ModelFacts } from './analyze/facts.js'
import type { HubBaseLicense, HubBaseResolver } from './analyze/stages/context.js'
import type { Config } from './config/schema.js'
import { defaultConfig } from './config/schema.js'
import { discover } from './discover/discover.js'
import { SafeFs } from './discover/safe-fs.js'
import type { ModelReport, Report } from './report/types.js'
import { applyWaivers, failsAt, runRules, waiverFindings } from './rules/engine.js'
import type { Finding, Verdict } from './types.js'
import { assembleReport } from './report/assemble.js'
import { compareModelPaths, sortFindings } from './report/order.js'
import { inShard, type Shard } from './shard.js'
import { classifyMotEntry, buildMotEntry } from './verdicts/mof/index.js'
import { mofInventory } from './verdicts/mof-inventory.js'
import { mofPolicyFindings } from './verdicts/mof-policy.js'
import { osaidVerdict } from './verdicts/osaid.js'

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
}

export interface AuditResult {
  report: Report
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
  const extraUnsafe: Finding[] = []
  const hubCache = new Map<string, Promise<HubBaseLicense | null>>()
  const licenseCache = new Map<
    string,
    ReturnType<typeof Promise.resolve<import('./analyze/facts.js').LicenseFileFacts>>
  >()
  // Models in report order: the order of merged shards is the order of one run.
  const slice = discovery.models
    .filter(m => inShard(m.path, options.shard))
    .sort((a, b) => compareModelPaths(a.path, b.path))
  // Several models are read at once, so that one model's file reads overlap another's analysis;
  // each keeps its own findings, joined in model order, so the report is the same as one by one.
  const analyzeOptions = {
    hubLookup: config['hub-lookup'],
    hubEndpoint: options.hubEndpoint,
    hubBaseResolver: options.hubBaseResolver,
    signal: options.signal,
    hubCache,
    licenseCache
  }
  const analysed = await mapInOrder(slice, MODELS_AT_ONCE, async m => {
    const unsafe: Finding[] = []
    return { facts: await analyzeModelVariants(safe, m, analyzeOptions, unsafe), unsafe }
  })
  // A model root whose card names several models with their own licences gives one facts each.
  const facts: ModelFacts[] = analysed.flatMap(a => a.facts)
  for (const a of analysed) extraUnsafe.push(...a.unsafe)
  // Unsafe reads found while analysing join those found while walking, once per path.
  const seenUnsafe = new Set(discovery.findings.filter(f => f.rule === 'unsafe-path').map(f => f.file))
  for (const f of extraUnsafe)
    if (!seenUnsafe.has(f.file)) {
      discovery.findings.push(f)
      seenUnsafe.add(f.file)
    }

  const ctx = { config, today }
  const ruled = runRules(discovery, facts, ctx)
  repoFindings.push(...ruled.repository, ...waiverFindings(config, today, options.configFile ?? null))

  const models: ModelReport[] = facts.map((f, i) => {
    const mof = classifyMotEntry(buildMotEntry(mofInventory(f)))
    const mofFindings = mofPolicyFindings(config, f, mof)
    const waiverPath = !options.waiverLabel
      ? f.model.path
      : f.model.path === '.'
        ? options.waiverLabel
        : `${options.waiverLabel}/${f.model.path}`
    const names = [f.name, ...(f.variant ? [f.variant.name] : [])]
    const { kept } = applyWaivers(
      [...ruled.perModel[i], ...mofFindings],
      { path: waiverPath, names },
      config,
      today
    )
    const findings = sortFindings(kept)
    const verdict: Verdict = findings.some(x => failsAt(x, config['fail-on'])) ? 'fail' : 'pass'
    return {
      path: f.model.path,
      ...(f.variant ? { variant: f.variant.name } : {}),
      card: f.cardFile?.path ?? null,
      name: f.name,
      licenses: f.licenses,
      osaid: osaidVerdict(f.osaidRequirements),
      osaidRequirements: f.osaidRequirements,
      mofClass: mof.class === 0 ? null : mof.class,
      mofProgress: mof.progress,
      clauses: f.clauses,
      findings,
      verdict,
      baseModels: f.baseModels.map(b => ({
        id: b.id,
        licenseId: b.licenseId,
        source: b.source,
        ...(b.line ? { line: b.line } : {})
      }))
    }
  })
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
