// What every analysis stage of one model shares: the safe reader, the model root from discovery,
// the options and caches of the whole audit, and where repository-level findings go.
import type { ModelRoot } from '../../discover/discover.js'
import type { SafeFs } from '../../discover/safe-fs.js'
import type { Scope } from '../../licenses/scope.js'
import type { Finding } from '../../types.js'
import type { LicenseFileFacts } from '../facts.js'

/** What a base model's own terms say, as read on the Hub: its licence and the clause types of its text. */
export interface HubBaseLicense {
  licenseId: string | null
  /** Clause types found in the base model's own licence text (when its text was read). */
  clauses?: string[]
  /** The file the licence was identified from (on the base model's repository). */
  licenseFile?: string
}

export type HubBaseResolver = (id: string) => Promise<HubBaseLicense | null>

export interface AnalyzeOptions {
  hubLookup: boolean
  hubEndpoint?: string
  /** Audits an unknown base model on the Hub; without it the Hub's metadata is asked. */
  hubBaseResolver?: HubBaseResolver
  /** The run's network deadline (src/net/deadline.ts): the Hub look-up stops when it aborts. */
  signal?: AbortSignal
  /** Shared across models so one base model is asked once. */
  hubCache: Map<string, Promise<HubBaseLicense | null>>
  /** Shared across models: a root licence governing many models is read and matched once. */
  licenseCache?: Map<string, Promise<LicenseFileFacts>>
  /**
   * Shared across models: the scope each distinct clause sentence states (licenses/scope.ts's
   * sentenceScope), worked out once per run however many models quote the sentence.
   */
  scopeCache?: Map<string, Scope | null>
}

export interface StageContext {
  safe: SafeFs
  model: ModelRoot
  opts: AnalyzeOptions
  /** Findings about the repository (unsafe paths met while reading), merged once per path by audit(). */
  repoFindings: Finding[]
}

/** A path that leads outside the audited root: reported, never read. */
export function unsafePathFinding(path: string, message: string, line?: number): Finding {
  return {
    rule: 'unsafe-path',
    category: 'unsafe-path',
    severity: 'error',
    message,
    file: path,
    ...(line ? { line } : {})
  }
}

export function asString(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  return null
}
