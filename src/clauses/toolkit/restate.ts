// Forms that say a clause without a sentence: a table row ("| Redistribution | Not permitted |"), a
// front matter value or a gated form's field label (`extra_gated_prompt: "…"`), a checklist or a
// marked item ("- ❌ Commercial use", "- [x] Attribution"), a question and its answer
// ("Can I modify it? No."), an imperative in a list of terms ("- Credit the
// authors."), informal Chinese modality (别…, 要…, 商用请联系…). Each form is restated here as the
// statement it makes, so every clause detector can judge it as it judges a sentence. The words of a
// restatement are tokens; the text is never changed, and a restated sentence keeps the offsets of
// what it restates, so its quote is the row or the question and answer as written, at its line.
// An ordered list of passes over the parsed sentences, each linear in their number.
import { answers } from './answers.js'
import { checklists } from './checklists.js'
import { contractions } from './contractions.js'
import { imperatives } from './imperatives.js'
import { nothingPermits } from './nothing-permits.js'
import { provisos } from './provisos.js'
import { chineseModality } from './modality-zh.js'
import type { Doc, Sentence } from './sentences.js'
import { tableRows } from './table-rows.js'
import { yamlFields } from './yaml-fields.js'
import type { Token } from './tokens.js'

/** One pass: the sentences of a document, restated. */
export type Restater = (doc: Doc, sentences: readonly Sentence[]) => Sentence[]

/** In this order: rows first (their cells hold "?" and ":"), marked items, answers, then the words. */
export const RESTATERS: readonly Restater[] = [
  contractions,
  nothingPermits,
  provisos,
  tableRows,
  yamlFields,
  checklists,
  answers,
  imperatives,
  chineseModality
]

export function restate(doc: Doc): Sentence[] {
  let out: readonly Sentence[] = doc.sentences
  for (const pass of RESTATERS) out = pass(doc, out)
  return [...out]
}

/** A word the restatement supplies ("you", "must", "not"), placed at an offset of the text. */
export function said(w: string, at: number): Token {
  return { w, s: at, e: at }
}

/** Words supplied at one offset: said('you must', 12). */
export function saidAll(words: string, at: number): Token[] {
  return words.split(' ').map(w => said(w, at))
}

/** A statement with the given words, quoted from start to end. */
export function statement(tokens: Token[], start: number, end: number): Sentence {
  return {
    tokens,
    colon: false,
    listItem: false,
    heading: false,
    restated: true,
    body: 0,
    start,
    end,
    index: new Map()
  }
}

/** The same sentence with other words (its quote, line and kind kept). */
export function reworded(s: Sentence, tokens: Token[], body = s.body): Sentence {
  return { ...s, tokens, body, index: new Map() }
}
