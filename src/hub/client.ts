// The Hugging Face Hub, read through its HTTP API: model info, the file listing (with sizes and
// Git LFS pointers), and single files. Every request honours HF_ENDPOINT and HF_TOKEN, is retried
// with backoff on 429 and 5xx under the run's one deadline, and reads at most a capped body.
import { trimEndChars } from '../text/trim.js'
import { sleep, type Deadline } from './deadline.js'
import type { HubRef } from './id.js'

export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co'

/** One file of a Hub repository, as the listing describes it. */
export interface HubFile {
  /** "/" separated, relative to the repository root, exactly as the Hub names it. */
  path: string
  /** Bytes of the file's content (the LFS object's size for LFS files); undefined when unknown. */
  size?: number
  /** Stored in Git LFS (or Xet): the git blob is a pointer to this object. */
  lfs?: { oid: string; size: number }
}

export interface HubModelInfo {
  id: string
  /** The commit the revision resolved to, when the Hub said. */
  sha?: string
  gated: boolean
  /** `siblings`, the fallback listing (names only, or with sizes when the Hub gave them). */
  siblings: HubFile[]
  cardData: Record<string, unknown> | null
  /** `license:` tag or card-data licence, lower case. */
  tags: string[]
}

export type HubAccessKind = 'not-found' | 'revision-not-found' | 'gated' | 'denied' | 'unavailable'

/** The model cannot be audited at all (exit 2): not found, gated, private, or the Hub unreachable. */
export class HubAccessError extends Error {
  constructor(
    readonly kind: HubAccessKind,
    readonly modelId: string,
    message: string
  ) {
    super(message)
    this.name = 'HubAccessError'
  }
}

export interface HubClientOptions {
  endpoint?: string
  token?: string
  deadline: Deadline
  fetchImpl?: typeof fetch
  /** First retry waits this long, doubling each time (default 300 ms). */
  retryBaseMs?: number
  /** Tries per request, the first included (default 4). */
  attempts?: number
  /** Requests waiting for an answer at once, over the whole run (default 4). */
  maxConcurrent?: number
}

export type FetchFileResult = { ok: true; bytes: Buffer; truncated: boolean } | { ok: false; reason: string }

const MAX_JSON_BYTES = 16 * 1024 * 1024
/** Longest wait a Retry-After may ask for before the next try. */
const MAX_RETRY_WAIT_MS = 10_000

class RetriesExhausted extends Error {}

function isRetryable(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599)
}

/** The `rel="next"` target of a Link header, split by hand (no backtracking pattern). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const open = part.indexOf('<')
    const close = part.indexOf('>', open + 1)
    if (open < 0 || close < 0) continue
    const params = part
      .slice(close + 1)
      .split(';')
      .map(p => p.trim().toLowerCase())
    if (params.some(p => p === 'rel="next"' || p === 'rel=next')) return part.slice(open + 1, close).trim()
  }
  return undefined
}

/** Reads a response body up to `max` bytes; says whether more was left. */
async function readCapped(res: Response, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!res.body) return { bytes: Buffer.alloc(0), truncated: false }
  const reader = res.body.getReader()
  const chunks: Buffer[] = []
  let total = 0
  let truncated = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const room = max - total
    if (value.byteLength > room) {
      chunks.push(Buffer.from(value.subarray(0, room)))
      total += room
      truncated = true
      await reader.cancel().catch(() => undefined)
      break
    }
    chunks.push(Buffer.from(value))
    total += value.byteLength
  }
  return { bytes: Buffer.concat(chunks, total), truncated }
}

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/')

export class HubClient {
  readonly endpoint: string
  private readonly origin: string
  private readonly fetchImpl: typeof fetch
  private readonly retryBaseMs: number
  private readonly attempts: number
  private readonly maxConcurrent: number
  private active = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly opts: HubClientOptions) {
    this.endpoint = trimEndChars(opts.endpoint || DEFAULT_HUB_ENDPOINT, '/')
    this.origin = new URL(this.endpoint).origin
    this.fetchImpl = opts.fetchImpl ?? globalThis.fetch
    this.retryBaseMs = opts.retryBaseMs ?? 300
    this.attempts = opts.attempts ?? 4
    this.maxConcurrent = Math.max(1, opts.maxConcurrent ?? 4)
  }

  /** Runs `fn` once fewer than `maxConcurrent` requests are in flight: one bound for the whole run. */
  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    while (this.active >= this.maxConcurrent) await new Promise<void>(r => this.waiting.push(r))
    this.active++
    try {
      return await fn()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }

  /** `HTTP 503 after 4 tries` for a status that was retried, else `HTTP 400`. */
  /** An answer that is not 2xx ends the audit of this model: access (401/403/404) or unavailable. */
  private async refuseUnlessOk(res: Response, ref: HubRef, what: string): Promise<void> {
    if (res.ok) return
    await res.body?.cancel().catch(() => undefined)
    if (res.status === 401 || res.status === 403 || res.status === 404) throw this.accessError(res, ref)
    throw new HubAccessError(
      'unavailable',
      ref.id,
      `${what} of model ${ref.id} could not be read: ${this.statusText(res.status)}`
    )
  }

  private statusText(status: number): string {
    return `HTTP ${status}${isRetryable(status) ? ` after ${this.attempts} tries` : ''}`
  }

  /** The model's page, for messages and links. */
  modelUrl(id: string): string {
    return `${this.endpoint}/${encodePath(id)}`
  }

  /**
   * GET with retries on 429/5xx and network errors, under the deadline. Returns the last response
   * (ok or not); throws RetriesExhausted when no response came, or the deadline's reason.
   */
  private async get(url: string, accept: string): Promise<Response> {
    const { signal } = this.opts.deadline
    const headers: Record<string, string> = { accept, 'user-agent': 'model-openness-audit' }
    if (this.opts.token) headers['authorization'] = `Bearer ${this.opts.token}`
    let lastProblem = ''
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      if (attempt > 0) {
        const wait = Math.min(this.retryBaseMs * 2 ** (attempt - 1), MAX_RETRY_WAIT_MS)
        if (wait >= this.opts.deadline.remainingMs()) break
        await sleep(wait, signal)
      }
      if (signal.aborted) break
      let res: Response
      try {
        res = await this.slot(() => this.fetchImpl(url, { headers, signal, redirect: 'follow' }))
      } catch (err) {
        if (signal.aborted) break
        lastProblem = `the request failed (${((err as Error).message || 'network error').slice(0, 120)})`
        continue
      }
      if (!isRetryable(res.status) || attempt === this.attempts - 1) return res
      lastProblem = `HTTP ${res.status}`
      const retryAfter = Number(res.headers.get('retry-after'))
      await res.body?.cancel().catch(() => undefined)
      if (Number.isFinite(retryAfter) && retryAfter > 0) {
        const wait = Math.min(retryAfter * 1000, MAX_RETRY_WAIT_MS)
        if (wait >= this.opts.deadline.remainingMs()) break
        await sleep(wait, signal).catch(() => undefined)
      }
    }
    if (signal.aborted)
      throw new RetriesExhausted(
        `the ${Math.round(this.opts.deadline.ms / 1000)} s API deadline passed${lastProblem ? ` (last: ${lastProblem})` : ''}`
      )
    throw new RetriesExhausted(`${lastProblem || 'no answer'} after ${this.attempts} tries`)
  }

  /** What a 401/403/404 on a model means, as an error the user can act on. */
  private accessError(res: Response, ref: HubRef): HubAccessError {
    const code = res.headers.get('x-error-code') ?? ''
    const page = this.modelUrl(ref.id)
    if (code === 'RevisionNotFound')
      return new HubAccessError(
        'revision-not-found',
        ref.id,
        `revision '${ref.revision ?? 'main'}' of model ${ref.id} was not found on the Hub`
      )
    if (code === 'GatedRepo' || (code === '' && res.status === 403))
      return new HubAccessError(
        'gated',
        ref.id,
        `model ${ref.id} is gated: accept its licence on ${page} while signed in, then set HF_TOKEN to an access token with read access` +
          (this.opts.token ? ' (the token in HF_TOKEN has no access to it yet)' : '')
      )
    if (res.status === 404 || code === 'RepoNotFound' || code === 'EntryNotFound')
      return new HubAccessError(
        'not-found',
        ref.id,
        `model ${ref.id} was not found on the Hub (${this.endpoint})` +
          (this.opts.token ? '' : '; if it is private, set HF_TOKEN to an access token with read access')
      )
    return new HubAccessError(
      'denied',
      ref.id,
      `model ${ref.id} is private or gated (HTTP ${res.status}): set HF_TOKEN to an access token with read access to it` +
        ` (for a gated model, first accept its licence on ${page})`
    )
  }

  /** A JSON request whose failure to get any answer (network, deadline) makes the model unavailable. */
  private async getJson(url: string, ref: HubRef, subject: string): Promise<Response> {
    try {
      return await this.get(url, 'application/json')
    } catch (err) {
      throw new HubAccessError(
        'unavailable',
        ref.id,
        `${subject} could not be read: ${(err as Error).message}`
      )
    }
  }

  private async json(url: string, ref: HubRef, what: string): Promise<{ body: unknown; res: Response }> {
    const res = await this.getJson(url, ref, `${what} of model ${ref.id}`)
    await this.refuseUnlessOk(res, ref, what)
    const { bytes, truncated } = await readCapped(res, MAX_JSON_BYTES)
    if (truncated)
      throw new HubAccessError(
        'unavailable',
        ref.id,
        `${what} of model ${ref.id} is larger than ${MAX_JSON_BYTES} bytes`
      )
    try {
      return { body: JSON.parse(bytes.toString('utf8')), res }
    } catch {
      throw new HubAccessError('unavailable', ref.id, `${what} of model ${ref.id} is not valid JSON`)
    }
  }

  /** GET /api/models/{id}[/revision/{rev}]: the commit, gating, card data and `siblings`. */
  async modelInfo(ref: HubRef): Promise<HubModelInfo> {
    const url =
      `${this.endpoint}/api/models/${encodePath(ref.id)}` +
      (ref.revision ? `/revision/${encodeURIComponent(ref.revision)}` : '')
    const { body } = await this.json(url, ref, 'the information')
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new HubAccessError('unavailable', ref.id, `the information of model ${ref.id} is not an object`)
    const o = body as Record<string, unknown>
    const siblings: HubFile[] = []
    if (Array.isArray(o['siblings']))
      for (const s of o['siblings']) {
        if (!s || typeof s !== 'object') continue
        const r = s as Record<string, unknown>
        if (typeof r['rfilename'] !== 'string') continue
        siblings.push(fileEntry(r['rfilename'], r['size'], r['lfs']))
      }
    const g = o['gated']
    const card = o['cardData']
    return {
      id: typeof o['id'] === 'string' ? o['id'] : ref.id,
      sha: typeof o['sha'] === 'string' && /^[0-9a-f]{40}$/i.test(o['sha']) ? o['sha'] : undefined,
      gated: g === true || (typeof g === 'string' && g !== '' && g.toLowerCase() !== 'false'),
      siblings,
      cardData:
        card && typeof card === 'object' && !Array.isArray(card) ? (card as Record<string, unknown>) : null,
      tags: Array.isArray(o['tags']) ? o['tags'].filter((t): t is string => typeof t === 'string') : []
    }
  }

  /**
   * GET /api/models/{id}/tree/{rev}?recursive=true, following `Link: <…>; rel="next"` pages on the
   * same host. Returns undefined when the Hub has no tree endpoint (404 without an error code), so
   * that the caller falls back to `siblings`. Stops after `maxFiles` files (`truncated`).
   */
  async listFiles(
    ref: HubRef,
    revision: string,
    maxFiles: number
  ): Promise<{ files: HubFile[]; truncated: boolean } | undefined> {
    let url: string | undefined =
      `${this.endpoint}/api/models/${encodePath(ref.id)}/tree/${encodeURIComponent(revision)}?recursive=true&expand=false`
    const files: HubFile[] = []
    let pages = 0
    while (url) {
      const res = await this.getJson(url, ref, `the file list of model ${ref.id}`)
      if (res.status === 404 && !res.headers.get('x-error-code') && pages === 0) {
        await res.body?.cancel().catch(() => undefined)
        return undefined
      }
      await this.refuseUnlessOk(res, ref, 'the file list')
      const { bytes, truncated } = await readCapped(res, MAX_JSON_BYTES)
      let body: unknown
      try {
        body = truncated ? undefined : JSON.parse(bytes.toString('utf8'))
      } catch {
        body = undefined
      }
      if (!Array.isArray(body))
        throw new HubAccessError(
          'unavailable',
          ref.id,
          `the file list of model ${ref.id} is not a JSON array`
        )
      for (const e of body) {
        if (!e || typeof e !== 'object') continue
        const r = e as Record<string, unknown>
        if (r['type'] !== 'file' || typeof r['path'] !== 'string') continue
        if (files.length >= maxFiles) return { files, truncated: true }
        files.push(fileEntry(r['path'], r['size'], r['lfs']))
      }
      pages++
      const next = nextLink(res.headers.get('link'))
      url = undefined
      if (next) {
        let target: URL
        try {
          target = new URL(next, this.endpoint)
        } catch {
          throw new HubAccessError(
            'unavailable',
            ref.id,
            `the file list of model ${ref.id} links to a next page that is not a URL`
          )
        }
        // The token goes only to the Hub named by HF_ENDPOINT.
        if (target.origin !== this.origin)
          throw new HubAccessError(
            'unavailable',
            ref.id,
            `the file list of model ${ref.id} links to a next page on another host (${target.host})`
          )
        url = target.href
      }
    }
    return { files, truncated: false }
  }

  /**
   * GET /{id}/resolve/{rev}/{path}: at most `maxBytes` of the file. A 401/403 means the model is
   * gated (thrown: the audit cannot go on); anything else that fails comes back with its reason.
   */
  async fetchFile(ref: HubRef, revision: string, path: string, maxBytes: number): Promise<FetchFileResult> {
    const url = `${this.endpoint}/${encodePath(ref.id)}/resolve/${encodeURIComponent(revision)}/${encodePath(path)}`
    let res: Response
    try {
      res = await this.get(url, '*/*')
    } catch (err) {
      return { ok: false, reason: (err as Error).message }
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => undefined)
      const err = this.accessError(res, ref)
      throw err.kind === 'not-found' ? new HubAccessError('gated', ref.id, err.message) : err
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined)
      return {
        ok: false,
        reason: this.statusText(res.status)
      }
    }
    try {
      const { bytes, truncated } = await readCapped(res, maxBytes)
      return { ok: true, bytes, truncated }
    } catch (err) {
      return {
        ok: false,
        reason: this.opts.deadline.signal.aborted
          ? `the ${Math.round(this.opts.deadline.ms / 1000)} s API deadline passed while reading it`
          : `the download broke off (${((err as Error).message || 'error').slice(0, 120)})`
      }
    }
  }
}

function fileEntry(path: string, size: unknown, lfs: unknown): HubFile {
  const f: HubFile = { path }
  if (typeof size === 'number' && Number.isSafeInteger(size) && size >= 0) f.size = size
  if (lfs && typeof lfs === 'object') {
    const l = lfs as Record<string, unknown>
    const oid = typeof l['oid'] === 'string' ? l['oid'] : typeof l['sha256'] === 'string' ? l['sha256'] : ''
    const lsize =
      typeof l['size'] === 'number' && Number.isSafeInteger(l['size']) && l['size'] >= 0 ? l['size'] : f.size
    if (/^[0-9a-f]{64}$/i.test(oid) && lsize !== undefined) {
      f.lfs = { oid: oid.toLowerCase(), size: lsize }
      f.size = lsize
    }
  }
  return f
}
