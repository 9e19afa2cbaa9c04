// The licence a card declares in its metadata: `license` (a Hub id, an SPDX expression, a list),
// `license_name` and `license_link`.
import type { ParsedCard } from '../../card/types.js'
import { isHubLicenseId } from '../../licenses/hub-ids.js'
import { identifyLicenseId } from '../../licenses/identify.js'
import type { LicenseIdentification } from '../../types.js'
import type { CardLicenseFacts } from '../facts.js'
import { asString } from './context.js'

const named = (v: string | null): v is string =>
  v !== null && v.toLowerCase() !== 'other' && v.toLowerCase() !== 'unknown'

export function cardLicenseFacts(card: ParsedCard): CardLicenseFacts | null {
  const m = card.metadata
  const raw = m['license']
  // `license: [mit, apache-2.0]` is not what the Hub accepts (metadata-invalid says so), but its
  // licences are still identified: all of them are taken to apply.
  const list = Array.isArray(raw)
    ? raw.map(asString).filter((x): x is string => x !== null && x.trim() !== '')
    : null
  const value = list ? (list.length > 0 ? list.join(', ') : null) : asString(raw)
  const licenseName = asString(m['license_name'])
  const licenseLink = asString(m['license_link'])
  if (value === null && licenseName === null) return null
  const line = card.metadataLines['license'] ?? card.metadataLines['license_name']
  let identification: LicenseIdentification | null = null
  if (list && list.length > 1) {
    const ids = list.filter(named).map(v => identifyLicenseId(v))
    if (ids.length > 0) {
      const known = ids.every(i => i.id)
      identification = {
        file: null,
        id: known ? ids.map(i => (/\s/.test(i.id!) ? `(${i.id})` : i.id)).join(' AND ') : null,
        name: ids.map(i => (i.id ? i.name : i.name || '?')).join(' and '),
        source: 'card',
        confidence: Math.min(...ids.map(i => i.confidence)),
        matcher: ids[0]!.matcher,
        component: 'all',
        ...(line ? { line } : {})
      }
    }
  } else {
    const pick = list ? (named(list[0] ?? null) ? list[0]! : licenseName) : named(value) ? value : licenseName
    if (pick) {
      const id = identifyLicenseId(pick)
      identification = {
        file: null,
        id: id.id,
        // An unknown custom licence keeps the name the card gives it, so reports can say which.
        name: id.id ? id.name : pick,
        source: 'card',
        confidence: id.confidence,
        matcher: pick === licenseName && pick !== value ? 'license-name' : id.matcher,
        component: 'all',
        ...(line ? { line } : {})
      }
    }
  }
  return {
    value,
    licenseName,
    licenseLink,
    line,
    identification,
    isHubId: value && !list ? isHubLicenseId(value) : false,
    ...(list ? { values: list } : {})
  }
}
