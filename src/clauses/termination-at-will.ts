// Termination at the licensor's will. Frame: the licensor (we, licensor; may, can, reserves the
// right), an act that ends the grant (end, terminate, revoke, withdraw, suspend, 终止, 撤销) and
// no condition but its own choice (at any time, whenever it chooses, sole discretion, for any
// reason). Not: termination on breach, the licensee ending the licence, "irrevocable", "cannot be
// withdrawn except for breach". A grant merely called "revocable" is not reported.
import { FOUND, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { END } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, phrases, words } from './toolkit/query.js'

const AT_WILL = phrases(
  'at any time, anytime, sole discretion, absolute discretion, for any reason, without cause',
  'for convenience, at will, any reason or no reason, with or without cause, without notice',
  'whenever it, whenever we, whenever they, whenever the licensor, as it sees fit',
  'as we see fit, without reason, without giving reasons, without prior notice',
  'at its discretion, at our discretion, 随时, 有权'
)
const BREACH = words(
  'breach breaches violate violates violation violations fail fails failure noncompliance',
  'infringement litigation comply 违 反 违 约'
)
const MODAL = words('may can right reserves reserve entitled 有 权 可')
const SELF = words('you recipient licensee automatically 您 你')
const IRREVOCABLE = phrases(
  'irrevocable, cannot be withdrawn, cannot be revoked, may not be revoked, will not revoke',
  'shall not revoke, not revocable, 不可撤销'
)

export default defineClause({
  type: 'termination-at-will',
  restrictive: true,
  label: 'can be terminated at the licensor’s discretion',
  noun: 'termination at the licensor’s discretion',
  meta: {
    id: 'license/no-termination-at-will',
    title: 'Licence not revocable at will',
    framework: 'OSD §7 (distribution of licence); OSAID 1.0 — freedoms must be lasting',
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-termination-at-will')
  },
  messages: { found: FOUND },
  detect(s) {
    if (hasAny(s, BREACH) || IRREVOCABLE.in(s)) return -1
    const at = AT_WILL.first(s)
    if (at < 0) return -1
    for (const p of allOf(s, END)) {
      if (Math.abs(p - at) > 20) continue
      // the licensor may end the licence; the licensee ending its own licence, or automatic
      // termination, is not at will. The modal may stand before the at-will phrase.
      let modal = false
      let self = false
      for (let k = p - 1; k >= Math.max(0, p - 8); k--) {
        const t = s.tokens[k]!.w
        if (MODAL.has(t)) modal = true
        if (SELF.has(t)) self = true
      }
      if (s.tokens[p + 1]?.w === 'automatically' || s.tokens[p + 3]?.w === 'automatically') self = true
      if (modal && !self) return p
    }
    return -1
  },
  examples: {
    detected: [
      'The licensor may end this permission whenever it chooses.',
      'We can withdraw the licence at any time and for any reason.'
    ],
    notDetected: [
      'This licence cannot be withdrawn except for breach.',
      'You may terminate this licence at any time by deleting your copies.'
    ]
  }
})
