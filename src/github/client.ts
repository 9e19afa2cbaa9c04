// A small GitHub REST client on the global fetch: JSON in and out, retries with backoff on 5xx,
// 429 and secondary rate limits, pagination by the Link header, and a count of the calls made.
// Errors are returned as values (ApiResult) with a typed GitHubApiError, never thrown.
import { trimEndChars } from '../text/trim.js'

export type GitHubErrorKind =
  | 'rate-limit' // primary or secondary rate limit that could not be waited out
  | 'forbidden' // 403 (e.g. "Resource not accessible by integration" on a fork's read-only token)
  | 'not-found' // 404
  | 'unauthorized' // 401
  | 'client' // other 4xx (422 validation, …)
  | 'server' // 5xx after the retries
  | 'network' // fetch failed / timed out after the retries
  | 'invalid-response' // body was not the JSON we expected

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  constructor(
    readonly status: number,
    message: string,
    readonly kind: GitHubErrorKind,
    readonly documentationUrl?: string,
    /** Seconds GitHub asked us to wait when we gave up (rate limits). */
    readonly retryAfterSeconds?: number
  ) {
    super(message)
  }
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; error: GitHubApiError }

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface ClientOptions {
  apiUrl?: string
  token?: string
  userAgent?: string
  /** Retries after the first attempt (default 3). */
  maxRetries?: number
  /** First backoff delay in ms (default 1000), doubled each retry. */
  baseDelayMs?: number
  /** Longest single wait we accept, for retry-after / x-ratelimit-reset too (default 60 s). */
  maxDelayMs?: number
  /** Per-request timeout in ms (default 30 s). */
  timeoutMs?: number
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>
  fetch?: typeof fetch
  /** Injectable clock (ms since epoch), for x-ratelimit-reset. */
  now?: () => number
}

export interface RequestOptions {
  body?: unknown
  query?: Record<string, string | number | undefined>
  headers?: Record<string, string>
}

export interface GitHubClient {
  readonly apiUrl: string
  /** HTTP requests made so far, retries included. */
  readonly calls: number
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions): Promise<ApiResult<T>>
  /** Yields one page at a time (stop early by breaking); follows rel="next" on the same origin. */
  pages<T = unknown>(
    path: string,
    options?: RequestOptions & { maxPages?: number }
  ): AsyncGenerator<ApiResult<T[]>>
  /** All pages concatenated (stops at maxPages, default 50). */
  paginate<T = unknown>(
    path: string,
    options?: RequestOptions & { maxPages?: number }
  ): Promise<ApiResult<T[]>>
}

const DEFAULT_API_URL = 'https://api.github.com'
const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** Parses a Link header into { rel: url }. */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {}
  if (!header) return links
  for (const part of header.split(',')) {
    const match = /^<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (match) for (const rel of match[2].split(/\s+/)) links[rel] = match[1]
  }
  return links
}

function errorKind(status: number, rateLimited: boolean): GitHubErrorKind {
  if (rateLimited) return 'rate-limit'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status >= 500) return 'server'
  return 'client'
}

export function createClient(options: ClientOptions = {}): GitHubClient {
  const apiUrl = trimEndChars(options.apiUrl || DEFAULT_API_URL, '/')
  const apiOrigin = new URL(apiUrl).origin
  const maxRetries = options.maxRetries ?? 3
  const baseDelayMs = options.baseDelayMs ?? 1000
  const maxDelayMs = options.maxDelayMs ?? 60_000
  const timeoutMs = options.timeoutMs ?? 30_000
  const sleep = options.sleep ?? defaultSleep
  const doFetch = options.fetch ?? globalThis.fetch
  const now = options.now ?? Date.now
  const userAgent = options.userAgent ?? 'model-openness-audit'
  let calls = 0

  function buildUrl(path: string, query?: RequestOptions['query']): URL {
    const url = /^https?:\/\//i.test(path)
      ? new URL(path)
      : new URL(apiUrl + (path.startsWith('/') ? path : `/${path}`))
    if (url.origin !== apiOrigin)
      throw new GitHubApiError(0, `Refusing to send the token to ${url.origin}`, 'client')
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value))
    return url
  }

  async function request<T>(
    method: HttpMethod,
    path: string,
    opts: RequestOptions = {}
  ): Promise<ApiResult<T>> {
    let url: URL
    try {
      url = buildUrl(path, opts.query)
    } catch (error) {
      const e = error instanceof GitHubApiError ? error : new GitHubApiError(0, String(error), 'client')
      return { ok: false, status: 0, error: e }
    }
    const headers: Record<string, string> = {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': userAgent,
      ...opts.headers
    }
    if (options.token) headers.Authorization = `Bearer ${options.token}`
    let body: string | undefined
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body)
      headers['Content-Type'] = 'application/json; charset=utf-8'
    }

    let lastError: GitHubApiError | undefined
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)
      let response: Response
      calls++
      try {
        response = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) })
      } catch (error) {
        lastError = new GitHubApiError(
          0,
          `Request to ${url.pathname} failed: ${(error as Error).message}`,
          'network'
        )
        if (attempt < maxRetries) await sleep(backoff)
        continue
      }
      const text = await response.text().catch(() => '')
      let json: unknown = undefined
      if (text) {
        try {
          json = JSON.parse(text)
        } catch {
          json = undefined
        }
      }
      if (response.ok) {
        if (json === undefined && text) {
          return {
            ok: false,
            status: response.status,
            error: new GitHubApiError(response.status, 'Response was not JSON', 'invalid-response')
          }
        }
        return { ok: true, status: response.status, data: json as T, headers: response.headers }
      }

      const info = (json && typeof json === 'object' ? json : {}) as {
        message?: unknown
        documentation_url?: unknown
      }
      const message = typeof info.message === 'string' ? info.message : `HTTP ${response.status}`
      const documentationUrl = typeof info.documentation_url === 'string' ? info.documentation_url : undefined
      const retryAfter = Number(response.headers.get('retry-after'))
      const remaining = response.headers.get('x-ratelimit-remaining')
      const reset = Number(response.headers.get('x-ratelimit-reset'))
      const secondary =
        (response.status === 403 || response.status === 429) &&
        ((Number.isFinite(retryAfter) && response.headers.has('retry-after')) ||
          /secondary rate limit/i.test(message))
      const primary = (response.status === 403 || response.status === 429) && remaining === '0' && !secondary

      let waitMs: number | undefined
      if (response.headers.has('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0) {
        waitMs = retryAfter * 1000
      } else if (primary && Number.isFinite(reset) && reset > 0) {
        waitMs = Math.max(0, reset * 1000 - now()) + 1000
      } else if (secondary) {
        waitMs = Math.max(60_000, backoff) // GitHub's advice: wait at least a minute
      } else if (response.status >= 500 || response.status === 429) {
        waitMs = backoff
      }
      const retryable = response.status >= 500 || response.status === 429 || secondary || primary
      lastError = new GitHubApiError(
        response.status,
        message,
        errorKind(response.status, secondary || primary),
        documentationUrl,
        waitMs !== undefined ? Math.ceil(waitMs / 1000) : undefined
      )
      if (!retryable || attempt >= maxRetries || waitMs === undefined || waitMs > maxDelayMs) {
        return { ok: false, status: response.status, error: lastError }
      }
      await sleep(waitMs)
    }
    const error = lastError ?? new GitHubApiError(0, 'Request failed', 'network')
    return { ok: false, status: error.status, error }
  }

  async function* pages<T>(
    path: string,
    opts: RequestOptions & { maxPages?: number } = {}
  ): AsyncGenerator<ApiResult<T[]>> {
    const maxPages = opts.maxPages ?? 50
    let next: string | undefined = path
    let query = opts.query
    for (let page = 0; next && page < maxPages; page++) {
      const result: ApiResult<T[]> = await request<T[]>('GET', next, { ...opts, query })
      if (!result.ok) {
        yield result
        return
      }
      if (!Array.isArray(result.data)) {
        yield {
          ok: false,
          status: result.status,
          error: new GitHubApiError(result.status, 'Expected a list', 'invalid-response')
        }
        return
      }
      yield result
      next = parseLinkHeader(result.headers.get('link')).next
      query = undefined // the next link carries its own query
    }
  }

  async function paginate<T>(
    path: string,
    opts: RequestOptions & { maxPages?: number } = {}
  ): Promise<ApiResult<T[]>> {
    const items: T[] = []
    let status = 200
    let headers = new Headers()
    for await (const page of pages<T>(path, opts)) {
      if (!page.ok) return page
      items.push(...page.data)
      status = page.status
      headers = page.headers
    }
    return { ok: true, status, data: items, headers }
  }

  return {
    apiUrl,
    get calls() {
      return calls
    },
    request,
    pages,
    paginate
  }
}
