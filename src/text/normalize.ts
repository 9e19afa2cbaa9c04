// Detection text: what clause detectors read, so that a licence cannot hide a word from them by
// how it is encoded, while quotes still come verbatim from the file through an offset map.
//
// Three linear passes, each keeping, for every UTF-16 unit it writes, the range of the original it
// came from:
//   1. characters: decode HTML entities, drop invisible characters (zero-width, bidi controls,
//      variation selectors, tags), apply NFKC per character (fullwidth and mathematical letters
//      become ASCII, ligatures split);
//   2. joins: a word hyphenated over a line break ("commer-\ncial", or a soft hyphen there) is
//      joined, emphasis and inline tags inside a word ("com**mercial**", "com<b>mercial</b>") are
//      dropped, soft hyphens go;
//   3. look-alikes: in a word that mixes scripts, or is written only in look-alike letters, Cyrillic
//      and Greek letters are read as the Latin letters they imitate.
import { LATIN_LOOKALIKES } from './lookalikes.js'

export interface DetectionText {
  /** The file's text, as read. */
  readonly original: string
  /** The text detectors read. */
  readonly text: string
  /** Offset in `original` where the unit at `offset` of `text` came from (`text.length` → `original.length`). */
  toOriginal(offset: number): number
  /** The verbatim range of `original` that `text.slice(from, to)` came from. */
  originalRange(from: number, to: number): { from: number; to: number }
}

/** Text plus, per UTF-16 unit, where in the original it starts and ends. */
interface Mapped {
  text: string
  start: Int32Array
  end: Int32Array
}

/** Writes text and its map; runs of text are copied whole (the common case is long plain runs). */
class Builder {
  private parts: string[] = []
  private start: Int32Array
  private end: Int32Array
  private n = 0
  private last = ''

  constructor(capacity: number) {
    this.start = new Int32Array(Math.max(16, capacity))
    this.end = new Int32Array(Math.max(16, capacity))
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.start.length) return
    const size = Math.max(this.start.length * 2, this.n + extra)
    const s = new Int32Array(size)
    const e = new Int32Array(size)
    s.set(this.start.subarray(0, this.n))
    e.set(this.end.subarray(0, this.n))
    this.start = s
    this.end = e
  }

  /** `s` came from original[from, to) as a whole. */
  push(s: string, from: number, to: number): void {
    if (s.length === 0) return
    this.reserve(s.length)
    this.start.fill(from, this.n, this.n + s.length)
    this.end.fill(to, this.n, this.n + s.length)
    this.n += s.length
    this.parts.push(s)
    this.last = s
  }

  /** `src.slice(a, b)` of the original, each unit mapping to itself. */
  pushOriginal(src: string, a: number, b: number): void {
    if (b <= a) return
    this.reserve(b - a)
    for (let k = a; k < b; k++) {
      this.start[this.n] = k
      this.end[this.n] = k + 1
      this.n++
    }
    const s = src.slice(a, b)
    this.parts.push(s)
    this.last = s
  }

  /** `m.text.slice(a, b)` of an earlier pass, keeping its map. */
  pushMapped(m: Mapped, a: number, b: number): void {
    if (b <= a) return
    this.reserve(b - a)
    this.start.set(m.start.subarray(a, b), this.n)
    this.end.set(m.end.subarray(a, b), this.n)
    this.n += b - a
    const s = m.text.slice(a, b)
    this.parts.push(s)
    this.last = s
  }

  /** The last code unit written ('' at the start). */
  lastChar(): string {
    return this.last.length > 0 ? this.last[this.last.length - 1]! : ''
  }

  done(): Mapped {
    return {
      text: this.parts.join(''),
      start: this.start.subarray(0, this.n),
      end: this.end.subarray(0, this.n)
    }
  }
}

/** Bidirectional formatting characters: marks, embeddings, overrides, isolates. */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  )
}

/** Characters that show nothing: zero-width ones, joiners, invisible operators, fillers, selectors, tags, bidi controls. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    (cp >= 0x2061 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    isBidiControl(cp)
  )
}

const SOFT_HYPHEN = '\u00ad'

/** Named entities worth decoding in licence texts: markup escapes, spaces, invisible ones, punctuation. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['shy', SOFT_HYPHEN],
  ['zwj', '\u200d'],
  ['zwnj', '\u200c'],
  ['lrm', '\u200e'],
  ['rlm', '\u200f'],
  ['ensp', ' '],
  ['emsp', ' '],
  ['thinsp', ' '],
  ['hyphen', '-'],
  ['dash', '-'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['hellip', '\u2026'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
  ['sect', '\u00a7'],
  ['para', '\u00b6'],
  ['middot', '\u00b7'],
  ['bull', '\u2022'],
  ['colon', ':'],
  ['period', '.'],
  ['comma', ','],
  ['semi', ';'],
  ['excl', '!'],
  ['quest', '?'],
  ['lpar', '('],
  ['rpar', ')'],
  ['ast', '*'],
  ['lowbar', '_'],
  ['num', '#'],
  ['sol', '/'],
  ['bsol', '\\'],
  ['Tab', '\t'],
  ['NewLine', '\n']
])

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

/** An HTML character reference at `i` ("&amp;", "&#99;", "&#x63;", "&#99" without ";"): its text and length. */
export function entityAt(s: string, i: number): { value: string; length: number } | null {
  if (s.charCodeAt(i + 1) === 35 /* # */) {
    const hex = s.charCodeAt(i + 2) === 120 || s.charCodeAt(i + 2) === 88
    let j = i + (hex ? 3 : 2)
    const first = j
    while (j < s.length && j - first < 8 && (hex ? isHex(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++
    if (j === first) return null
    const cp = parseInt(s.slice(first, j), hex ? 16 : 10)
    if (s.charCodeAt(j) === 59 /* ; */) j++
    const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
    return { value: valid ? String.fromCodePoint(cp) : '\ufffd', length: j - i }
  }
  let j = i + 1
  while (j < s.length && j - i <= 10 && isAsciiLetter(s.charCodeAt(j))) j++
  if (j === i + 1 || s.charCodeAt(j) !== 59) return null
  const value = NAMED_ENTITIES.get(s.slice(i + 1, j))
  return value === undefined ? null : { value, length: j + 1 - i }
}

const nfkcCache = new Map<string, string>()

/** NFKC of one code point (cached: a text repeats few distinct non-ASCII characters). */
function nfkc(ch: string): string {
  let v = nfkcCache.get(ch)
  if (v === undefined) {
    v = ch.normalize('NFKC')
    if (nfkcCache.size < 4096) nfkcCache.set(ch, v)
  }
  return v
}

/** Pass 1: entities decoded, invisible characters dropped, NFKC per character. Soft hyphens are kept for pass 2. */
function decodeCharacters(src: string): Mapped {
  const b = new Builder(src.length)
  const emit = (chunk: string, from: number, to: number): void => {
    for (let k = 0; k < chunk.length;) {
      const cp = chunk.codePointAt(k)!
      const ch = String.fromCodePoint(cp)
      k += ch.length
      if (isInvisible(cp)) continue
      if (cp < 128 || ch === SOFT_HYPHEN) b.push(ch, from, to)
      else b.push(nfkc(ch), from, to)
    }
  }
  let i = 0
  let run = 0 // start of the current run of plain ASCII, copied whole
  while (i < src.length) {
    const c = src.charCodeAt(i)
    if (c < 128 && c !== 38 /* & */) {
      i++
      continue
    }
    b.pushOriginal(src, run, i)
    if (c === 38) {
      const e = entityAt(src, i)
      if (e) {
        emit(e.value, i, i + e.length)
        i += e.length
      } else {
        b.pushOriginal(src, i, i + 1)
        i++
      }
    } else {
      const cp = src.codePointAt(i)!
      const n = cp > 0xffff ? 2 : 1
      emit(src.slice(i, i + n), i, i + n)
      i += n
    }
    run = i
  }
  b.pushOriginal(src, run, i)
  return b.done()
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const NON_ASCII = /[^\0-\x7f]/

function isWordChar(ch: string): boolean {
  if (ch === '') return false
  const c = ch.charCodeAt(0)
  if (c < 128) return isAsciiLetter(c) || isDigit(c)
  return LETTER_OR_DIGIT.test(ch)
}
function isLowerStart(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c < 128) return (c >= 97 && c <= 122) || isDigit(c)
  return LETTER_OR_DIGIT.test(ch) && ch === ch.toLowerCase()
}

/** Longest run of blanks and blockquote markers looked at after a line-end hyphen. */
const MAX_JOIN_GAP = 64

/** After a hyphen at `i`: the index of the next word's first character when only a line break (and indentation or "> ") lies between, else -1. */
function continuationAfterBreak(t: string, i: number): number {
  let j = i
  const limit = Math.min(t.length, i + MAX_JOIN_GAP)
  while (j < limit && (t[j] === ' ' || t[j] === '\t' || t[j] === '\r')) j++
  if (t[j] !== '\n') return -1
  j++
  while (j < limit && (t[j] === ' ' || t[j] === '\t' || t[j] === '>')) j++
  return isLowerStart(t[j]) ? j : -1
}

/** "</b>", "<i>", "<em>": a short inline tag at `i`, its length or 0. */
function inlineTagAt(t: string, i: number): number {
  let j = i + 1
  if (t[j] === '/') j++
  const first = j
  while (j < t.length && j - first < 10 && isAsciiLetter(t.charCodeAt(j))) j++
  return j > first && t[j] === '>' ? j + 1 - i : 0
}

const EMPHASIS = new Set(['*', '_', '~', '`'])

/** Characters that may start a join: hyphens, soft hyphen, emphasis markers, "<". */
function mayJoin(ch: string): boolean {
  return ch === '-' || ch === '\u2010' || ch === SOFT_HYPHEN || EMPHASIS.has(ch) || ch === '<'
}

/** Pass 2: words joined over line-end hyphens, emphasis and inline tags inside words dropped, soft hyphens dropped. */
function joinWords(m: Mapped): Mapped {
  const t = m.text
  const b = new Builder(t.length)
  let i = 0
  let run = 0 // start of the text copied unchanged since the last join
  const skipTo = (to: number): void => {
    b.pushMapped(m, run, i)
    i = to
    run = to
  }
  while (i < t.length) {
    const ch = t[i]!
    if (!mayJoin(ch) || !isWordChar(i > run ? t[i - 1]! : b.lastChar())) {
      i++
      continue
    }
    if (ch === SOFT_HYPHEN) {
      // a soft hyphen at a line end joins the next line's word; elsewhere it simply goes
      const next = continuationAfterBreak(t, i + 1)
      skipTo(next >= 0 ? next : i + 1)
      continue
    }
    if (ch === '-' || ch === '\u2010') {
      const next = continuationAfterBreak(t, i + 1)
      if (next >= 0) skipTo(next)
      else i++
      continue
    }
    if (ch === '<') {
      const n = inlineTagAt(t, i)
      if (n > 0 && isWordChar(t[i + n] ?? '')) skipTo(i + n)
      else i++
      continue
    }
    let j = i
    while (j < t.length && j - i < 3 && t[j] === ch) j++
    if (isWordChar(t[j] ?? '')) skipTo(j)
    else i = j
  }
  b.pushMapped(m, run, t.length)
  return b.done()
}

/** Pass 3: look-alike letters read as Latin in words that mix scripts or are made only of look-alikes. */
function mapLookalikes(m: Mapped): Mapped {
  const t = m.text
  if (!NON_ASCII.test(t)) return m
  let out: string[] | null = null
  let i = 0
  while (i < t.length) {
    if (!isWordChar(t[i]!)) {
      i++
      continue
    }
    let j = i
    let lookalikes = 0
    let latin = 0
    let others = 0
    while (j < t.length && isWordChar(t[j]!)) {
      const c = t.charCodeAt(j)
      if (c < 128) latin++
      else if (LATIN_LOOKALIKES.has(t[j]!)) lookalikes++
      else others++
      j++
    }
    if (lookalikes > 0 && others === 0) {
      out ??= t.split('')
      for (let k = i; k < j; k++) {
        const latinLetter = LATIN_LOOKALIKES.get(t[k]!)
        if (latinLetter !== undefined) out[k] = latinLetter
      }
    }
    void latin
    i = j
  }
  // one unit stays one unit, so the map is unchanged
  return out ? { text: out.join(''), start: m.start, end: m.end } : m
}

/** The text clause detectors read, with its way back to the verbatim original. */
export function normalizeForDetection(original: string): DetectionText {
  const m = mapLookalikes(joinWords(decodeCharacters(original)))
  const { text, start, end } = m
  const toOriginal = (offset: number): number =>
    offset >= text.length ? original.length : offset <= 0 ? (text.length > 0 ? start[0]! : 0) : start[offset]!
  return {
    original,
    text,
    toOriginal,
    originalRange(from: number, to: number) {
      const f = toOriginal(from)
      const t = to <= from ? f : to > text.length ? original.length : end[to - 1]!
      return { from: f, to: Math.max(f, t) }
    }
  }
}

/** Offsets where each line of `text` begins (line 1 at 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}
