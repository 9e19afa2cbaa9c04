// The JSON report: a contract (../shared/DESIGN.md, "Contract: JSON report"). Change only by adding.
import type { Clause, Finding, LicenseIdentification, OsaidVerdict, Verdict } from '../types.js'

export interface OsaidRequirement {
  /** terms | parameters | code | data-information */
  id: 'terms' | 'parameters' | 'code' | 'data-information'
  verdict: OsaidVerdict
  reason: string
  evidence: string[]
}

export interface ModelReport {
  path: string
  card: string | null
  name?: string
  licenses: LicenseIdentification[]
  osaid: OsaidVerdict
  /** Why the OSAID verdict is what it is, one entry per requirement (an addition to the contract). */
  osaidRequirements?: OsaidRequirement[]
  mofClass: 1 | 2 | 3 | null
  mofProgress?: { '1': number; '2': number; '3': number }
  clauses: Clause[]
  findings: Finding[]
  verdict?: Verdict
  baseModels?: Array<{ id: string; licenseId: string | null; source: 'catalogue' | 'hub' | 'unknown' }>
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'model-openness-audit'; version: string }
  verdict: Verdict
  policy?: string
  failOn?: 'error' | 'warning' | 'note' | 'never'
  /** Set when only a slice of the model roots was audited (`--shard K/N`); `merge` joins the slices. */
  shard?: { index: number; count: number }
  models: ModelReport[]
  findings: Finding[]
}
