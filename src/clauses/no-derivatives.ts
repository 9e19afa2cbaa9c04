// No derivatives: "NoDerivatives", "you may not modify the model", "you may not create derivative works".
// Not: "do not modify the License" (Apache NOTICE), "except as expressly provided" (GPL),
// "if you do not agree … do not use, modify" (a disclaimer), purpose- or territory-limited bans.
import type { Detector } from './types.js'
import { findSeq, firstPhrase, hasAny, isNegationAt, nearWords, positions, type Sentence } from './text.js'

const VERBS = ['modify', 'adapt', 'alter', 'translate', 'remix', 'transform', 'finetune']
const PHRASES = [
  'create derivative works',
  'create derivatives',
  'create any derivative',
  'make derivative works',
  'prepare derivative works',
  'create a derivative',
  'fine tune'
]
const NOT_OBJECTS = new Set([
  'license',
  'licence',
  'notice',
  'notices',
  'terms',
  'rights',
  'agreement',
  'conditions',
  'warranty',
  'disclaimer',
  'copyright',
  'fact',
  'legend',
  'legends',
  'marking',
  'markings'
])
/** Who is bound: the licensee. "The Recipient may not alter" in an OSI licence is about notices or conditions. */
const SUBJECT = new Set(['you', 'licensee', 'licensees', 'user', 'users'])
const MAKE = new Set(['create', 'make', 'develop', 'train', 'prepare', 'produce', 'build'])
const NAMES = ['keine bearbeitungen', 'keine bearbeitung', 'pas de modification']

function negated(s: Sentence, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 5); k--) if (isNegationAt(s, k)) return true
  return false
}

export const noDerivatives: Detector = {
  type: 'no-derivatives',
  detect(s) {
    const named = firstPhrase(s, NAMES)
    if (named >= 0) return named
    const name = firstPhrase(s, [
      'noderivatives',
      'noderivs',
      'noderivative',
      'no derivatives',
      'no derivative works',
      'no derivs',
      'by nd',
      'nc nd'
    ])
    if (name >= 0) return name
    const adapted = findSeq(s, ['adapted', 'material'])
    if (adapted.length > 0 && findSeq(s, ['not', 'have', 'permission']).length > 0) return adapted[0]!
    if (
      hasAny(s, [
        'except',
        'unless',
        'provided',
        'agree',
        'accept',
        'purpose',
        'purposes',
        'territory',
        'outside',
        'impossible',
        'comply'
      ])
    )
      return -1
    if (!hasAny(s, [...SUBJECT])) return -1
    for (const v of VERBS) {
      for (const p of positions(s, v)) {
        if (!negated(s, p) || nearWords(s, p, 0, 8, NOT_OBJECTS) >= 0) continue
        return p
      }
    }
    for (const ph of PHRASES) for (const p of findSeq(s, ph.split(' '))) if (negated(s, p)) return p
    // "You may not create, train or release derivative models"
    for (const w of ['derivative', 'derivatives']) {
      for (const p of positions(s, w)) {
        const v = nearWords(s, p, 5, 0, MAKE)
        if (v >= 0 && negated(s, v)) return v
      }
    }
    return -1
  }
}
