import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, parseLinkHeader } from '../../src/github/client.js'
import { GitHubServer, SECONDARY_RATE_LIMIT_BODY } from '../helpers/github-server.js'

let server: GitHubServer
const sleeps: number[] = []
const sleep = async (ms: number): Promise<void> => {
  sleeps.push(ms)
}

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
})
afterAll(() => server.stop())
beforeEach(() => {
  sleeps.length = 0
  server.reset()
})

describe('client', () => {
  it('sends the GitHub headers and counts calls', async () => {
    const client = createClient({ apiUrl: server.url, token: 't0k', sleep })
    const result = await client.request('GET', '/repos/o/r/issues/1/comments')
    expect(result.ok).toBe(true)
    const h = server.requests[0].headers
    expect(h.accept).toBe('application/vnd.github+json')
    expect(h['x-github-api-version']).toBe('2022-11-28')
    expect(h.authorization).toBe('Bearer t0k')
    expect(h['user-agent']).toMatch(/model-openness-audit/)
    expect(client.calls).toBe(1)
  })

  it('retries a 502 with exponential backoff', async () => {
    server.fail({
      path: '/repos/o/r/issues/2/comments',
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 2
    })
    const client = createClient({ apiUrl: server.url, token: 't', sleep, baseDelayMs: 100 })
    const result = await client.request('GET', '/repos/o/r/issues/2/comments')
    expect(result.ok).toBe(true)
    expect(sleeps).toEqual([100, 200])
    expect(client.calls).toBe(3)
  })

  it('honours retry-after on a secondary rate limit', async () => {
    server.fail({
      path: '/repos/o/r/issues/3/comments',
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '7' }
    })
    const client = createClient({ apiUrl: server.url, token: 't', sleep })
    const result = await client.request('GET', '/repos/o/r/issues/3/comments')
    expect(result.ok).toBe(true)
    expect(sleeps).toEqual([7000])
  })

  it('returns a typed error when retry-after exceeds the cap', async () => {
    server.fail({
      path: '/x',
      status: 429,
      body: { message: 'Too many' },
      headers: { 'retry-after': '3600' }
    })
    const client = createClient({ apiUrl: server.url, token: 't', sleep, maxDelayMs: 60_000 })
    const result = await client.request('GET', '/x')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.kind).toBe('rate-limit')
      expect(result.error.retryAfterSeconds).toBe(3600)
    }
    expect(sleeps).toEqual([])
  })

  it('waits for x-ratelimit-reset within the cap, gives up beyond it', async () => {
    const now = 1_700_000_000_000
    server.fail({
      path: '/repos/o/r/issues/9/comments',
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits'
      },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 10) }
    })
    const client = createClient({ apiUrl: server.url, token: 't', sleep, now: () => now })
    expect((await client.request('GET', '/repos/o/r/issues/9/comments')).ok).toBe(true)
    expect(sleeps).toEqual([11_000])

    server.fail({
      path: '/repos/o/r/issues/9/comments',
      status: 403,
      body: {
        message: 'API rate limit exceeded',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits'
      },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3000) }
    })
    const r = await client.request('GET', '/repos/o/r/issues/9/comments')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.status).toBe(403)
      expect(r.error.kind).toBe('rate-limit')
      expect(r.error.documentationUrl).toContain('rate-limits')
    }
  })

  it('returns 4xx as typed errors without retrying', async () => {
    const client = createClient({ apiUrl: server.url, token: 't', sleep })
    const r = await client.request('GET', '/nope')
    expect(r).toMatchObject({ ok: false, status: 404 })
    if (!r.ok) {
      expect(r.error.kind).toBe('not-found')
      expect(r.error.message).toBe('Not Found')
      expect(r.error.documentationUrl).toBe('https://docs.github.com/rest')
    }
    expect(client.calls).toBe(1)
  })

  it('gives up on persistent 500 after maxRetries', async () => {
    server.fail({ path: '/boom', status: 500, body: { message: 'Server Error' }, times: 10 })
    const client = createClient({ apiUrl: server.url, token: 't', sleep, maxRetries: 2 })
    const r = await client.request('GET', '/boom')
    expect(r).toMatchObject({ ok: false, status: 500 })
    expect(client.calls).toBe(3)
  })

  it('reports network failures as typed errors', async () => {
    const client = createClient({ apiUrl: 'http://127.0.0.1:1', token: 't', sleep, maxRetries: 1 })
    const r = await client.request('GET', '/x')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.kind).toBe('network')
  })

  it('paginates by the Link header', async () => {
    server.seedComments(
      'o',
      'r',
      50,
      Array.from({ length: 250 }, (_, i) => `c${i}`)
    )
    const client = createClient({ apiUrl: server.url, token: 't', sleep })
    const r = await client.paginate<{ body: string }>('/repos/o/r/issues/50/comments', {
      query: { per_page: 100 }
    })
    expect(r.ok && r.data.length).toBe(250)
    expect(client.calls).toBe(3)
    expect(server.requests.map(q => q.query.page)).toEqual([undefined, '2', '3'])
  })

  it('refuses to follow links to another origin', async () => {
    const client = createClient({ apiUrl: server.url, token: 't', sleep })
    const r = await client.request('GET', 'https://evil.example/steal')
    expect(r.ok).toBe(false)
    expect(client.calls).toBe(0)
  })

  it('parses Link headers', () => {
    expect(parseLinkHeader('<https://a/x?page=2>; rel="next", <https://a/x?page=5>; rel="last"')).toEqual({
      next: 'https://a/x?page=2',
      last: 'https://a/x?page=5'
    })
  })
})
