// Questions asked of one sentence: where a word is, whether a phrase occurs, what is near a
// position. Word tables are compiled once, when a module loads: a phrase list is split into token
// sequences at that time, never per call.
import type { Sentence } from './sentences.js'
import { phraseTokens } from './tokens.js'

/** A set of words from a packed, space-separated list ("must shall required"). */
export function words(...packed: string[]): ReadonlySet<string> {
  const out = new Set<string>()
  for (const p of packed) for (const w of p.split(/\s+/)) if (w) out.add(w.toLowerCase())
  return out
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
  }
  /** Whether a sequence of the group starts at position p. */
  private startsAt(s: Sentence, group: readonly (readonly string[])[], p: number): boolean {
    for (const seq of group) if (seqAt(s, seq, p)) return true
    return false
  }
  /** First start position of any phrase, or -1. */
  first(s: Sentence): number {
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
