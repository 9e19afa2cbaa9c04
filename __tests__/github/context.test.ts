import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { defaultApiUrl, readRunnerContext, type RunnerContext } from '../../src/github/context.js'

const require = createRequire(import.meta.url)
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- webhook examples are untyped JSON
type Example = Record<string, any>
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Example[] }>
const eventExamples = (name: string): Example[] => examples.find(e => e.name === name)?.examples ?? []

const dir = mkdtempSync(join(tmpdir(), 'moa-ctx-'))
function writeEvent(name: string, payload: unknown): string {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

const baseEnv = {
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_RUN_ID: '1234',
  GITHUB_JOB: 'audit',
  GITHUB_WORKFLOW: 'Openness',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_WORKSPACE: '/home/runner/work/x'
}

describe('readRunnerContext', () => {
  it('reads a real pull_request opened payload', () => {
    const payload = eventExamples('pull_request').find(e => e.action === 'opened')!
    const ctx = readRunnerContext({
      ...baseEnv,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: writeEvent('opened', payload)
    })
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      owner: 'Codertocat',
      repo: 'Hello-World',
      prNumber: payload.pull_request.number,
      baseSha: payload.pull_request.base.sha,
      headSha: payload.pull_request.head.sha,
      baseRef: 'master',
      isFork: false,
      apiUrl: 'https://api.github.com',
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1234',
      job: 'audit',
      workflow: 'Openness',
      workspace: '/home/runner/work/x'
    })
  })

  it('reads synchronize, and a fork made from the real payload', () => {
    const sync = eventExamples('pull_request').find(e => e.action === 'synchronize')!
    expect(
      readRunnerContext({
        ...baseEnv,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: writeEvent('sync', sync)
      }).prNumber
    ).toBe(sync.number)
    // The examples hold no fork PR: change the head repository of the real payload.
    const fork = structuredClone(sync)
    fork.pull_request.head.repo.full_name = 'contributor/Hello-World'
    const ctx = readRunnerContext({
      ...baseEnv,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: writeEvent('fork', fork)
    })
    expect(ctx.isFork).toBe(true)
    expect(ctx.eventName).toBe('pull_request_target')
    const deleted = structuredClone(sync)
    deleted.pull_request.head.repo = null
    expect(readRunnerContext({ ...baseEnv, GITHUB_EVENT_PATH: writeEvent('deleted', deleted) }).isFork).toBe(
      true
    )
  })

  it('reads merge_group base/head shas', () => {
    const payload = eventExamples('merge_group')[0]
    const ctx = readRunnerContext({
      GITHUB_EVENT_NAME: 'merge_group',
      GITHUB_EVENT_PATH: writeEvent('mg', payload)
    })
    expect(ctx).toMatchObject({
      owner: 'octo-org',
      repo: 'octo-repo',
      baseSha: payload.merge_group.base_sha,
      headSha: payload.merge_group.head_sha,
      baseRef: 'main',
      prNumber: undefined
    })
  })

  it('reads push before/after', () => {
    const payload = eventExamples('push')[0]
    const ctx = readRunnerContext({
      ...baseEnv,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: writeEvent('push', payload)
    })
    expect(ctx.headSha).toBe(payload.after)
    expect(ctx.baseSha).toBe(/^0+$/.test(payload.before) ? undefined : payload.before)
    expect(ctx.prNumber).toBeUndefined()
    // A push is not compared with its parent: no "This PR …" lead, no API call for the base.
    expect(ctx.comparesBase).toBe(false)
  })

  it('compares the base on pull_request, pull_request_target and merge_group only', () => {
    const pr = eventExamples('pull_request').find(e => e.action === 'opened')!
    for (const name of ['pull_request', 'pull_request_target']) {
      const ctx = readRunnerContext({
        ...baseEnv,
        GITHUB_EVENT_NAME: name,
        GITHUB_EVENT_PATH: writeEvent(name, pr)
      })
      expect(ctx.comparesBase).toBe(true)
    }
    const mg = eventExamples('merge_group')[0]
    expect(
      readRunnerContext({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: writeEvent('mg2', mg) })
        .comparesBase
    ).toBe(true)
    expect(readRunnerContext({ ...baseEnv, GITHUB_EVENT_NAME: 'workflow_dispatch' }).comparesBase).toBe(false)
  })

  it('derives the API url from GITHUB_SERVER_URL when GITHUB_API_URL is unset (GHES, GHE.com)', () => {
    const at = (server: string | undefined): RunnerContext =>
      readRunnerContext({ GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '3', GITHUB_SERVER_URL: server })
    expect(at(undefined).apiUrl).toBe('https://api.github.com')
    expect(at('https://github.com').apiUrl).toBe('https://api.github.com')
    expect(at('https://ghes.corp.example/').apiUrl).toBe('https://ghes.corp.example/api/v3')
    expect(at('https://ghes.corp.example/').runUrl).toBe('https://ghes.corp.example/a/b/actions/runs/3')
    expect(at('https://octo.ghe.com').apiUrl).toBe('https://api.octo.ghe.com')
    expect(defaultApiUrl('not a url')).toBe('https://api.github.com')
  })

  it('survives a missing or invalid event file and honours GHES urls', () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{not json')
    for (const path of [bad, join(dir, 'missing.json'), undefined]) {
      const ctx = readRunnerContext({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path,
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GITHUB_SERVER_URL: 'https://ghe.example',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_RUN_ID: '9'
      })
      expect(ctx.payload).toEqual({})
      expect(ctx.apiUrl).toBe('https://ghe.example/api/v3')
      expect(ctx.runUrl).toBe('https://ghe.example/a/b/actions/runs/9')
      expect(ctx.prNumber).toBeUndefined()
    }
  })
})
