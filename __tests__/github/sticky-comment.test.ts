import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import {
  commentMarker,
  defaultCommentTag,
  sanitizeTag,
  upsertStickyComment,
  type UpsertOptions
} from '../../src/github/sticky-comment.js'
import { FORBIDDEN_BODY, GitHubServer, OCTOCAT, SECONDARY_RATE_LIMIT_BODY } from '../helpers/github-server.js'

let server: GitHubServer
let issue = 100

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
})
afterAll(() => server.stop())
beforeEach(() => {
  issue++
  server.reset()
})

function options(extra: Partial<UpsertOptions> = {}): UpsertOptions {
  return {
    // GITHUB_TOKEN is an installation token: it writes as github-actions[bot].
    client: createClient({ apiUrl: server.url, token: 'ghs_actions', waitUnitMs: 1 }),
    token: 'ghs_actions',
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
    const opts = options()
    const result = await upsertStickyComment(opts)
    expect(result.action).toBe('created')
    expect(opts.client.waits).toEqual([{ kind: 'secondary', seconds: 3, retried: true }])
  })

  it('a secondary rate limit it cannot wait out is reported as a rate limit, not a missing permission', async () => {
    server.fail({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '179' },
      times: 3
    })
    const result = await upsertStickyComment(options())
    expect(result.action).toBe('failed')
    expect(result.warning).toMatch(
      /^Could not create the PR comment: GitHub's rate limit was hit \(it asked to wait 179 s/
    )
    expect(result.warning).not.toMatch(/permission|pull-requests: write/)
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
    expect(result.warning).toMatch(/outage/)
  })

  it('never edits a comment by someone else that carries the marker: posts its own', async () => {
    const [planted] = server.seedComments('octo-org', 'models', issue, [
      { body: `I am not the bot\n\n${commentMarker('audit')}`, author: OCTOCAT }
    ])
    const result = await upsertStickyComment(options({ body: 'the real report' }))
    expect(result.action).toBe('created')
    const list = server.issueComments('octo-org', 'models', issue)
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({ id: planted.id, body: expect.stringContaining('I am not the bot') })
    expect(list[1].user.login).toBe('github-actions[bot]')
    expect(server.requests.some(r => r.method === 'PATCH')).toBe(false)
  })

  it('with a personal token, edits only that user’s comment (GET /user says who)', async () => {
    server.addUser('ghp_carol', 'carol')
    const client = createClient({ apiUrl: server.url, token: 'ghp_carol', waitUnitMs: 1 })
    server.seedComments('octo-org', 'models', issue, [
      { body: `bot's\n\n${commentMarker('audit')}`, type: 'Bot' }
    ])
    const first = await upsertStickyComment(options({ client, token: 'ghp_carol' }))
    expect(first.action).toBe('created')
    const second = await upsertStickyComment(options({ client, token: 'ghp_carol', body: 'v2' }))
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId })
    const list = server.issueComments('octo-org', 'models', issue)
    expect(list.map(c => c.user.login)).toEqual(['github-actions[bot]', 'carol'])
    expect(list[0].body).toContain("bot's")
    expect(server.requests.filter(r => r.path === '/user')).toHaveLength(2)
  })

  it('when the edit is refused, posts a new comment and says why', async () => {
    const first = await upsertStickyComment(options())
    server.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 403, body: FORBIDDEN_BODY })
    const second = await upsertStickyComment(options({ body: 'after refusal' }))
    expect(second.action).toBe('created')
    expect(second.commentId).not.toBe(first.commentId)
    expect(second.warning).toMatch(/Could not edit the earlier PR comment .*permission.*new one was posted/)
    expect(server.issueComments('octo-org', 'models', issue).at(-1)?.body).toContain('after refusal')
  })

  it('when the token’s identity is unknown, edits nothing and posts a new comment', async () => {
    server.seedComments('octo-org', 'models', issue, [
      { body: `x\n\n${commentMarker('audit')}`, type: 'Bot' }
    ])
    server.fail({ path: '/user', status: 401, body: { message: 'Bad credentials' } })
    const client = createClient({ apiUrl: server.url, token: 'ghp_who', waitUnitMs: 1 })
    const result = await upsertStickyComment(options({ client, token: 'ghp_who' }))
    expect(result.action).toBe('created')
    expect(result.warning).toMatch(/which account the token writes as/)
    expect(server.requests.some(r => r.method === 'PATCH')).toBe(false)
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
