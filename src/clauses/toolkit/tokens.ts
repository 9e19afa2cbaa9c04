// Words of a text with their offsets. One pass of a simple word expression; Han characters are one
// token each, so Chinese phrases match character by character, like English words, and a
// traditional character is read as its simplified form (the offsets still point at the original).
import { simplified } from './simplified.js'

export interface Token {
  /** Lower-case word (a Han character in its simplified form); numbers keep their inner "," and "." ("700,000,000", "2.0"). */
  w: string
  /** Offsets in the text the tokens were read from. */
  s: number
  e: number
}

/** Letters and digits; a run of them is a word. Linear: one character class, one quantifier. */
export const WORD = /[\p{L}\p{N}]+/gu

const HAN = /\p{Script=Han}/u

/**
 * Whether the text holds a Han character. The Unicode-property expression is large to compile
 * (milliseconds at start-up), so the common answers come first: no Han character lies below
 * U+2E80, and the CJK Unified Ideographs (U+4E00–U+9FFF) and Extension A (U+3400–U+4DBF) are Han
 * throughout.
 */
export function isHan(c: string): boolean {
  if (!mayHoldHan(c)) return false
  const code = c.charCodeAt(0)
  if (c.length === 1 && ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)))
    return true
  return HAN.test(c)
}

export function isDigits(w: string): boolean {
  if (w.length === 0) return false
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** No Han character lies below U+2E80 (CJK Radicals Supplement): most words need no split. */
function mayHoldHan(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x2e80) return true
  return false
}

/**
 * Splits a matched word into tokens: Latin words stay whole, each Han character stands alone
 * ("商业用途" → 商 业 用 途, "AI模型" → ai 模 型).
 */
export function splitWord(word: string, start: number, out: Token[]): void {
  if (word.length === 0) return
  if (!mayHoldHan(word)) {
    out.push({ w: word.toLowerCase(), s: start, e: start + word.length })
    return
  }
  let runStart = -1
  let i = 0
  for (const ch of word) {
    const len = ch.length
    if (isHan(ch)) {
      if (runStart >= 0) {
        out.push({ w: word.slice(runStart, i).toLowerCase(), s: start + runStart, e: start + i })
        runStart = -1
      }
      out.push({ w: simplified(ch), s: start + i, e: start + i + len })
    } else if (runStart < 0) runStart = i
    i += len
  }
  if (runStart >= 0)
    out.push({ w: word.slice(runStart).toLowerCase(), s: start + runStart, e: start + word.length })
}

/** Space-separated words, or Han characters one by one: the token form of a phrase. */
export function phraseTokens(phrase: string): string[] {
  // Most phrases are plain ASCII ("use policy"): words are runs of letters and digits, read in one
  // pass without the Unicode expression (thousands of phrases are compiled at start-up).
  const ascii = asciiWords(phrase)
  if (ascii) return ascii
  const out: Token[] = []
  for (const m of phrase.matchAll(WORD)) splitWord(m[0], m.index, out)
  return out.map(t => t.w)
}

const ASCII_ONLY = /^[ -~\t\n\r]*$/
const ASCII_WORD = /[a-z0-9]+/g

/** The lower-case words of an ASCII phrase, or null when the phrase holds any other character. */
function asciiWords(phrase: string): string[] | null {
  // Two native passes rather than a loop over characters: thousands of phrases are compiled at
  // every start, while the code is still interpreted.
  if (!ASCII_ONLY.test(phrase)) return null
  return phrase.toLowerCase().match(ASCII_WORD) ?? []
}
