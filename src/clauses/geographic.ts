// Territory exclusions by the licensor: "does not apply in the European Union, United Kingdom and
// South Korea", "not being granted to you if you are … domiciled in … the European Union".
// Not: export-control and sanctions compliance, governing law and courts.
import type { Detector } from './types.js'
import { isExportControl } from './cues.js'
import { findSeq, hasAny, isNegationAt, near, type Sentence } from './text.js'

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
  'offered',
  'valid',
  'permit',
  'permitted'
])
/** Use words count only for a place right after "in" / "within" / "outside" ("may not use the Model in the EU"). */
const USE_GRANT = ['use', 'used', 'deploy', 'deployed', 'operate', 'operated', 'offer', 'provide']
const PLACE_PREP = new Set(['in', 'within', 'inside', 'outside', 'from'])

/** "use the Model in the EU": a use word, then within six words (no "to"/"for" purpose between) "in (the)" the place. */
function usedInPlace(s: Sentence, p: number): boolean {
  const a = s.tokens[p - 1]?.w
  const prep =
    a !== undefined && PLACE_PREP.has(a)
      ? p - 1
      : a === 'the' && PLACE_PREP.has(s.tokens[p - 2]?.w ?? '')
        ? p - 2
        : -1
  if (prep < 0) return false
  for (let k = prep - 1; k >= Math.max(0, prep - 6); k--) {
    const w = s.tokens[k]!.w
    if (USE_GRANT.includes(w)) return true
    if (w === 'to' || w === 'for') return false
  }
  return false
}
/** "valid only within the territory of …": the grant confined to a territory. */
const ONLY = new Set(['only', 'solely', 'exclusively'])
const WITHIN = new Set(['in', 'within', 'inside'])
const LEGAL = [
  'governed',
  'jurisdiction',
  'court',
  'courts',
  'arbitration',
  'venue',
  'undermine',
  'security',
  'statutory',
  'consumer',
  'consumers',
  'law',
  'laws',
  'regulation',
  'regulations',
  'gdpr',
  'incorporated',
  'headquartered'
]

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
    const grantWord = hasAny(s, [...GRANT])
    const useWord = hasAny(s, USE_GRANT)
    for (const p of places) {
      const hasGrant = grantWord || (useWord && usedInPlace(s, p))
      const tok = s.tokens[p]!
      const next = s.tokens[p + 1]
      if (
        tok.e - tok.s <= 3 &&
        next &&
        ctx.doc.text.slice(tok.e, next.s).trim() === '' &&
        /[A-Z]/.test(ctx.doc.text[next.s] ?? '')
      )
        continue
      // "valid only within the territory of the People's Republic of China"
      if (hasGrant) {
        let k = p - 1
        while (k >= 0 && k >= p - 10 && !WITHIN.has(s.tokens[k]!.w)) k--
        // "… only within", "may only be used by organisations located in"
        if (k >= 0 && k >= p - 10 && near(s, k, 12, 0, w => ONLY.has(w)) >= 0) return p
      }
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
