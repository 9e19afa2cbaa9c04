// Asks the Hugging Face Hub which licence a model declares (GET /api/models/{id}).
// Never throws: every failure comes back as `error`, with licenseId null.

import { normalizeBaseModelId } from './base-models.js'
import { trimEndChars } from '../text/trim.js'

export interface HubLookupOptions {
  /** Default https://huggingface.co */
  endpoint?: string
  fetchImpl?: typeof fetch
  /** Default 10 000 ms. */
  timeoutMs?: number
  token?: string
  /** The run's deadline: when it aborts, the look-up stops (and says so). */
  signal?: AbortSignal
}

export interface HubLookupResult {
  licenseId: string | null
  gated: boolean
  error?: string
  /** `license_name` from the card data when the licence is `other`. */
  licenseName?: string
}

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$/
const MAX_BODY = 5 * 1024 * 1024

function licenseFrom(json: Record<string, unknown>): { id: string | null; name?: string } {
  const card = json['cardData']
  if (card && typeof card === 'object' && !Array.isArray(card)) {
    const c = card as Record<string, unknown>
    const lic = c['license']
    const name = typeof c['license_name'] === 'string' ? (c['license_name'] as string) : undefined
    if (typeof lic === 'string' && lic.trim())
      return { id: lic.trim().toLowerCase(), ...(name ? { name } : {}) }
    if (Array.isArray(lic)) {
      const first = lic.find(x => typeof x === 'string' && x.trim())
      if (typeof first === 'string') return { id: first.trim().toLowerCase(), ...(name ? { name } : {}) }
    }
  }
  const tags = json['tags']
  if (Array.isArray(tags)) {
    for (const t of tags) {
      if (typeof t === 'string' && t.toLowerCase().startsWith('license:') && t.length > 8) {
        return { id: t.slice(8).trim().toLowerCase() }
      }
    }
  }
  return { id: null }
}

function gatedFrom(json: Record<string, unknown>): boolean {
  const g = json['gated']
  if (g === true) return true
  if (typeof g === 'string') return g !== '' && g.toLowerCase() !== 'false'
  return false
}

export async function lookupHubLicense(id: string, opts: HubLookupOptions = {}): Promise<HubLookupResult> {
  const norm = normalizeBaseModelId(id)
  if (!norm || !ID_SHAPE.test(norm))
    return { licenseId: null, gated: false, error: `not a Hub model id: ${id.slice(0, 120)}` }
  const endpoint = trimEndChars(opts.endpoint ?? 'https://huggingface.co', '/')
  const doFetch = opts.fetchImpl ?? globalThis.fetch
  const timeoutMs = opts.timeoutMs ?? 10_000
  const url = `${endpoint}/api/models/${norm.split('/').map(encodeURIComponent).join('/')}`
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const onDeadline = (): void => controller.abort()
  if (opts.signal?.aborted) controller.abort()
  else opts.signal?.addEventListener('abort', onDeadline, { once: true })
  try {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`
    const res = await doFetch(url, { headers, signal: controller.signal, redirect: 'follow' })
    if (res.status === 404) return { licenseId: null, gated: false, error: 'not found' }
    if (res.status === 401 || res.status === 403) {
      return { licenseId: null, gated: true, error: `access denied (HTTP ${res.status})` }
    }
    if (!res.ok) return { licenseId: null, gated: false, error: `HTTP ${res.status}` }
    const text = await res.text()
    if (text.length > MAX_BODY) return { licenseId: null, gated: false, error: 'response too large' }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return { licenseId: null, gated: false, error: 'invalid JSON in the response' }
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      return { licenseId: null, gated: false, error: 'unexpected response' }
    }
    const obj = json as Record<string, unknown>
    const lic = licenseFrom(obj)
    return { licenseId: lic.id, gated: gatedFrom(obj), ...(lic.name ? { licenseName: lic.name } : {}) }
  } catch (e) {
    if (opts.signal?.aborted)
      return { licenseId: null, gated: false, error: "the run's network deadline was reached" }
    if (controller.signal.aborted)
      return { licenseId: null, gated: false, error: `timed out after ${timeoutMs} ms` }
    const msg = e instanceof Error ? e.message : String(e)
    return { licenseId: null, gated: false, error: `request failed: ${msg.slice(0, 200)}` }
  } finally {
    clearTimeout(timer)
    opts.signal?.removeEventListener('abort', onDeadline)
  }
}
