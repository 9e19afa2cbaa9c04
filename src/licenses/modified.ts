// A standard licence with sentences added is not that licence. A text that matched an
// OSI-approved SPDX text by Dice (not exactly) is compared sentence by sentence with the template:
// a sentence most of whose word 5-grams the template lacks was added or changed. Linear in the
// text: one pass to split sentences, one set lookup per 5-gram, the template's 5-grams built once.
// What a licence file always varies — copyright lines, names, years, addresses, the template's
// fill-ins — is not a modification: such sentences are dropped by normalisation or are too short
// and too far from licence language to count.
import { detectClauses } from '../clauses/index.js'
import { NON_RESTRICTIVE_CLAUSES } from '../types.js'
import { osiSequence } from '../generated/spdx-index.js'
import { isCopyrightLine, normalizeLicenseText } from './normalize.js'
import { spdxIndexEntry, vocabularyWords } from './spdx-text-match.js'

/** A sentence of the file that the standard text does not have. */
export interface AddedSentence {
  /** 1-based line where the sentence starts. */
  line: number
  /** The sentence as written, whitespace collapsed. */
  text: string
}

const GRAM = 5
/** A sentence whose 5-grams the template holds at least this share of is the template's own. */
const KNOWN_SHARE = 0.5
/** Words a substantive sentence has, and how many of them are licence language (in some SPDX text). */
const MIN_WORDS = 5
const MIN_LEGAL_WORDS = 4
/** Words of a sentence that grants, forbids or obliges (normalised: apostrophes dropped). */
const NORMATIVE = new Set(
  (
    'may must shall should not no never only solely cannot cant dont wont mustnt shant ' +
    'required requires require prohibited forbidden permitted allowed agree agrees except unless ' +
    'provided condition conditions restricted restrict restricts terminate terminates revoke'
  ).split(' ')
)
/** Words the template lacks that a non-restrictive sentence needs to count as added. */
const MIN_NOVEL_WORDS = 2
/** Longest sentence compared (characters); longer runs are cut, so one line cannot cost more. */
const MAX_SENTENCE = 4000

let vocabSet: Set<string> | null = null
const templates = new Map<string, { grams: Set<string>; words: Set<string> }>()

/** Every word of some SPDX text: licence language. Built on the first sentence that needs it. */
function legalWords(): Set<string> {
  vocabSet ??= new Set(vocabularyWords())
  return vocabSet
}

function template(id: string): { grams: Set<string>; words: Set<string> } | null {
  const known = templates.get(id)
  if (known) return known
  const seq = osiSequence(id)
  if (seq === undefined) return null
  const words = seq.split(' ')
  const grams = new Set<string>()
  for (let i = 0; i + GRAM <= words.length; i++) grams.add(words.slice(i, i + GRAM).join(' '))
  const t = { grams, words: new Set(words) }
  templates.set(id, t)
  return t
}

interface Sentence {
  line: number
  text: string
}

/** Sentences (line breaks kept) with the line each starts on: split at . ! ? ; before a space or line end, and at blank lines. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let cur = ''
  let hasText = false
  let start = 0
  const flush = (): void => {
    if (hasText) out.push({ line: start, text: cur.trim().slice(0, MAX_SENTENCE) })
    cur = ''
    hasText = false
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim().length === 0) {
      flush()
      continue
    }
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!
      if (!hasText && c.trim().length > 0) {
        hasText = true
        start = i + 1
      }
      // Past the longest sentence compared, the rest is read for its end only (time stays linear).
      if (cur.length < MAX_SENTENCE) cur += c
      const end = c === '.' || c === '!' || c === '?' || c === ';'
      if (end && (j + 1 === line.length || line[j + 1] === ' ')) flush()
    }
    // A line break, not a space: the normaliser strips list markers and copyright lines line by line.
    if (cur.length < MAX_SENTENCE) cur += '\n'
  }
  flush()
  return out
}

/** Longest <placeholder> or [placeholder] dropped, in characters (it may run across a wrapped line). */
const MAX_PLACEHOLDER = 200

/** The text without <placeholders>, [placeholders] and web addresses: fill-ins and links are no modification. */
function withoutFillIns(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '<' || c === '[') {
      const close = c === '<' ? '>' : ']'
      let j = i + 1
      const stop = Math.min(text.length, i + MAX_PLACEHOLDER)
      while (j < stop && text[j] !== close && text[j] !== c) j++
      if (j < stop && text[j] === close && text[j + 1] !== '(') {
        out += ' '
        i = j + 1
        continue
      }
    }
    out += c
    i++
  }
  return out
    .split(/(\s+)/)
    .filter(w => !w.includes('://') && !w.toLowerCase().includes('www.'))
    .join('')
}

/** Whether a short added sentence says something a licence restricts with ("No commercial use."). */
function restricts(sentence: string): boolean {
  return detectClauses(sentence, 'LICENSE').some(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
}

/**
 * The substantive sentences of `text` that the OSI-approved SPDX text `spdxId` lacks, in order;
 * null when no template is kept for that id (only OSI-approved texts are).
 */
export function addedSentences(text: string, spdxId: string): AddedSentence[] | null {
  const entry = spdxIndexEntry(spdxId)
  const t = entry ? template(entry.id) : null
  if (!t) return null
  const out: AddedSentence[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  for (const s of splitSentences(text)) {
    // The rest of a copyright line ("… All Rights Reserved. Patent pending.") is the holder's, as
    // the whole line is to the normaliser.
    if (isCopyrightLine(lines[s.line - 1]!.toLowerCase())) continue
    // keepTitle: a sentence is no title; copyright lines, placeholders and markup are still dropped.
    const norm = normalizeLicenseText(withoutFillIns(s.text), { keepTitle: true, wholeText: true })
    const words = norm.length === 0 ? [] : norm.split(' ')
    if (words.length === 0) continue
    const quote = s.text.replace(/\s+/g, ' ')
    if (words.length < GRAM) {
      // Too short for 5-grams: only a restriction in words the template lacks counts.
      if (words.some(w => !t.words.has(w)) && restricts(quote)) out.push({ line: s.line, text: quote })
      continue
    }
    let known = 0
    const total = words.length - GRAM + 1
    for (let i = 0; i < total; i++) if (t.grams.has(words.slice(i, i + GRAM).join(' '))) known++
    if (known / total >= KNOWN_SHARE) continue
    // A sentence with fewer than two words the template lacks (a heading or list item cut apart, a
    // fill-in) says nothing new, unless it restricts.
    const novel = words.filter(w => !t.words.has(w) && !/^\d+$/.test(w))
    if (novel.length < MIN_NOVEL_WORDS && !restricts(quote)) continue
    const legal = legalWords()
    const legalInSentence = new Set(words.filter(w => legal.has(w) && !/^\d+$/.test(w)))
    // A term grants, forbids or obliges; a notice ("includes software developed at X", "the full
    // text follows") does none of these and changes nothing.
    const normative = words.some(w => NORMATIVE.has(w))
    if (normative && words.length >= MIN_WORDS && legalInSentence.size >= MIN_LEGAL_WORDS)
      out.push({ line: s.line, text: quote })
    else if (restricts(quote)) out.push({ line: s.line, text: quote })
  }
  return out
}
