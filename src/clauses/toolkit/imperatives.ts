// Imperatives in a list of terms are obligations: "- Credit the authors in your docs." says "you
// must credit the authors", "- Share changes under the same terms." says "you must share changes …".
// A list item (or a line of its own) that opens with a verb of what licences ask for is restated
// with "you must" before it. Not: an item under a list of permissions ("You may: - share it"), an
// item that already has a subject or a modal, a verb used as a noun ("Share Alike — see §3").
import { reworded, saidAll, type Restater } from './restate.js'
import type { Doc, Sentence } from './sentences.js'
import { words } from './query.js'

/** Verbs of duties licences impose, in the imperative. */
const DUTY_VERBS = words(
  'credit cite attribute acknowledge mention name keep retain preserve include reproduce give',
  'share license licence release publish distribute offer provide make pass state mark label',
  'display show link notify inform register obtain contact pay follow comply observe ensure',
  'accompany attach indicate identify reference delete destroy remove return report disclose',
  'rename apply bind require'
)
/** Words that follow a verb used as a noun or a heading: "Share Alike", "Name and address". */
const NOT_AFTER = words('alike and or of is are was means shall must may as')
const MODALS = words('must shall should may can will need needs required')
/** An introduction of permissions: its items are freedoms, not duties. */
const PERMITS = words('may can free allowed permitted entitled rights right 可 以')

function isPermissionIntro(s: Sentence | undefined): boolean {
  return (
    s !== undefined &&
    s.colon &&
    s.tokens.some(t => PERMITS.has(t.w)) &&
    !s.tokens.some(t => MODALS.has(t.w) && t.w !== 'may' && t.w !== 'can')
  )
}

/** The sentence starts its line: a list item, or a line written as one term. */
function startsLine(text: string, s: Sentence): boolean {
  if (s.listItem) return true
  for (let i = s.start - 1; i >= 0; i--) {
    const c = text[i]!
    if (c === '\n') return true
    if (c !== ' ' && c !== '\t') return false
  }
  return true
}

export const imperatives: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  let intro: Sentence | undefined
  return sentences.map(s => {
    if (s.colon) intro = s
    else if (!s.listItem) intro = undefined
    const first = s.tokens[s.body]
    if (!first || s.restated || s.heading || !DUTY_VERBS.has(first.w)) return s
    // the verb written in lower case after a marker, or capitalised as a sentence's first word
    const next = s.tokens[s.body + 1]?.w ?? ''
    if (NOT_AFTER.has(next) || s.tokens.length - s.body < 2 || !startsLine(text, s)) return s
    // "Cite this work as:", "Include:": a label over what follows
    if (s.colon && s.tokens.length - s.body <= 4) return s
    if (s.listItem && isPermissionIntro(intro)) return s
    for (const t of s.tokens) if (MODALS.has(t.w)) return s
    const tokens = [...s.tokens.slice(0, s.body), ...saidAll('you must', first.s), ...s.tokens.slice(s.body)]
    return reworded(s, tokens)
  })
}
