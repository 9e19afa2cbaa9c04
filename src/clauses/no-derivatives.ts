// No modified versions. Frame: the licensee, a prohibition, an act of changing the model (modify,
// adapt, alter, fine-tune, create derivative works) or a NoDerivatives licence named. Not: "do not
// modify the License" (Apache NOTICE), "except as expressly provided" (GPL), "if you do not agree …
// do not use, modify" (a disclaimer), purpose- or territory-limited bans.
import { BLOCKER_SEVERITY, FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearWords, phrases, words } from './toolkit/query.js'
import { isNegationAt } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const VERBS = words('modify adapt alter translate remix transform finetune retrain 修 改')
const ACTS = phrases(
  'create derivative works, create derivatives, create any derivative, make derivative works',
  'prepare derivative works, create a derivative, fine tune, produce derivative works, 二次开发',
  '衍生作品, 衍生模型'
)
const NOT_OBJECTS = words(
  'license licence notice notices terms rights agreement conditions warranty disclaimer copyright',
  'fact legend legends marking markings attribution'
)
/** Who is bound: the licensee. "The Recipient may not alter" in an OSI licence is about notices or conditions. */
const SUBJECT = words('you licensee licensees user users 您 你 用 户')
const MAKE = words('create make develop train prepare produce build release')
const NAMES = phrases(
  'keine bearbeitungen, keine bearbeitung, pas de modification, noderivatives, noderivs',
  'noderivative, no derivatives, no derivative works, no derivs, by nd, nc nd, 禁止演绎'
)
const DERIVATIVE = words('derivative derivatives')
const SCOPED = words(
  'except unless provided agree accept purpose purposes territory outside impossible comply'
)
const ADAPTED_NO_PERMISSION = phrases('not have permission')

function negated(s: Sentence, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 5); k--) if (isNegationAt(s, k)) return true
  return false
}

export default defineClause({
  type: 'no-derivatives',
  restrictive: true,
  label: 'forbids modified versions',
  noun: 'a ban on modified versions',
  meta: {
    id: 'license/derivatives-allowed',
    title: 'Modified versions allowed',
    framework: 'OSD §3 (derived works); OSAID 1.0 — freedom to modify',
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/derivatives-allowed')
  },
  messages: { found: FOUND },
  detect(s) {
    const name = NAMES.first(s)
    if (name >= 0) return name
    const adapted = findSeq(s, ['adapted', 'material'])
    if (adapted.length > 0 && ADAPTED_NO_PERMISSION.in(s)) return adapted[0]!
    if (hasAny(s, SCOPED) || !hasAny(s, SUBJECT)) return -1
    for (const p of allOf(s, VERBS)) {
      if (negated(s, p) && nearWords(s, p, 0, 8, NOT_OBJECTS) < 0) return p
    }
    for (const p of ACTS.all(s)) if (negated(s, p)) return p
    // "You may not create, train or release derivative models"
    for (const p of allOf(s, DERIVATIVE)) {
      const v = nearWords(s, p, 5, 0, MAKE)
      if (v >= 0 && negated(s, v)) return v
    }
    return -1
  },
  examples: {
    detected: ['You must not alter, retrain or fine-tune the weights.', 'Released under CC BY-NC-ND 4.0.'],
    notDetected: [
      'You may modify the model and share your changes.',
      'You may not remove or alter any copyright notices.'
    ]
  }
})
