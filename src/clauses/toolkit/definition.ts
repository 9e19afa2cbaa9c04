// Definitions: '"Work" shall mean …', 'Derivative means …', '“衍生模型”是指 …'. A definition says what a
// word stands for and obliges nobody, so obligation frames (keep, share alike, pass on) skip it.
import { phrases } from './query.js'
import type { Doc, Sentence } from './sentences.js'

const DEFINES = phrases(
  'shall mean, means, mean, refers to, is defined as, are defined as, 是指, 指的是, 系指'
)
/** Words a defined term may take before "means" ('"Derivative Works" shall mean'). */
const TERM_SPAN = 8

/** The sentence opens with a defined term followed by "means" / "shall mean" / "是指". */
export function definesTerm(s: Sentence): boolean {
  const at = DEFINES.first(s)
  return at >= 0 && at - s.body <= TERM_SPAN
}

/** A term the text defines and the sentence that defines it ('"Permitted Purpose" means …'). */
export interface Definition {
  /** The defined term's words ("permitted", "purpose"). */
  term: readonly string[]
  sentence: Sentence
  /** Index of the definition's first word after "means" / "是指". */
  meaning: number
}

const DEFINITIONS = new WeakMap<Doc, Definition[]>()
/** Words a term may start with that are no part of it: '"The Territory" means …'. */
const TERM_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/**
 * Every term the document defines, found once per document: a licence states a limit in a
 * definition ('"Permitted Purpose" means academic research') and applies it through the term
 * elsewhere ("… for the Permitted Purpose and for no other purpose").
 */
export function definitionsOf(doc: Doc): readonly Definition[] {
  const known = DEFINITIONS.get(doc)
  if (known) return known
  const out: Definition[] = []
  for (const s of doc.sentences) {
    if (!definesTerm(s)) continue
    let from = s.body
    const m = DEFINES.matches(s)[0]!
    const at = m.at
    while (from < at && TERM_ARTICLES.has(s.tokens[from]!.w)) from++
    if (at > from)
      out.push({ term: s.tokens.slice(from, at).map(t => t.w), sentence: s, meaning: at + m.len })
  }
  DEFINITIONS.set(doc, out)
  return out
}
