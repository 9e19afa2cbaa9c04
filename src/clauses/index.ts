// Clause detection over a licence (or card) text: one pass builds the sentence/token stream
// (text.ts), then each detector looks at each sentence. Linear in the size of the text.
import { namesUsePolicy } from '../discover/file-kinds.js'
import type { Clause, ClauseType } from '../types.js'
import { acceptableUsePolicy } from './acceptable-use-policy.js'
import { attribution } from './attribution.js'
import { fieldOfUse } from './field-of-use.js'
import { flowDown } from './flow-down.js'
import { geographic } from './geographic.js'
import { naming } from './naming.js'
import { noDerivatives } from './no-derivatives.js'
import { noRedistribution } from './no-redistribution.js'
import { nonCommercial } from './non-commercial.js'
import { outputUse } from './output-use.js'
import { remote } from './remote.js'
import { researchOnly } from './research-only.js'
import { revenueThreshold } from './revenue-threshold.js'
import { shareAlike } from './share-alike.js'
import { terminationAtWill } from './termination.js'
import { userThreshold } from './user-threshold.js'
import {
  firstPhrase,
  parseDoc,
  sentenceHasNegation,
  wrappedQuoteAt,
  type Doc,
  type Sentence
} from './text.js'
import type { DetectContext, Detector } from './types.js'
import { lineStartsOf, normalizeForDetection } from '../text/normalize.js'

export type { Detector, DetectContext } from './types.js'
export { parseDoc } from './text.js'

export const DETECTORS: readonly Detector[] = [
  userThreshold,
  revenueThreshold,
  fieldOfUse,
  acceptableUsePolicy,
  nonCommercial,
  researchOnly,
  outputUse,
  geographic,
  naming,
  remote,
  noRedistribution,
  noDerivatives,
  flowDown,
  terminationAtWill,
  shareAlike,
  attribution
]

/** Most clauses of one type reported per file. */
export const MAX_PER_TYPE = 5
/** Sentences after a list introduction ("You agree not to use the Model:") that count as list items. */
export const LIST_SPAN = 80

/** A file whose name says it is a use policy (one test for discovery and detection). */
export const isUsePolicyFileName = namesUsePolicy

function isListIntro(s: Sentence): boolean {
  if (
    firstPhrase(s, [
      'prohibited uses',
      'prohibited use',
      'restricted uses',
      'use restrictions',
      'use based restrictions'
    ]) >= 0 &&
    (s.colon || s.heading || s.tokens.length <= 6)
  )
    return true
  // "You agree not to use the Model:", "you will not, and will not permit … any third party to:"
  return s.colon && sentenceHasNegation(s)
}

function titleIsPolicy(doc: Doc): number {
  const first = doc.sentences[0]
  if (!first || first.tokens.length > 10 || sentenceHasNegation(first)) return -1
  const at = firstPhrase(first, [
    'acceptable use policy',
    'use policy',
    'usage policy',
    'prohibited use policy'
  ])
  return at >= 0 && at < 8 ? at : -1
}

export function detectClauses(text: string, file: string): Clause[] {
  // Detectors read the normalised text (no zero-width, look-alike or entity tricks); quotes and
  // lines come from the file as written, through the offset map.
  const source = normalizeForDetection(text)
  const doc = parseDoc(source.text)
  const verbatim: Doc = { text, sentences: [], lineStarts: lineStartsOf(text) }
  const found: Clause[] = []
  const counts = new Map<ClauseType, number>()
  const seen = new Set<string>()
  const add = (type: ClauseType, offset: number, sentenceStart = offset): void => {
    const n = counts.get(type) ?? 0
    if (n >= MAX_PER_TYPE) return
    const { line, quote } = wrappedQuoteAt(
      verbatim,
      source.toOriginal(offset),
      source.toOriginal(sentenceStart)
    )
    const key = `${type}:${line}`
    if (seen.has(key) || quote.length === 0) return
    seen.add(key)
    counts.set(type, n + 1)
    found.push({ type, file, line, quote })
  }

  // A use-policy file is itself an acceptable-use-policy clause.
  const title = titleIsPolicy(doc)
  if (isUsePolicyFileName(file) || title >= 0) {
    const s = doc.sentences[0]
    if (s) add('acceptable-use-policy', s.tokens[Math.max(0, title)]!.s)
  }

  let listLeft = 0
  doc.sentences.forEach((s, index) => {
    const ctx: DetectContext = { doc, index, inProhibitedList: listLeft > 0 }
    for (const d of DETECTORS) {
      const at = d.detect(s, ctx)
      if (at >= 0) add(d.type, s.tokens[at]!.s, s.tokens[0]!.s)
    }
    if (isListIntro(s)) listLeft = LIST_SPAN
    else if (listLeft > 0) listLeft--
  })
  return found
}
