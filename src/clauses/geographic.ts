// Territory exclusions by the licensor: "does not apply in the European Union, United Kingdom and
// South Korea", "not being granted to you if you are … domiciled in … the European Union".
// Not: export-control and sanctions compliance, governing law and courts.
import type { Detector } from './types.js'
import { isExportControl } from './cues.js'
import { findSeq, hasAny, isNegationAt, type Sentence } from './text.js'

const PLACES = [
  'european union',
  'eu',
  'european economic area',
  'eea',
  'united kingdom',
  'uk',
  'south korea',
  'republic of korea',
  'korea',
  'china',
  'mainland china',
  'prc',
  'russia',
  'russian federation',
  'iran',
  'north korea',
  'cuba',
  'syria',
  'belarus',
  'crimea',
  'venezuela',
  'india',
  'united states',
  'usa',
  'japan',
  'canada',
  'brazil',
  'hong kong',
  'macau',
  'taiwan',
  'switzerland',
  'australia',
  'germany',
  'france',
  'italy',
  'spain',
  'netherlands',
  'ireland',
  'singapore',
  'israel',
  'turkey',
  'ukraine'
]
const EXCLUDE = new Set(['excluding', 'exclude', 'excluded', 'excludes', 'except', 'outside'])
const GRANT = new Set([
  'granted',
  'grant',
  'apply',
  'applies',
  'available',
  'territory',
  'domiciled',
  'located',
  'resident',
  'residents',
  'reside',
  'license',
  'licence',
  'licensed',
  'agreement',
  'access',
  'offered'
])
const LEGAL = ['governed', 'jurisdiction', 'court', 'courts', 'arbitration', 'venue', 'undermine', 'security']

function placeAt(s: Sentence): number[] {
  const out: number[] = []
  for (const p of PLACES) for (const at of findSeq(s, p.split(' '))) out.push(at)
  return out.sort((a, b) => a - b)
}

export const geographic: Detector = {
  type: 'geographic-restriction',
  detect(s, ctx) {
    const places = placeAt(s)
    if (places.length === 0) return -1
    if (isExportControl(s) || hasAny(s, LEGAL)) return -1
    const hasGrant = hasAny(s, [...GRANT])
    for (const p of places) {
      const tok = s.tokens[p]!
      const next = s.tokens[p + 1]
      if (
        tok.e - tok.s <= 3 &&
        next &&
        ctx.doc.text.slice(tok.e, next.s).trim() === '' &&
        /[A-Z]/.test(ctx.doc.text[next.s] ?? '')
      )
        continue
      for (let k = Math.max(0, p - 30); k <= Math.min(s.tokens.length - 1, p + 6); k++) {
        const w = s.tokens[k]!.w
        // "China (… excluding Hong Kong, Macau and Taiwan)" carves a region out of a definition
        if (EXCLUDE.has(w) && hasGrant && !places.some(q => q < k && q >= k - 12)) return p
        if (isNegationAt(s, k) && hasGrant) return p
      }
    }
    return -1
  }
}
