// tokenizeWords splits licence text into words with one regular expression; its definition is the
// character loop below (what it replaced). They must agree on every text, for licence hashes and
// word sets depend on it (the generated SPDX index is built with it).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { tokenizeWords } from '../../src/licenses/normalize.js'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** One UTF-16 unit at a time: a letter or digit of the Basic Multilingual Plane is a word character. */
function isWordUnit(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
  return LETTER_OR_DIGIT.test(c)
}

function reference(s: string): string[] {
  const words: string[] = []
  let parts: string[] = []
  let from = -1
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (isWordUnit(c)) {
      if (from < 0) from = i
      continue
    }
    if ((c === '-' || c === "'") && from >= 0 && i + 1 < s.length && isWordUnit(s[i + 1]!)) {
      parts.push(s.slice(from, i))
      from = i + 1
      continue
    }
    if (from >= 0) {
      parts.push(s.slice(from, i))
      words.push(parts.join(''))
      parts = []
      from = -1
    }
  }
  if (from >= 0) {
    parts.push(s.slice(from))
    words.push(parts.join(''))
  }
  return words
}

// Pieces that meet every branch: joiners alone, doubled, at the ends; accented, Han, Arabic-Indic
// digits; a letter beyond the Basic Multilingual Plane and half of one; no-break space, underscore.
const PIECES = [
  'a',
  'Zz',
  '9',
  '-',
  "'",
  ' ',
  '.',
  'é',
  '中文',
  '𝐀',
  '\uD835',
  '\uDC00',
  '_',
  '--',
  "a'b",
  '٣',
  '\u00A0',
  '\n'
]

describe('tokenizeWords', () => {
  it('agrees with the character-by-character definition on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), pieces => {
        const text = pieces.join('')
        expect(tokenizeWords(text)).toEqual(reference(text))
      }),
      { numRuns: 5000, seed: 20261202 }
    )
  })

  it.each([
    [
      'joiners between letters join',
      "the licensor's non-commercial terms",
      ['the', 'licensors', 'noncommercial', 'terms']
    ],
    ['joiners elsewhere separate', "- a -- b ' c-", ['a', 'b', 'c']],
    ['a letter beyond the Basic Multilingual Plane ends a word', 'ab𝐀cd', ['ab', 'cd']],
    ['nothing to split', ' -- ', []]
  ])('%s', (_name, text, words) => {
    expect(tokenizeWords(text)).toEqual(words)
    expect(reference(text)).toEqual(words)
  })
})
