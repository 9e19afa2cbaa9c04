// The GitHub REST client: @actions/github's getOctokit with the Octokit retry (5xx, network) and
// throttling (primary and secondary rate limits) plugins, under one per-run Deadline. It honours
// GITHUB_API_URL through the caller's apiUrl (GitHub Enterprise Server: <server>/api/v3).
// Errors come back as values (ApiResult) with a GitHubApiError naming the real cause; nothing throws.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { createDeadline, type Deadline } from '../net/deadline.js'
import { trimEndChars } from '../text/trim.js'

export type GitHubErrorKind =
  | 'rate-limit' // primary or secondary rate limit that could not be waited out within the deadline
  | 'forbidden' // 403 (e.g. "Resource not accessible by integration" on a fork's read-only token)
  | 'not-found' // 404 (also what GitHub answers for a private repository the token cannot see)
  | 'unauthorized' // 401
  | 'client' // other 4xx (422 validation, …)
  | 'server' // 5xx after the retries
  | 'network' // the connection failed after the retries
  | 'deadline' // the run's network deadline was reached
  | 'invalid-response' // the body was not what the endpoint documents

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

/** One sentence for a warning: what failed and the real cause (rate limit, permission, outage, deadline). */
export function describeApiError(error: GitHubApiError): string {
  const status = error.status ? `HTTP ${error.status}: ` : ''
  switch (error.kind) {
    case 'rate-limit':
      return `GitHub's rate limit was hit${error.retryAfterSeconds !== undefined ? ` (it asked to wait ${error.retryAfterSeconds} s, longer than the run's deadline allows)` : ''} — ${status}${error.message}`
    case 'forbidden':
      return `the token lacks a permission — ${status}${error.message}`
    case 'unauthorized':
      return `the token was refused — ${status}${error.message}`
    case 'not-found':
      return `not found, or not visible to this token — ${status}${error.message}`
    case 'server':
      return `GitHub's API failed (an outage?) after retries — ${status}${error.message}`
    case 'network':
      return `the GitHub API could not be reached after retries — ${error.message}`
    case 'deadline':
      return error.message
    default:
      return `${status}${error.message}`
  }
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Record<string, string | number | undefined> }
  | { ok: false; status: number; error: GitHubApiError }

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface ClientOptions {
  /** REST root; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string
  token: string
  /** The run's network budget (default: a fresh 60 s one). */
  deadline?: Deadline
  /** Retries after the first attempt for 5xx and network errors (default 3). */
  retries?: number
  /**
   * Milliseconds per unit of wait (default 1000): the retry plugin waits (n+1)² units, the throttling
   * plugin waits retry-after seconds × this. Tests set 1.
   */
  waitUnitMs?: number
}

export interface RequestOptions {
  body?: unknown
  query?: Record<string, string | number | undefined>
}

/** A wait GitHub asked for (rate limits), whether it was taken. */
export interface RateLimitWait {
  kind: 'secondary' | 'primary'
  seconds: number
  retried: boolean
}

export interface GitHubClient {
  readonly apiUrl: string
  /** HTTP requests made so far, retries included. */
  readonly calls: number
  /** Rate-limit waits GitHub asked for. */
  readonly waits: readonly RateLimitWait[]
  readonly deadline: Deadline
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions): Promise<ApiResult<T>>
  /** Yields one page at a time (stop early by breaking); follows rel="next". */
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
/** Rate-limit waits longer than this are not taken even inside the deadline. */
const MAX_RATE_LIMIT_WAIT_S = 30

/** Parses a Link header into { rel: url }. */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {}
  if (!header) return links
  for (const part of header.split(',')) {
    const match = /^<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (match) for (const rel of match[2].split(/\s+/)) links[rel] = match[1]
  }
  return links
}

interface OctokitLikeError {
  name?: string
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

/** Maps what Octokit threw to a GitHubApiError with the real cause. */
export function toApiError(thrown: unknown, deadline: Deadline): GitHubApiError {
  const error = (thrown ?? {}) as OctokitLikeError
  if (deadline.expired() || error.name === 'AbortError' || error.name === 'DeadlineExceededError')
    return new GitHubApiError(
      0,
      `the run's network deadline (${Math.round(deadline.ms / 1000)} s, input \`api-deadline\`) was reached`,
      'deadline'
    )
  // A failed connection comes back from Octokit as a 500 without a response.
  if (!error.response) return new GitHubApiError(0, error.message ?? 'request failed', 'network')
  const status = typeof error.status === 'number' ? error.status : 0
  const data = (error.response?.data ?? {}) as { message?: unknown; documentation_url?: unknown }
  const message = typeof data.message === 'string' ? data.message : (error.message ?? `HTTP ${status}`)
  const documentationUrl = typeof data.documentation_url === 'string' ? data.documentation_url : undefined
  const headers = error.response?.headers ?? {}
  const retryAfter = headers['retry-after'] !== undefined ? Number(headers['retry-after']) : undefined
  const rateLimited =
    (status === 403 || status === 429) &&
    (/\brate limit/i.test(message) || headers['x-ratelimit-remaining'] === '0' || retryAfter !== undefined)
  if (rateLimited)
    return new GitHubApiError(status, message, 'rate-limit', documentationUrl, retryAfter ?? undefined)
  if (status === 401) return new GitHubApiError(status, message, 'unauthorized', documentationUrl)
  if (status === 403) return new GitHubApiError(status, message, 'forbidden', documentationUrl)
  if (status === 404) return new GitHubApiError(status, message, 'not-found', documentationUrl)
  if (status >= 500) return new GitHubApiError(status, message, 'server', documentationUrl)
  if (status >= 400) return new GitHubApiError(status, message, 'client', documentationUrl)
  return new GitHubApiError(status, error.message ?? 'request failed', 'network')
}

interface CountingState {
  count: () => void
  deadline: Deadline
}

/**
 * The innermost request hook (registered before retry and throttling, so it sees every attempt):
 * counts HTTP calls, refuses to start one after the deadline, and hands the deadline's signal to fetch.
 */
interface HookedRequestOptions {
  request?: Record<string, unknown>
}
type HookedRequest = (options: HookedRequestOptions) => Promise<unknown>
interface Hookable {
  hook: {
    wrap: (
      name: 'request',
      fn: (request: HookedRequest, options: HookedRequestOptions) => Promise<unknown>
    ) => void
  }
}

function deadlineAndCount(octokit: Hookable, options: { moa?: CountingState }): void {
  const state = options.moa
  if (!state) return
  octokit.hook.wrap('request', async (request, requestOptions) => {
    if (state.deadline.expired()) {
      const error = new Error('deadline reached')
      error.name = 'AbortError'
      throw error
    }
    state.count()
    requestOptions.request = { ...requestOptions.request, signal: state.deadline.signal }
    return request(requestOptions)
  })
}

let clientSerial = 0

export function createClient(options: ClientOptions): GitHubClient {
  const apiUrl = trimEndChars(options.apiUrl || process.env['GITHUB_API_URL'] || DEFAULT_API_URL, '/')
  const deadline = options.deadline ?? createDeadline()
  const unit = options.waitUnitMs ?? 1000
  const waits: RateLimitWait[] = []
  let calls = 0

  /** Takes a rate-limit wait only once per request, when it fits the deadline. */
  const decide =
    (kind: RateLimitWait['kind']) =>
    (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => {
      const retried =
        retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S && retryAfter * unit < deadline.remainingMs()
      waits.push({ kind, seconds: retryAfter, retried })
      return retried
    }

  const octokitOptions = {
    baseUrl: apiUrl,
    userAgent: 'model-openness-audit',
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: unit },
    throttle: {
      // Its own limiter keys per client, so one client's writes never wait for another's.
      id: `moa-${process.pid}-${++clientSerial}`,
      retryAfterBaseValue: unit,
      onRateLimit: decide('primary'),
      onSecondaryRateLimit: decide('secondary')
    },
    moa: { count: () => void calls++, deadline } satisfies CountingState
  }
  const octokit = getOctokit(
    options.token,
    octokitOptions as never,
    deadlineAndCount as never,
    retry,
    throttling
  )

  async function request<T>(
    method: HttpMethod,
    path: string,
    opts: RequestOptions = {}
  ): Promise<ApiResult<T>> {
    if (/^[a-z]+:/i.test(path) && !path.startsWith(`${apiUrl}/`))
      return {
        ok: false,
        status: 0,
        error: new GitHubApiError(0, `refusing to send the token outside ${apiUrl}`, 'client')
      }
    try {
      const response = await octokit.request({
        method,
        url: path,
        ...(opts.query ?? {}),
        ...(opts.body !== undefined ? { data: opts.body } : {})
      })
      return {
        ok: true,
        status: response.status,
        data: response.data as T,
        headers: response.headers as Record<string, string | number | undefined>
      }
    } catch (thrown) {
      const error = toApiError(thrown, deadline)
      return { ok: false, status: error.status, error }
    }
  }

  async function* pages<T>(
    path: string,
    opts: RequestOptions & { maxPages?: number } = {}
  ): AsyncGenerator<ApiResult<T[]>> {
    const maxPages = opts.maxPages ?? 50
    let next: string | undefined = path
    let query = opts.query
    for (let page = 0; next && page < maxPages; page++) {
      const result: ApiResult<T[]> = await request<T[]>('GET', next, { query })
      if (!result.ok) {
        yield result
        return
      }
      if (!Array.isArray(result.data)) {
        yield {
          ok: false,
          status: result.status,
          error: new GitHubApiError(result.status, 'expected a list', 'invalid-response')
        }
        return
      }
      yield result
      next = parseLinkHeader(String(result.headers.link ?? '')).next
      query = undefined // the next link carries its own query
    }
  }

  async function paginate<T>(
    path: string,
    opts: RequestOptions & { maxPages?: number } = {}
  ): Promise<ApiResult<T[]>> {
    const items: T[] = []
    let last: ApiResult<T[]> = { ok: true, status: 200, data: [], headers: {} }
    for await (const page of pages<T>(path, opts)) {
      if (!page.ok) return page
      items.push(...page.data)
      last = page
    }
    return { ...last, data: items } as ApiResult<T[]>
  }

  return {
    apiUrl,
    get calls() {
      return calls
    },
    waits,
    deadline,
    request,
    pages,
    paginate
  }
}

/** Who the token writes comments as: GITHUB_TOKEN is github-actions[bot]; a user's token is that user. */
export interface TokenIdentity {
  login: string
}

/** The login GITHUB_TOKEN (an app installation token) posts comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * The token's identity for matching our own comments. An installation token (ghs_…, GITHUB_TOKEN)
 * is github-actions[bot] without a call; otherwise GET /user. GitHub answers 403 "Resource not
 * accessible by integration" to /user for installation tokens of other shapes, which also means the
 * Actions bot. Undefined when it cannot be told (then no existing comment is edited).
 */
export async function tokenIdentity(client: GitHubClient, token: string): Promise<TokenIdentity | undefined> {
  if (token.startsWith('ghs_')) return { login: ACTIONS_BOT_LOGIN }
  const me = await client.request<{ login?: unknown }>('GET', '/user')
  if (me.ok && typeof me.data?.login === 'string' && me.data.login) return { login: me.data.login }
  if (!me.ok && me.status === 403 && /not accessible by integration/i.test(me.error.message))
    return { login: ACTIONS_BOT_LOGIN }
  return undefined
}
