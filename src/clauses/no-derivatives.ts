// No modified versions. Frame: the licensee, a prohibition, an act of changing the model (modify,
// adapt, alter, fine-tune, create derivative works) or a NoDerivatives licence named. Not: "do not
// modify the License" (Apache NOTICE), "except as expressly provided" (GPL), "if you do not agree …
// do not use, modify" (a disclaimer), purpose- or territory-limited bans.
import { BLOCKER_SEVERITY, FOUND, defineClause } from './clause.js'
import { docsUrl } from '../rules/types.js'
import { allOf, findSeq, hasAny, nearWords, phrases, words } from './toolkit/query.js'
import { bannedAfter, isNegationAt, negatedBefore } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

/** Changing the model: active verbs, their passives and the nouns for the result. */
const ALTER = words(
  'modify modified alter altered adapt adapted translate remix transform finetune finetuned retrain',
  'retrained merge merged merges quantize quantise quantized quantised prune pruned compress compressed',
  'modifications adaptations finetunes'
)
const ACTS = phrases(
  'create derivative works, create derivatives, create any derivative, make derivative works',
  'prepare derivative works, create a derivative, fine tune, fine tuned, fine tunes, fine tuning',
  'produce derivative works, create adaptations, further trained, train it further, change its weights',
  'change the weights, 二次开发, 衍生作品, 衍生模型, 二次训练, 修改, 微调, 蒸馏, 合并, 改动'
)
const NOT_OBJECTS = words(
  'license licence notice notices terms rights agreement conditions warranty disclaimer copyright',
  'fact legend legends marking markings attribution configuration'
)
/** Who or what is bound: the licensee, or the model itself in the passive. */
const SUBJECT = words('you licensee licensees user users model models weights checkpoint 您 你 用 户 模 型')
const MAKE = words('create make develop train prepare produce build release')
const NAMES = phrases(
  'keine bearbeitungen, keine bearbeitung, pas de modification, noderivatives, noderivs, noderivative',
  'no derivatives, no derivative works, no derivs, by nd, nc nd, 禁止演绎'
)
/** Grants limited to a purpose or a place, and disclaimers: not a ban on modification. */
const SCOPED = phrases(
  'except as, except in, except under, unless, provided that, provided you, agree, accept, purpose',
  'purposes, territory, outside, impossible, comply'
)
const ACTIVE = words(
  'modify alter adapt translate remix transform finetune retrain merge quantize quantise prune compress'
)
const ADAPTED_NO_PERMISSION = phrases('not have permission')
const DERIVATIVE = words('derivative derivatives')
/** "must use the Model unmodified", "only as delivered". */
const AS_IS = phrases('unmodified, as delivered, as is, original form, unaltered')
const MUST = words('must shall only')

function negated(s: Sentence, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) if (isNegationAt(s, k)) return true
  return false
}

function banned(s: Sentence, p: number): boolean {
  // a Chinese ban stands further before its verb (不得对本模型进行任何修改); 须 after it is an obligation
  if (s.tokens[p]!.w.length === 1) {
    const k = negatedBefore(s, p, 16)
    // 您可以复制、使用、修改: a permission between the negation and the verb
    return k >= 0 && !findSeq(s, ['可', '以']).some(q => q > k && q < p)
  }
  // a ban after the act counts for nouns and passives ("Fine-tuning the Model is prohibited"),
  // not for a verb in a list of granted rights
  return negated(s, p) || (!ACTIVE.has(s.tokens[p]!.w) && bannedAfter(s, p, 10) >= 0)
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
    if (SCOPED.in(s) || !hasAny(s, SUBJECT)) return -1
    for (const p of allOf(s, ALTER)) {
      // "Adapted Material" is a defined noun; only "not have permission … Adapted Material" bans it
      if (adapted.includes(p)) continue
      if (banned(s, p) && nearWords(s, p, 0, 8, NOT_OBJECTS) < 0) return p
    }
    for (const p of ACTS.all(s)) if (banned(s, p)) return p
    const asIs = AS_IS.first(s)
    if (asIs >= 0 && nearWords(s, asIs, 8, 0, MUST) >= 0 && s.tokens[asIs]!.w !== 'original') return asIs
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
