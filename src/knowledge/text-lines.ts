// Line helpers shared by the knowledge modules: file lines of a ParsedCard, fenced-code
// detection, sentence windows and URL masking — all linear scans, no backtracking regexes.

import type { ParsedCard } from '../card/types.js'

export interface CardLine {
  /** 1-based line in the file. */
  line: number
  text: string
  /** The text with HTML comments (`<!-- … -->`, also across lines) blanked to spaces: same length. */
  prose: string
  inCode: boolean
  inFrontMatter: boolean
}

/** Every line of the card file, with whether it sits in front matter or a fenced code block. */
export function cardLines(card: ParsedCard): CardLine[] {
  const raw = card.text.split('\n')
  const out: CardLine[] = []
  let fence: string | null = null
  let inComment = false
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i].endsWith('\r') ? raw[i].slice(0, -1) : raw[i]
    const line = i + 1
    const inFrontMatter = card.frontMatter !== 'absent' && line < card.bodyStartLine
    let inCode = false
    if (!inFrontMatter) {
      const t = text.trimStart()
      const marker = t.startsWith('```') ? '```' : t.startsWith('~~~') ? '~~~' : null
      if (fence) {
        inCode = true
        if (marker === fence) fence = null
      } else if (marker && text.length - t.length < 4) {
        fence = marker
        inCode = true
      }
    }
    let prose = text
    if (!inFrontMatter && !inCode && (inComment || text.includes('<!--'))) {
      const r = blankComments(text, inComment)
      prose = r.text
      inComment = r.open
    }
    out.push({ line, text, prose, inCode, inFrontMatter })
  }
  return out
}

/** Blanks HTML comments in one line; `open` says whether a comment continues from the previous line. */
function blankComments(text: string, open: boolean): { text: string; open: boolean } {
  let out = ''
  let i = 0
  let inside = open
  while (i < text.length) {
    if (inside) {
      const end = text.indexOf('-->', i)
      if (end < 0) {
        out += ' '.repeat(text.length - i)
        return { text: out, open: true }
      }
      out += ' '.repeat(end + 3 - i)
      i = end + 3
      inside = false
    } else {
      const start = text.indexOf('<!--', i)
      if (start < 0) {
        out += text.slice(i)
        break
      }
      out += text.slice(i, start)
      i = start
      inside = true
    }
  }
  return { text: out, open: inside }
}

/** Replaces URLs by spaces (same length) so words inside them are not read as prose. */
export function maskUrls(s: string): string {
  return s.replace(/\b(?:https?:\/\/|www\.)[^\s)\]>"'`]{1,4000}/gi, m => ' '.repeat(m.length))
}

const TERMINATORS = new Set(['.', '!', '?', ';', '|', '\u3002'])

function isBoundary(s: string, i: number): boolean {
  const c = s[i]
  if (!TERMINATORS.has(c)) return false
  if (c === '.') {
    // "v1.5", "e.g." or "3.0": a dot followed by a non-space is not a sentence end.
    const next = s[i + 1]
    return next === undefined || next === ' ' || next === '\t' || next === '*' || next === ')'
  }
  return true
}

/** [start, end) of the sentence around index `at`, limited to `radius` characters either side. */
export function sentenceBounds(s: string, at: number, atEnd: number, radius = 240): [number, number] {
  let start = at
  const minStart = Math.max(0, at - radius)
  while (start > minStart && !isBoundary(s, start - 1)) start--
  let end = atEnd
  const maxEnd = Math.min(s.length, atEnd + radius)
  while (end < maxEnd && !isBoundary(s, end)) end++
  if (end < s.length && s[end] !== '|' && s[end] !== ';') end++ // keep the full stop
  return [start, end]
}

/** A verbatim, trimmed slice of `s` between start and end (never longer than max). */
export function quoteOf(s: string, start: number, end: number, focus: number, max = 300): string {
  let a = start
  let b = end
  if (b - a > max) {
    a = Math.max(start, focus - Math.floor(max / 2))
    b = Math.min(end, a + max)
  }
  let q = s.slice(a, b)
  q = q.replace(/^[\s|>*#-]+/, '').replace(/[\s|]+$/, '')
  return q
}

/** Lower-case word tokens with their positions. */
export function words(s: string): Array<{ w: string; i: number }> {
  const out: Array<{ w: string; i: number }> = []
  const re = /[A-Za-z0-9%][A-Za-z0-9%'\u2019_-]*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s)) !== null) out.push({ w: m[0].toLowerCase().replace(/[-']+$/, ''), i: m.index })
  return out
}
