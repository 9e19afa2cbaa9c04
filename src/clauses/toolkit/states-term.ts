// Whether a short line without a closing stop states a term rather than naming a section. A title
// is told by what it says, not by its length: "Acceptable Use Policy", "3. Restrictions" and
// "Licence: Apache-2.0" name things, while "License: research only, see LICENSE" and "Derivatives
// must keep the Orla name" state terms that lack only their full stop.
import { words } from './query.js'
import type { Sentence } from './sentences.js'
import type { Token } from './tokens.js'

/** Modals: words that bind ("Prohibited" and "Required" also name sections: "Prohibited Conduct Policy"). */
const MODAL = words('may must shall cannot should')
/** Words of a label's value that confine or oblige: "research only", "must keep the name". */
const LIMITING = words(
  'only solely exclusively must shall may cannot prohibited forbidden banned required mandatory excluded'
)
/** A value that denies a limit: "Attribution: not required", "Users: unlimited". */
const NEGATIVE = words('not no never none unlimited unrestricted')
/** Letters a content word has at least: shorter ones ("of", "the", "to", "use") are not weighed. */
const CONTENT_LETTERS = 4

/** Tokens written in the text (a restatement's supplied words, "you must", have no extent). */
function written(s: Sentence): Token[] {
  return s.tokens.slice(s.body).filter(t => t.e > t.s)
}

/** A word of ordinary running text: a content word that starts with a lower-case letter. */
function lowerContentWord(text: string, t: Token): boolean {
  if (t.e - t.s < CONTENT_LETTERS) return false
  const c = text[t.s]!
  return c !== c.toUpperCase() && c === c.toLowerCase()
}

/**
 * The line states a term: a label and a value on one line whose value, in lower case, confines or
 * obliges and denies nothing ("License: research only"), or running words in sentence case with a
 * modal ("Derivatives must keep the Orla name"). A heading in Title Case or capitals ("What You May
 * Do", "Section 4: Prohibited Uses") names its section.
 */
export function statesTerm(s: Sentence, text: string): boolean {
  const own = written(s)
  for (let k = 0; k + 1 < own.length; k++) {
    const gap = text.slice(own[k]!.e, own[k + 1]!.s)
    if (!gap.includes(':') || gap.includes('\n')) continue
    const value = own.slice(k + 1)
    const first = text[value[0]!.s]!
    if (first === first.toUpperCase()) return false
    return value.some(t => LIMITING.has(t.w)) && !value.some(t => NEGATIVE.has(t.w))
  }
  return own.some(t => MODAL.has(t.w)) && own.some(t => lowerContentWord(text, t))
}
