import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createClient,
  describeApiError,
  parseLinkHeader,
  tokenIdentity,
  type ClientOptions
} from '../../src/github/client.js'
import { createDeadline } from '../../src/net/deadline.js'
import {
  GitHubServer,
  PRIMARY_RATE_LIMIT_BODY,
  SECONDARY_RATE_LIMIT_BODY,
  primaryRateLimitHeaders
} from '../helpers/github-server.js'

let server: GitHubServer

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
})
afterAll(() => server.stop())
beforeEach(() => {
  server.reset()
})

/** Waits are scaled to 1 ms per unit so the retries run fast but still through the plugins. */
const client = (extra: Partial<ClientOptions> = {}) =>
  createClient({ apiUrl: server.url, token: 'ghs_t0k', waitUnitMs: 1, ...extra })

describe('client on @actions/github (getOctokit + retry + throttling)', () => {
  it('sends the token and GitHub headers, and counts calls', async () => {
    const c = client()
    const result = await c.request('GET', '/repos/o/r/issues/1/comments')
    expect(result.ok).toBe(true)
    const h = server.requests[0].headers
    expect(h.accept).toBe('application/vnd.github.v3+json')
    expect(h.authorization).toBe('token ghs_t0k')
    expect(h['user-agent']).toMatch(/^model-openness-audit octokit-core/)
    expect(c.calls).toBe(1)
  })

  it('serves GitHub Enterprise Server under /api/v3 when the API URL says so', async () => {
    const c = client({ apiUrl: `${server.url}/api/v3` })
    expect((await c.request('GET', '/repos/o/r/issues/1/comments')).ok).toBe(true)
    expect(server.requests[0]).toMatchObject({ prefix: '/api/v3', path: '/repos/o/r/issues/1/comments' })
  })

  it('takes GITHUB_API_URL when no apiUrl is given', async () => {
    const saved = process.env['GITHUB_API_URL']
    process.env['GITHUB_API_URL'] = `${server.url}/api/v3`
    try {
      const c = createClient({ token: 'ghs_x', waitUnitMs: 1 })
      expect(c.apiUrl).toBe(`${server.url}/api/v3`)
      expect((await c.request('GET', '/repos/o/r/issues/1/comments')).ok).toBe(true)
      expect(server.requests[0].prefix).toBe('/api/v3')
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL']
      else process.env['GITHUB_API_URL'] = saved
    }
  })

  it('retries a 502 twice, then succeeds', async () => {
    server.fail({
      path: '/repos/o/r/issues/2/comments',
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 2
    })
    const c = client()
    const result = await c.request('GET', '/repos/o/r/issues/2/comments')
    expect(result.ok).toBe(true)
    expect(c.calls).toBe(3)
  })

  it('gives up on a persistent 500 after the retries and calls it an outage', async () => {
    server.fail({ path: '/boom', status: 500, body: { message: 'Server Error' }, times: 10 })
    const c = client({ retries: 2 })
    const r = await c.request('GET', '/boom')
    expect(r).toMatchObject({ ok: false, status: 500 })
    expect(c.calls).toBe(3)
    if (!r.ok) {
      expect(r.error.kind).toBe('server')
      expect(describeApiError(r.error)).toMatch(/outage/)
    }
  })

  it('honours retry-after on a secondary rate limit (403), once', async () => {
    server.fail({
      path: '/repos/o/r/issues/3/comments',
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '7' }
    })
    const c = client()
    const result = await c.request('GET', '/repos/o/r/issues/3/comments')
    expect(result.ok).toBe(true)
    expect(c.waits).toEqual([{ kind: 'secondary', seconds: 7, retried: true }])
    expect(c.calls).toBe(2)
  })

  it('never blames a permission for a secondary rate limit it cannot wait out', async () => {
    server.fail({
      path: '/repos/o/r/issues/4/comments',
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '179' },
      times: 3
    })
    const c = client()
    const r = await c.request('GET', '/repos/o/r/issues/4/comments')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.kind).toBe('rate-limit')
      expect(r.error.retryAfterSeconds).toBe(179)
      const text = describeApiError(r.error)
      expect(text).toMatch(/rate limit/)
      expect(text).not.toMatch(/permission/)
    }
    expect(c.waits).toEqual([{ kind: 'secondary', seconds: 179, retried: false }])
    expect(c.calls).toBe(1)
  })

  it('a 429 with retry-after is a rate limit too', async () => {
    server.fail({
      path: '/x429',
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '3600' },
      times: 5
    })
    const r = await client({ retries: 0 }).request('GET', '/x429')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.kind).toBe('rate-limit')
      expect(r.error.retryAfterSeconds).toBe(3600)
    }
  })

  it('waits for x-ratelimit-reset when it is near, gives up when it is far', async () => {
    server.fail({
      path: '/repos/o/r/issues/9/comments',
      status: 403,
      body: PRIMARY_RATE_LIMIT_BODY,
      headers: primaryRateLimitHeaders(2)
    })
    const c = client()
    expect((await c.request('GET', '/repos/o/r/issues/9/comments')).ok).toBe(true)
    expect(c.waits).toHaveLength(1)
    expect(c.waits[0]).toMatchObject({ kind: 'primary', retried: true })

    server.fail({
      path: '/repos/o/r/issues/9/comments',
      status: 403,
      body: PRIMARY_RATE_LIMIT_BODY,
      headers: primaryRateLimitHeaders(3000)
    })
    const r = await c.request('GET', '/repos/o/r/issues/9/comments')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.status).toBe(403)
      expect(r.error.kind).toBe('rate-limit')
      expect(r.error.documentationUrl).toContain('rate-limits')
    }
  })

  it('a fork token 403 is a permission problem, not retried', async () => {
    server.fail({
      path: '/repos/o/r/issues/5/comments',
      method: 'POST',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const c = client()
    const r = await c.request('POST', '/repos/o/r/issues/5/comments', { body: { body: 'x' } })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.kind).toBe('forbidden')
      expect(describeApiError(r.error)).toMatch(/permission/)
    }
    expect(c.calls).toBe(1)
  })

  it('returns 4xx as typed errors without retrying', async () => {
    const c = client()
    const r = await c.request('GET', '/nope')
    expect(r).toMatchObject({ ok: false, status: 404 })
    if (!r.ok) {
      expect(r.error.kind).toBe('not-found')
      expect(r.error.message).toBe('Not Found')
      expect(r.error.documentationUrl).toBe('https://docs.github.com/rest')
    }
    expect(c.calls).toBe(1)
  })

  it('reports network failures as typed errors', async () => {
    const c = createClient({ apiUrl: 'http://127.0.0.1:1', token: 't', waitUnitMs: 1, retries: 1 })
    const r = await c.request('GET', '/x')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.kind).toBe('network')
  })

  it('stops every call at the run deadline and says so', async () => {
    const deadline = createDeadline(1)
    await new Promise(resolve => setTimeout(resolve, 5))
    const c = client({ deadline })
    const r = await c.request('GET', '/repos/o/r/issues/1/comments')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.kind).toBe('deadline')
      expect(describeApiError(r.error)).toMatch(/deadline.*api-deadline/)
    }
    expect(server.requests).toHaveLength(0)
  })

  it('paginates by the Link header', async () => {
    server.seedComments(
      'o',
      'r',
      50,
      Array.from({ length: 250 }, (_, i) => `c${i}`)
    )
    const c = client()
    const r = await c.paginate<{ body: string }>('/repos/o/r/issues/50/comments', {
      query: { per_page: 100 }
    })
    expect(r.ok && r.data.length).toBe(250)
    expect(c.calls).toBe(3)
    expect(server.requests.map(q => q.query.page)).toEqual([undefined, '2', '3'])
  })

  it('refuses to send the token to another origin', async () => {
    const c = client()
    const r = await c.request('GET', 'https://evil.example/steal')
    expect(r.ok).toBe(false)
    expect(c.calls).toBe(0)
  })

  it('parses Link headers', () => {
    expect(parseLinkHeader('<https://a/x?page=2>; rel="next", <https://a/x?page=5>; rel="last"')).toEqual({
      next: 'https://a/x?page=2',
      last: 'https://a/x?page=5'
    })
  })
})

describe('tokenIdentity', () => {
  it('GITHUB_TOKEN (an installation token) is github-actions[bot] without a call', async () => {
    const c = client()
    expect(await tokenIdentity(c, 'ghs_abc')).toEqual({ login: 'github-actions[bot]' })
    expect(c.calls).toBe(0)
  })

  it('a personal token is the user GET /user names', async () => {
    server.addUser('ghp_alice', 'alice')
    const c = client({ token: 'ghp_alice' })
    expect(await tokenIdentity(c, 'ghp_alice')).toEqual({ login: 'alice' })
    expect(server.requests.map(r => r.path)).toEqual(['/user'])
  })

  it('an integration token of another shape: /user answers 403, so it is the Actions bot', async () => {
    server.fail({
      path: '/user',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    expect(await tokenIdentity(client({ token: 'v1.abc' }), 'v1.abc')).toEqual({
      login: 'github-actions[bot]'
    })
  })

  it('unknown when /user fails for another reason', async () => {
    server.fail({ path: '/user', status: 401, body: { message: 'Bad credentials' } })
    expect(await tokenIdentity(client({ token: 'ghp_bad' }), 'ghp_bad')).toBeUndefined()
  })
})
