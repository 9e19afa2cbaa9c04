// Runs the bundled action (dist/action/index.js) as a runner would on a push: environment
// variables, an event payload file, a step summary file and an outputs file.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeRepo, removeRepo, spdxText } from '../helpers/fixtures.js'

const DIST = path.resolve('dist/action/index.js')

async function runAction(
  workspace: string,
  inputs: Record<string, string> = {},
  payload: Record<string, unknown> = {}
) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-runner-'))
  const summary = path.join(tmp, 'summary.md')
  const output = path.join(tmp, 'output.txt')
  const event = path.join(tmp, 'event.json')
  await fs.writeFile(summary, '')
  await fs.writeFile(output, '')
  await fs.writeFile(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      repository: { full_name: 'octo/models', name: 'models', owner: { login: 'octo' } },
      ...payload
    })
  )
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '42',
    GITHUB_JOB: 'audit',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [DIST], { env, encoding: 'utf8', timeout: 60_000 })
  const result = {
    status: r.status,
    stdout: r.stdout,
    summary: await fs.readFile(summary, 'utf8'),
    output: await fs.readFile(output, 'utf8')
  }
  await fs.rm(tmp, { recursive: true, force: true })
  return result
}

function outputValue(fileText: string, name: string): string | undefined {
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM\nvalue\nDELIM
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(fileText)
  return m?.[2]
}

describe('bundled action on push', () => {
  it('is built', () => {
    expect(existsSync(DIST)).toBe(true)
  })

  it('passes the open example with exit 0 and sets outputs', async () => {
    const r = await runAction(path.resolve('examples/open-model'))
    expect(r.status).toBe(0)
    expect(outputValue(r.output, 'verdict')).toBe('pass')
    expect(outputValue(r.output, 'osaid')).toBe('pass')
    expect(outputValue(r.output, 'errors')).toBe('0')
    expect(r.summary).toContain('Model Openness Audit: pass')
  })

  it('fails a repository without a licence with exit 1 and a summary that says why', async () => {
    const dir = await makeRepo({
      'README.md': '# Unlicensed model\n\nSome weights.\n',
      'model.safetensors': 'version https://git-lfs.github.com/spec/v1\n'
    })
    try {
      const r = await runAction(dir, { 'report-file': 'out/report.json' })
      expect(r.status).toBe(1)
      expect(outputValue(r.output, 'verdict')).toBe('fail')
      expect(r.summary).toContain('license-missing')
      expect(r.summary).toMatch(/No licence found/)
      expect(r.stdout).toMatch(/::error/)
      const report = JSON.parse(await fs.readFile(path.join(dir, 'out/report.json'), 'utf8'))
      expect(report.verdict).toBe('fail')
    } finally {
      await removeRepo(dir)
    }
  })

  it('a config error fails the step with a message naming the key', async () => {
    const dir = await makeRepo({
      LICENSE: spdxText('MIT'),
      '.github/model-openness.yml': 'polcy: osaid\n'
    })
    try {
      const r = await runAction(dir)
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/polcy/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('fail-on: never is warn-only', async () => {
    const dir = await makeRepo({ 'README.md': '# No licence\n' })
    try {
      const r = await runAction(dir, { 'fail-on': 'never' })
      expect(r.status).toBe(0)
      expect(outputValue(r.output, 'verdict')).toBe('pass')
      expect(Number(outputValue(r.output, 'errors'))).toBeGreaterThan(0)
    } finally {
      await removeRepo(dir)
    }
  })

  it('a config error: an error annotation on the config file (repository path, line), outputs still set', async () => {
    const dir = await makeRepo({
      'models/a/LICENSE': spdxText('MIT'),
      'models/a/.github/model-openness.yml': '# settings\npolcy: osaid\n'
    })
    try {
      const r = await runAction(dir, { path: 'models/a' })
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(
        /::error [^\n]*file=models\/a\/\.github\/model-openness\.yml,line=2[^\n]*::Configuration error: [^\n]*polcy/
      )
      expect(outputValue(r.output, 'verdict')).toBe('fail')
      expect(outputValue(r.output, 'errors')).toBe('0')
      expect(outputValue(r.output, 'osaid')).toBe('unknown')
    } finally {
      await removeRepo(dir)
    }
  })

  it('a bad input or a missing path fails clearly, outputs still set', async () => {
    const bad = await runAction(path.resolve('examples/open-model'), { 'fail-on': 'sometimes' })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(
      /::error::Configuration error: input 'fail-on': must be one of error, warning, note, never/
    )
    expect(outputValue(bad.output, 'verdict')).toBe('fail')
    const missing = await runAction(path.resolve('examples/open-model'), { path: 'no/such/folder' })
    expect(missing.status).toBe(1)
    expect(missing.stdout).toMatch(
      /::error::Configuration error: input 'path': folder 'no\/such\/folder' not found/
    )
  })

  it('a push is not compared with its parent and makes no API call, even with a token', async () => {
    const r = await runAction(
      path.resolve('examples/open-model'),
      { 'github-token': 'ghs_x' },
      {
        before: '1111111111111111111111111111111111111111',
        after: '2222222222222222222222222222222222222222'
      }
    )
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(/::warning::/)
    expect(r.summary).not.toContain('This PR')
    // The short text report is in the log.
    expect(r.stdout).toMatch(/Model Openness Audit: PASS/)
  })

  it('repository text in the log cannot issue workflow commands (stop-commands around the text report)', async () => {
    const dir = await makeRepo({
      LICENSE: spdxText('MIT'),
      'README.md': '---\nlicense: mit\n---\n\n# ::add-mask::pwned\n\nWeights.\n'
    })
    try {
      const r = await runAction(dir)
      const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(r.stdout)
      expect(stop).not.toBeNull()
      const start = r.stdout.indexOf(stop![0])
      const end = r.stdout.indexOf(`\n::${stop![1]}::`)
      expect(end).toBeGreaterThan(start)
      const hostile = r.stdout.indexOf('::add-mask::pwned')
      if (hostile >= 0) {
        expect(hostile).toBeGreaterThan(start)
        expect(hostile).toBeLessThan(end)
      }
      expect(r.stdout.slice(start, end)).toMatch(/Model Openness Audit: (PASS|FAIL)/)
    } finally {
      await removeRepo(dir)
    }
  })
})
