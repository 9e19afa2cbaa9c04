// One model root, analysed and judged on its own: its facts, the model rules, its MOF class, the
// waivers, and the model's part of the report. audit() calls this for every model root, in this
// thread or in worker threads (audit-pool.ts); both run this same code, so both give the same report.
import { analyzeModelVariants, type AnalyzeOptions } from './analyze/analyze-model.js'
import type { ModelFacts } from './analyze/facts.js'
import type { Config } from './config/schema.js'
import type { ModelRoot } from './discover/discover.js'
import type { SafeFs } from './discover/safe-fs.js'
import type { ModelReport } from './report/types.js'
import { sortFindings } from './report/order.js'
import { applyWaivers, failsAt, runModelRules } from './rules/engine.js'
import type { Finding, Verdict } from './types.js'
import { buildMotEntry, classifyMotEntry } from './verdicts/mof/index.js'
import { mofInventory } from './verdicts/mof-inventory.js'
import { mofPolicyFindings } from './verdicts/mof-policy.js'
import { osaidVerdict } from './verdicts/osaid.js'

export interface JudgeOptions {
  config: Config
  /** YYYY-MM-DD: waivers expire against it. */
  today: string
  /** The name waivers use for the audited folder (see AuditOptions.waiverLabel). */
  waiverLabel?: string
}

export interface AuditedModelRoot {
  /** One report per model (a card that names several models with their own licences gives several). */
  reports: ModelReport[]
  /** Unsafe paths met while reading this model's files (repository findings). */
  unsafe: Finding[]
  /** The facts behind the reports, when the caller keeps them. */
  facts?: ModelFacts[]
}

/** The report of one model from its facts: rules, MOF class, waivers, verdict. */
export function judgeModel(f: ModelFacts, opts: JudgeOptions): ModelReport {
  const { config, today, waiverLabel } = opts
  const mof = classifyMotEntry(buildMotEntry(mofInventory(f)))
  const mofFindings = mofPolicyFindings(config, f, mof)
  const waiverPath = !waiverLabel
    ? f.model.path
    : f.model.path === '.'
      ? waiverLabel
      : `${waiverLabel}/${f.model.path}`
  const names = [f.name, ...(f.variant ? [f.variant.name] : [])]
  const { kept } = applyWaivers(
    [...runModelRules(f, { config, today }), ...mofFindings],
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
}

/** Analyses one model root and judges each of its models; the facts are kept only when asked. */
export async function auditModelRoot(
  safe: SafeFs,
  model: ModelRoot,
  analyzeOptions: AnalyzeOptions,
  opts: JudgeOptions & { keepFacts: boolean }
): Promise<AuditedModelRoot> {
  const unsafe: Finding[] = []
  const facts = await analyzeModelVariants(safe, model, analyzeOptions, unsafe)
  const reports = facts.map(f => judgeModel(f, opts))
  return opts.keepFacts ? { reports, unsafe, facts } : { reports, unsafe }
}
