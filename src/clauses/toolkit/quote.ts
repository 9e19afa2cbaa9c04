// Quotes: the whole sentence that holds a clause, verbatim, from its first word after any list
// marker to its closing punctuation, with the line where it starts. A sentence too long to quote
// is cut to a window around the clause, at word boundaries, still verbatim.
import { lineOf, type Doc, type Sentence } from './sentences.js'

/** Longest quote, in characters (the engine keeps evidence up to 500). */
export const MAX_QUOTE = 500

export interface Quote {
  line: number
  quote: string
  /** Offsets of the quote in the text. */
  start: number
  end: number
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF'
}

/** The quote for a clause found at `trigger` (a text offset) in sentence s. */
export function quoteSentence(doc: Doc, s: Sentence, trigger: number): Quote {
  const text = doc.text
  let from = s.start
  let to = Math.max(s.end, s.tokens[s.tokens.length - 1]!.e)
  if (to - from > MAX_QUOTE) {
    // a window that holds the trigger: start at a clause boundary before it when there is one
    let start = Math.max(from, trigger - Math.floor(MAX_QUOTE / 3))
    if (start > from) {
      let cut = -1
      for (let i = trigger - 1; i >= start; i--) {
        const c = text[i]!
        if ((c === ',' || c === ';' || c === ':' || c === '\n') && i + 1 < trigger) {
          cut = i + 1
          break
        }
      }
      if (cut < 0) {
        cut = start
        while (cut < trigger && !isSpace(text[cut - 1])) cut++
      }
      start = cut
    }
    let end = Math.min(to, start + MAX_QUOTE)
    if (end < to) {
      let k = end
      while (k > trigger && !isSpace(text[k])) k--
      if (k > trigger) end = k
    }
    from = start
    to = end
  }
  while (from < to && isSpace(text[from])) from++
  while (to > from && isSpace(text[to - 1])) to--
  if (opensQuote(text, from, to)) from--
  return { line: lineOf(doc, from), quote: text.slice(from, to), start: from, end: to }
}

/** Quotation marks and the marks that close them. */
const CLOSER: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201C': '\u201D',
  '\u2018': '\u2019',
  '\u300C': '\u300D',
  '\u300E': '\u300F',
  '\u00AB': '\u00BB'
}

/**
 * The mark just before `from` opens a quotation that the quote closes (a list item `- "Military
 * use"` starts at its first word): it belongs to the quote, or the quote would end on a lone mark.
 */
function opensQuote(text: string, from: number, to: number): boolean {
  const open = text[from - 1]
  const close = open === undefined ? undefined : CLOSER[open]
  if (close === undefined) return false
  let opens = 0
  let closes = 0
  for (let i = from; i < to; i++) {
    if (text[i] === close) closes++
    else if (text[i] === open) opens++
  }
  // a mark that is its own closer is unbalanced when it stands an odd number of times
  return open === close ? closes % 2 === 1 : closes > opens
}
