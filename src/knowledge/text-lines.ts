// Line helpers shared by the knowledge modules: file lines of a ParsedCard with what the mdast
// tree says about them (code block, HTML comment), sentence windows and URL masking — all linear
// scans, no backtracking regexes. Markdown structure comes from the card parser (card.markdown);
// nothing here tracks fences by hand.

import type { ParsedCard } from '../card/types.js'
import { trimEndChars } from '../text/trim.js'

export interface CardLine {
  /** 1-based line in the file. */
  line: number
  text: string
  /** The text with HTML comments (`<!-- … -->`, also across lines) blanked to spaces: same length. */
  prose: string
  /** Inside a code block (fenced, of any fence length, or indented), fences included. */
  inCode: boolean
  inFrontMatter: boolean
}

/** Every line of the card file, with whether it sits in front matter, a code block or a comment. */
export function cardLines(card: ParsedCard): CardLine[] {
  const raw = card.text.split('\n')
  const out: CardLine[] = raw.map((r, i) => {
    const text = r.endsWith('\r') ? r.slice(0, -1) : r
    const line = i + 1
    const inFrontMatter = card.frontMatter !== 'absent' && line < card.bodyStartLine
    return { line, text, prose: text, inCode: false, inFrontMatter }
  })
  const at = (line: number): CardLine | undefined => out[line - 1]
  for (const block of card.markdown.code) {
    for (let l = block.line; l <= block.endLine; l++) {
      const cl = at(l)
      if (cl && !cl.inFrontMatter) cl.inCode = true
    }
  }
  for (const span of card.markdown.comments) blankSpan(span, at)
  return out
}

/**
 * Blanks one HTML comment. The start is exact; inside block quotes and lists later columns are
 * not, so the comment ends at the first `-->` of its last line.
 */
function blankSpan(
  span: { line: number; column: number; endLine: number },
  at: (line: number) => CardLine | undefined
): void {
  for (let l = span.line; l <= span.endLine; l++) {
    const cl = at(l)
    if (!cl || cl.inFrontMatter) continue
    const t = cl.prose
    let from = 0
    if (l === span.line) {
      from = t.startsWith('<!--', span.column - 1) ? span.column - 1 : t.indexOf('<!--')
      if (from < 0) continue
    }
    let to = t.length
    if (l === span.endLine) {
      const close = t.indexOf('-->', l === span.line ? from + 4 : 0)
      if (close >= 0) to = close + 3
    }
    cl.prose = t.slice(0, from) + ' '.repeat(to - from) + t.slice(to)
  }
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
  // Trimmed by index, not by regex: `[\s|]+$` backtracks quadratically on long inner runs.
  while (a < b && ' \t\r\n|>*#-'.includes(s[a])) a++
  while (b > a && ' \t\r\n|'.includes(s[b - 1])) b--
  return s.slice(a, b)
}

/** Lower-case word tokens with their positions. */
export function words(s: string): Array<{ w: string; i: number }> {
  const out: Array<{ w: string; i: number }> = []
  const re = /[A-Za-z0-9%][A-Za-z0-9%'\u2019_-]*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(s)) !== null) out.push({ w: trimEndChars(m[0].toLowerCase(), "-'"), i: m.index })
  return out
}
