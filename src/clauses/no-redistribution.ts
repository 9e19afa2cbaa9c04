// No redistribution of the model. Frame: the licensee, a prohibition, an act of passing the model
// on (distribute, share, publish, give, hand, transfer, sell, make available) and the model (or
// copies of it) or a recipient (anyone, any third party). Not: the GPL's "except as expressly
// provided", licence terms ("must not be distributed under any other license"), outputs.
import { BLOCKER_SEVERITY, FOUND, defineClause } from './clause.js'
import { MODEL_THING } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, nearWords, phrases, words, type Phrases } from './toolkit/query.js'
import { isNegationAt } from './toolkit/negation.js'
import type { Sentence } from './toolkit/sentences.js'

const PASS_ON = words(
  'distribute redistribute share publish republish resell sell rehost upload transfer sublicense',
  'lease rent lend provide make give hand send pass disseminate post',
  '分 发 传 播 转 让 出 售 提 供 公 开'
)
/** Verbs that say nothing of the model by themselves ("provide medical advice", "make decisions"): need an object. */
const NEEDS_OBJECT = words('provide make transfer share publish give pass send post')
const DERIVED = words('derivative derivatives adapted modified modifications adaptations outputs output')
const RECIPIENT = phrases(
  'third party, third parties, anyone, any person, any other person, others, the public, 第三方',
  '他人'
)
const DIRECT: Phrases = phrases(
  'no redistribution, redistribution is not permitted, redistribution is prohibited',
  'redistribution prohibited, not for redistribution, redistribution is not allowed',
  'may not be redistributed, must not be redistributed, shall not be redistributed',
  'may not be distributed, must not be distributed, shall not be distributed, may not be shared',
  'must not be shared, shall not be shared, may not be transferred'
)
const BAN = phrases(
  'is prohibited, is not permitted, is not allowed, is forbidden, are prohibited',
  'are not permitted'
)
const ACT_NOUNS = words('distribution redistribution sharing resale transfer')
const UNDER = words('under')
const WEIGHTS = words('weights')
/** Who is bound: the licensee (an OSI licence's "Recipient" or "your work" is about conditions). */
const SUBJECT = words('you licensee licensees user users 您 你')
const CARVE_OUT = words('except unless provided agree accept')

function recipientAfter(s: Sentence, p: number): boolean {
  for (const r of RECIPIENT.all(s)) if (r > p && r - p <= 14) return true
  return false
}

export default defineClause({
  type: 'no-redistribution',
  restrictive: true,
  label: 'forbids redistribution',
  noun: 'a ban on redistribution',
  meta: {
    id: 'license/redistribution-allowed',
    title: 'Redistribution allowed',
    framework: 'OSD §1 (free redistribution); OSAID 1.0 — freedom to share',
    severity: BLOCKER_SEVERITY,
    docs: docsUrl('license/redistribution-allowed')
  },
  messages: { found: FOUND },
  detect(s) {
    const direct = DIRECT.first(s)
    if (direct >= 0 && nearWords(s, direct, 0, 6, UNDER) < 0) return direct
    if (hasAny(s, CARVE_OUT)) return -1
    // "Distribution of the Model weights is prohibited."
    for (const p of allOf(s, ACT_NOUNS)) {
      if (nearWords(s, p, 0, 6, MODEL_THING) < 0) continue
      const ban = BAN.first(s)
      if (ban > p && ban - p <= 10) return p
    }
    if (!hasAny(s, SUBJECT) && !hasAny(s, WEIGHTS)) return -1
    for (const p of allOf(s, PASS_ON)) {
      let neg = false
      for (let k = p - 1; k >= Math.max(0, p - 6); k--) if (isNegationAt(s, k)) neg = true
      if (!neg) continue
      const o = nearWords(s, p, 0, 8, MODEL_THING)
      if (o >= 0 && nearWords(s, o, 3, 0, DERIVED) < 0) return p
      // "may not distribute, sublicense or make available to any third party …"
      if (!NEEDS_OBJECT.has(s.tokens[p]!.w) && recipientAfter(s, p)) return p
    }
    return -1
  },
  examples: {
    detected: [
      'You may not hand copies of the weights to anyone.',
      'Licensee shall not publish, rent or otherwise pass the checkpoints on to others.'
    ],
    notDetected: [
      'You may redistribute the model in any medium.',
      'You may not distribute the Program except as expressly provided under this License.'
    ]
  }
})
