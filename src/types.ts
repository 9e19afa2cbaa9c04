// Shared vocabulary of the engine. The enumerations here are contracts (../shared/DESIGN.md):
// change them only by adding.
import { CLAUSES, type ClauseTypeName } from './clauses/registry.js'

export const SEVERITIES = ['error', 'warning', 'note'] as const
export type Severity = (typeof SEVERITIES)[number]
export type SeverityOrOff = Severity | 'off'

/** Rank used to compare severities: a finding fails the check when its rank >= fail-on's rank. */
export const SEVERITY_RANK: Record<Severity, number> = { note: 1, warning: 2, error: 3 }

// Clause types come from the clause registry (src/clauses/registry.ts): one module per type, and
// this list, the union and the non-restrictive set follow from it. The names are a contract.
export const CLAUSE_TYPES = CLAUSES.map(c => c.type) as unknown as readonly [ClauseType, ...ClauseType[]]
export type ClauseType = ClauseTypeName

/** Clause types that do not restrict the four freedoms: reported, but not as restrictions. */
export const NON_RESTRICTIVE_CLAUSES: ReadonlySet<ClauseType> = new Set<ClauseType>(
  CLAUSES.filter(c => !c.restrictive).map(c => c.type)
)

export const CATEGORIES = [
  'license-missing',
  'license-unrecognized',
  'license-mismatch',
  'license-restriction',
  'license-inheritance',
  'data-information',
  'code-availability',
  'weights-availability',
  'card-missing',
  'card-incomplete',
  'metadata-invalid',
  'open-washing',
  'unsafe-path',
  'config'
] as const
export type Category = (typeof CATEGORIES)[number]

export type FindingStatus = 'new' | 'unchanged' | 'fixed'

export interface Finding {
  rule: string
  category: Category
  severity: Severity
  message: string
  file?: string
  line?: number
  evidence?: string
  status?: FindingStatus
}

/** A clause found in a licence text (or taken from the catalogue for a licence known only by id). */
export interface Clause {
  type: ClauseType
  /** Path relative to the audited root with "/" separators, or null when known only from the catalogue. */
  file: string | null
  line: number | null
  /**
   * Verbatim from the file. For a licence known only from card metadata (source 'catalogue') the
   * quote is the card's metadata line (e.g. `license: llama3.2`) and `summary` says what the
   * licence's clause is.
   */
  quote: string
  /** 'catalogue' when the clause comes from the licence catalogue, not from a text in the repository. */
  source?: 'text' | 'catalogue'
  /** The catalogue's one-line summary of the clause (catalogue clauses only). */
  summary?: string
  /**
   * The models or variants the licence text says this clause binds, as written there ("the
   * Heron-70B model"), and where it says so: the clause's own sentence, its section or the whole
   * file (licenses/scope.ts). Absent when the text names no model: the clause binds every model.
   */
  appliesTo?: ClauseScope
}

/** Which models a clause binds, as its licence text states it. */
export interface ClauseScope {
  /** The words that name the models, verbatim from the licence text. */
  models: string
  /** Where the text states it: the clause's sentence, the section it sits in, or the file's title or opening. */
  statedIn: 'sentence' | 'section' | 'file'
}

/** Which part of a release a licence governs, when its file name or text says so. */
export type LicenseComponent = 'all' | 'code' | 'weights' | 'data' | 'documentation' | 'use-policy'

/** Which matcher decided an identification, licensee-style. */
export type Matcher =
  | 'exact' // normalised text equals a known text
  | 'dice' // word-set similarity above the stated threshold
  | 'marker' // distinctive passages of a model licence (catalogue)
  | 'spdx-expression' // an SPDX expression in metadata
  | 'spdx-correct' // a free-text name corrected to SPDX
  | 'hub-id' // a Hugging Face Hub licence id
  | 'license-name' // card license_name / license_link
  | 'pointer' // a short text that points to a known licence address (licenses/pointer.ts)
  | 'none'

export interface LicenseIdentification {
  file: string | null
  /** SPDX id, SPDX expression, or catalogue id (Hub id where one exists); null when unidentified. */
  id: string | null
  name: string
  /** 'card-text': stated in the card's prose ("released under the MIT License"), at `line`. */
  source: 'file' | 'card' | 'card-text'
  confidence: number
  matcher: Matcher
  component: LicenseComponent
  /** 1-based line of the `license:` key when source is card, of the sentence when card-text. */
  line?: number
  /** The standard SPDX licence this text is, with sentences added or changed (id is then `LicenseRef-<id>-modified`). */
  modifiedFrom?: string
  /** The added or changed sentences (at most 5), each with the line it starts on. */
  addedText?: { line: number; text: string }[]
}

export type OsaidVerdict = 'pass' | 'fail' | 'unknown'
export type Verdict = 'pass' | 'fail'
