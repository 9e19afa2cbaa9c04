import { normalizePhrase } from '../normalize.js'
import { LLAMA } from './llama.js'
import { FAMILIES, MODELS } from './models.js'
import type { CatalogueEntry, Markers } from './types.js'

export type { CatalogueClause, CatalogueEntry, Markers } from './types.js'

export const CATALOGUE: readonly CatalogueEntry[] = [...LLAMA, ...MODELS, ...FAMILIES]

const byKey = new Map<string, CatalogueEntry>()
for (const e of CATALOGUE) byKey.set(e.id.toLowerCase(), e)
for (const e of CATALOGUE)
  for (const a of e.aliases ?? []) if (!byKey.has(a.toLowerCase())) byKey.set(a.toLowerCase(), e)

/** A catalogue entry by id or alias, case-insensitive. */
export function catalogueEntry(idOrAlias: string): CatalogueEntry | undefined {
  return byKey.get(idOrAlias.trim().toLowerCase())
}

interface CompiledMarkers {
  entry: CatalogueEntry
  all: string[]
  any: string[]
  none: string[]
}

let compiled: CompiledMarkers[] | null = null
function compile(): CompiledMarkers[] {
  if (compiled) return compiled
  const pad = (p: string): string => ' ' + normalizePhrase(p) + ' '
  compiled = CATALOGUE.filter((e): e is CatalogueEntry & { markers: Markers } => e.markers !== undefined).map(
    entry => ({
      entry,
      all: entry.markers.all.map(pad),
      any: (entry.markers.any ?? []).map(pad),
      none: (entry.markers.none ?? []).map(pad)
    })
  )
  return compiled
}

export interface MarkerMatch {
  entry: CatalogueEntry
  /** Number of marker phrases found. */
  hits: number
  confidence: number
}

/**
 * Catalogue entries whose markers are all found in a normalised text (title kept), best first:
 * licences before use policies (a licence file may append its policy), then more marker hits.
 */
export function matchMarkers(normalisedWithTitle: string): MarkerMatch[] {
  const hay = ' ' + normalisedWithTitle + ' '
  const out: MarkerMatch[] = []
  for (const m of compile()) {
    if (m.all.length === 0 && m.any.length === 0) continue
    if (!m.all.every(p => hay.includes(p))) continue
    if (m.none.some(p => hay.includes(p))) continue
    const anyHits = m.any.filter(p => hay.includes(p)).length
    if (m.any.length > 0 && anyHits === 0) continue
    const hits = m.all.length + anyHits
    out.push({ entry: m.entry, hits, confidence: hits >= 2 ? 0.99 : 0.9 })
  }
  out.sort((a, b) => (a.entry.kind === b.entry.kind ? b.hits - a.hits : a.entry.kind === 'license' ? -1 : 1))
  return out
}
