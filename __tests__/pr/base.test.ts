import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { cleanupBase, materializeBase, safeRelativePath } from '../../src/pr/base.js'
import { GitHubServer } from '../helpers/github-server.js'

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: tmpdir()
    }
  }).trim()

let server: GitHubServer
let repoDir: string
let baseSha: string
const made: string[] = []

beforeAll(async () => {
  server = new GitHubServer()
  await server.start()
  repoDir = mkdtempSync(join(tmpdir(), 'moa-repo-'))
  git(repoDir, 'init', '-q', '-b', 'main')
  writeFileSync(join(repoDir, 'LICENSE'), 'Apache License\nVersion 2.0\n')
  mkdirSync(join(repoDir, 'models', 'kestrel'), { recursive: true })
  writeFileSync(join(repoDir, 'models', 'kestrel', 'README.md'), '---\nlicense: apache-2.0\n---\n# Kestrel\n')
  git(repoDir, 'add', '-A')
  git(repoDir, 'commit', '-q', '-m', 'base')
  baseSha = git(repoDir, 'rev-parse', 'HEAD')
  writeFileSync(
    join(repoDir, 'LICENSE'),
    'Kestrel Community License\nno more than 250,000,000 monthly active users\n'
  )
  writeFileSync(join(repoDir, 'NEW.md'), 'added in the PR\n')
  git(repoDir, 'add', '-A')
  git(repoDir, 'commit', '-q', '-m', 'head')
})
afterAll(async () => {
  await server.stop()
  rmSync(repoDir, { recursive: true, force: true })
  for (const d of made) rmSync(d, { recursive: true, force: true })
})
beforeEach(() => {
  server.reset()
})

describe('materializeBase', () => {
  it('extracts the base tree from git history', async () => {
    const base = await materializeBase({ workspace: repoDir, baseSha, owner: 'o', repo: 'r' })
    made.push(base.dir)
    expect(base.source).toBe('git')
    expect(base.warning).toBeUndefined()
    expect(readFileSync(join(base.dir, 'LICENSE'), 'utf8')).toContain('Apache License')
    expect(readFileSync(join(base.dir, 'models/kestrel/README.md'), 'utf8')).toContain('license: apache-2.0')
    expect(existsSync(join(base.dir, 'NEW.md'))).toBe(false)
    expect(existsSync(join(base.dir, '.git'))).toBe(false)
    // The checkout is untouched.
    expect(readFileSync(join(repoDir, 'LICENSE'), 'utf8')).toContain('250,000,000')
    expect(git(repoDir, 'worktree', 'list').split('\n')).toHaveLength(1)
    await base.cleanup()
    expect(existsSync(base.dir)).toBe(false)
  })

  it('limits git extraction to the given paths (missing ones are skipped)', async () => {
    const base = await materializeBase({
      workspace: repoDir,
      baseSha,
      owner: 'o',
      repo: 'r',
      paths: ['models/kestrel', 'not-in-base']
    })
    made.push(base.dir)
    expect(base.source).toBe('git')
    expect(existsSync(join(base.dir, 'models/kestrel/README.md'))).toBe(true)
    expect(existsSync(join(base.dir, 'LICENSE'))).toBe(false)
  })

  it('falls back to the API when the base commit is not in the checkout', async () => {
    const shallow = mkdtempSync(join(tmpdir(), 'moa-shallow-'))
    made.push(shallow)
    git(shallow, 'init', '-q')
    const missing = 'a'.repeat(40)
    server.setTree(missing, [
      { path: 'LICENSE', content: 'Apache License\nVersion 2.0\n' },
      { path: 'models', type: 'tree' },
      { path: 'models/kestrel', type: 'tree' },
      { path: 'models/kestrel/README.md', content: '# Kestrel card\n' },
      { path: 'models/kestrel/model.safetensors', content: Buffer.alloc(4096, 1) },
      { path: 'models/kestrel/train.py', content: 'print(1)\n' },
      { path: 'big.md', content: 'x'.repeat(600 * 1024) },
      { path: 'link', type: 'symlink', content: '/etc/passwd' },
      { path: 'vendor/sub', type: 'commit' },
      { path: '../escape.txt', content: 'nope' },
      { path: '/abs.txt', content: 'nope' },
      { path: 'a/../../b.txt', content: 'nope' }
    ])
    const client = createClient({ apiUrl: server.url, token: 't', sleep: async () => undefined })
    const base = await materializeBase({
      workspace: shallow,
      baseSha: missing,
      client,
      owner: 'octo-org',
      repo: 'models'
    })
    made.push(base.dir)
    expect(base.source).toBe('api')
    expect(readFileSync(join(base.dir, 'LICENSE'), 'utf8')).toContain('Apache License')
    expect(readFileSync(join(base.dir, 'models/kestrel/README.md'), 'utf8')).toBe('# Kestrel card\n')
    // Weights and code are kept as empty placeholders: presence, not content.
    expect(statSync(join(base.dir, 'models/kestrel/model.safetensors')).size).toBe(0)
    expect(statSync(join(base.dir, 'models/kestrel/train.py')).size).toBe(0)
    expect(statSync(join(base.dir, 'big.md')).size).toBe(0)
    expect(existsSync(join(base.dir, 'link'))).toBe(false)
    expect(existsSync(join(base.dir, '..', 'escape.txt'))).toBe(false)
    expect(existsSync(join(tmpdir(), 'b.txt'))).toBe(false)
    expect(base.warning).toMatch(/3 unsafe path/)
    const paths = server.requests.map(r => r.path)
    expect(paths[0]).toBe(`/repos/octo-org/models/git/trees/${missing}`)
    expect(server.requests[0].query.recursive).toBe('1')
    expect(paths.filter(p => p.includes('/git/blobs/'))).toHaveLength(2) // LICENSE and README.md only
    await cleanupBase(base.dir)
    expect(existsSync(base.dir)).toBe(false)
  })

  it('uses the API for a real shallow clone (fetch-depth 1) of the PR head', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'moa-clone-'))
    made.push(clone)
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repoDir}`, clone)
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    server.setTree(baseSha, [{ path: 'LICENSE', content: 'Apache License\nVersion 2.0\n' }])
    const client = createClient({ apiUrl: server.url, token: 't', sleep: async () => undefined })
    const base = await materializeBase({ workspace: clone, baseSha, client, owner: 'o', repo: 'r' })
    made.push(base.dir)
    expect(base.source).toBe('api')
    expect(readFileSync(join(base.dir, 'LICENSE'), 'utf8')).toContain('Apache License')
    expect(client.calls).toBe(2)
  })

  it('returns none with a warning when neither git nor the API has it', async () => {
    const client = createClient({ apiUrl: server.url, token: 't', sleep: async () => undefined })
    const base = await materializeBase({
      workspace: repoDir,
      baseSha: 'b'.repeat(40),
      client,
      owner: 'o',
      repo: 'r'
    })
    made.push(base.dir)
    expect(base.source).toBe('none')
    expect(base.warning).toMatch(/not in the checkout.*404/)
    const noClient = await materializeBase({
      workspace: repoDir,
      baseSha: 'b'.repeat(40),
      owner: 'o',
      repo: 'r'
    })
    made.push(noClient.dir)
    expect(noClient.source).toBe('none')
  })

  it('refuses a base sha that is not a commit id', async () => {
    const base = await materializeBase({
      workspace: repoDir,
      baseSha: '--output=/tmp/x',
      owner: 'o',
      repo: 'r'
    })
    made.push(base.dir)
    expect(base.source).toBe('none')
  })

  it('validates paths and only cleans its own temp folders', async () => {
    expect(safeRelativePath('a/b.txt')).toBe('a/b.txt')
    for (const bad of ['../x', '/x', 'a/../b', 'C:/x', 'a\\b', 'a//b', ''])
      expect(safeRelativePath(bad)).toBeUndefined()
    const other = mkdtempSync(join(tmpdir(), 'not-ours-'))
    made.push(other)
    await cleanupBase(other)
    expect(existsSync(other)).toBe(true)
  })
})
