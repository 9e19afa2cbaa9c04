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

function collect(rule: Rule, config: Config, sink: Finding[]): (r: Report) => void {
  const configured = severityFor(rule, config)
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

export function runRules(
  discovery: Discovery,
  models: ModelFacts[],
  ctx: RuleContext
): { repository: Finding[]; perModel: Finding[][] } {
  const repository: Finding[] = []
  const perModel: Finding[][] = models.map(() => [])
  for (const rule of RULES) {
    if (rule.scope === 'repository') {
      rule.check({ discovery, models }, collect(rule, ctx.config, repository), ctx)
    } else {
      models.forEach((m, i) => rule.check(m, collect(rule, ctx.config, perModel[i]), ctx))
    }
  }
  return { repository, perModel }
}

/** Drops findings on ignored paths and applies waivers; expired waivers become warnings. */
/** The model a finding belongs to, as waivers name it: its folder, and its names (a variant's too). */
export interface WaiverTarget {
  path: string
  names: readonly string[]
}

export function applyWaivers(
  findings: Finding[],
  model: WaiverTarget | null,
  config: Config,
  today: string
): { kept: Finding[]; waived: number } {
  const modelPath = model?.path ?? null
  const names = new Set((model?.names ?? []).map(n => n.toLowerCase()))
  const ignore = config.ignore.map(g => picomatch(normalizeConfigPath(g), { dot: true }))
  let waived = 0
  const kept = findings.filter(f => {
    if (f.file && ignore.some(m => m(f.file!))) return false
    const w = config.waivers.find(w => {
      if (w.rule !== f.rule && w.rule !== '*') return false
      // A waiver for one model (a variant of a card that names several) leaves the others alone.
      if (w.model !== undefined && !names.has(w.model.toLowerCase())) return false
      if (!w.path) return true
      const path = normalizeConfigPath(w.path)
      const m = picomatch(path, { dot: true })
      return (
        (f.file !== undefined && (m(f.file) || f.file.startsWith(path.replace(/\/$/, '') + '/'))) ||
        (modelPath !== null && (m(modelPath) || modelPath === path.replace(/\/$/, '')))
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
