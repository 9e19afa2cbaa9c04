import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { lookupHubLicense } from '../../src/knowledge/hub-lookup.js'
import { createDeadline } from '../../src/net/deadline.js'

let server: http.Server
let endpoint = ''
const requests: Array<{ url: string; auth?: string }> = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers['authorization'] })
    const url = req.url ?? ''
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (url === '/api/models/meta-llama/Llama-3.1-8B')
      return json(200, {
        id: 'meta-llama/Llama-3.1-8B',
        gated: 'manual',
        cardData: { license: 'llama3.1' },
        tags: ['license:llama3.1']
      })
    if (url === '/api/models/org/tags-only')
      return json(200, { id: 'org/tags-only', gated: false, tags: ['text-generation', 'license:apache-2.0'] })
    if (url === '/api/models/org/other')
      return json(200, { gated: false, cardData: { license: 'other', license_name: 'deepseek-license' } })
    if (url === '/api/models/org/no-licence') return json(200, { gated: false, cardData: {} })
    if (url === '/api/models/org/private') return json(401, { error: 'Repository not found' })
    if (url === '/api/models/org/forbidden') return json(403, { error: 'forbidden' })
    if (url === '/api/models/org/broken') return json(500, { error: 'boom' })
    if (url === '/api/models/org/not-json') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<html>')
    }
    if (url === '/api/models/org/slow') {
      const t = setTimeout(() => json(200, { cardData: { license: 'mit' } }), 3000)
      res.on('close', () => clearTimeout(t))
      return
    }
    return json(404, { error: 'Repository not found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>(resolve => server.close(() => resolve()))
})

describe('lookupHubLicense against a local server', () => {
  it.each<[string, { licenseId: string | null; gated: boolean; error?: RegExp }]>([
    ['meta-llama/Llama-3.1-8B', { licenseId: 'llama3.1', gated: true }],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', { licenseId: 'llama3.1', gated: true }],
    ['org/tags-only', { licenseId: 'apache-2.0', gated: false }],
    ['org/other', { licenseId: 'other', gated: false }],
    ['org/no-licence', { licenseId: null, gated: false }],
    ['org/missing', { licenseId: null, gated: false, error: /^not found$/ }],
    ['org/private', { licenseId: null, gated: true, error: /401/ }],
    ['org/forbidden', { licenseId: null, gated: true, error: /403/ }],
    ['org/broken', { licenseId: null, gated: false, error: /HTTP 500/ }],
    ['org/not-json', { licenseId: null, gated: false, error: /JSON/ }],
    ['not a valid id', { licenseId: null, gated: false, error: /not a Hub model id/ }]
  ])('%s', async (id, want) => {
    const r = await lookupHubLicense(id, { endpoint })
    expect(r.licenseId).toBe(want.licenseId)
    expect(r.gated).toBe(want.gated)
    if (want.error) expect(r.error).toMatch(want.error)
    else expect(r.error).toBeUndefined()
  })

  it('reads license_name for "other"', async () => {
    expect((await lookupHubLicense('org/other', { endpoint })).licenseName).toBe('deepseek-license')
  })

  it('times out without throwing', async () => {
    const t0 = Date.now()
    const r = await lookupHubLicense('org/slow', { endpoint, timeoutMs: 200 })
    expect(r).toMatchObject({ licenseId: null, error: expect.stringMatching(/timed out/) })
    expect(Date.now() - t0).toBeLessThan(2000)
  })

  it("stops at the run's deadline (an AbortSignal shared with the GitHub calls) and says so", async () => {
    const deadline = createDeadline(150)
    const started = Date.now()
    const r = await lookupHubLicense('org/slow', { endpoint, signal: deadline.signal })
    expect(r).toEqual({ licenseId: null, gated: false, error: "the run's network deadline was reached" })
    expect(Date.now() - started).toBeLessThan(2000)
    // Already spent: no request at all is answered.
    const spent = await lookupHubLicense('meta-llama/Llama-3.1-8B', { endpoint, signal: deadline.signal })
    expect(spent.error).toBe("the run's network deadline was reached")
  })

  it('sends the token and tolerates a trailing slash on the endpoint', async () => {
    await lookupHubLicense('org/tags-only', { endpoint: `${endpoint}/`, token: 'secret-token' })
    const last = requests[requests.length - 1]
    expect(last.url).toBe('/api/models/org/tags-only')
    expect(last.auth).toBe('Bearer secret-token')
  })

  it('turns a refused connection and a throwing fetch into errors', async () => {
    const closed = await lookupHubLicense('a/b', { endpoint: 'http://127.0.0.1:1', timeoutMs: 2000 })
    expect(closed.licenseId).toBeNull()
    expect(closed.error).toMatch(/request failed/)
    const throwing = await lookupHubLicense('a/b', {
      fetchImpl: (() => {
        throw new Error('no network')
      }) as unknown as typeof fetch
    })
    expect(throwing.error).toMatch(/no network/)
  })
})
