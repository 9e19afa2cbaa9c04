// Characters that make a text display differently from what it says: bidirectional controls
// (embeddings, overrides, isolates reorder what a reader sees, "Trojan Source") and invisible
// characters placed inside a word (a zero-width space splits "commercial" for a program, not for
// a reader). One linear scan; positions are 1-based lines of the text as written.
import { isInvisible } from './normalize.js'

export interface HiddenCharacter {
  kind: 'bidi-control' | 'invisible-in-word'
  line: number
  /** "U+202E". */
  codePoint: string
}

/** Most hidden characters recorded per text (the first ones are enough to point at). */
export const MAX_HIDDEN_REPORTED = 20

/** Embeddings, overrides and isolates: the bidi controls that reorder text. Marks (LRM, RLM, ALM) do not. */
export function isReorderingBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

export function findHiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = []
  let line = 1
  for (let i = 0; i < text.length && found.length < MAX_HIDDEN_REPORTED; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      line++
      continue
    }
    if (c < 0x200b) continue
    const codePoint = 'U+' + c.toString(16).toUpperCase().padStart(4, '0')
    if (isReorderingBidiControl(c)) {
      found.push({ kind: 'bidi-control', line, codePoint })
      continue
    }
    if (!isInvisible(c) || c === 0xfeff || i === 0) continue
    // between two Latin letters, skipping further invisible characters
    let j = i + 1
    while (j < text.length && j - i < 16 && isInvisible(text.charCodeAt(j))) j++
    if (isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(j)))
      found.push({ kind: 'invisible-in-word', line, codePoint })
    i = j - 1
  }
  return found
}
