// Restrictions that must flow down to derivatives and downstream users.
import type { Detector } from './types.js'
import { firstPhrase, hasAny, nearWords, positions } from './text.js'

const DERIVED = ['derivative', 'derivatives', 'modifications', 'adaptations', 'modified', 'derived']
const KEEP = [
  'remain subject',
  'subject to the restrictions',
  'subject to the same',
  'same restrictions',
  'under the terms of this agreement',
  'only do so under the terms',
  'limited to research',
  'same use based restrictions',
  'the same terms and conditions',
  'carry these',
  'carry the same',
  'retain these restrictions'
]
const AGREEMENT = [
  'agreement',
  'agreements',
  'license',
  'licence',
  'licenses',
  'contract',
  'contracts',
  'terms'
]
const PEOPLE = new Set(['users', 'recipients', 'licensees', 'customers', 'sublicensees', 'parties'])

export const flowDown: Detector = {
  type: 'restrictions-flow-down',
  detect(s) {
    const e = firstPhrase(s, ['enforceable provision', 'enforceable provisions'])
    if (e >= 0) return e
    for (const p of positions(s, 'require')) {
      const who = nearWords(s, p, 0, 6, PEOPLE)
      if (who >= 0 && nearWords(s, who, 0, 10, new Set(['comply', 'abide', 'adhere'])) >= 0) return p
    }
    // "You must include the use restrictions … in any agreement under which You distribute the Model"
    const r = firstPhrase(s, ['restrictions', 'restriction', 'use restrictions'])
    if (r >= 0) {
      if (
        hasAny(s, ['include', 'includes', 'contain', 'contains', 'incorporate', 'impose']) &&
        hasAny(s, AGREEMENT)
      )
        return r
      // "pass these restrictions on to every downstream user", "flow down"
      if (
        hasAny(s, ['downstream', 'subsequent']) &&
        hasAny(s, ['pass', 'passed', 'extend', 'apply', 'notice', 'bind'])
      )
        return r
    }
    const fd = firstPhrase(s, ['flow down', 'flowed down', 'pass through to'])
    if (fd >= 0 && hasAny(s, ['restrictions', 'terms', 'obligations'])) return fd
    if (hasAny(s, DERIVED)) {
      const k = firstPhrase(s, KEEP)
      if (k >= 0) return k
    }
    return -1
  }
}
