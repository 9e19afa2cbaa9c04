// Token stream and sentence splitting for clause detection. Linear in the size of the text: one
// pass of a simple word regular expression, then one pass over the separators between words.
// The text is never modified, so offsets map back to verbatim quotes (CRLF and BOM included).

export interface Token {
  /** Lower-case word; numbers keep their inner "," and "." ("700,000,000", "2.0"). */
  w: string
  /** Offsets in the original text. */
  s: number
  e: number
}

export interface Sentence {
  tokens: Token[]
  /** Ends with ":" (introduces a list). */
  colon: boolean
  /** Starts a line with a list marker ("-", "*", "1.", "(a)", "iv."). */
  listItem: boolean
  /** Begins a line that is a markdown heading. */
  heading: boolean
  index: Map<string, number[]>
}

export interface Doc {
  text: string
  sentences: Sentence[]
  lineStarts: number[]
}

/** Longest sentence, in words, before a forced break (keeps co-occurrence rules meaningful). */
export const MAX_SENTENCE_TOKENS = 400

const ABBREVIATIONS = new Set([
  'e',
  'g',
  'i',
  'inc',
  'ltd',
  'co',
  'corp',
  'etc',
  'vs',
  'no',
  'u',
  's',
  'st',
  'llc',
  'sec',
  'cf',
  'approx',
  'mr',
  'ms',
  'dr',
  'art'
])

function isDigits(w: string): boolean {
  if (w.length === 0) return false
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** Kind of break implied by the characters between two words. */
function separatorBreaks(
  sep: string,
  prevWord: string | undefined
): { brk: boolean; colon: boolean; nextListItem: boolean; nextHeading: boolean } {
  let brk = false
  let colon = false
  let newlines = 0
  let lastNl = -1
  for (let i = 0; i < sep.length; i++) {
    const c = sep[i]!
    if (c === '\n') {
      newlines++
      lastNl = i
    } else if (
      c === '.' ||
      c === '!' ||
      c === '?' ||
      c === ';' ||
      c === ':' ||
      c === '\u3002' ||
      c === '\uff1b' ||
      c === '\uff1a'
    ) {
      const next = sep[i + 1]
      let ends =
        next === ' ' ||
        next === '\n' ||
        next === '\r' ||
        next === '\t' ||
        next === '*' ||
        next === '"' ||
        next === ')' ||
        next === '\u201d' ||
        c === '\u3002' ||
        c === '\uff1b' ||
        c === '\uff1a'
      // a colon ends a sentence only at the end of a line ("… the Model:" introducing a list)
      if (c === ':' && ends) ends = colonEndsLine(sep, i + 1)
      if (ends) {
        if (c === '.' && prevWord !== undefined && ABBREVIATIONS.has(prevWord) && newlines === 0) continue
        brk = true
        if (c === ':' || c === '\uff1a') colon = true
        else colon = false
      }
    }
  }
  let nextListItem = false
  let nextHeading = false
  if (newlines > 0) {
    if (newlines > 1 && sep.slice(0, lastNl).includes('\n')) {
      // a blank line (only whitespace between two newlines) ends a paragraph
      let onlySpace = true
      const first = sep.indexOf('\n')
      for (let i = first + 1; i < lastNl; i++) {
        const c = sep[i]!
        if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') {
          onlySpace = false
          break
        }
      }
      if (onlySpace) brk = true
    }
    const lead = sep.slice(lastNl + 1).trimStart()
    if (lead.startsWith('#')) nextHeading = true
    const enumerated = lead.startsWith('(') && isParenMarker(lead)
    if (
      lead.startsWith('- ') ||
      lead.startsWith('* ') ||
      lead.startsWith('\u2022') ||
      lead.startsWith('+ ') ||
      enumerated ||
      lead.startsWith('#') ||
      lead.startsWith('|') ||
      lead.startsWith('**')
    ) {
      nextListItem =
        enumerated ||
        lead.startsWith('- ') ||
        lead.startsWith('\u2022') ||
        lead.startsWith('+ ') ||
        lead.startsWith('* ')
      brk = true
    }
  }
  return { brk, colon, nextListItem, nextHeading }
}

/** Only spaces, tabs or markdown emphasis, then a line break or the end of the separator. */
function colonEndsLine(sep: string, from: number): boolean {
  for (let i = from; i < sep.length && i < from + 16; i++) {
    const c = sep[i]!
    if (c === '\n' || c === '\r') return true
    if (c !== ' ' && c !== '\t' && c !== '*' && c !== '_') return false
  }
  return false
}

/** "(a) ", "(iv) ", "(12) " at the start of a line. */
function isParenMarker(lead: string): boolean {
  const close = lead.indexOf(')')
  if (close < 2 || close > 5) return false
  for (let i = 1; i < close; i++) {
    const c = lead[i]!
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false
  }
  return true
}

/** Line text follows a newline and begins with "1." / "a." / "iv)" style markers. */
function startsWithEnumerator(text: string, tokenStart: number, tokenEnd: number, w: string): boolean {
  const after = text[tokenEnd]
  if (after !== '.' && after !== ')') return false
  const next = text[tokenEnd + 1]
  if (
    next !== ' ' &&
    next !== '\t' &&
    next !== undefined &&
    next !== '\n' &&
    next !== '\r' &&
    !(after === '.' && next !== undefined && next >= '0' && next <= '9')
  )
    return false
  if (isDigits(w)) return true
  if (w.length === 1) return true
  for (const c of w) if (!'ivxl'.includes(c)) return false
  void tokenStart
  return w.length <= 4
}

const WORD = /[\p{L}\p{N}]+/gu

export function parseDoc(text: string): Doc {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)

  const sentences: Sentence[] = []
  let cur: Token[] = []
  let curList = false
  let curHeading = false
  let prevEnd = 0
  let pendingList = true // the first line may start with a marker
  let pendingHeading = false
  let lastNumeric = false

  const flush = (colon: boolean): void => {
    if (cur.length > 0)
      sentences.push({ tokens: cur, colon, listItem: curList, heading: curHeading, index: new Map() })
    cur = []
  }

  for (const m of text.matchAll(WORD)) {
    const s = m.index
    const e = s + m[0].length
    const w = m[0].toLowerCase()
    const sep = text.slice(prevEnd, s)
    const prev = cur[cur.length - 1]
    // numbers: 700,000,000 / 1.5 / 2.0
    const digits = isDigits(w)
    if (prev && digits && lastNumeric && (sep === ',' || sep === '.') && prev.w.length < 32) {
      prev.w = prev.w + sep + w
      prev.e = e
      prevEnd = e
      continue
    }
    lastNumeric = digits
    const first = sentences.length === 0 && cur.length === 0
    const b = first
      ? { brk: false, colon: false, nextListItem: false, nextHeading: /^\s*#/.test(sep) }
      : separatorBreaks(sep, prev?.w)
    // a markdown heading ends at the end of its line
    if (curHeading && cur.length > 0 && sep.includes('\n')) b.brk = true
    const atLineStart = sep.includes('\n') || (sentences.length === 0 && cur.length === 0)
    let listItem =
      b.nextListItem ||
      (sentences.length === 0 && cur.length === 0 && pendingList && /^\s*[-*\u2022(]/.test(sep))
    if (atLineStart && !listItem && startsWithEnumerator(text, s, e, w)) listItem = true
    if (b.brk || listItem || cur.length >= MAX_SENTENCE_TOKENS) {
      flush(b.colon)
      curList = listItem
      curHeading = b.nextHeading || (sentences.length === 0 && pendingHeading)
    } else if (cur.length === 0) {
      curList = listItem
      curHeading = b.nextHeading
    }
    pendingList = false
    pendingHeading = false
    cur.push({ w, s, e })
    prevEnd = e
  }
  const tail = text.slice(prevEnd).trimEnd()
  flush(tail.endsWith(':'))
  return { text, sentences, lineStarts }
}

// ---------------------------------------------------------------------------------------------
// Sentence helpers

export function positions(s: Sentence, w: string): number[] {
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

export function hasAny(s: Sentence, words: readonly string[]): boolean {
  return words.some(w => has(s, w))
}

/** Start positions of a word sequence ("acceptable use policy" as ['acceptable','use','policy']). */
export function findSeq(s: Sentence, seq: readonly string[]): number[] {
  const out: number[] = []
  if (seq.length === 0) return out
  for (const p of positions(s, seq[0]!)) {
    let ok = true
    for (let k = 1; k < seq.length; k++) {
      if (s.tokens[p + k]?.w !== seq[k]) {
        ok = false
        break
      }
    }
    if (ok) out.push(p)
  }
  return out
}

/** First position of any of the phrases (space-separated words), or -1. */
export function firstPhrase(s: Sentence, phrases: readonly string[]): number {
  let best = -1
  for (const p of phrases) {
    const at = findSeq(s, p.split(' '))
    if (at.length > 0 && (best < 0 || at[0]! < best)) best = at[0]!
  }
  return best
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
  words: ReadonlySet<string>
): number {
  return near(s, i, before, after, w => words.has(w))
}

const NEG_WORDS = new Set([
  'not',
  'never',
  'neither',
  'nor',
  'cannot',
  'prohibited',
  'prohibit',
  'prohibits',
  'forbidden',
  'forbid',
  'forbids',
  'no',
  'without'
])
const APOSTROPHE_NEG = new Set([
  'don',
  'won',
  'can',
  'shouldn',
  'mustn',
  'isn',
  'aren',
  'doesn',
  'shan',
  'wouldn'
])

/** A negation at token k that really negates ("not limited to", "whether or not", "not only" do not). */
export function isNegationAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k]!.w
  if (w === 't' && k > 0 && APOSTROPHE_NEG.has(s.tokens[k - 1]!.w)) return true
  if (!NEG_WORDS.has(w)) return false
  const next = s.tokens[k + 1]?.w
  const prev = s.tokens[k - 1]?.w
  if (w === 'not' && (next === 'limited' || next === 'only' || next === 'withstanding' || prev === 'or'))
    return false
  if (
    w === 'without' &&
    (next === 'limitation' ||
      next === 'restriction' ||
      next === 'limit' ||
      next === 'charge' ||
      next === 'fee')
  )
    return false
  if (
    w === 'no' &&
    (next === 'charge' ||
      next === 'cost' ||
      next === 'event' ||
      next === 'later' ||
      next === 'longer' ||
      next === 'fee')
  )
    return false
  return true
}

/** A negation within `before` tokens before i. */
export function negatedBefore(s: Sentence, i: number, before: number): number {
  for (let k = i - 1; k >= Math.max(0, i - before); k--) if (isNegationAt(s, k)) return k
  return -1
}

export function sentenceHasNegation(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++) if (isNegationAt(s, k)) return true
  return false
}

/** Parse a number token ("700", "1,000,000", "1.5", "1m", "2k") to a value, or null. */
export function numberValue(w: string): number | null {
  let body = w
  let mult = 1
  const last = w[w.length - 1]
  if ((last === 'm' || last === 'k' || last === 'b') && w.length > 1) {
    body = w.slice(0, -1)
    mult = last === 'm' ? 1e6 : last === 'k' ? 1e3 : 1e9
  }
  if (body.length === 0) return null
  let digits = ''
  for (const c of body) {
    if (c >= '0' && c <= '9') digits += c
    else if (c === ',') continue
    else if (c === '.') digits += '.'
    else return null
  }
  const v = Number(digits)
  return Number.isFinite(v) ? v * mult : null
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  seven_hundred: 700
}
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  mm: 1e6,
  mn: 1e6,
  bn: 1e9
}

/** A quantity (digits, "two million", "700 million", "1M") ending at or starting at token i: value and the index of its last token. */
export function quantityAt(s: Sentence, i: number): { value: number; end: number } | null {
  const w = s.tokens[i]!.w
  let v = numberValue(w)
  if (v === null) v = NUMBER_WORDS[w] ?? null
  if (v === null) return null
  let end = i
  const next = s.tokens[i + 1]?.w
  if (next === 'hundred') {
    v *= 100
    end++
  }
  const scale = s.tokens[end + 1]?.w
  if (scale !== undefined && SCALE[scale] !== undefined) {
    v *= SCALE[scale]!
    end++
  }
  return { value: v, end }
}

/** Quote for a position: the trimmed line that holds it, or a window of at most 300 characters of that line. */
export function quoteAt(doc: Doc, offset: number): { line: number; quote: string } {
  const starts = doc.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  const lineStart = starts[lo]!
  let lineEnd = lo + 1 < starts.length ? starts[lo + 1]! - 1 : doc.text.length
  if (lineEnd > lineStart && doc.text[lineEnd - 1] === '\r') lineEnd--
  let from = lineStart
  let to = lineEnd
  if (to - from > 300) {
    from = Math.max(lineStart, offset - 120)
    to = Math.min(lineEnd, from + 300)
    if (from > lineStart) {
      const sp = doc.text.indexOf(' ', from)
      if (sp >= 0 && sp < from + 30 && sp < offset) from = sp + 1
    }
    if (to < lineEnd) {
      const sp = doc.text.lastIndexOf(' ', to)
      if (sp > offset + 20) to = sp
    }
  }
  to = extendToSentenceEnd(doc.text, from, to)
  let quote = doc.text.slice(from, to).trim()
  if (quote.charCodeAt(0) === 0xfeff) quote = quote.slice(1).trim()
  return { line: lo + 1, quote }
}

/**
 * A hard-wrapped licence cuts sentences at line ends ("… more than 250,000,000 monthly active users
 * in the"): carry the quote on to the end of the sentence, over at most two more lines, never past
 * a blank line, and never beyond 300 characters in all. Still verbatim: a slice of the file.
 */
export function extendToSentenceEnd(text: string, from: number, to: number): number {
  const ends = (i: number) => {
    const c = text[i - 1]
    return c === '.' || c === ';' || c === ':' || c === '!' || c === '?'
  }
  let end = to
  while (end > from && /\s/.test(text[end - 1]!)) end--
  if (end <= from || ends(end)) return to
  let lines = 0
  let i = to
  const limit = Math.min(text.length, from + 300)
  while (i < limit) {
    const c = text[i]!
    if (c === '\n') {
      lines++
      if (lines > 2) break
      // a blank line ends the paragraph
      let j = i + 1
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (j >= text.length || text[j] === '\n') break
    } else if (
      (c === '.' || c === ';' || c === '!' || c === '?') &&
      (i + 1 >= text.length || /\s/.test(text[i + 1]!))
    ) {
      return i + 1
    }
    i++
  }
  return to
}

/**
 * Quote for a clause whose trigger opens a hard-wrapped line ("… more than\n700 million monthly
 * active users"): the clause starts on the line before, so report that line and quote verbatim from
 * the clause's start there to the end of the trigger's line (the line break included). Otherwise
 * quoteAt.
 */
export function wrappedQuoteAt(
  doc: Doc,
  offset: number,
  sentenceStart: number
): { line: number; quote: string } {
  const plain = quoteAt(doc, offset)
  const starts = doc.lineStarts
  const li = plain.line - 1
  if (li === 0 || sentenceStart >= starts[li]!) return plain
  const lineStart = starts[li]!
  if (offset - lineStart > 40) return plain
  // the trigger is among the first words of its line
  let words = 0
  let inWord = false
  for (let i = lineStart; i < offset; i++) {
    const c = doc.text[i]!
    const w = /[\p{L}\p{N}]/u.test(c)
    if (w && !inWord) words++
    inWord = w
  }
  if (words > 3) return plain
  const prevStart = starts[li - 1]!
  let from = Math.max(prevStart, sentenceStart)
  const prevEnd = lineStart - 1
  while (from < prevEnd && /\s/.test(doc.text[from]!)) from++
  if (from >= prevEnd) return plain
  let to = li + 1 < starts.length ? starts[li + 1]! - 1 : doc.text.length
  while (to > offset && /\s/.test(doc.text[to - 1]!)) to--
  if (to - from > 300) return plain
  return { line: li, quote: doc.text.slice(from, to) }
}
