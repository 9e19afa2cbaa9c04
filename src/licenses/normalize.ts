// Licence-text normalisation, licensee-style. This module has NO imports: the build script
// (scripts/build-spdx-index.mjs) transpiles it on the fly so that the index and the runtime
// normalise texts with exactly the same code.
//
// Steps: drop BOM, unify line ends, lower-case, cut at "end of terms and conditions", drop the
// title line (optional), copyright lines, list markers and markdown markup, drop <placeholders>
// and [placeholders], unify quotes and dashes, tokenise into words (letters and digits), join
// hyphenated and apostrophised words, drop "http"/"https"/"www", map British spellings to
// American ones. The result is the words joined by single spaces.

export interface NormalizeOptions {
  /** Keep the first (title) line. Markers want it; text matching drops it. Default false. */
  keepTitle?: boolean
  /** Keep what follows "end of terms and conditions" (an appendix). Default false. */
  wholeText?: boolean
  /** Keep copyright lines (a template whose copyright line runs on into its terms). Default false. */
  keepCopyright?: boolean
}

// A Map, not an object: a word such as "constructor" in a licence must not find Object's own.
const SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licencee: 'licensee',
    licencees: 'licensees',
    licencor: 'licensor',
    licencors: 'licensors',
    sublicence: 'sublicense',
    acknowledgment: 'acknowledgement',
    acknowledgments: 'acknowledgements',
    analogue: 'analog',
    authorised: 'authorized',
    authorise: 'authorize',
    behaviour: 'behavior',
    centre: 'center',
    favour: 'favor',
    fulfil: 'fulfill',
    judgement: 'judgment',
    offence: 'offense',
    organisation: 'organization',
    organisations: 'organizations',
    recognised: 'recognized',
    whilst: 'while',
    percent: 'per cent',
    colour: 'color',
    programme: 'program'
  })
)

const DROP_WORDS = new Set(['http', 'https', 'www'])

const QUOTE_CHARS = '\u2018\u2019\u201a\u201b\u2032\u0060\u00b4'
const DQUOTE_CHARS = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'
const DASH_CHARS = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'

const UNIFY = new RegExp(`[${QUOTE_CHARS}${DQUOTE_CHARS}${DASH_CHARS}\u00a0\t]`, 'g')

function unifyChar(ch: string): string {
  if (QUOTE_CHARS.includes(ch)) return "'"
  if (DQUOTE_CHARS.includes(ch)) return '"'
  if (DASH_CHARS.includes(ch)) return '-'
  return ' '
}

/** Curly quotes, dashes, no-break spaces and tabs to their plain forms (one replace: linear, little garbage). */
function unifyChars(s: string): string {
  return s.replace(UNIFY, unifyChar)
}

/** Remove leading markdown markup and list markers ("#", ">", "*", "-", "1.", "(a)", "iv)"). */
export function stripListMarker(line: string): string {
  let s = line.trim()
  for (let round = 0; round < 4; round++) {
    const before = s
    while (s.length > 0 && '#>*_=|+\u2022\u00b7'.includes(s[0]!)) s = s.slice(1).trimStart()
    if (s.startsWith('- ')) s = s.slice(2).trimStart()
    // (a) (iv) (1)
    if (s.startsWith('(')) {
      const close = s.indexOf(')')
      if (close > 1 && close <= 6 && isAlnumRun(s.slice(1, close)) && s[close + 1] === ' ')
        s = s.slice(close + 2).trimStart()
    }
    // a. iv. 1. 1.2. a) 1)
    let i = 0
    while (i < s.length && i < 8 && (isAlnum(s[i]!) || s[i] === '.')) i++
    if (i > 0 && i < s.length) {
      const term = s[i]
      const body = s.slice(0, i)
      if (
        (term === ' ' && body.endsWith('.') && body.length <= 6 && isMarkerBody(body.slice(0, -1))) ||
        (term === ')' && s[i + 1] === ' ' && isMarkerBody(body))
      ) {
        s = s.slice(term === ')' ? i + 2 : i + 1).trimStart()
      }
    }
    if (s === before) break
  }
  return s
}

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
function isAlnumRun(s: string): boolean {
  if (s.length === 0) return false
  for (const c of s) if (!isAlnum(c)) return false
  return true
}
/** "1", "1.2", "a", "iv", "xii": digits with dots, one letter, or a short roman numeral. */
function isMarkerBody(s: string): boolean {
  if (s.length === 0) return false
  let digits = true
  for (const c of s) if (!((c >= '0' && c <= '9') || c === '.')) digits = false
  if (digits) return true
  const l = s.toLowerCase()
  if (l.length === 1 && l >= 'a' && l <= 'z') return true
  for (const c of l) if (!'ivxlc'.includes(c)) return false
  return l.length <= 5
}

/** A line that is a copyright statement: "Copyright (c) 2024 X", "(c) 2020", "© X", "All rights reserved." */
export function isCopyrightLine(line: string): boolean {
  const s = stripListMarker(line).toLowerCase()
  if (s.startsWith('(c)') || s.startsWith('\u00a9')) return true
  if (s.startsWith('all rights reserved')) return true
  if (!s.startsWith('copyright')) return false
  const rest = s.slice('copyright'.length).trimStart()
  if (rest.length === 0) return false
  const c = rest[0]!
  if (
    rest.startsWith('(c)') ||
    c === '\u00a9' ||
    (c >= '0' && c <= '9') ||
    c === '<' ||
    c === '[' ||
    c === '{'
  )
    return true
  // "Copyright 2023 DeepSeek", "Copyright Stability AI Ltd." : short line naming a holder or a year
  // (a long line's words are not all split to learn that)
  if (countWordsUpTo(rest, 11) > 10) return false
  return tokenizeWords(rest).some(w => w.length === 4 && w >= '1900' && w <= '2099')
}

/** Remove short "<...>" runs (placeholders such as <year>, and HTML tags) and "[...]" placeholders, keeping markdown link text. */
function dropPlaceholders(s: string): string {
  const out: string[] = []
  let run = 0 // start of the text kept unchanged since the last placeholder
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === '<' || c === '[') {
      const close = c === '<' ? '>' : ']'
      let j = i + 1
      while (j < s.length && j - i <= 80 && s[j] !== close && s[j] !== '\n' && s[j] !== c) j++
      if (j < s.length && s[j] === close) {
        out.push(s.slice(run, i))
        // markdown link: keep the text
        if (c === '[' && s[j + 1] === '(') out.push(s.slice(i + 1, j) + ' ')
        else out.push(' ')
        i = j + 1
        run = i
        continue
      }
    }
    i++
  }
  out.push(s.slice(run))
  return out.join('')
}

/**
 * A word: letters and digits of the Basic Multilingual Plane (a character beyond it, or half of
 * one, ends a word), with "-" or "'" between two such runs joining them ("non-commercial",
 * "licensor's"). One native match over the text rather than a loop over its characters: a licence
 * of megabytes is normalised several times, and a short one while the code is still interpreted.
 */
const WORD = /(?:(?=[\0-\uFFFF])[\p{L}\p{N}])+(?:['-](?:(?=[\0-\uFFFF])[\p{L}\p{N}])+)*/gu
const JOINERS = /['-]/g

/** Split into words of letters/digits; "-" and "'" between letters join the parts (and are dropped). */
export function tokenizeWords(s: string): string[] {
  const words = s.match(WORD)
  if (words === null) return []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.includes('-') || w.includes("'")) words[i] = w.replace(JOINERS, '')
  }
  return words
}

/** How many words `s` has, counting no further than `max` (a long text is not read to the end). */
export function countWordsUpTo(s: string, max: number): number {
  let n = 0
  WORD.lastIndex = 0
  while (n < max && WORD.exec(s) !== null) n++
  WORD.lastIndex = 0
  return n
}

/** The normalised text: words joined by single spaces. */
export function normalizeLicenseText(text: string, options: NormalizeOptions = {}): string {
  const { lines, title } = readLines(text, options.wholeText === true)
  return wordsOf(lines, title && options.keepTitle !== true ? 1 : 0, options.keepCopyright === true)
}

/**
 * The text normalised with its title kept (`keepTitle`) and without it (the default): one pass
 * when the text opens with no title line, as most do, since the two are then the same.
 */
export function normalizeLicenseTextBothWays(text: string): { withTitle: string; withoutTitle: string } {
  const { lines, title } = readLines(text, false)
  const withTitle = wordsOf(lines, 0, false)
  return { withTitle, withoutTitle: title ? wordsOf(lines, 1, false) : withTitle }
}

/** The lines normalisation reads (list markers stripped, blank ones left out), and whether the first is a title. */
function readLines(text: string, wholeText: boolean): { lines: string[]; title: boolean } {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  s = s.split('\r\n').join('\n').split('\r').join('\n')
  s = unifyChars(s).toLowerCase()
  const end = wholeText ? -1 : s.indexOf('end of terms and conditions')
  if (end >= 0) s = s.slice(0, end)
  const lines: string[] = []
  for (const raw of s.split('\n')) {
    const line = stripListMarker(raw)
    if (line.length > 0) lines.push(line)
  }
  return { lines, title: lines.length > 0 && isTitleLine(lines[0]!) }
}

/** The words of `lines` from the `from`th on, copyright lines left out unless kept. */
function wordsOf(lines: readonly string[], from: number, keepCopyright: boolean): string {
  const kept: string[] = []
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (!keepCopyright && isCopyrightLine(line)) continue
    kept.push(line)
  }
  const s = dropPlaceholders(kept.join('\n'))
  const out: string[] = []
  for (const w of tokenizeWords(s)) {
    if (DROP_WORDS.has(w)) continue
    out.push(SPELLING.get(w) ?? w)
  }
  return out.join(' ')
}

/** A short line naming a licence or agreement. Its words are counted no further than needed. */
function isTitleLine(line: string): boolean {
  const n = countWordsUpTo(line, 13)
  if (n === 0 || n > 12) return false
  return tokenizeWords(line).some(
    w => w === 'license' || w === 'licence' || w === 'agreement' || w === 'terms' || w === 'licensing'
  )
}

/** Distinct words of a normalised text. */
export function wordSet(normalised: string): Set<string> {
  return new Set(normalised.length === 0 ? [] : normalised.split(' '))
}

/** FNV-1a 64-bit (as two 32-bit halves) of a normalised text: hex string, deterministic, no crypto needed. */
export function textHash(normalised: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
    h2 ^= h2 >>> 15
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0') + normalised.length.toString(16)
}

/** Normalise a short phrase (a marker) the way texts are normalised, without line handling. */
export function normalizePhrase(phrase: string): string {
  const out: string[] = []
  for (const w of tokenizeWords(unifyChars(phrase).toLowerCase())) {
    if (DROP_WORDS.has(w)) continue
    out.push(SPELLING.get(w) ?? w)
  }
  return out.join(' ')
}
