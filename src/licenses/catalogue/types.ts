import type { ClauseType } from '../../types.js'

export interface CatalogueClause {
  type: ClauseType
  /** One line, in our words. */
  summary: string
}

/**
 * Distinctive passages used to identify a text. Phrases are written naturally and normalised
 * (normalizePhrase) before matching against the normalised text (title kept).
 * The entry matches when every `all` phrase is present, at least one `any` phrase is present
 * (when `any` is given), and no `none` phrase is present.
 */
export interface Markers {
  all: readonly string[]
  any?: readonly string[]
  none?: readonly string[]
}

export interface CatalogueEntry {
  /** Hugging Face Hub id where one exists, else a stable id of ours. */
  id: string
  /** True when `id` is a Hugging Face Hub licence identifier. */
  hubId?: boolean
  name: string
  version?: string
  family: string
  /** Where the licence is published (its canonical address). */
  url?: string
  /**
   * Other addresses that publish this licence's text (GitHub and Hugging Face copies, older
   * domains): a licence file that only points to one of them is this licence (licenses/pointer.ts).
   */
  urls?: readonly string[]
  spdx: string | null
  osiApproved: boolean
  kind: 'license' | 'use-policy'
  clauses: readonly CatalogueClause[]
  /** Identification markers; absent for licences known only by name (text not collected). */
  markers?: Markers
  /** Other names seen in card metadata (license_name) or in prose. Compared case-insensitively. */
  aliases?: readonly string[]
  /** For a licence: the catalogue id of the use policy it incorporates. */
  policy?: string
  /** For a licence: URL of the incorporated use policy. */
  useAt?: string
  /** For a use policy: the id (Hub, SPDX or catalogue) of the licence it belongs to. */
  policyOf?: string
  note?: string
}
