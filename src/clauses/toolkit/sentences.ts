// Sentence splitting for clause detection: one pass over the words and the separators between
// them. Sentences end at . ! ? ; (and 。；！？), at a colon closing a line (a list introduction),
// at a blank line, at a heading's line end and before a list item. The text is never modified, so
// offsets map back to verbatim quotes (CRLF and BOM included). Forms that state a clause without a
// sentence (table rows, questions and answers, imperatives in a list, informal Chinese modality)
// are then restated as statements (restate.ts).
import { restate } from './restate.js'
import { isDigits, isHan, splitWord, WORD, type Token } from './tokens.js'

export interface Sentence {
  tokens: Token[]
  /** Ends with ":" (introduces a list). */
  colon: boolean
  /** Starts a line with a list marker ("-", "*", "1.", "(a)", "iv.", "一、"). */
  listItem: boolean
  /** Begins a line that is a markdown heading. */
  heading: boolean
  /** A statement restated from a table row, a question and its answer, or an imperative (restate.ts). */
  restated?: boolean
  /** Index of the first token after a list marker ("2." or "(b)" is not part of the clause). */
  body: number
  /** Offsets of the sentence's text: from its first word after the marker to its closing punctuation. */
  start: number
  end: number
  /** Word → positions, built on first use. */
  index: Map<string, number[]>
}

export interface Doc {
  text: string
  sentences: Sentence[]
  lineStarts: number[]
}

/** Longest sentence, in words, before a forced break (keeps co-occurrence rules meaningful). */
export const MAX_SENTENCE_TOKENS = 400

const ABBREVIATIONS = new Set(
  'e g i inc ltd co corp etc vs no u s st llc sec cf approx mr ms dr art para ca max min incl esp'.split(' ')
)
/** Full stops, question and exclamation marks, semicolons and colons, in Latin and CJK forms. */
const ENDERS = new Set(['.', '!', '?', ';', ':', '\u3002', '\uff1b', '\uff1a', '\uff01', '\uff1f'])
/** Latin marks that end a sentence between Han characters: questions, answers, their labels and semicolons. */
const HAN_BREAKS = new Set(['?', '!', ':', ';'])
const CJK_ENDERS = new Set(['\u3002', '\uff1b', '\uff1a', '\uff01', '\uff1f'])
const AFTER_END = new Set([' ', '\n', '\r', '\t', '*', '_', '"', ')', '\u201d', '\u2019', "'"])
const CLOSERS = new Set(['"', ')', ']', '\u201d', '\u2019', "'", '*', '_', '\u300d', '\u300f', '\uff09'])

interface Break {
  brk: boolean
  colon: boolean
  nextListItem: boolean
  nextHeading: boolean
}

/** Connectives that open an exception or an alternative to the clause before: 惟…, 但…, 否则…. */
const HAN_EXCEPTIONS = ['\u60df', '\u4f46', '\u5426\u5219', '\u5426\u5247', '\u9664\u975e']
const HEAD_SPAN = 24

/**
 * The Han clause at `from` refers back to the one before a semicolon, so the two state one clause:
 * a head that names its subject by the clause before ("超过该数值的，须…", "超出者须…", "…以上者，应…")
 * or an exception to it ("惟…不在此限", "否则…"). Looks at most HEAD_SPAN characters ahead.
 */
function refersBack(text: string, from: number): boolean {
  for (const c of HAN_EXCEPTIONS) if (text.startsWith(c, from)) return true
  const to = Math.min(text.length, from + HEAD_SPAN)
  for (let i = from; i < to; i++) {
    const c = text[i]!
    // 者 closes a nominal head ("超出者"); 的 does so only before a comma ("超过的，")
    if (c === '\u8005') return true
    if (c === ',' || c === '\uff0c') return text[i - 1] === '\u7684'
    if (ENDERS.has(c) || c === '\n') return false
  }
  return false
}

/** Kind of break implied by the characters between two words (`next` is where the next word starts). */
/** Bullet signs of word processors and PDFs that open a list item at a line's start: "•", "▪",
 * "◦", "■", "‣", "・" (katakana middle dot). ("- " and "* " need their space: "-1" and "*bold*"
 * are none.) */
const BULLETS: ReadonlySet<string> = new Set([
  '\u2022',
  '\u25aa',
  '\u25ab',
  '\u25e6',
  '\u25cf',
  '\u25a0',
  '\u2023',
  '\u2043',
  '\u30fb'
])
/** A dash set as a bullet before words ("– keep the LICENSE file"), not a page number ("— 7 —"). */
const DASHES: ReadonlySet<string> = new Set(['\u2013', '\u2014'])
function bulletLead(lead: string, nextWord = ''): boolean {
  if (BULLETS.has(lead[0] ?? '')) return true
  // the separator ends before the next word: the letter may be that word's first
  return DASHES.has(lead[0] ?? '') && lead[1] === ' ' && /\p{L}/u.test(lead[2] ?? nextWord[0] ?? '')
}

function separatorBreaks(
  sep: string,
  prevWord: string | undefined,
  nextWord = '',
  text = '',
  next = 0
): Break {
  let brk = false
  let colon = false
  let newlines = 0
  let lastNl = -1
  for (let i = 0; i < sep.length; i++) {
    const c = sep[i]!
    if (c === '\n') {
      newlines++
      lastNl = i
      continue
    }
    if (!ENDERS.has(c)) continue
    const after = sep[i + 1]
    // the detection text has Latin forms of full-width marks ("？" → "?"), and Chinese puts no space
    // after them: a mark between Han characters ends the sentence too ("问:可以…吗?答:不可以")
    let han =
      HAN_BREAKS.has(c) && isHan(after ?? nextWord.slice(0, 1)) && prevWord !== undefined && isHan(prevWord)
    // "；" ends a Han sentence unless the next clause refers back to this one ("…；超过的，须…")
    if (han && c === ';' && refersBack(text, next)) han = false
    let ends = CJK_ENDERS.has(c) || han || (after !== undefined && AFTER_END.has(after))
    // a Latin colon ends a sentence only at the end of a line ("… the Model:" introducing a list)
    if (c === ':' && ends && !han) ends = colonEndsLine(sep, i + 1)
    if (!ends) continue
    if (c === '.' && prevWord !== undefined && ABBREVIATIONS.has(prevWord) && newlines === 0) continue
    brk = true
    colon = c === ':' || c === '\uff1a'
  }
  let nextListItem = false
  let nextHeading = false
  if (newlines > 0) {
    if (newlines > 1 && blankLineBetween(sep, lastNl)) brk = true
    // a table row ends at its line's end
    if (endsRow(sep)) brk = true
    const lead = sep.slice(lastNl + 1).trimStart()
    if (lead.startsWith('#')) nextHeading = true
    const enumerated = (lead.startsWith('(') || lead.startsWith('\uff08')) && isParenMarker(lead)
    const bullet =
      lead.startsWith('- ') || lead.startsWith('* ') || lead.startsWith('+ ') || bulletLead(lead, nextWord)
    if (bullet || enumerated || lead.startsWith('#') || lead.startsWith('|') || lead.startsWith('**')) {
      nextListItem = bullet || enumerated
      brk = true
    }
  }
  return { brk, colon, nextListItem, nextHeading }
}

/** The separator closes a table row: "|" is the last mark before its first line break. */
function endsRow(sep: string): boolean {
  let i = sep.indexOf('\n') - 1
  while (i >= 0 && (sep[i] === ' ' || sep[i] === '\t' || sep[i] === '\r')) i--
  return i >= 0 && sep[i] === '|'
}

/** Only whitespace between the first and the last newline of a separator: a paragraph break. */
function blankLineBetween(sep: string, lastNl: number): boolean {
  const first = sep.indexOf('\n')
  if (first === lastNl) return false
  for (let i = first + 1; i < lastNl; i++) {
    const c = sep[i]!
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') return false
  }
  return true
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

/** "(a) ", "(iv) ", "(12) ", "（一）" at the start of a line. */
function isParenMarker(lead: string): boolean {
  let close = lead.indexOf(')')
  if (close < 0) close = lead.indexOf('\uff09')
  if (close < 2 || close > 5) return false
  for (let i = 1; i < close; i++) {
    const c = lead[i]!
    if (!/[\p{L}\p{N}]/u.test(c)) return false
  }
  return true
}

const ROMAN = new Set(['i', 'v', 'x', 'l'])
const CJK_NUMERALS = new Set([...'一二三四五六七八九十'])

/** A word at a line start followed by "." / ")" / "、" is an item number: "1.", "a)", "iv.", "一、". */
function isEnumerator(text: string, tokenEnd: number, w: string): boolean {
  const after = text[tokenEnd]
  if (after === '\u3001') return isDigits(w) || CJK_NUMERALS.has(w)
  // "（一）", "（2）": full-width closing parenthesis, often with no space after it
  if (after === '\uff09')
    return w.length <= 3 && (isDigits(w) || [...w].every(c => CJK_NUMERALS.has(c)) || w.length === 1)
  if (after !== '.' && after !== ')') return false
  const next = text[tokenEnd + 1]
  const spaced =
    next === undefined ||
    next === ' ' ||
    next === '\t' ||
    next === '\n' ||
    next === '\r' ||
    // "(一)军事用途": Chinese text follows an item number without a space
    (after === ')' && isHan(next))
  if (CJK_NUMERALS.has(w[0]!)) return spaced && [...w].every(c => CJK_NUMERALS.has(c))
  // "1.2" section numbers
  if (!spaced && !(after === '.' && next >= '0' && next <= '9')) return false
  if (isDigits(w)) return w.length <= 3
  if (w.length === 1) return true
  for (const c of w) if (!ROMAN.has(c)) return false
  return w.length <= 4
}

/**
 * An item marker inside a line, after a colon or a semicolon: "may not: (a) redistribute it; (b)
 * modify it", "用途：（一）军事用途；（二）…". The word w (ending at tokenEnd) is the marker's
 * body; sep is what stands between the previous word and it. Returns the colon that introduces
 * the list (true), a semicolon between items (false), or null when w is no inline marker.
 */
function inlineMarker(sep: string, text: string, tokenEnd: number, w: string): boolean | null {
  const close = text[tokenEnd]
  if (close !== ')' && close !== '\uff09') return null
  if (w.length > 4 || !/^[\p{L}\p{N}]+$/u.test(w)) return null
  if (w.length > 1 && !isDigits(w) && ![...w].every(c => ROMAN.has(c) || CJK_NUMERALS.has(c))) return null
  let i = sep.length - 1
  if (sep[i] !== '(' && sep[i] !== '\uff08') return null
  i--
  while (i >= 0 && (sep[i] === ' ' || sep[i] === '\t' || sep[i] === '\u3000')) i--
  const c = sep[i]
  if (c === ':' || c === '\uff1a') return true
  if (c === ';' || c === '\uff1b') return false
  return null
}

/**
 * The line that ends at `end` is in capitals without closing punctuation, and the next line starts
 * with a word in ordinary case (next, starting at nextStart): a heading, not a wrapped sentence.
 */
function capitalsLineBefore(text: string, end: number, next: string, nextStart: number): boolean {
  const first = text[nextStart]
  if (first === undefined || first === first.toLowerCase() || next.length < 2) return false
  const word = text.slice(nextStart, nextStart + next.length)
  if (word === word.toUpperCase()) return false
  const from = text.lastIndexOf('\n', end - 1) + 1
  const line = text.slice(from, end)
  if (line.length > 120 || line.toUpperCase() !== line || line.toLowerCase() === line) return false
  const last = line[line.length - 1]!
  return !ENDERS.has(last) && last !== ','
}

/** The line that ends at or after `end` holds a "|" before `end` (a table row, pipes outside or not). */
function pipeInLine(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] === '|') return true
  return false
}

/** End of a sentence whose last word ends at `from`: its closing punctuation and quotes, on that line. */
function sentenceEnd(text: string, from: number, to: number): number {
  let i = from
  let end = from
  while (i < to) {
    const c = text[i]!
    if (c === '\n' || c === '\r') break
    if (ENDERS.has(c)) {
      end = i + 1
      i++
      while (i < to && CLOSERS.has(text[i]!)) end = ++i
      break
    }
    // letters or digits start the next sentence; other marks ("-", quotes, ")") still belong here
    if (/[\p{L}\p{N}]/u.test(c)) break
    if (c !== ' ' && c !== '\t') end = i + 1
    i++
  }
  return end
}

export function parseDoc(text: string): Doc {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)

  const sentences: Sentence[] = []
  let cur: Token[] = []
  let curList = false
  let curHeading = false
  let curBody = 0
  let prevEnd = 0
  let lastNumeric = false

  const flush = (colon: boolean, nextStart: number): void => {
    if (cur.length > curBody) {
      const last = cur[cur.length - 1]!
      sentences.push({
        tokens: cur,
        colon,
        listItem: curList,
        heading: curHeading,
        body: curBody,
        start: cur[curBody]!.s,
        end: sentenceEnd(text, last.e, nextStart),
        index: new Map()
      })
    }
    cur = []
    curBody = 0
  }

  const words: Token[] = []
  for (const m of text.matchAll(WORD)) {
    words.length = 0
    splitWord(m[0], m.index, words)
    for (const tok of words) {
      const { s, e, w } = tok
      const sep = text.slice(prevEnd, s)
      const prev = cur[cur.length - 1]
      // numbers: 700,000,000 / 1.5 / 2.0
      const digits = isDigits(w)
      const grouped =
        (sep === ' ' || sep === '\u00a0' || sep === '\u202f') &&
        w.length === 3 &&
        /^\d{1,3}(,\d{3})*$/.test(prev?.w ?? '')
      if (prev && digits && lastNumeric && (sep === ',' || sep === '.' || grouped) && prev.w.length < 32) {
        prev.w = prev.w + (grouped ? ',' : sep) + w
        prev.e = e
        prevEnd = e
        continue
      }
      lastNumeric = digits
      const first = sentences.length === 0 && cur.length === 0
      const b: Break = first
        ? {
            brk: false,
            colon: false,
            nextListItem: /^\s*[-*(]/.test(sep) || bulletLead(sep.trimStart(), w),
            nextHeading: /^\s*#/.test(sep)
          }
        : separatorBreaks(sep, prev?.w, w, text, s)
      // a markdown heading ends at the end of its line, and so does a line in capitals before a
      // line in ordinary case ("II. RESEARCH LICENCE" / "You may …")
      if (cur.length > 0 && sep.includes('\n') && (curHeading || capitalsLineBefore(text, prevEnd, w, s)))
        b.brk = true
      // a row of a table written without outer pipes ("Attribution | Required") ends at its line's end
      if (cur.length > 0 && sep.includes('\n') && pipeInLine(text, prevEnd)) b.brk = true
      const atLineStart = first || sep.includes('\n')
      let listItem = b.nextListItem
      let enumerator = atLineStart && isEnumerator(text, e, w)
      // "… may not: (a) redistribute it; (b) modify it": items inside a line
      const inline = first || atLineStart ? null : inlineMarker(sep, text, e, w)
      if (inline !== null) {
        b.brk = true
        b.colon = inline
        enumerator = true
      }
      if (enumerator) listItem = true
      // "1. The Daily Active Users …": the full stop after an item number ends no sentence
      if (cur.length > 0 && cur.length === curBody && !listItem && !sep.includes('\n')) b.brk = false
      if (!first && (b.brk || listItem || cur.length >= MAX_SENTENCE_TOKENS)) {
        flush(b.colon, s)
        curList = listItem
        curHeading = b.nextHeading
      } else if (cur.length === 0) {
        curList = listItem
        curHeading = b.nextHeading
      }
      if (cur.length === 0 && enumerator) curBody = 1
      cur.push({ w, s, e })
      prevEnd = e
    }
  }
  const tail = text.slice(prevEnd).trimEnd()
  flush(tail.endsWith(':') || tail.endsWith('\uff1a'), text.length)
  const doc: Doc = { text, sentences, lineStarts }
  doc.sentences = restate(doc)
  return doc
}

/** 1-based line of an offset. */
export function lineOf(doc: Doc, offset: number): number {
  const starts = doc.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
