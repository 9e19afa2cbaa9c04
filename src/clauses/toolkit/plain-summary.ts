// A plain-language summary of the licence: "Plain version: …", "In short: …", "Bottom line: …",
// "TL;DR: …". Inside it "it" stands for the model the whole summary is about ("don't share it"),
// and an imperative states the licence's terms to the reader ("use it for research").
import { phrases } from './query.js'
import { lineOf, type Doc } from './sentences.js'

const SUMMARY = phrases(
  'plain version, short version, plain english, plain language, plain words, in short, in brief',
  'bottom line, tl dr, tldr, in a nutshell, simply put, put simply, plainly, summary, the gist'
)

/** The sentence at `index`, or one before it on its line, opens with a summary's label. */
export function inPlainSummary(doc: Doc, index: number): boolean {
  const line = lineOf(doc, doc.sentences[index]!.start)
  for (let i = index; i >= 0 && i >= index - 3; i--) {
    const s = doc.sentences[i]!
    if (lineOf(doc, s.start) !== line) return false
    const at = SUMMARY.first(s)
    if (at >= 0 && at - s.body <= 1) return true
  }
  return false
}
