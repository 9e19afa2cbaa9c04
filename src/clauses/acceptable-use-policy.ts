// A use policy incorporated by reference (named or linked), or an in-text list of forbidden uses.
import type { Detector } from './types.js'
import { firstPhrase, has, negatedBefore, positions } from './text.js'

const POLICY_PHRASES = ['use policy', 'usage policy', 'use policies', 'usage policies', 'aup', 'trustworthy ai terms', 'responsible use guide', 'use restrictions policy', 'prohibited uses policy', 'code of conduct for use']

export const acceptableUsePolicy: Detector = {
  type: 'acceptable-use-policy',
  detect(s) {
    const at = firstPhrase(s, POLICY_PHRASES)
    if (at >= 0 && negatedBefore(s, at, 4) < 0) return at
    // "You agree not to use the Model or Derivatives of the Model:" / "… will not use, or allow others to use, X to:"
    if (s.colon) {
      for (const p of positions(s, 'use')) {
        if (negatedBefore(s, p, 4) >= 0) return p
      }
      const pu = firstPhrase(s, ['prohibited uses', 'prohibited use', 'restricted uses', 'use restrictions', 'use based restrictions'])
      if (pu >= 0) return pu
    }
    // "Your use of the Model must be in accordance with NVIDIA's Trustworthy AI terms"
    if (has(s, 'accordance') || has(s, 'adhere') || has(s, 'comply')) {
      const e = firstPhrase(s, ['ai ethics', 'ethics guidelines', 'ethical guidelines', 'responsible ai principles'])
      if (e >= 0) return e
    }
    return -1
  }
}
