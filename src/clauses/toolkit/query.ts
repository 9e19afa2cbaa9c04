// Questions asked of one sentence: where a word is, whether a phrase occurs, what is near a
// position. Word tables are compiled once, when a module loads: a phrase list is split into token
// sequences at that time, never per call.
//
// Why numbers and bits: the detectors ask some thousands of questions of a licence text (a hundred
// or more per sentence), most of them "does a word of this table occur here". Every word of every
// compiled table gets a number when its table is built; a sentence's words are looked up once, and
// a table's membership is then a bit test, not a string lookup per word.
import type { Token } from './tokens.js'
import type { Sentence } from './sentences.js'
import { phraseTokens } from './tokens.js'

/** Word → its number: every word of a compiled table (words(), phrases()). */
const VOCABULARY = new Map<string, number>()

function numberOf(w: string): number {
  let id = VOCABULARY.get(w)
  if (id === undefined) {
    id = VOCABULARY.size
    VOCABULARY.set(w, id)
  }
  return id
}

/** Bits of a set of word numbers. */
function bitsOf(ids: readonly number[]): Uint32Array {
  let max = -1
  for (const id of ids) if (id > max) max = id
  const bits = new Uint32Array((max >>> 5) + 1)
  for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31)
  return bits
}

function inBits(bits: Uint32Array, id: number): boolean {
  // a word of no table has -1, which lies beyond every array
  return id >= 0 && id >>> 5 < bits.length && (bits[id >>> 5]! & (1 << (id & 31))) !== 0
}

// Most questions find nothing: of the hundred or more tables the detectors ask about a sentence,
// only a few have a word in it. So every table compiled while the modules load gets a number, each
// word knows the tables that hold it, and a sentence's tables are marked in one pass over its
// words; a question about a table with no word in the sentence is then answered without reading
// the sentence. (A cold run, the interpreter's, pays for every word it reads: this is most of the
// difference.)

/** Tables numbered so far. */
let tableCount = 0
/**
 * (word number, table number) pairs, two slots each, as tables are compiled: appending to one typed
 * array is what the interpreter does cheapest, and a thousand tables are compiled at every start.
 * The index below is built from them once, when the first sentence is marked.
 */
let pairs = new Int32Array(1 << 16)
let pairSlots = 0
/** Word number w → its tables: HOLDERS[HOLDERS_AT[w] … HOLDERS_AT[w + 1]). Built when sealed. */
let HOLDERS_AT = new Int32Array(1)
let HOLDERS = new Int32Array(0)
/**
 * Set when the first sentence's tables are marked. A table built later (a module loaded late)
 * gets no number and is always read: numbering it would make every sentence's marks stale.
 */
let sealed = false

/** How many tables have been compiled and numbered (for tests: detection must compile none). */
export function numberedTables(): number {
  return tableCount
}

/** Numbers a table and files its words under it; -1 once sealed. */
function numberTable(ids: readonly number[]): number {
  if (sealed) return -1
  const table = tableCount++
  if (pairSlots + 2 * ids.length > pairs.length) {
    const grown = new Int32Array(Math.max(pairs.length * 2, pairSlots + 2 * ids.length))
    grown.set(pairs.subarray(0, pairSlots))
    pairs = grown
  }
  // (a word listed twice is filed twice: harmless, marking a table is idempotent)
  for (let i = 0; i < ids.length; i++) {
    pairs[pairSlots++] = ids[i]!
    pairs[pairSlots++] = table
  }
  return table
}

/** Ends numbering: sorts the pairs into each word's list of tables (a counting sort, linear). */
function seal(): void {
  sealed = true
  const words = VOCABULARY.size
  const at = new Int32Array(words + 1)
  for (let k = 0; k < pairSlots; k += 2) at[pairs[k]! + 1]!++
  for (let w = 0; w < words; w++) at[w + 1]! += at[w]!
  const next = at.slice(0, words)
  const holders = new Int32Array(pairSlots >>> 1)
  for (let k = 0; k < pairSlots; k += 2) holders[next[pairs[k]!]!++] = pairs[k + 1]!
  HOLDERS_AT = at
  HOLDERS = holders
  pairs = new Int32Array(0)
  pairSlots = 0
}

/** A table of words (a Set, as callers use it) that also knows its words' numbers. */
class WordSet extends Set<string> {
  readonly bits: Uint32Array
  /** Its number among the tables (-1: none, always read). */
  readonly table: number
  constructor(list: readonly string[]) {
    super(list)
    const ids = new Array<number>(list.length)
    for (let i = 0; i < list.length; i++) ids[i] = numberOf(list[i]!)
    this.bits = bitsOf(ids)
    this.table = numberTable(ids)
  }
}

interface Numbered {
  ids: Int32Array
  /** The vocabulary's size when numbered: a table built since may have numbered more words. */
  known: number
  /** Bits of the tables with a word in the sentence, marked on first use. */
  tables?: Uint32Array
}

/** Numbers of a sentence's words (-1 for a word of no table), kept per token list. */
const NUMBERED = new WeakMap<readonly Token[], Numbered>()
/** The last token list asked about: detectors ask many questions of one sentence in a row. */
let lastTokens: readonly Token[] | undefined
let lastNumbered: Numbered | undefined

function numberedOf(s: Sentence): Numbered {
  const tokens = s.tokens
  let n = tokens === lastTokens ? lastNumbered : NUMBERED.get(tokens)
  if (n === undefined || n.known !== VOCABULARY.size || n.ids.length !== tokens.length) {
    const ids = new Int32Array(tokens.length)
    for (let i = 0; i < tokens.length; i++) ids[i] = VOCABULARY.get(tokens[i]!.w) ?? -1
    n = { ids, known: VOCABULARY.size }
    NUMBERED.set(tokens, n)
  }
  lastTokens = tokens
  lastNumbered = n
  return n
}

function numbersOf(s: Sentence): Int32Array {
  return numberedOf(s).ids
}

/** False when no word of the numbered table is in the sentence; true when one may be. */
function mayHold(s: Sentence, table: number): boolean {
  if (table < 0) return true
  const n = numberedOf(s)
  let marks = n.tables
  if (marks === undefined) {
    if (!sealed) seal()
    marks = new Uint32Array((tableCount >>> 5) + 1)
    const ids = n.ids
    // (a word numbered after sealing, by a late table, is in no numbered table)
    const words = HOLDERS_AT.length - 1
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (id < 0 || id >= words) continue
      for (let k = HOLDERS_AT[id]!, end = HOLDERS_AT[id + 1]!; k < end; k++) {
        const t = HOLDERS[k]!
        marks[t >>> 5]! |= 1 << (t & 31)
      }
    }
    n.tables = marks
  }
  return (marks[table >>> 5]! & (1 << (table & 31))) !== 0
}

/**
 * Below this many sentence words per table word, a table is looked up word by word in the
 * sentence's word index; above it, the sentence's words are tested against the table's bits.
 */
const SCAN_RATIO = 16

/** A set of words from a packed, space-separated list ("must shall required"). */
export function words(...packed: string[]): ReadonlySet<string> {
  const out: string[] = []
  for (const p of packed) for (const w of p.split(/\s+/)) if (w) out.push(w.toLowerCase())
  return new WordSet(out)
}

/** One table of the words of several (tables, lists), as they are: `union(ALTER, FORK, ['fork'])`. */
export function union(...parts: Iterable<string>[]): ReadonlySet<string> {
  const out: string[] = []
  for (const p of parts) for (const w of p) out.push(w)
  return new WordSet(out)
}

/** Word → positions in the sentence (built on first use, then kept). */
export function positions(s: Sentence, w: string): readonly number[] {
  if (s.index.size === 0 && s.tokens.length > 0) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!.w
      const list = s.index.get(t)
      if (list) list.push(i)
      else s.index.set(t, [i])
    }
  }
  return s.index.get(w) ?? []
}

export function has(s: Sentence, w: string): boolean {
  return positions(s, w).length > 0
}

/** Some word of the set occurs in the sentence (the smaller of the two is walked). */
export function hasAny(s: Sentence, set: ReadonlySet<string>): boolean {
  return firstOf(s, set) >= 0
}

/** First position of a word of the set, or -1. */
export function firstOf(s: Sentence, set: ReadonlySet<string>): number {
  if (set instanceof WordSet && !mayHold(s, set.table)) return -1
  if (set instanceof WordSet && set.size * SCAN_RATIO >= s.tokens.length) {
    const ids = numbersOf(s)
    for (let i = 0; i < ids.length; i++) if (inBits(set.bits, ids[i]!)) return i
    return -1
  }
  if (set.size < s.tokens.length) {
    let best = -1
    for (const w of set) {
      const p = positions(s, w)[0]
      if (p !== undefined && (best < 0 || p < best)) best = p
    }
    return best
  }
  for (let i = 0; i < s.tokens.length; i++) if (set.has(s.tokens[i]!.w)) return i
  return -1
}

/** Every position of a word of the set, in order (from the word index when the set is the smaller). */
export function allOf(s: Sentence, set: ReadonlySet<string>): number[] {
  if (set instanceof WordSet && !mayHold(s, set.table)) return []
  if (set instanceof WordSet && set.size * SCAN_RATIO >= s.tokens.length) {
    const ids = numbersOf(s)
    const out: number[] = []
    for (let i = 0; i < ids.length; i++) if (inBits(set.bits, ids[i]!)) out.push(i)
    return out
  }
  if (set.size < s.tokens.length) {
    let out: number[] | undefined
    let lists = 0
    for (const w of set) {
      const p = positions(s, w)
      if (p.length === 0) continue
      out = out ? out.concat(p) : p.slice()
      lists++
    }
    // Distinct words never share a position: one sort puts them in order.
    if (out && lists > 1) out.sort((a, b) => a - b)
    return out ?? []
  }
  const out: number[] = []
  for (let i = 0; i < s.tokens.length; i++) if (set.has(s.tokens[i]!.w)) out.push(i)
  return out
}

/** Whether the token sequence starts at position p. */
function seqAt(s: Sentence, seq: readonly string[], p: number): boolean {
  for (let k = 1; k < seq.length; k++) if (s.tokens[p + k]?.w !== seq[k]) return false
  return true
}

/** Start positions of a token sequence. */
export function findSeq(s: Sentence, seq: readonly string[]): number[] {
  const out: number[] = []
  if (seq.length === 0) return out
  for (const p of positions(s, seq[0]!)) if (seqAt(s, seq, p)) out.push(p)
  return out
}

/**
 * A list of phrases compiled to token sequences once ("use policy", "商业用途"), grouped by their
 * first word: a question walks either the groups (through the sentence's word index) or the
 * sentence's tokens, whichever is fewer, so a long list costs no more than the sentence is long.
 */
export class Phrases {
  readonly seqs: readonly (readonly string[])[]
  /** First word → the sequences that start with it, in list order. */
  private readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>
  /** The first words' bits. */
  private readonly firstBits: Uint32Array
  /** Its number among the tables (of its first words; -1: none, always read). */
  private readonly table: number
  /** Each entry holds one phrase or several separated by commas ("use policy, usage policy"). */
  constructor(list: readonly string[]) {
    this.seqs = list
      .flatMap(p => p.split(','))
      .map(phraseTokens)
      .filter(s => s.length > 0)
    const byFirst = new Map<string, (readonly string[])[]>()
    for (const seq of this.seqs) {
      const group = byFirst.get(seq[0]!)
      if (group) group.push(seq)
      else byFirst.set(seq[0]!, [seq])
    }
    this.byFirst = byFirst
    const firstIds: number[] = []
    for (const w of byFirst.keys()) firstIds.push(numberOf(w))
    this.firstBits = bitsOf(firstIds)
    this.table = numberTable(firstIds)
  }
  /** Whether the sentence's words are tested against the first words' bits (else looked up in its index). */
  private scans(s: Sentence): boolean {
    return this.byFirst.size * SCAN_RATIO >= s.tokens.length
  }
  /** Whether a sequence of the group starts at position p. */
  private startsAt(s: Sentence, group: readonly (readonly string[])[], p: number): boolean {
    for (const seq of group) if (seqAt(s, seq, p)) return true
    return false
  }
  /** First start position of any phrase, or -1. */
  first(s: Sentence): number {
    if (!mayHold(s, this.table)) return -1
    if (this.scans(s)) {
      const ids = numbersOf(s)
      for (let i = 0; i < ids.length; i++)
        if (inBits(this.firstBits, ids[i]!) && this.startsAt(s, this.byFirst.get(s.tokens[i]!.w)!, i))
          return i
      return -1
    }
    if (this.byFirst.size < s.tokens.length) {
      let best = -1
      for (const [w, group] of this.byFirst) {
        for (const p of positions(s, w)) {
          if (best >= 0 && p >= best) break
          if (this.startsAt(s, group, p)) {
            best = p
            break
          }
        }
      }
      return best
    }
    for (let i = 0; i < s.tokens.length; i++) {
      const group = this.byFirst.get(s.tokens[i]!.w)
      if (group && this.startsAt(s, group, i)) return i
    }
    return -1
  }
  /** Every start position, in order (a position once, however many phrases start there). */
  all(s: Sentence): number[] {
    const out: number[] = []
    if (!mayHold(s, this.table)) return out
    if (this.scans(s)) {
      const ids = numbersOf(s)
      for (let i = 0; i < ids.length; i++)
        if (inBits(this.firstBits, ids[i]!) && this.startsAt(s, this.byFirst.get(s.tokens[i]!.w)!, i))
          out.push(i)
      return out
    }
    if (this.byFirst.size < s.tokens.length) {
      for (const [w, group] of this.byFirst)
        for (const p of positions(s, w)) if (this.startsAt(s, group, p)) out.push(p)
      return out.length > 1 ? out.sort((a, b) => a - b) : out
    }
    for (let i = 0; i < s.tokens.length; i++) {
      const group = this.byFirst.get(s.tokens[i]!.w)
      if (group && this.startsAt(s, group, i)) out.push(i)
    }
    return out
  }
  /** Every match with its length in tokens. */
  matches(s: Sentence): { at: number; len: number }[] {
    const out: { at: number; len: number }[] = []
    if (!mayHold(s, this.table)) return out
    if (this.scans(s)) {
      // in order of position, and at one position in list order (as the sort below leaves them)
      const ids = numbersOf(s)
      for (let i = 0; i < ids.length; i++) {
        if (!inBits(this.firstBits, ids[i]!)) continue
        for (const seq of this.byFirst.get(s.tokens[i]!.w)!)
          if (seqAt(s, seq, i)) out.push({ at: i, len: seq.length })
      }
      return out
    }
    for (const seq of this.seqs) for (const at of findSeq(s, seq)) out.push({ at, len: seq.length })
    return out.sort((a, b) => a.at - b.at)
  }
  in(s: Sentence): boolean {
    return this.first(s) >= 0
  }
}

export function phrases(...list: string[]): Phrases {
  return new Phrases(list)
}

/** Index of a token within [i - before, i + after] whose word satisfies pred, or -1. */
export function near(
  s: Sentence,
  i: number,
  before: number,
  after: number,
  pred: (w: string, k: number) => boolean
): number {
  const from = Math.max(0, i - before)
  const to = Math.min(s.tokens.length - 1, i + after)
  for (let k = from; k <= to; k++) if (k !== i && pred(s.tokens[k]!.w, k)) return k
  return -1
}

export function nearWords(
  s: Sentence,
  i: number,
  before: number,
  after: number,
  set: ReadonlySet<string>
): number {
  if (set instanceof WordSet) {
    if (!mayHold(s, set.table)) return -1
    const ids = numbersOf(s)
    const to = Math.min(ids.length - 1, i + after)
    for (let k = Math.max(0, i - before); k <= to; k++) if (k !== i && inBits(set.bits, ids[k]!)) return k
    return -1
  }
  return near(s, i, before, after, w => set.has(w))
}

/** A phrase of the list starting within [i - before, i + after], or -1. */
export function nearPhrase(s: Sentence, i: number, before: number, after: number, list: Phrases): number {
  for (const at of list.all(s)) if (at >= i - before && at <= i + after && at !== i) return at
  return -1
}

/** Phrases as token sequences, for callers that walk each phrase themselves. */
export function phraseSeqs(...list: string[]): readonly (readonly string[])[] {
  return new Phrases(list).seqs
}
