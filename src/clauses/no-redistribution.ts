// No redistribution of the model: "you may not redistribute the weights", "redistribution is not permitted".
import type { Detector } from './types.js'
import { firstPhrase, hasAny, isNegationAt, nearWords, positions, type Sentence } from './text.js'

const VERBS = [
  'distribute',
  'redistribute',
  'share',
  'publish',
  'republish',
  'resell',
  'sell',
  'rehost',
  'upload',
  'transfer',
  'sublicense',
  'lease',
  'rent',
  'lend',
  'provide',
  'make'
]
/** Verbs that say nothing of the model by themselves ("provide medical advice", "make decisions"): need an object. */
const NEEDS_OBJECT = new Set(['provide', 'make', 'transfer', 'share', 'publish'])
const OBJECTS = new Set([
  'model',
  'models',
  'weights',
  'parameters',
  'checkpoint',
  'checkpoints',
  'it',
  'them',
  'copies',
  'artifacts',
  'materials'
])
const DERIVED = new Set([
  'derivative',
  'derivatives',
  'adapted',
  'modified',
  'modifications',
  'adaptations',
  'outputs',
  'output'
])

function thirdPartyAfter(s: Sentence, p: number): boolean {
  for (let k = p + 1; k <= Math.min(s.tokens.length - 2, p + 14); k++) {
    if (s.tokens[k]!.w !== 'third') continue
    const n = s.tokens[k + 1]!.w
    if (n === 'party' || n === 'parties') return true
  }
  return false
}

export const noRedistribution: Detector = {
  type: 'no-redistribution',
  detect(s) {
    const direct = firstPhrase(s, [
      'no redistribution',
      'redistribution is not permitted',
      'redistribution is prohibited',
      'redistribution prohibited',
      'not for redistribution',
      'redistribution is not allowed',
      'may not be redistributed',
      'must not be redistributed',
      'shall not be redistributed',
      'may not be distributed',
      'must not be distributed',
      'shall not be distributed'
    ])
    // "must not be distributed under any other license" is about licence terms (OFL)
    if (direct >= 0 && nearWords(s, direct, 0, 6, new Set(['under'])) < 0) return direct
    if (hasAny(s, ['except', 'unless', 'provided', 'agree', 'accept'])) return -1
    // "Distribution of the Model weights is prohibited."
    for (const n of ['distribution', 'redistribution', 'sharing', 'resale']) {
      for (const p of positions(s, n)) {
        if (nearWords(s, p, 0, 6, OBJECTS) < 0) continue
        const ban = firstPhrase(s, [
          'is prohibited',
          'is not permitted',
          'is not allowed',
          'is forbidden',
          'are prohibited'
        ])
        if (ban > p && ban - p <= 10) return p
      }
    }
    if (!hasAny(s, ['you', 'licensee', 'licensees', 'user', 'users'])) return -1
    for (const v of VERBS) {
      for (const p of positions(s, v)) {
        let neg = false
        for (let k = p - 1; k >= Math.max(0, p - 6); k--) if (isNegationAt(s, k)) neg = true
        if (!neg) continue
        const o = nearWords(s, p, 0, 8, OBJECTS)
        if (o >= 0 && nearWords(s, o, 3, 0, DERIVED) < 0) return p
        // "may not distribute, sublicense or make available to any third party …"
        if (!NEEDS_OBJECT.has(v) && thirdPartyAfter(s, p)) return p
      }
    }
    return -1
  }
}
