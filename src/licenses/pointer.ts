// Pointer licences: a licence file whose content is essentially a reference — an address ("See
// https://ai.meta.com/llama/license/") — instead of a text. Known addresses resolve to licences:
// the catalogue's published addresses (url, urls), the SPDX list's, the well-known address shapes
// of SPDX, OSI, choosealicense, Creative Commons, Apache and GNU, and a licence file of a model on
// the Hugging Face Hub whose licence the base-model catalogue knows.
import { trimEndChars } from '../text/trim.js'
import spdxLicenseList from 'spdx-license-list'
import { resolveBaseModel } from '../knowledge/base-models.js'
import { CATALOGUE } from './catalogue/index.js'
import { HUB_TO_SPDX } from './hub-ids.js'

const SPDX_LIST = spdxLicenseList as Record<string, { name: string; url?: string }>
const SPDX_BY_LOWER = new Map(Object.keys(SPDX_LIST).map(id => [id.toLowerCase(), id]))

export interface PointerHit {
  /** Catalogue id (Hub id where one exists) or SPDX id. */
  id: string
  /** 1-based line of the address in the text. */
  line: number
  url: string
}

/** Longest text read as a reference: beyond this many words (addresses aside) it is a licence text. */
export const MAX_POINTER_WORDS = 60

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"'`\]]{1,500}/gi

/** Hosts that serve the same pages under another name. */
const SAME_HOST: Readonly<Record<string, string>> = {
  'llama.meta.com': 'llama.com',
  'hf.co': 'huggingface.co',
  'raw.githubusercontent.com': 'github.com'
}

/**
 * An address reduced to what identifies the page: no scheme, "www.", query, fragment, trailing
 * slash or ".html"; lower-case; GitHub and Hub file addresses with any branch ("blob/*").
 */
export function normalizeLicenseUrl(url: string): string | null {
  const m = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url.trim())
  if (!m) return null
  let host = m[1]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:\d+$/, '')
  let path = m[2]!
  try {
    path = decodeURIComponent(path)
  } catch {
    /* keep as written */
  }
  const raw = host === 'raw.githubusercontent.com'
  host = SAME_HOST[host] ?? host
  let segs = path.split('/').filter(s => s.length > 0)
  if (raw && segs.length >= 3) segs = [segs[0]!, segs[1]!, 'blob', '*', ...segs.slice(3)]
  if ((host === 'github.com' || host === 'huggingface.co') && segs.length >= 4) {
    const at = host === 'huggingface.co' && (segs[0] === 'spaces' || segs[0] === 'datasets') ? 3 : 2
    if (['blob', 'tree', 'raw', 'resolve'].includes(segs[at] ?? '') && segs.length > at + 1)
      segs = [...segs.slice(0, at), 'blob', '*', ...segs.slice(at + 2)]
  }
  let p = segs.join('/').toLowerCase()
  p = p.replace(/\.(?:html?|php)$/, '').replace(/\/index$/, '')
  return p ? `${host}/${p}` : host
}

let byUrl: Map<string, string> | null = null
/** Every known address → licence id: the catalogue's first (the more specific), then SPDX's. */
function urlIndex(): Map<string, string> {
  if (byUrl) return byUrl
  byUrl = new Map()
  for (const e of CATALOGUE) {
    // A use policy's address points to the licence that incorporates it (as identification does).
    const id = e.kind === 'use-policy' && e.policyOf ? (HUB_TO_SPDX[e.policyOf] ?? e.policyOf) : e.id
    for (const u of [e.url, ...(e.urls ?? [])]) {
      const n = u ? normalizeLicenseUrl(u) : null
      if (n && !byUrl.has(n)) byUrl.set(n, id)
    }
  }
  for (const id of Object.keys(SPDX_LIST).sort()) {
    // Deprecated ids (GPL-3.0) share addresses with their successors (GPL-3.0-only): keep the successor.
    if (SPDX_BY_LOWER.has(`${id.toLowerCase()}-only`)) continue
    for (const u of (SPDX_LIST[id]!.url ?? '').split(/\s+/)) {
      const n = normalizeLicenseUrl(u)
      if (n && !byUrl.has(n)) byUrl.set(n, id)
    }
  }
  return byUrl
}

function spdxId(value: string): string | null {
  const id = SPDX_BY_LOWER.get(value.toLowerCase())
  if (!id) return null
  return SPDX_BY_LOWER.get(`${id.toLowerCase()}-only`) ?? id
}

const CC_KINDS = new Set(['by', 'by-sa', 'by-nc', 'by-nd', 'by-nc-sa', 'by-nc-nd'])

/** Address shapes of licence sites that name the licence in the path. */
function byShape(n: string): string | null {
  const [host, ...segs] = n.split('/')
  if (host === 'spdx.org' && segs[0] === 'licenses' && segs[1]) return spdxId(segs[1])
  if (host === 'opensource.org' && (segs[0] === 'licenses' || segs[0] === 'license') && segs[1])
    return spdxId(segs[1]) ?? spdxId(segs[1].replace(/-license$/, ''))
  if (host === 'choosealicense.com' && segs[0] === 'licenses' && segs[1]) return spdxId(segs[1])
  if (host === 'creativecommons.org') {
    if (segs[0] === 'licenses' && segs[1] && CC_KINDS.has(segs[1]) && segs[2])
      return spdxId(`CC-${segs[1]}-${segs[2]}`) ?? spdxId(`CC-${segs[1]}-${segs[2]}-international`)
    if (segs[0] === 'publicdomain' && segs[1] === 'zero' && segs[2]) return spdxId(`CC0-${segs[2]}`)
  }
  if (host === 'apache.org' && segs[0] === 'licenses' && /^license-2\.0(?:\.txt)?$/.test(segs[1] ?? ''))
    return 'Apache-2.0'
  if (host === 'gnu.org' && segs[0] === 'licenses' && segs[1]) {
    const g = /^(a|l)?gpl-(\d\.\d)(?:\.en|\.txt|-standalone)*$/.exec(segs[1])
    if (g) return spdxId(`${g[1] ?? ''}GPL-${g[2]}-only`)
  }
  // A licence file of a model on the Hub: that model's licence, when the catalogue knows it.
  if (host === 'huggingface.co' && segs.length >= 2 && segs[0] !== 'spaces' && segs[0] !== 'datasets') {
    const file = segs.length > 4 && segs[2] === 'blob' ? segs.slice(4).join('/') : ''
    if (file === '' || /licen[cs]e|terms|agreement/.test(file)) {
      const known = resolveBaseModel(`${segs[0]}/${segs[1]}`)
      if (known) return HUB_TO_SPDX[known.licenseId] ?? known.licenseId
    }
  }
  return null
}

/** The licence an address publishes, or null when the address is not one the audit knows. */
export function licenseAtUrl(url: string): string | null {
  const n = normalizeLicenseUrl(url)
  if (!n) return null
  return urlIndex().get(n) ?? byShape(n)
}

/**
 * A text that is essentially a reference: at most MAX_POINTER_WORDS words besides its addresses,
 * and its addresses name one licence. Returns that licence with the line of its first address.
 */
export function resolvePointer(text: string): PointerHit | null {
  if (text.length > 20_000) return null
  const lines = text.split('\n')
  let words = 0
  const hits: PointerHit[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const urls = line.match(URL_IN_TEXT) ?? []
    words += line
      .replace(URL_IN_TEXT, ' ')
      .split(/\s+/)
      .filter(w => /[a-z0-9]/i.test(w)).length
    if (words > MAX_POINTER_WORDS) return null
    for (const u of urls) {
      const url = trimEndChars(u, '.,;:!?*_>)')
      const id = licenseAtUrl(url)
      if (id) hits.push({ id, line: i + 1, url })
    }
  }
  if (hits.length === 0) return null
  const ids = new Set(hits.map(h => h.id.toLowerCase()))
  return ids.size === 1 ? hits[0]! : null
}
