import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import {
  commentMarker,
  defaultCommentTag,
  sanitizeTag,
  upsertStickyComment,
  type UpsertOptions
} from '../../src/github/sticky-comment.js'
import { FORBIDDEN_BODY, GitHubServer, SECONDARY_RATE_LIMIT_BODY } from '../helpers/github-server.js'

let server: GitHubServer
let issue = 100
const sleeps: number[] = []

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
})
afterAll(() => server.stop())
beforeEach(() => {
  issue++
  sleeps.length = 0
  server.reset()
})

function options(extra: Partial<UpsertOptions> = {}): UpsertOptions {
  return {
    client: createClient({ apiUrl: server.url, token: 't', sleep: async ms => void sleeps.push(ms) }),
    owner: 'octo-org',
    repo: 'models',
    issueNumber: issue,
    tag: 'audit',
    body: '## Model Openness Audit\n\nAll good.',
    mode: 'always',
    failed: false,
    changed: false,
    ...extra
  }
}

describe('upsertStickyComment', () => {
  it('creates once, then edits in place', async () => {
    const first = await upsertStickyComment(options())
    expect(first).toMatchObject({ action: 'created', apiCalls: 2 })
    expect(first.url).toContain('#issuecomment-')
    const second = await upsertStickyComment(options({ body: 'second body' }))
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId, apiCalls: 2 })
    const list = server.issueComments('octo-org', 'models', issue)
    expect(list).toHaveLength(1)
    expect(list[0].body).toContain('second body')
    expect(list[0].body).toContain('<!-- model-openness-audit:audit -->')
    expect(server.requests.map(r => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
  })

  it('finds its comment on page 2 of the list', async () => {
    server.seedComments(
      'octo-org',
      'models',
      issue,
      Array.from({ length: 130 }, (_, i) => `chatter ${i}`)
    )
    server.seedComments('octo-org', 'models', issue, [
      { body: `old\n\n${commentMarker('audit')}`, type: 'Bot' }
    ])
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('updated')
    expect(server.requests.filter(r => r.method === 'GET').map(r => r.query.page)).toEqual([undefined, '2'])
    expect(server.requests.at(-1)?.method).toBe('PATCH')
    expect(server.issueComments('octo-org', 'models', issue)).toHaveLength(131)
  })

  it('keeps comments of different tags apart', async () => {
    await upsertStickyComment(options({ tag: 'job-a' }))
    await upsertStickyComment(options({ tag: 'job-b' }))
    expect(server.issueComments('octo-org', 'models', issue)).toHaveLength(2)
  })

  it('on-failure: skips a passing run with no comment, but updates an existing one', async () => {
    const skipped = await upsertStickyComment(options({ mode: 'on-failure', failed: false }))
    expect(skipped.action).toBe('skipped')
    expect(server.issueComments('octo-org', 'models', issue)).toHaveLength(0)
    await upsertStickyComment(options({ mode: 'on-failure', failed: true, body: 'FAILING' }))
    const fixed = await upsertStickyComment(
      options({ mode: 'on-failure', failed: false, body: 'PASSING now' })
    )
    expect(fixed.action).toBe('updated')
    const list = server.issueComments('octo-org', 'models', issue)
    expect(list).toHaveLength(1)
    expect(list[0].body).toContain('PASSING now')
  })

  it('on-change posts only when something changed', async () => {
    expect((await upsertStickyComment(options({ mode: 'on-change', changed: false }))).action).toBe('skipped')
    expect((await upsertStickyComment(options({ mode: 'on-change', changed: true }))).action).toBe('created')
  })

  it('never makes no API call', async () => {
    expect(await upsertStickyComment(options({ mode: 'never' }))).toMatchObject({
      action: 'skipped',
      apiCalls: 0
    })
    expect(server.requests).toHaveLength(0)
  })

  it("returns forbidden with a warning on a fork's 403", async () => {
    server.fail({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403, body: FORBIDDEN_BODY })
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('forbidden')
    expect(result.warning).toContain('pull-requests: write')
    expect(result.warning).toContain('fork')
  })

  it('returns forbidden on a 404', async () => {
    server.fail({
      method: 'GET',
      path: /\/issues\/\d+\/comments$/,
      status: 404,
      body: { message: 'Not Found' }
    })
    expect((await upsertStickyComment(options())).action).toBe('forbidden')
  })

  it('retries a 502 then succeeds with 201', async () => {
    server.fail({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('created')
    expect(server.requests.map(r => r.method)).toEqual(['GET', 'POST', 'POST'])
    expect(sleeps).toHaveLength(1)
    expect(server.issueComments('octo-org', 'models', issue)).toHaveLength(1)
  })

  it('retries after a secondary rate limit', async () => {
    server.fail({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '3' }
    })
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('created')
    expect(sleeps).toEqual([3000])
  })

  it('reports other failures as failed with a warning, never throwing', async () => {
    server.fail({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 500,
      body: { message: 'Server Error' },
      times: 10
    })
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('failed')
    expect(result.warning).toContain('500')
  })

  it('keeps an oversized body under 65,536 characters', async () => {
    const body = `# Report\n\n${'| a | b |\n|---|---|\n'}${'| row | text text text text text text text text |\n'.repeat(3000)}`
    const result = await upsertStickyComment(
      options({ body, runUrl: 'https://github.com/o/r/actions/runs/1' })
    )
    expect(result.warning).toBeUndefined()
    expect(result.action).toBe('created')
    const stored = server.issueComments('octo-org', 'models', issue)[0].body
    expect(stored.length).toBeLessThanOrEqual(65536)
    expect(stored).toContain('truncated')
    expect(stored).toContain(commentMarker('audit'))
  })

  it('default tag: workflow/job, plus the audited path when not the root', () => {
    expect(defaultCommentTag('Openness', 'audit')).toBe('Openness/audit')
    expect(defaultCommentTag('Openness', 'audit', '.')).toBe('Openness/audit')
    expect(defaultCommentTag('Openness', 'audit', 'models/a/')).toBe('Openness/audit/models/a')
    expect(defaultCommentTag('Openness', 'audit', '.hidden')).toBe('Openness/audit/.hidden')
    expect(defaultCommentTag('', '')).toBe('default')
    // Two paths in one job, or the same job id in two workflows, give two markers.
    const markers = new Set([
      commentMarker(defaultCommentTag('Openness', 'audit', 'models/a')),
      commentMarker(defaultCommentTag('Openness', 'audit', 'models/b')),
      commentMarker(defaultCommentTag('Release', 'audit', 'models/a'))
    ])
    expect(markers.size).toBe(3)
    expect(commentMarker(defaultCommentTag('Model openness (PR)', 'audit'))).toBe(
      '<!-- model-openness-audit:Model-openness-PR-/audit -->'
    )
  })

  it('sanitizes tags', () => {
    expect(sanitizeTag('build --> <script>')).toBe('build-script')
    expect(sanitizeTag('')).toBe('default')
    expect(commentMarker('matrix/job.1')).toBe('<!-- model-openness-audit:matrix/job.1 -->')
  })
})
