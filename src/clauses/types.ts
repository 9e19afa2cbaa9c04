import type { ClauseType } from '../types.js'
import type { Doc, Sentence } from './text.js'

export interface DetectContext {
  doc: Doc
  /** Index of the sentence in doc.sentences. */
  index: number
  /** The sentence follows a list introduction such as "You agree not to use the Model:". */
  inProhibitedList: boolean
}

/** One clause type: returns the token index that triggered (for line and quote), or -1. */
export interface Detector {
  type: ClauseType
  detect(s: Sentence, ctx: DetectContext): number
}
