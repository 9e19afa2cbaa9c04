// Non-commercial terms: "non-commercial purposes only", "not for any commercial or production
// purposes", "commercial use requires registration", a CC BY-NC licence named.
// Not: "commercial support is available", "commercial and non-commercial use are permitted".
import type { Detector } from './types.js'
import {
  findSeq,
  firstPhrase,
  hasAny,
  isNegationAt,
  near,
  nearWords,
  negatedBefore,
  positions,
  quantityAt,
  type Sentence
} from './text.js'

const USE_WORDS = new Set([
  'use',
  'uses',
  'used',
  'using',
  'purpose',
  'purposes',
  'exploitation',
  'production',
  'application',
  'applications',
  'product',
  'products',
  'deployment',
  'manner',
  'activities',
  'activity',
  'gain',
  'advantage',
  'settings',
  'setting',
  'service',
  'services',
  'endeavor',
  'endeavour',
  'nature',
  'context'
])
// Registration alone is not counted (a registration gate fits no clause type); permission is.
const PERMISSION = new Set([
  'permission',
  'authorization',
  'authorisation',
  'approval',
  'consent',
  'contact',
  'obtain',
  'obtained',
  'authorized',
  'authorised'
])
const LIMIT = new Set([
  'only',
  'solely',
  'exclusively',
  'limited',
  'intended',
  'restricted',
  'must',
  'shall',
  'strictly',
  'purely'
])
// Definitions of the permitted purposes themselves, not restrictions.
const DEFINITIONS = [
  'personal use means',
  'commercial purpose means',
  'commercial purposes means',
  'commercial use means',
  'commercial uses means',
  'not primarily intended for commercial'
]
/** Creative Commons NC licence names in other languages (the English ones are caught by the token rule). */
const NAMES = ['nicht kommerziell', 'keine kommerzielle nutzung', 'pas d utilisation commerciale']
const ACTORS = new Set([
  'recipient',
  'recipients',
  'distributor',
  'distributors',
  'entity',
  'entities',
  'user',
  'users',
  'licensee',
  'licensees',
  'support',
  'registry'
])
const NEEDS = new Set([
  'must',
  'should',
  'please',
  'need',
  'needs',
  'required',
  'require',
  'requires',
  'shall',
  'only',
  'unless',
  'until'
])

const BOTH = [
  'commercial and non commercial',
  'commercial or non commercial',
  'non commercial and commercial',
  'non commercial or commercial',
  'commercial and noncommercial',
  'commercial or noncommercial',
  'noncommercial and commercial',
  'noncommercial or commercial',
  'non commercial and limited commercial',
  'commercial and or non commercial',
  'commercial and research',
  'commercial or research',
  'research and commercial',
  'including commercial',
  'for commercial purposes are permitted',
  'permits commercial'
]

function ncToken(s: Sentence): number {
  const a = positions(s, 'noncommercial')[0] ?? -1
  const b = findSeq(s, ['non', 'commercial'])[0] ?? -1
  const c = findSeq(s, ['by', 'nc'])[0] ?? -1
  const cands = [a, b, c >= 0 ? c + 1 : -1].filter(x => x >= 0)
  return cands.length === 0 ? -1 : Math.min(...cands)
}

function hasLargeQuantity(s: Sentence): boolean {
  for (let i = 0; i < s.tokens.length; i++) {
    const q = quantityAt(s, i)
    if (q && q.value >= 1000) return true
  }
  return false
}

export const nonCommercial: Detector = {
  type: 'non-commercial',
  detect(s) {
    if (firstPhrase(s, BOTH) >= 0 || firstPhrase(s, DEFINITIONS) >= 0) return -1
    const nc = ncToken(s)
    if (nc >= 0) {
      // a licence name (Attribution-NonCommercial, CC BY-NC) or a limiting cue nearby
      const prev = s.tokens[nc - 1]?.w
      if (prev === 'attribution' || prev === 'by' || s.tokens[nc]!.w === 'nc') return nc
      // GPL-2 "allowed only for noncommercial distribution" is about the offer of source, not use
      const after = s.tokens[nc + (s.tokens[nc]!.w === 'non' ? 2 : 1)]?.w
      if (after === 'distribution' || after === 'redistribution') return -1
      if (near(s, nc, 12, 12, (w, k) => LIMIT.has(w) || isNegationAt(s, k)) >= 0) return nc
    }
    const named = firstPhrase(s, NAMES)
    if (named >= 0) return named
    for (const p of positions(s, 'commercially')) if (negatedBefore(s, p, 4) >= 0) return p
    for (const w of ['commercial']) {
      for (const p of positions(s, w)) {
        const actor = s.tokens[p + 1]?.w
        if (actor !== undefined && ACTORS.has(actor)) continue
        const isUse = nearWords(s, p, 0, 2, USE_WORDS) >= 0
        if (!isUse) continue
        // negated: "not … for any commercial or production purposes", "does not include any commercial exploitation"
        for (let k = p - 1; k >= Math.max(0, p - 20); k--) if (isNegationAt(s, k)) return p
        // "for purposes other than commercial or production use"
        if (s.tokens[p - 1]?.w === 'than' && s.tokens[p - 2]?.w === 'other') return p
        // "If you plan to use … for Commercial Purposes, please refer to the Registration Form"
        if (nearWords(s, p, 25, 25, PERMISSION) >= 0 && hasAny(s, [...NEEDS]) && !hasLargeQuantity(s))
          return p
      }
    }
    return -1
  }
}
