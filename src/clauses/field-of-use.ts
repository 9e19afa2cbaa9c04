// A list of forbidden purposes (military, weapons, surveillance, medical advice, hosted services …).
import type { Detector } from './types.js'
import { exportControlNear } from './cues.js'
import { firstPhrase, has, sentenceHasNegation } from './text.js'

const PURPOSES = [
  'military',
  'warfare',
  'weapon',
  'weapons',
  'nuclear',
  'espionage',
  'surveillance',
  'terrorism',
  'terrorist',
  'medical advice',
  'law enforcement',
  'immigration',
  'biometric',
  'discriminate',
  'discrimination',
  'defamatory',
  'defame',
  'harass',
  'harassment',
  'disinformation',
  'misinformation',
  'undermine',
  'endanger national security',
  'endangers national security',
  'human trafficking',
  'child sexual',
  'exploit or harm minors',
  'cloud service provider',
  'cloud service providers',
  'software service providers',
  'hosted service',
  'hosting service',
  'credit scoring',
  'social scoring',
  'predictive policing',
  'genocide',
  'self harm',
  'political campaigning',
  'lethal'
]

const DISCLAIMERS = [
  'not intended for use',
  'not designed',
  'high risk activities',
  'hazardous environments',
  'fail safe',
  'not fault tolerant'
]

export const fieldOfUse: Detector = {
  type: 'field-of-use-restriction',
  detect(s, ctx) {
    const at = firstPhrase(s, PURPOSES)
    if (at >= 0) {
      // warranty disclaimers ("not intended for use in the operation of nuclear facilities") and export control
      if (exportControlNear(s, at) || firstPhrase(s, DISCLAIMERS) >= 0) return -1
      if (ctx.inProhibitedList || sentenceHasNegation(s)) return at
    }
    // "If You circumvent any safety guardrails … your rights terminate"
    if (has(s, 'guardrails') && (has(s, 'circumvent') || has(s, 'bypass') || has(s, 'disable')))
      return firstPhrase(s, ['circumvent', 'bypass', 'disable'])
    return -1
  }
}
