// Runs the bundled action (dist/action/index.js) as a runner would on a pull request: a real git
// checkout with a base and a head commit, a real webhook payload (from @octokit/webhooks-examples)
// rewritten to point at them, a step summary file, an outputs file, and GITHUB_API_URL on a local
// fake GitHub REST server (127.0.0.1 only). The action is spawned asynchronously because the fake
// server answers from this process's event loop.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, promises as fs } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {
  FORBIDDEN_BODY,
  SECONDARY_RATE_LIMIT_BODY,
  startGitHubServer,
  type GitHubServer,
  type TreeFile
} from '../helpers/github-server.js'
import { LFS_POINTER } from '../helpers/fixtures.js'

const DIST = path.resolve('dist/action/index.js')
const CLI = path.resolve('dist/cli/index.js')
const OWNER = 'octo'
const REPO = 'models'
const require = createRequire(import.meta.url)

// ---------------------------------------------------------------------------------------------
// Repository contents

const APACHE_TEXT: string = (
  JSON.parse(readFileSync(require.resolve('spdx-license-list/licenses/Apache-2.0.json'), 'utf8')) as {
    licenseText: string
  }
).licenseText

const TRAINING_DATA = `## Training Data

The model was trained on the Heron Corpus v1, 300B tokens of English text, published at
https://huggingface.co/datasets/example-org/heron-corpus-v1, and on the English Wikipedia dump of
March 2024 (https://dumps.wikimedia.org/enwiki/20240301/). Each source was obtained from its public
download page; the dump dates and URLs are listed in the dataset card.

### Preprocessing

Documents were deduplicated with MinHash (threshold 0.8), filtered for language with fastText,
and cleaned with the quality filters in \`train.py\`. Personal information was removed with
regular-expression scrubbing before tokenization.

## Training Procedure

Training used \`train.py\`: AdamW, learning rate 3e-4 with cosine decay, 300B tokens on 64 GPUs.
`

function card(front: string, title = 'Heron-1B'): string {
  return `---
${front.trim()}
language:
  - en
library_name: transformers
pipeline_tag: text-generation
datasets:
  - example-org/heron-corpus-v1
---

# ${title}

${title} is a small decoder-only language model released with its weights, its training code and
a full description of its training data.

${TRAINING_DATA}
## How to Get Started

\`\`\`python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("example-org/heron-1b")
\`\`\`
`
}

const TRAIN_PY = `"""Training script for Heron-1B."""
import torch
from transformers import AutoModelForCausalLM, AutoConfig


def main():
    config = AutoConfig.from_pretrained("config.json")
    model = AutoModelForCausalLM.from_config(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    model.train()


if __name__ == "__main__":
    main()
`

const OPEN_FILES: Record<string, string> = {
  LICENSE: APACHE_TEXT,
  'README.md': card('license: apache-2.0'),
  'train.py': TRAIN_PY,
  'model.safetensors': LFS_POINTER
}

const CAPPED_LICENSE = `HERON COMMUNITY LICENSE AGREEMENT

1. Grant of Rights. You are granted a non-exclusive, worldwide, royalty-free licence to use,
reproduce, distribute, copy, create derivative works of, and make modifications to the Heron
Materials.

2. Additional Commercial Terms. If, on the release date, the monthly active users of the products
or services made available by or for Licensee, or Licensee's affiliates, is greater than
250,000,000 monthly active users in the preceding calendar month, you must request a licence from
Heron, which Heron may grant to you in its sole discretion, and you are not authorized to exercise
any of the rights under this Agreement unless or until Heron otherwise expressly grants you such
rights.

3. Disclaimer of Warranty. THE HERON MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OF ANY KIND.
`

const CAPPED_FILES: Record<string, string> = {
  ...OPEN_FILES,
  LICENSE: CAPPED_LICENSE,
  'README.md': card('license: other\nlicense_name: heron-community-license\nlicense_link: LICENSE')
}

const NASTY = '<script>alert(1)</script> <img src=x onerror=alert(1)> @someone </details>'
const NASTY_LICENSE = `NASTY MODEL LICENSE ${NASTY}

1. Grant. You may use, copy and modify the Model. ${NASTY}

2. Limits. ${NASTY} You may not use the Model if your products have more than 1,000,000 monthly
active users ${NASTY}, nor for any commercial purpose.
`
const NASTY_FILES: Record<string, string> = {
  ...OPEN_FILES,
  LICENSE: NASTY_LICENSE,
  'README.md': card(
    `license: other\nlicense_name: "${NASTY.replace(/"/g, '\\"')}"\nlicense_link: LICENSE`,
    `Nasty ${NASTY}`
  )
}

// ---------------------------------------------------------------------------------------------
// Git

const GIT_ENV = {
  PATH: process.env['PATH'] ?? '',
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_TERMINAL_PROMPT: '0'
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8'
  }).trim()
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    await fs.mkdir(path.dirname(abs), { recursive: true })
    await fs.writeFile(abs, text)
  }
}

interface GitRepo {
  dir: string
  baseSha: string
  headSha: string
}

/** A repository with two commits: base (the first) and head (the second, checked out). */
async function makeGitRepo(base: Record<string, string>, head: Record<string, string>): Promise<GitRepo> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-pr-repo-'))
  git(dir, 'init', '-q')
  await writeFiles(dir, base)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base: open model')
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  for (const rel of Object.keys(base)) if (!(rel in head)) await fs.rm(path.join(dir, rel))
  await writeFiles(dir, head)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head: change the licence')
  const headSha = git(dir, 'rev-parse', 'HEAD')
  return { dir, baseSha, headSha }
}

// ---------------------------------------------------------------------------------------------
// The runner

interface PrEvent {
  baseSha: string
  headSha: string
  number: number
  /** The head repository's full name when it is a fork. */
  forkFrom?: string
}

/** A real `pull_request` payload from @octokit/webhooks-examples, rewritten for this repository. */
function pullRequestPayload(action: 'opened' | 'synchronize', ev: PrEvent): Record<string, unknown> {
  const index = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
  ) as Array<{ name: string; examples: Array<Record<string, unknown>> }>
  const example = index
    .find(e => e.name === 'pull_request')
    ?.examples.find(
      e => e['action'] === action && (e['pull_request'] as { head?: { repo?: unknown } })?.head?.repo
    )
  if (!example) throw new Error(`no pull_request.${action} example in @octokit/webhooks-examples`)
  const payload = structuredClone(example) as any // eslint-disable-line @typescript-eslint/no-explicit-any
  const fullName = `${OWNER}/${REPO}`
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const setRepo = (repo: any, full: string): void => {
    const [owner, name] = full.split('/')
    repo.full_name = full
    repo.name = name
    repo.owner = { ...(repo.owner ?? {}), login: owner }
    repo.fork = full !== fullName
  }
  payload.number = ev.number
  payload.pull_request.number = ev.number
  payload.pull_request.base.sha = ev.baseSha
  payload.pull_request.base.ref = 'main'
  payload.pull_request.head.sha = ev.headSha
  payload.pull_request.head.ref = 'change-licence'
  setRepo(payload.pull_request.base.repo, fullName)
  setRepo(payload.pull_request.head.repo, ev.forkFrom ?? fullName)
  payload.pull_request.head.label = `${(ev.forkFrom ?? fullName).split('/')[0]}:change-licence`
  setRepo(payload.repository, fullName)
  return payload
}

interface RunResult {
  status: number | null
  stdout: string
  stderr: string
  summary: string
  output: string
  report?: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface RunExtra {
  /** GITHUB_EVENT_NAME (default pull_request). */
  eventName?: string
  /** The event payload (default: the pull_request example for `action`). */
  payload?: Record<string, unknown>
  /** Environment overrides; undefined removes a variable. */
  env?: Record<string, string | undefined>
}

async function runAction(
  server: GitHubServer,
  workspace: string,
  ev: PrEvent,
  inputs: Record<string, string> = {},
  action: 'opened' | 'synchronize' = 'opened',
  extra: RunExtra = {}
): Promise<RunResult> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-runner-'))
  try {
    const summary = path.join(tmp, 'summary.md')
    const output = path.join(tmp, 'output.txt')
    const event = path.join(tmp, 'event.json')
    const reportFile = path.join(tmp, 'report.json')
    await fs.writeFile(summary, '')
    await fs.writeFile(output, '')
    await fs.writeFile(event, JSON.stringify(extra.payload ?? pullRequestPayload(action, ev)))
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: os.tmpdir(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: extra.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_SHA: ev.headSha,
      GITHUB_REF: `refs/pull/${ev.number}/merge`,
      GITHUB_HEAD_REF: 'change-licence',
      GITHUB_BASE_REF: 'main',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'audit',
      GITHUB_WORKFLOW: 'openness',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: server.url,
      RUNNER_TEMP: tmp,
      'INPUT_GITHUB-TOKEN': 'ghs_test_token_0000',
      'INPUT_REPORT-FILE': reportFile
    }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
    for (const [k, v] of Object.entries(extra.env ?? {})) {
      if (v === undefined) delete env[k]
      else env[k] = v
    }

    const child = spawn(process.execPath, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    const status = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`the action did not finish in 90 s\n${stdout}\n${stderr}`))
      }, 90_000)
      child.on('error', reject)
      child.on('close', code => {
        clearTimeout(timer)
        resolve(code)
      })
    })
    const report = existsSync(reportFile) ? JSON.parse(await fs.readFile(reportFile, 'utf8')) : undefined
    return {
      status,
      stdout,
      stderr,
      summary: await fs.readFile(summary, 'utf8'),
      output: await fs.readFile(output, 'utf8'),
      report
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true })
  }
}

function outputValue(fileText: string, name: string): string | undefined {
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(fileText)
  return m?.[2]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function allFindings(report: any): FindingLike[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return [...report.findings, ...report.models.flatMap((m: any) => m.findings)]
}

interface FindingLike {
  rule: string
  file?: string
  line?: number
  status?: string
  severity: string
  category: string
}
const key = (f: FindingLike): string => `${f.rule}\u0000${f.file ?? ''}`

/** The JSON report's findings for one commit, from the bundled CLI run on a worktree of it. */
function auditCommit(repoDir: string, sha: string): FindingLike[] {
  const tree = execFileSync('mktemp', ['-d', path.join(os.tmpdir(), 'moa-pr-base-XXXXXX')], {
    encoding: 'utf8'
  }).trim()
  try {
    git(repoDir, 'worktree', 'add', '-q', '--detach', tree, sha)
    const r = spawnSync(process.execPath, [CLI, 'audit', tree, '--format', 'json'], {
      encoding: 'utf8',
      timeout: 60_000
    })
    expect([0, 1]).toContain(r.status)
    return allFindings(JSON.parse(r.stdout))
  } finally {
    git(repoDir, 'worktree', 'remove', '--force', tree)
  }
}

const COMMENTS_PATH = new RegExp(`^/repos/${OWNER}/${REPO}/issues/\\d+/comments$`)

function commentWrites(server: GitHubServer): Array<{ method: string; path: string }> {
  return server.requests
    .filter(r => (r.method === 'POST' && COMMENTS_PATH.test(r.path)) || r.method === 'PATCH')
    .map(r => ({ method: r.method, path: r.path }))
}

/** Markdown text that carries none of the hostile strings live. */
function expectInert(text: string): void {
  expect(text).not.toMatch(/<script/i)
  expect(text).not.toMatch(/<img/i)
  expect(text).not.toMatch(/onerror=alert[^&]*>/i)
  // A mention only with a zero-width break after the @ (as an entity or the character itself).
  expect(text).not.toContain('@someone')
  expect(text).toMatch(/@(&#8203;|\u200b)someone/)
  const opens = (text.match(/<details[\s>]/gi) ?? []).length
  const closes = (text.match(/<\/details>/gi) ?? []).length
  expect(closes).toBe(opens)
}

// ---------------------------------------------------------------------------------------------

describe('bundled action on a pull request (fake GitHub API)', () => {
  let server: GitHubServer
  const cleanup: string[] = []

  beforeEach(async () => {
    server = await startGitHubServer()
  })
  afterEach(async () => {
    await server.stop()
    for (const dir of cleanup.splice(0)) await fs.rm(dir, { recursive: true, force: true })
  })

  it('is built', () => {
    expect(existsSync(DIST)).toBe(true)
  })

  it('marks the new user cap as new, posts a comment that says the PR makes the model non-open, and fails', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const r = await runAction(server, repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha, number: 7 })

    expect(r.status).toBe(1)
    expect(outputValue(r.output, 'verdict')).toBe('fail')
    expect(r.stdout).toMatch(/::error/)

    // The base commit audited on its own (bundled CLI on a worktree of the base): every head finding
    // also found there is "unchanged", every other one "new"; the user cap is among the new ones.
    const baseFindings = auditCommit(repo.dir, repo.baseSha)
    expect(baseFindings.some(f => f.rule === 'license/no-user-threshold')).toBe(false)
    const inBase = new Set(baseFindings.map(key))
    const findings = allFindings(r.report)
    const cap = findings.filter(f => f.rule === 'license/no-user-threshold')
    expect(cap.length).toBeGreaterThan(0)
    expect(cap.every(f => f.status === 'new' && f.severity === 'error')).toBe(true)
    const live = findings.filter(f => f.status !== 'fixed')
    expect(live.filter(f => f.status === 'unchanged').length).toBeGreaterThan(0)
    for (const f of live)
      expect({ ...f, status: f.status }).toEqual({ ...f, status: inBase.has(key(f)) ? 'unchanged' : 'new' })

    const comments = server.issueComments(OWNER, REPO, 7)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toMatch(/^## .*Model Openness Audit: fail/)
    expect(body).toMatch(/This PR makes[^\n]*non-open/)
    expect(body).toContain('250,000,000')
    expect(body).toContain('<!-- model-openness-audit:openness/audit -->')
    expect(r.summary).toMatch(/Model Openness Audit: fail/)
    expect(r.summary).toContain('This PR makes')

    const post = server.requests.find(q => q.method === 'POST' && COMMENTS_PATH.test(q.path))
    // @actions/github's Octokit sends the token as "token …".
    expect(post?.headers.authorization).toBe('token ghs_test_token_0000')
  }, 120_000)

  it('keeps the base findings unchanged when the PR does not change them', async () => {
    // Same open model in both commits: every finding present in both is "unchanged", none new.
    const repo = await makeGitRepo(OPEN_FILES, { ...OPEN_FILES, 'NOTES.txt': 'release notes\n' })
    cleanup.push(repo.dir)
    const r = await runAction(server, repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha, number: 8 })
    expect(r.status).toBe(0)
    const findings = allFindings(r.report)
    for (const f of findings) expect(f.status).toBe('unchanged')
  }, 120_000)

  it('a second run edits the same comment instead of posting another', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const ev = { baseSha: repo.baseSha, headSha: repo.headSha, number: 11 }
    const first = await runAction(server, repo.dir, ev)
    expect(first.status).toBe(1)
    const firstWrites = commentWrites(server)
    expect(firstWrites).toEqual([{ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/11/comments` }])
    const id = server.issueComments(OWNER, REPO, 11)[0].id

    server.reset()
    const second = await runAction(server, repo.dir, ev, {}, 'synchronize')
    expect(second.status).toBe(1)
    expect(commentWrites(server)).toEqual([
      { method: 'PATCH', path: `/repos/${OWNER}/${REPO}/issues/comments/${id}` }
    ])
    const comments = server.issueComments(OWNER, REPO, 11)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('250,000,000')
  }, 180_000)

  it('on a fork PR a 403 on the comment is a warning; the findings alone decide the exit status', async () => {
    const repo = await makeGitRepo(OPEN_FILES, { ...OPEN_FILES, 'NOTES.txt': 'release notes\n' })
    cleanup.push(repo.dir)
    server.fail({ method: 'POST', path: COMMENTS_PATH, status: 403, body: FORBIDDEN_BODY, times: 10 })
    const r = await runAction(server, repo.dir, {
      baseSha: repo.baseSha,
      headSha: repo.headSha,
      number: 12,
      forkFrom: 'forker/models'
    })
    expect(r.status).toBe(0)
    expect(outputValue(r.output, 'verdict')).toBe('pass')
    expect(r.stdout).toMatch(/::warning::[^\n]*pull-requests: write/)
    expect(r.stdout).not.toMatch(/::error::Model Openness Audit/)
    expect(r.summary).toMatch(/Model Openness Audit: pass/)
    expect(server.issueComments(OWNER, REPO, 12)).toHaveLength(0)
    // A 403 is not retried.
    expect(server.requests.filter(q => q.method === 'POST')).toHaveLength(1)
  }, 120_000)

  it('on a fork PR with restrictive findings, the 403 does not hide the failure', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    server.fail({ method: 'POST', path: COMMENTS_PATH, status: 403, body: FORBIDDEN_BODY, times: 10 })
    const r = await runAction(server, repo.dir, {
      baseSha: repo.baseSha,
      headSha: repo.headSha,
      number: 13,
      forkFrom: 'forker/models'
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/::warning::[^\n]*pull-requests: write/)
    expect(r.summary).toContain('250,000,000')
  }, 120_000)

  it('retries a 502 on the first comment POST and creates the comment', async () => {
    const repo = await makeGitRepo(OPEN_FILES, { ...OPEN_FILES, 'NOTES.txt': 'release notes\n' })
    cleanup.push(repo.dir)
    server.fail({ method: 'POST', path: COMMENTS_PATH, status: 502, body: { message: 'Server Error' } })
    const r = await runAction(server, repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha, number: 14 })
    expect(r.status).toBe(0)
    expect(commentWrites(server).filter(w => w.method === 'POST')).toHaveLength(2)
    const comments = server.issueComments(OWNER, REPO, 14)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/^## .*Model Openness Audit: pass/)
    expect(r.stdout).not.toMatch(/::warning::Could not (create|write) the PR comment/)
  }, 120_000)

  it('escapes hostile licence and card text in the comment and the summary', async () => {
    const repo = await makeGitRepo(OPEN_FILES, NASTY_FILES)
    cleanup.push(repo.dir)
    const r = await runAction(server, repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha, number: 15 })
    expect(r.status).toBe(1)
    const comments = server.issueComments(OWNER, REPO, 15)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    // The hostile text did reach the Markdown (as inert text) …
    expect(body).toContain('alert(1)')
    expect(body).toContain('someone')
    expect(r.summary).toContain('alert(1)')
    // … but nothing of it is live.
    expectInert(body)
    expectInert(r.summary)
  }, 120_000)

  it('a shallow clone without the base commit reads the base from the API', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const clone = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-pr-shallow-'))
    cleanup.push(clone)
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo.dir}`, clone)
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(repo.headSha)
    expect(() =>
      execFileSync('git', ['-C', clone, 'cat-file', '-e', `${repo.baseSha}^{commit}`], {
        env: GIT_ENV,
        stdio: 'ignore'
      })
    ).toThrow()

    // Serve the base commit's tree and blobs, read from the full repository.
    const files: TreeFile[] = git(repo.dir, 'ls-tree', '-r', '--name-only', repo.baseSha)
      .split('\n')
      .filter(Boolean)
      .map(p => ({
        path: p,
        content: execFileSync('git', ['-C', repo.dir, 'show', `${repo.baseSha}:${p}`], { env: GIT_ENV })
      }))
    expect(files.map(f => f.path).sort()).toEqual(Object.keys(OPEN_FILES).sort())
    server.setTree(repo.baseSha, files)

    const r = await runAction(server, clone, { baseSha: repo.baseSha, headSha: repo.headSha, number: 16 })
    expect(r.status).toBe(1)
    const treeRequest = server.requests.find(
      q => q.method === 'GET' && q.path.endsWith(`/git/trees/${repo.baseSha}`)
    )
    expect(treeRequest).toBeDefined()
    expect(treeRequest?.query['recursive']).toBe('1')
    expect(
      server.requests.filter(q => q.method === 'GET' && /\/git\/blobs\//.test(q.path)).length
    ).toBeGreaterThan(0)
    // The base's findings are there to compare with: the cap is new, the rest as in the full clone.
    const findings = allFindings(r.report)
    const cap = findings.filter(f => f.rule === 'license/no-user-threshold')
    expect(cap.length).toBeGreaterThan(0)
    expect(cap.every(f => f.status === 'new')).toBe(true)
    expect(findings.every(f => f.status !== undefined)).toBe(true)
    const body = server.issueComments(OWNER, REPO, 16)[0]?.body ?? ''
    expect(body).toMatch(/This PR makes[^\n]*non-open/)
    expect(body).toContain('250,000,000')
    expect(r.stdout).not.toMatch(/findings are not compared/)
  }, 120_000)
})

// ---------------------------------------------------------------------------------------------
// Conventions: subfolders, GHES, tokens, events, rate limits

const prefixed = (dir: string, files: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`${dir}/${k}`, v]))

describe('bundled action: paths, hosts, tokens and events', () => {
  let server: GitHubServer
  const cleanup: string[] = []

  beforeEach(async () => {
    server = await startGitHubServer()
  })
  afterEach(async () => {
    await server.stop()
    for (const dir of cleanup.splice(0)) await fs.rm(dir, { recursive: true, force: true })
  })

  it('a subfolder path: repository-relative annotations and SARIF, the same subfolder of the base, a per-path marker, a log summary', async () => {
    const root = { 'README.md': '# A monorepo\n' }
    const repo = await makeGitRepo(
      { ...root, ...prefixed('models/heron', OPEN_FILES) },
      { ...root, ...prefixed('models/heron', CAPPED_FILES) }
    )
    cleanup.push(repo.dir)
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 21 },
      { path: 'models/heron', 'sarif-file': 'out/results.sarif' }
    )
    expect(r.status).toBe(1)
    // Annotations name files from the repository root.
    expect(r.stdout).toMatch(/::error [^\n]*file=models\/heron\/LICENSE,line=\d+/)
    expect(r.stdout).not.toMatch(/::(error|warning|notice) [^\n]*file=LICENSE[,:]/)
    // The base's same subfolder was audited: statuses are set and the cap is the new thing.
    const findings = allFindings(r.report)
    expect(findings.every(f => f.status !== undefined)).toBe(true)
    expect(findings.filter(f => f.rule === 'license/no-user-threshold').every(f => f.status === 'new')).toBe(
      true
    )
    expect(findings.some(f => f.status === 'unchanged')).toBe(true)
    // SARIF locations are repository paths too.
    const sarif = JSON.parse(await fs.readFile(path.join(repo.dir, 'out/results.sarif'), 'utf8'))
    const uris: string[] = sarif.runs[0].results.map(
      (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        x.locations[0].physicalLocation.artifactLocation.uri
    )
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris) expect(uri.startsWith('models/heron/')).toBe(true)
    // The marker carries workflow, job and path, so another path in the same job keeps its own comment.
    const body = server.issueComments(OWNER, REPO, 21)[0]?.body ?? ''
    expect(body).toContain('<!-- model-openness-audit:openness/audit/models/heron -->')
    // The log has a short text report with the change headline.
    expect(r.stdout).toMatch(/Model Openness Audit: FAIL/)
    expect(r.stdout).toMatch(/This PR makes[^\n]*non-open/)
  }, 120_000)

  it('comment: never makes no API call at all (full checkout)', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 22 },
      { comment: 'never' }
    )
    expect(r.status).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(r.summary).toContain('This PR makes')
  }, 120_000)

  it('an empty token: no API call, a warning naming github-token, the findings decide the exit status', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 23 },
      { 'github-token': '' },
      'opened',
      { env: { GITHUB_TOKEN: undefined } }
    )
    expect(r.status).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(r.stdout).toMatch(/::warning::[^\n]*github-token/)
    expect(outputValue(r.output, 'verdict')).toBe('fail')
    expect(r.summary).toContain('license/no-user-threshold')
  }, 120_000)

  it('GitHub Enterprise Server: API under GITHUB_SERVER_URL/api/v3 when GITHUB_API_URL is unset; links to the server', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 24 },
      {},
      'opened',
      { env: { GITHUB_API_URL: undefined, GITHUB_SERVER_URL: server.url } }
    )
    expect(r.status).toBe(1)
    expect(server.requests.length).toBeGreaterThan(0)
    for (const q of server.requests) expect(q.prefix).toBe('/api/v3')
    const body = server.issueComments(OWNER, REPO, 24)[0]?.body ?? ''
    expect(body).toContain(`${server.url}/${OWNER}/${REPO}/actions/runs/4242`)
    expect(body).not.toContain('https://github.com/octo')
    expect(r.summary).toContain(`${server.url}/${OWNER}/${REPO}/actions/runs/4242`)
    // Files and lines link to the exact line at the audited commit (the PR's head), on the server.
    const cap = allFindings(r.report).find(f => f.rule === 'license/no-user-threshold')
    expect(cap?.file && cap.line).toBeTruthy()
    const link = `(${server.url}/${OWNER}/${REPO}/blob/${repo.headSha}/${cap!.file}#L${cap!.line})`
    expect(body).toContain(link)
    expect(r.summary).toContain(link)
  }, 120_000)

  it('retries a secondary rate limit (retry-after) on the comment listing', async () => {
    const repo = await makeGitRepo(OPEN_FILES, { ...OPEN_FILES, 'NOTES.txt': 'notes\n' })
    cleanup.push(repo.dir)
    server.fail({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 403,
      body: SECONDARY_RATE_LIMIT_BODY,
      headers: { 'retry-after': '1' }
    })
    const r = await runAction(server, repo.dir, { baseSha: repo.baseSha, headSha: repo.headSha, number: 25 })
    expect(r.status).toBe(0)
    expect(server.requests.filter(q => q.method === 'GET' && COMMENTS_PATH.test(q.path))).toHaveLength(2)
    expect(server.issueComments(OWNER, REPO, 25)).toHaveLength(1)
    expect(r.stdout).not.toMatch(/::warning::Could not/)
  }, 120_000)

  it('pull_request_target with the base branch checked out audits the PR head read as data', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    git(repo.dir, 'checkout', '-q', '--detach', repo.baseSha) // what actions/checkout does under pull_request_target
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 26, forkFrom: 'forker/models' },
      {},
      'opened',
      { eventName: 'pull_request_target', env: { GITHUB_SHA: repo.baseSha, GITHUB_REF: 'refs/heads/main' } }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/pull_request_target: auditing the pull request’s head/)
    const cap = allFindings(r.report).filter(f => f.rule === 'license/no-user-threshold')
    expect(cap.length).toBeGreaterThan(0)
    expect(cap.every(f => f.status === 'new')).toBe(true)
    const body = server.issueComments(OWNER, REPO, 26)[0]?.body ?? ''
    expect(body).toMatch(/This PR makes[^\n]*non-open/)
    // The checkout itself is untouched.
    expect(git(repo.dir, 'rev-parse', 'HEAD')).toBe(repo.baseSha)
  }, 120_000)

  it('pull_request_target on a shallow base checkout reads the PR head through the API', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    git(repo.dir, 'branch', 'base-only', repo.baseSha)
    const clone = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-prt-shallow-'))
    cleanup.push(clone)
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'base-only', `file://${repo.dir}`, clone)
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(repo.baseSha)
    const files: TreeFile[] = git(repo.dir, 'ls-tree', '-r', '--name-only', repo.headSha)
      .split('\n')
      .filter(Boolean)
      .map(p => ({
        path: p,
        content: execFileSync('git', ['-C', repo.dir, 'show', `${repo.headSha}:${p}`], { env: GIT_ENV })
      }))
    server.setTree(repo.headSha, files)
    const r = await runAction(
      server,
      clone,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 28, forkFrom: 'forker/models' },
      {},
      'opened',
      { eventName: 'pull_request_target', env: { GITHUB_SHA: repo.baseSha, GITHUB_REF: 'refs/heads/main' } }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/auditing the pull request’s head [0-9a-f]{12} read from the API/)
    expect(server.requests.some(q => q.path.endsWith(`/git/trees/${repo.headSha}`))).toBe(true)
    const cap = allFindings(r.report).filter(f => f.rule === 'license/no-user-threshold')
    expect(cap.length).toBeGreaterThan(0)
    expect(cap.every(f => f.status === 'new')).toBe(true)
    expect(server.issueComments(OWNER, REPO, 28)[0]?.body ?? '').toMatch(/This PR makes[^\n]*non-open/)
  }, 120_000)

  it('pull_request_target fails closed when the PR head cannot be read (API 500), naming the head and the cause', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    git(repo.dir, 'branch', 'base-only-2', repo.baseSha)
    const clone = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-prt-fail-'))
    cleanup.push(clone)
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'base-only-2', `file://${repo.dir}`, clone)
    server.fail({
      method: 'GET',
      path: `/repos/${OWNER}/${REPO}/git/trees/${repo.headSha}`,
      status: 500,
      body: { message: 'Server Error' },
      times: 10
    })
    const r = await runAction(
      server,
      clone,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 29, forkFrom: 'forker/models' },
      {},
      'opened',
      { eventName: 'pull_request_target', env: { GITHUB_SHA: repo.baseSha, GITHUB_REF: 'refs/heads/main' } }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      new RegExp(
        `::error::Model Openness Audit: Could not read the pull request’s head ${repo.headSha.slice(0, 12)}: .*500`
      )
    )
    expect(r.stdout).not.toMatch(/the base commit/)
    expect(r.stdout).not.toMatch(/auditing the pull request’s head/)
    // Nothing was audited, so nothing was posted as if it had been.
    expect(server.issueComments(OWNER, REPO, 29)).toHaveLength(0)
  }, 120_000)

  it('merge_group: compares with the base, never comments, no API call', async () => {
    const repo = await makeGitRepo(OPEN_FILES, CAPPED_FILES)
    cleanup.push(repo.dir)
    const index = JSON.parse(
      readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
    ) as Array<{ name: string; examples: Array<Record<string, any>> }> // eslint-disable-line @typescript-eslint/no-explicit-any
    const payload = structuredClone(index.find(e => e.name === 'merge_group')!.examples[0])
    payload.merge_group.base_sha = repo.baseSha
    payload.merge_group.head_sha = repo.headSha
    payload.repository.full_name = `${OWNER}/${REPO}`
    const r = await runAction(
      server,
      repo.dir,
      { baseSha: repo.baseSha, headSha: repo.headSha, number: 27 },
      {},
      'opened',
      {
        eventName: 'merge_group',
        payload
      }
    )
    expect(r.status).toBe(1)
    expect(server.requests).toHaveLength(0)
    const cap = allFindings(r.report).filter(f => f.rule === 'license/no-user-threshold')
    expect(cap.every(f => f.status === 'new')).toBe(true)
    expect(r.summary).toMatch(/non-open/)
  }, 120_000)
})
