// Runs the rules and applies what the configuration says: per-policy default severities, per-rule
// overrides, ignored paths and waivers.
import picomatch from 'picomatch'
import type { ModelFacts } from '../analyze/facts.js'
import { normalizeConfigPath, type Config } from '../config/schema.js'
import type { Discovery } from '../discover/discover.js'
import { SEVERITY_RANK, type Finding, type Severity, type SeverityOrOff } from '../types.js'
import { RULES } from './index.js'
import type { Report, Rule, RuleContext } from './types.js'

export function severityFor(rule: Rule, config: Config): SeverityOrOff {
  const override = config.rules[rule.meta.id]
  if (override) return override
  if (rule.meta.severityFromConfig) return rule.meta.severityFromConfig(config)
  return rule.meta.severity[config.policy] ?? rule.meta.severity.default
}

function lower(a: Severity, b: Severity | undefined): Severity {
  if (!b) return a
  return SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a
}

/** Each rule's severity under a config, worked out once per config (not once per model). */
const severities = new WeakMap<Config, Map<Rule, SeverityOrOff>>()

function configuredSeverity(rule: Rule, config: Config): SeverityOrOff {
  let known = severities.get(config)
  if (!known) severities.set(config, (known = new Map()))
  let s = known.get(rule)
  if (s === undefined) known.set(rule, (s = severityFor(rule, config)))
  return s
}

function collect(rule: Rule, config: Config, sink: Finding[]): (r: Report) => void {
  const configured = configuredSeverity(rule, config)
  return r => {
    if (configured === 'off') return
    // A finding may ask for less than its rule; an explicit config override wins outright.
    const severity = config.rules[rule.meta.id] ? configured : lower(configured, r.severity)
    const f: Finding = { rule: rule.meta.id, category: rule.meta.category, severity, message: r.message }
    if (r.file) f.file = r.file
    if (r.line) f.line = r.line
    if (r.evidence) f.evidence = r.evidence.length > 500 ? r.evidence.slice(0, 497) + '…' : r.evidence
    sink.push(f)
  }
}

/** The findings of the model rules on one model, in rule order. */
export function runModelRules(model: ModelFacts, ctx: RuleContext): Finding[] {
  const found: Finding[] = []
  for (const rule of RULES)
    if (rule.scope === 'model') rule.check(model, collect(rule, ctx.config, found), ctx)
  return found
}

/**
 * The findings of the repository rules. They see the discovery only, never every model's facts at
 * once: models are judged one at a time (and in worker threads), so their facts need not be kept.
 */
export function runRepositoryRules(discovery: Discovery, ctx: RuleContext): Finding[] {
  const found: Finding[] = []
  for (const rule of RULES)
    if (rule.scope === 'repository') rule.check({ discovery }, collect(rule, ctx.config, found), ctx)
  return found
}

/** Drops findings on ignored paths and applies waivers; expired waivers become warnings. */
/** The model a finding belongs to, as waivers name it: its folder, and its names (a variant's too). */
export interface WaiverTarget {
  path: string
  names: readonly string[]
}

/** Matchers of the config's ignore globs and waiver paths, compiled once per config. */
interface CompiledWaivers {
  ignore: Array<(p: string) => boolean>
  /** Per waiver (same index as config.waivers): its normalised path and its matcher, or null without a path. */
  paths: Array<{ path: string; folder: string; match: (p: string) => boolean } | null>
}

const compiled = new WeakMap<Config, CompiledWaivers>()

function compileWaivers(config: Config): CompiledWaivers {
  let c = compiled.get(config)
  if (!c) {
    c = {
      ignore: config.ignore.map(g => picomatch(normalizeConfigPath(g), { dot: true })),
      paths: config.waivers.map(w => {
        if (!w.path) return null
        const path = normalizeConfigPath(w.path)
        return { path, folder: path.replace(/\/$/, ''), match: picomatch(path, { dot: true }) }
      })
    }
    compiled.set(config, c)
  }
  return c
}

export function applyWaivers(
  findings: Finding[],
  model: WaiverTarget | null,
  config: Config,
  today: string
): { kept: Finding[]; waived: number } {
  const modelPath = model?.path ?? null
  const names = new Set((model?.names ?? []).map(n => n.toLowerCase()))
  const { ignore, paths } = compileWaivers(config)
  let waived = 0
  const kept = findings.filter(f => {
    if (f.file && ignore.some(m => m(f.file!))) return false
    const w = config.waivers.find((w, i) => {
      if (w.rule !== f.rule && w.rule !== '*') return false
      // A waiver for one model (a variant of a card that names several) leaves the others alone.
      if (w.model !== undefined && !names.has(w.model.toLowerCase())) return false
      const p = paths[i]
      if (!p) return true
      return (
        (f.file !== undefined && (p.match(f.file) || f.file.startsWith(p.folder + '/'))) ||
        (modelPath !== null && (p.match(modelPath) || modelPath === p.folder))
      )
    })
    if (!w) return true
    if (w.expires && w.expires < today) return true
    waived++
    return false
  })
  return { kept, waived }
}

export function waiverFindings(config: Config, today: string, configFile: string | null): Finding[] {
  return config.waivers
    .filter(w => w.expires && w.expires < today)
    .map(w => ({
      rule: 'config/waiver-expired',
      category: 'config' as const,
      severity: 'warning' as const,
      message: `The waiver for ${w.rule}${w.path ? ` on ${w.path}` : ''} expired on ${w.expires}; its findings are reported again. Reason given: ${w.reason}`,
      ...(configFile ? { file: configFile } : {})
    }))
}

export function failsAt(f: Finding, failOn: Config['fail-on']): boolean {
  if (failOn === 'never') return false
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]
}
