import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import type { RunnerContext } from '../../src/github/context.js'
import { publish, type PublishCore } from '../../src/github/publish.js'
import type { Report } from '../../src/report/types.js'
import { FORBIDDEN_BODY, GitHubServer } from '../helpers/github-server.js'

let server: GitHubServer
let pr = 500

function fakeCore() {
  const written: string[] = []
  let buffer = ''
  const core = {
    summary: {
      emptyBuffer: jest.fn(() => {
        buffer = ''
      }),
      addRaw: jest.fn((text: string) => {
        buffer += `${text}\n`
      }),
      write: jest.fn(async () => {
        written.push(buffer)
        buffer = ''
      })
    },
    error: jest.fn(),
    warning: jest.fn(),
    notice: jest.fn(),
    info: jest.fn()
  } satisfies PublishCore
  return { core, written }
}

function context(extra: Partial<RunnerContext> = {}): RunnerContext {
  return {
    eventName: 'pull_request',
    payload: {},
    owner: 'octo-org',
    repo: 'models',
    prNumber: pr,
    isFork: false,
    comparesBase: true,
    apiUrl: server.url,
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/octo-org/models/actions/runs/7',
    job: 'audit',
    workflow: 'Openness',
    workspace: '/tmp',
    ...extra
  }
}

const report: Report = {
  schemaVersion: 1,
  tool: { name: 'model-openness-audit', version: '0.1.0' },
  verdict: 'fail',
  models: [
    {
      path: '.',
      card: 'README.md',
      licenses: [],
      osaid: 'fail',
      mofClass: null,
      clauses: [],
      findings: [
        {
          rule: 'license/no-user-threshold',
          category: 'license-restriction',
          severity: 'error',
          message: 'A cap',
          file: 'LICENSE',
          line: 7,
          status: 'new'
        }
      ]
    }
  ],
  findings: []
}

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
})
afterAll(() => server.stop())
beforeEach(() => {
  pr++
  server.reset()
})

describe('publish', () => {
  it('writes the summary, upserts one comment and annotates', async () => {
    const { core, written } = fakeCore()
    const client = createClient({ apiUrl: server.url, token: 'ghs_t', waitUnitMs: 1 })
    const opts = {
      report,
      markdown: '# Report\n\nfail',
      inputs: { comment: 'always' as const, token: 'ghs_t' },
      context: context(),
      core,
      client
    }
    const first = await publish(opts)
    const second = await publish({ ...opts, markdown: '# Report\n\nstill failing' })
    expect(first.warnings).toEqual([])
    expect(first.comment?.action).toBe('created')
    expect(second.comment?.action).toBe('updated')
    expect(second.apiCalls).toBe(2)
    expect(written).toHaveLength(2)
    expect(written[1]).toContain('still failing')
    const comments = server.issueComments('octo-org', 'models', pr)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- model-openness-audit:Openness/audit -->')
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('A cap'), {
      title: 'license/no-user-threshold',
      file: 'LICENSE',
      startLine: 7
    })
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('on a fork: summary still written, comment forbidden → warning, never throws', async () => {
    server.fail({ method: 'POST', path: /comments$/, status: 403, body: FORBIDDEN_BODY })
    const { core, written } = fakeCore()
    const result = await publish({
      report,
      markdown: '# R',
      inputs: { comment: 'always', token: 'ghs_t', commentTag: 'matrix-1' },
      context: context({ isFork: true }),
      core
    })
    expect(written).toHaveLength(1)
    expect(result.comment?.action).toBe('forbidden')
    expect(result.warnings.join('\n')).toContain('pull-requests: write')
  })

  it('no PR: no API call; summary failure is a warning', async () => {
    const { core } = fakeCore()
    core.summary.write.mockRejectedValueOnce(
      new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
    )
    const result = await publish({
      report,
      markdown: '# R',
      inputs: { comment: 'always', token: 'ghs_t' },
      context: context({ prNumber: undefined }),
      core
    })
    expect(result.comment).toBeUndefined()
    expect(server.requests).toHaveLength(0)
    expect(result.warnings[0]).toContain('job summary')
    expect(result.summary.written).toBe(false)
  })

  it('comment: never makes no API call, even on a PR with a token', async () => {
    const { core, written } = fakeCore()
    const result = await publish({
      report,
      markdown: '# R',
      inputs: { comment: 'never', token: 'ghs_t' },
      context: context(),
      core
    })
    expect(written).toHaveLength(1)
    expect(result.comment).toBeUndefined()
    expect(result.apiCalls).toBe(0)
    expect(server.requests).toHaveLength(0)
  })

  it('no token on a PR: a warning naming github-token, no API call, summary still written', async () => {
    const { core, written } = fakeCore()
    const result = await publish({
      report,
      markdown: '# R',
      inputs: { comment: 'always', token: '' },
      context: context(),
      core
    })
    expect(written).toHaveLength(1)
    expect(result.warnings.join('\n')).toContain('github-token')
    expect(server.requests).toHaveLength(0)
  })

  it('the default marker carries workflow, job and the audited path', async () => {
    const { core } = fakeCore()
    for (const pathPrefix of ['models/a', 'models/b']) {
      await publish({
        report,
        markdown: `# ${pathPrefix}`,
        inputs: { comment: 'always', token: 'ghs_t' },
        context: context(),
        core,
        pathPrefix,
        annotations: false
      })
    }
    const bodies = server.issueComments('octo-org', 'models', pr).map(c => c.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toContain('<!-- model-openness-audit:Openness/audit/models/a -->')
    expect(bodies[1]).toContain('<!-- model-openness-audit:Openness/audit/models/b -->')
  })

  it('truncates an oversized summary', async () => {
    const { core, written } = fakeCore()
    const big = `# R\n\n${'| a | b |\n'.repeat(200_000)}`
    const result = await publish({
      report,
      markdown: big,
      inputs: { comment: 'never', token: 'ghs_t' },
      context: context(),
      core,
      annotations: false
    })
    expect(Buffer.byteLength(written[0])).toBeLessThanOrEqual(1024 * 1024)
    expect(result.summary.truncated).toBe(true)
    expect(result.warnings.join()).toContain('1 MiB')
  })
})
