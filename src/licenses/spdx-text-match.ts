// Matching a licence text against every text of the SPDX licence list, licensee-style:
// 1. exact: the hash of the normalised text equals a known one (confidence 1);
// 2. dice: Sørensen–Dice coefficient on the sets of normalised words, 2|A∩B| / (|A|+|B|),
//    at or above DICE_THRESHOLD, with a guard on the ratio of word counts (LENGTH_RATIO_MIN) so a
//    short notice does not match a long licence that happens to share its words.
// The index (src/generated/spdx-index.ts) is decoded lazily: the entries on the first text to
// match, the word sets and the vocabulary only on the first text that needs a Dice comparison.

import { entryLines, vocabulary as vocabularyText, wordSetLines } from '../generated/spdx-index.js'
import { normalizeLicenseText, textHash } from './normalize.js'

/** Minimum Dice coefficient on word sets for a match. */
export const DICE_THRESHOLD = 0.9
/** Minimum ratio (shorter / longer) of the word counts of the two texts. */
export const LENGTH_RATIO_MIN = 0.75

export interface SpdxIndexEntry {
  id: string
  name: string
  osiApproved: boolean
  hash: string
  wordCount: number
  /** Sorted vocabulary indices of the distinct words. */
  words: Uint32Array
  /** Other SPDX ids whose normalised text is identical. */
  aliases: readonly string[]
}

export interface SpdxTextMatch {
  id: string
  name: string
  matcher: 'exact' | 'dice'
  confidence: number
  aliases: readonly string[]
}

interface IdIndex {
  byHash: Map<string, SpdxIndexEntry>
  byId: Map<string, SpdxIndexEntry>
  entries: SpdxIndexEntry[]
}

let wordSets: string[] | null = null
let setSizes: number[] | null = null

/** The encoded word set of each entry, in the order of the entries. */
function encodedSets(): string[] {
  wordSets ??= wordSetLines().split('\n')
  return wordSets
}

/** How many distinct words each entry has, counted (not decoded) on the first Dice comparison. */
function sizes(): number[] {
  setSizes ??= encodedSets().map(set => {
    if (set.length === 0) return 0
    let commas = 0
    for (let i = set.indexOf(','); i >= 0; i = set.indexOf(',', i + 1)) commas++
    return commas + 1
  })
  return setSizes
}

let ids: IdIndex | null = null
let words: string[] | null = null
let vocabulary: Map<string, number> | null = null

/** Every word of the SPDX texts, sorted: the vocabulary that word sets and sequences index. */
export function vocabularyWords(): readonly string[] {
  words ??= vocabularyText().split(' ')
  return words
}

/**
 * The entries by hash and id: enough for an exact match or an id. Their word sets, and the
 * vocabulary they index, are decoded only when a text needs a Dice comparison:
 * most licence files are a verbatim copy and never do.
 */
function load(): IdIndex {
  if (ids) return ids
  const entries: SpdxIndexEntry[] = []
  const byHash = new Map<string, SpdxIndexEntry>()
  const byId = new Map<string, SpdxIndexEntry>()
  const lines = entryLines().split('\n')
  for (let k = 0; k < lines.length; k++) {
    const [id, name, osi, hash, count, aliasList] = lines[k]!.split('\t') as [
      string,
      string,
      string,
      string,
      string,
      string
    ]
    const aliases = aliasList === '' ? [] : aliasList.split(',')
    let words: Uint32Array | null = null
    const entry: SpdxIndexEntry = {
      id,
      name,
      osiApproved: osi === '1',
      hash,
      wordCount: Number(count),
      get words(): Uint32Array {
        words ??= decodeWords(encodedSets()[k]!)
        return words
      },
      aliases
    }
    entries.push(entry)
    byHash.set(hash, entry)
    byId.set(id.toLowerCase(), entry)
    for (const a of aliases) byId.set(a.toLowerCase(), entry)
  }
  ids = { entries, byHash, byId }
  return ids
}

/** A word set: base-36 deltas between sorted vocabulary indices. */
function decodeWords(set: string): Uint32Array {
  const parts = set.length === 0 ? [] : set.split(',')
  const arr = new Uint32Array(parts.length)
  let acc = 0
  for (let i = 0; i < parts.length; i++) {
    acc += parseInt(parts[i]!, 36)
    arr[i] = acc
  }
  return arr
}

function vocab(): Map<string, number> {
  if (vocabulary) return vocabulary
  vocabulary = new Map()
  vocabularyWords().forEach((w, i) => vocabulary!.set(w, i))
  return vocabulary
}

/** The index entry holding this SPDX id (canonical or alias), case-insensitive. */
export function spdxIndexEntry(id: string): SpdxIndexEntry | undefined {
  return load().byId.get(id.toLowerCase())
}

/** All SPDX ids whose normalised text equals that of `id` (including `id`'s canonical id). */
export function idsWithSameText(id: string): string[] {
  const e = spdxIndexEntry(id)
  return e ? [e.id, ...e.aliases] : []
}

/** Dice coefficient of a normalised text against one index entry (exported for tests and docs). */
export function diceAgainst(normalised: string, id: string): number {
  const e = spdxIndexEntry(id)
  if (!e) return 0
  const words = vocab()
  const set = new Set(normalised.split(' ').filter(w => w.length > 0))
  let inter = 0
  for (const w of set) {
    const i = words.get(w)
    if (i !== undefined && binarySearch(e.words, i)) inter++
  }
  return (2 * inter) / (set.size + e.words.length)
}

function binarySearch(arr: Uint32Array, v: number): boolean {
  let lo = 0
  let hi = arr.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const x = arr[mid]!
    if (x === v) return true
    if (x < v) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * Whether a text whose hash equals an entry's is that text. The hash is not cryptographic, so a
 * hostile text could be built to collide with MIT's: it must also have the entry's length and
 * its words, none added and none missing.
 */
export function sameText(normalised: string, e: SpdxIndexEntry): boolean {
  const tokens = normalised.split(' ')
  if (tokens.length !== e.wordCount) return false
  // Dice of 1: the text's distinct words are exactly the entry's. Asked of the entry's own words,
  // not through the index of the whole vocabulary (eleven thousand words, built only for Dice).
  const own = wordStringsOf(e)
  const set = new Set(tokens)
  set.delete('')
  if (set.size !== own.size) return false
  for (const w of set) if (!own.has(w)) return false
  return true
}

/** An entry's distinct words as text, decoded the first time an exact match is checked. */
const entryWords = new WeakMap<SpdxIndexEntry, ReadonlySet<string>>()

function wordStringsOf(e: SpdxIndexEntry): ReadonlySet<string> {
  let own = entryWords.get(e)
  if (own === undefined) {
    const list = vocabularyWords()
    const ids = e.words
    const out = new Set<string>()
    for (let i = 0; i < ids.length; i++) out.add(list[ids[i]!]!)
    entryWords.set(e, out)
    own = out
  }
  return own
}

/** Best SPDX match for a licence text, or null. */
export function matchSpdxText(text: string): SpdxTextMatch | null {
  return matchNormalized(normalizeLicenseText(text))
}

export function matchNormalized(normalised: string): SpdxTextMatch | null {
  if (normalised.length === 0) return null
  const idx = load()
  const exact = idx.byHash.get(textHash(normalised))
  if (exact && sameText(normalised, exact))
    return { id: exact.id, name: exact.name, matcher: 'exact', confidence: 1, aliases: exact.aliases }

  const tokens = normalised.split(' ')
  const set = new Set(tokens)
  const words = vocab()
  const present = new Uint8Array(words.size)
  for (const w of set) {
    const i = words.get(w)
    if (i !== undefined) present[i] = 1
  }
  let best: SpdxIndexEntry | null = null
  let bestScore = 0
  const setSize = sizes()
  for (let k = 0; k < idx.entries.length; k++) {
    const e = idx.entries[k]!
    const a = set.size
    const b = setSize[k]!
    // Dice can not reach the threshold when the set sizes are too far apart.
    if ((2 * Math.min(a, b)) / (a + b) < DICE_THRESHOLD) continue
    const ratio = Math.min(tokens.length, e.wordCount) / Math.max(tokens.length, e.wordCount)
    if (ratio < LENGTH_RATIO_MIN) continue
    const entryWords = e.words
    let inter = 0
    for (let j = 0; j < b; j++) inter += present[entryWords[j]!]!
    const score = (2 * inter) / (a + b)
    if (score > bestScore) {
      bestScore = score
      best = e
    }
  }
  if (best && bestScore >= DICE_THRESHOLD) {
    return {
      id: best.id,
      name: best.name,
      matcher: 'dice',
      confidence: Math.round(bestScore * 1000) / 1000,
      aliases: best.aliases
    }
  }
  return null
}
