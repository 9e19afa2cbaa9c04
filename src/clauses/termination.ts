// Termination at the licensor's will: "We may terminate this License … at any time upon notice".
// Not: termination on breach, the licensee ending the licence. A grant merely called "revocable"
// is not reported (the corpus labels do not count it).
import type { Detector } from './types.js'
import { firstPhrase, hasAny, positions } from './text.js'

const TERMINATE = [
  'terminate',
  'terminates',
  'terminated',
  'revoke',
  'revokes',
  'revoked',
  'suspend',
  'cancel'
]
const AT_WILL = [
  'at any time',
  'sole discretion',
  'for any reason',
  'without cause',
  'for convenience',
  'at will',
  'any reason or no reason',
  'with or without cause',
  'without notice'
]
const BREACH = [
  'breach',
  'breaches',
  'violate',
  'violates',
  'violation',
  'violations',
  'fail',
  'fails',
  'failure',
  'noncompliance',
  'infringement',
  'litigation',
  'comply'
]

export const terminationAtWill: Detector = {
  type: 'termination-at-will',
  detect(s) {
    const at = firstPhrase(s, AT_WILL)
    if (at < 0 || hasAny(s, BREACH)) return -1
    for (const w of TERMINATE) {
      for (const p of positions(s, w)) {
        if (Math.abs(p - at) > 20) continue
        // the licensor may end the licence ("We may terminate", "reserves the right to terminate");
        // the licensee ending its own licence, or automatic termination, is not at will
        let modal = false
        let you = false
        // "Licensor may, at its sole discretion, terminate": the modal may stand before the at-will phrase
        for (let k = p - 1; k >= Math.max(0, p - 8); k--) {
          const t = s.tokens[k]!.w
          if (t === 'may' || t === 'can' || t === 'right' || t === 'reserves') modal = true
          if (t === 'you' || t === 'recipient' || t === 'licensee' || t === 'automatically') you = true
        }
        if (s.tokens[p + 1]?.w === 'automatically' || s.tokens[p + 3]?.w === 'automatically') you = true
        if (modal && !you) return p
      }
    }
    return -1
  }
}
