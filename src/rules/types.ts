// Rules in the manner of ESLint: each module exports `meta` and `check`. A check looks at facts
// gathered once (ModelFacts) and reports findings; severities come from meta and config.
import type { ModelFacts } from '../analyze/facts.js'
import type { Config, PolicyName } from '../config/schema.js'
import type { Discovery } from '../discover/discover.js'
import type { Category, Finding, Severity, SeverityOrOff } from '../types.js'

export interface RuleMeta {
  id: string
  category: Category
  title: string
  /** The framework clause the rule implements, e.g. "OSD §6; OSAID 1.0 — freedom to use". */
  framework: string
  /** Default severity under each policy; `default` applies where a policy is not named. */
  severity: { default: SeverityOrOff } & Partial<Record<PolicyName, SeverityOrOff>>
  /** A config key that sets this rule's severity (e.g. `unknown-license`); `rules:` still wins. */
  severityFromConfig?: (config: Config) => SeverityOrOff
  docs: string
}

/** What a check reports; rule, category and default severity are filled in by the engine. */
export type Report = Omit<Finding, 'rule' | 'category' | 'severity' | 'status'> & {
  /** A finding may be less severe than the rule (e.g. a cosmetic metadata problem). */
  severity?: Severity
}

export interface RuleContext {
  config: Config
  /** Today's date (injected so tests are stable). */
  today: string
}

export interface ModelRule {
  meta: RuleMeta
  scope: 'model'
  check(facts: ModelFacts, report: (r: Report) => void, ctx: RuleContext): void
}

export interface RepositoryRule {
  meta: RuleMeta
  scope: 'repository'
  /** Sees the discovery only: models are judged one at a time and their facts are not all kept. */
  check(repo: { discovery: Discovery }, report: (r: Report) => void, ctx: RuleContext): void
}

export type Rule = ModelRule | RepositoryRule

export const DOCS_BASE = 'https://github.com/model-openness/model-openness-audit/blob/main/docs/rules/'

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id.replace(/\//g, '-')}.md`
}
