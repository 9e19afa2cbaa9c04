// A use policy incorporated by reference (named or linked), or an in-text list of forbidden uses.
import type { Detector } from './types.js'
import { firstPhrase, has, hasAny, negatedBefore, positions, type Sentence } from './text.js'

const ANNEX = ['attachment', 'exhibit', 'schedule', 'appendix', 'annex', 'addendum']

const POLICY_PHRASES = [
  'use policy',
  'usage policy',
  'use policies',
  'usage policies',
  'aup',
  'trustworthy ai terms',
  'responsible use guide',
  'use restrictions policy',
  'prohibited uses policy',
  'code of conduct for use'
]

/** "no acceptable use policy", "not subject to any use policy" (but "Prohibited Use Policy" is a name). */
function plainNegationBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = s.tokens[k]!.w
    if (w === 'no' || w === 'not' || w === 'without' || w === 'never') return true
  }
  return false
}

export const acceptableUsePolicy: Detector = {
  type: 'acceptable-use-policy',
  detect(s) {
    const at = firstPhrase(s, POLICY_PHRASES)
    if (at >= 0 && !plainNegationBefore(s, at)) return at
    // "You agree not to use the Model or Derivatives of the Model:" / "… will not use, or allow others to use, X to:"
    if (s.colon) {
      for (const p of positions(s, 'use')) {
        if (negatedBefore(s, p, 4) >= 0) return p
      }
      const pu = firstPhrase(s, [
        'prohibited uses',
        'prohibited use',
        'restricted uses',
        'use restrictions',
        'use based restrictions'
      ])
      if (pu >= 0) return pu
    }
    // "You shall not use the Model for any of the purposes listed in Attachment A (Use Restrictions)"
    const listed = firstPhrase(s, [
      'use restrictions',
      'use based restrictions',
      'prohibited uses',
      'restricted uses',
      'prohibited purposes'
    ])
    if (listed >= 0 && hasAny(s, ANNEX) && !plainNegationBefore(s, listed)) return listed
    // "Your use of the Model must be in accordance with NVIDIA's Trustworthy AI terms"
    if (has(s, 'accordance') || has(s, 'adhere') || has(s, 'comply')) {
      const e = firstPhrase(s, [
        'ai ethics',
        'ethics guidelines',
        'ethical guidelines',
        'responsible ai principles'
      ])
      if (e >= 0) return e
    }
    return -1
  }
}
