// Restrictions that must flow down. Frame: those downstream (users, recipients, derivatives) and
// an act that binds them (include in the agreement, require to comply, remain subject to, pass on)
// with the licence's restrictions as the object.
import { FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, nearWords, phrases, words } from './toolkit/query.js'

const DERIVED = words('derivative derivatives modifications adaptations modified derived 衍 生')
const KEEP = phrases(
  'remain subject, subject to the restrictions, subject to the same, same restrictions',
  'under the terms of this agreement, only do so under the terms, limited to research',
  'same use based restrictions, the same terms and conditions, carry these, carry the same',
  'retain these restrictions, bound by the same, stay bound'
)
const AGREEMENT = words('agreement agreements license licence licenses contract contracts terms')
const DOWNSTREAM = words('users recipients licensees customers sublicensees parties')
const COMPLY = words('comply abide adhere')
const REQUIRE = words('require requires oblige')
const RESTRICTIONS = phrases('restrictions', 'restriction', 'use restrictions')
const INCLUDE = words('include includes contain contains incorporate impose')
const ONWARD = words('downstream subsequent')
const PASS = words('pass passed extend apply notice bind')
const FLOW = phrases('flow down', 'flowed down', 'pass through to')
const TERMS = words('restrictions terms obligations')
const ENFORCEABLE = phrases('enforceable provision', 'enforceable provisions')

export default defineClause({
  type: 'restrictions-flow-down',
  restrictive: false,
  label: 'requires derivatives to carry its restrictions',
  noun: 'restrictions that derivatives must carry',
  meta: {
    id: 'license/restrictions-flow-down',
    title: 'Restrictions that bind derivatives',
    framework: 'OSAID 1.0 — copyleft allowed, use restrictions must not flow down',
    severity: { default: 'warning', 'open-weights': 'note' },
    docs: docsUrl('license/restrictions-flow-down')
  },
  messages: { found: FOUND },
  detect(s) {
    const e = ENFORCEABLE.first(s)
    if (e >= 0) return e
    for (const p of allOf(s, REQUIRE)) {
      const who = nearWords(s, p, 0, 6, DOWNSTREAM)
      if (who >= 0 && nearWords(s, who, 0, 10, COMPLY) >= 0) return p
    }
    // "You must include the use restrictions … in any agreement under which You distribute the Model"
    const r = RESTRICTIONS.first(s)
    if (r >= 0) {
      if (hasAny(s, INCLUDE) && hasAny(s, AGREEMENT)) return r
      // "pass these restrictions on to every downstream user"
      if (hasAny(s, ONWARD) && hasAny(s, PASS)) return r
    }
    const fd = FLOW.first(s)
    if (fd >= 0 && hasAny(s, TERMS)) return fd
    if (hasAny(s, DERIVED)) return KEEP.first(s)
    return -1
  },
  examples: {
    detected: [
      'Every derivative you release must stay bound by the same restrictions as the original.',
      'Your licence to downstream users must contain these use restrictions.'
    ],
    notDetected: [
      'You may license your modifications under terms of your choice.',
      'There are no use restrictions.'
    ]
  }
})
