// Everything the rules may look at for one model, gathered once. Rules never read files.
import type { ParsedCard } from '../card/types.js'
import type { CodeClaim } from '../knowledge/code-evidence.js'
import type { FrontMatterProblem } from '../card/front-matter.js'
import type { MetadataProblem } from '../card/metadata-schema.js'
import type { ModelRoot, RepoFile } from '../discover/discover.js'
import type { Clause, ClauseType, LicenseIdentification } from '../types.js'
import type { OsaidRequirement } from '../report/types.js'
import type { HiddenCharacter } from '../text/hidden.js'
import type { TextScope } from '../licenses/scope.js'

export interface LicenseFileFacts {
  file: RepoFile
  /** What reading it gave: text, or why it was not read as text. */
  state: 'text' | 'binary' | 'lfs-pointer' | 'unsafe' | 'missing' | 'error' | 'truncated'
  identification: LicenseIdentification | null
  clauses: Clause[]
  /** Size of the file in bytes, when it was read (binary, LFS pointer, text or truncated text). */
  bytes?: number
  /** Set when the text was UTF-16 rather than UTF-8. */
  encoding?: 'utf-16le' | 'utf-16be'
  /** Bidi controls and in-word invisible characters: the text displays differently from what it says. */
  hiddenText?: HiddenCharacter[]
  /** The card's text links to this file: at these lines, with this link text. */
  links?: Array<{ line: number; text: string }>
  /** The models the text says it covers, as a whole or section by section (licenses/scope.ts). */
  scope?: TextScope
}

export interface CardLicenseFacts {
  /** The raw `license:` value, and `license_name` / `license_link` when given. */
  value: string | null
  licenseName: string | null
  licenseLink: string | null
  line: number | undefined
  identification: LicenseIdentification | null
  /** Whether `license` is one of the Hub's identifiers. */
  isHubId: boolean
  /** `license:` given as a list (not what the Hub accepts): its values; `value` joins them. */
  values?: string[]
  /** What `license_link` is: a URL (not fetched), a file found (and read) or missing, or unsafe. */
  linkState?: 'url' | 'found' | 'missing' | 'unsafe'
  /** The file `license_link` names, relative to the audited root, when it was found. */
  linkedFile?: string
}

export interface BaseModelFacts {
  id: string
  licenseId: string | null
  family?: string
  source: 'catalogue' | 'hub' | 'unknown'
  line?: number
  /** Where the card names it: `base_model:` (the default), or its prose ("fine-tuned from …"). */
  statedIn?: 'metadata' | 'card-text'
  /** Read on the Hub: the clause types of the base model's own licence text (inheritance compares these). */
  clauses?: ClauseType[]
  /** Read on the Hub: the base model's file the licence was identified from. */
  licenseFile?: string
}

export interface OpenClaim {
  quote: string
  line: number
  source: 'prose' | 'tag' | 'name' | 'metadata'
  /** 'license' when the claim only says the licence is open source. */
  about?: 'model' | 'license'
}

export interface DataInformationFacts {
  level: 'complete' | 'partial' | 'none'
  /** Sources named and processing said (in the card or in documentation it links for the data). */
  described: boolean
  /** Where to get the data is given, and no part of it is said to be withheld. */
  obtainable: boolean
  datasets: string[]
  missing: string[]
  reason: string
  evidence: string[]
}

export interface CodeFacts {
  /** Kinds of code found in files or linked from the card (training, data-processing, inference, …). */
  kinds: Set<string>
  files: Array<{ path: string; kinds: string[] }>
  links: Array<{ url: string; line: number; kinds: string[]; text?: string; claim?: CodeClaim }>
}

/** A weights file holding parameters: 1 MiB or more, or a Git LFS pointer (see discover/weights.ts). */
export interface WeightFileFacts {
  /** Relative to the audited root. */
  path: string
  /** Size on disk (for an LFS pointer, the pointer's). */
  bytes: number
  lfs: boolean
}

export interface BrokenLicenseLink {
  /** Repository path the link resolves to. */
  path: string
  /** The card line of the link, and its text. */
  line: number
  text: string
}

export interface ModelFacts {
  model: ModelRoot
  name: string
  /**
   * Set when the card names several models with licences of their own (a table or list): this is
   * the one named `name`, at that line of the card. They share the model root's path.
   */
  variant?: { name: string; line: number }
  card: ParsedCard | null
  cardFile: RepoFile | null
  cardState: 'ok' | 'missing' | 'binary' | 'unsafe' | 'error' | 'truncated'
  cardProblems: FrontMatterProblem[]
  /** Size of the card in bytes when it was cut at the read cap (cardState 'truncated'). */
  cardBytes?: number
  /** Bidi controls and in-word invisible characters in the card's text. */
  cardHiddenText?: HiddenCharacter[]
  metadataProblems: MetadataProblem[]
  licenseFiles: LicenseFileFacts[]
  cardLicense: CardLicenseFacts | null
  /** Licences the card's prose states (source 'card-text'), each with its line. */
  proseLicenses: LicenseIdentification[]
  /** Every identification, files first, then the card's metadata, then its prose. */
  licenses: LicenseIdentification[]
  /** Clauses from licence texts, plus catalogue clauses for licences known only from metadata. */
  clauses: Clause[]
  /** Licence files the card's text links to that are not in the repository, with the linking line. */
  brokenLicenseLinks: BrokenLicenseLink[]
  baseModels: BaseModelFacts[]
  baseModelRelation: string | null
  baseModelProblems: string[]
  openClaims: OpenClaim[]
  dataInformation: DataInformationFacts
  code: CodeFacts
  /**
   * The model's real weights only: tiny weight-named files (filters, fixtures) and weights under
   * test, fixture, asset or example folders are left out. `model.weights` lists every weight-named file outside such folders.
   */
  weights: WeightFileFacts[]
  gated: boolean
  osaidRequirements: OsaidRequirement[]
}
