import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { createDeadline } from '../../src/net/deadline.js'
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
      { path: 'models/kestrel/model.safetensors', content: Buffer.alloc(64 * 1024, 1) },
      { path: 'models/kestrel/pointer.bin', content: 'version https://git-lfs.github.com/spec/v1\n' },
      { path: 'models/kestrel/train.py', content: 'print(1)\n'.repeat(1000) },
      { path: 'LICENSE-MODEL.md', content: 'x'.repeat(600 * 1024) },
      { path: 'link', type: 'symlink', content: '/etc/passwd' },
      { path: 'vendor/sub', type: 'commit' }
    ])
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1 })
    const base = await materializeBase({
      workspace: shallow,
      baseSha: missing,
      client,
      owner: 'octo-org',
      repo: 'models'
    })
    made.push(base.dir)
    expect(base.source).toBe('api')
    expect(base.warning).toBeUndefined()
    expect(readFileSync(join(base.dir, 'LICENSE'), 'utf8')).toContain('Apache License')
    expect(readFileSync(join(base.dir, 'models/kestrel/README.md'), 'utf8')).toBe('# Kestrel card\n')
    // A large licence is read whole: no placeholder can hide a restriction.
    expect(statSync(join(base.dir, 'LICENSE-MODEL.md')).size).toBe(600 * 1024)
    expect(readFileSync(join(base.dir, 'LICENSE-MODEL.md'), 'utf8')).toBe('x'.repeat(600 * 1024))
    // A small file (an LFS pointer) is read whatever its name.
    expect(readFileSync(join(base.dir, 'models/kestrel/pointer.bin'), 'utf8')).toContain('git-lfs')
    // Weights and code keep their real size (a sparse file), not their content.
    expect(statSync(join(base.dir, 'models/kestrel/model.safetensors')).size).toBe(64 * 1024)
    expect(readFileSync(join(base.dir, 'models/kestrel/model.safetensors'))[0]).toBe(0)
    expect(statSync(join(base.dir, 'models/kestrel/train.py')).size).toBe(9000)
    expect(existsSync(join(base.dir, 'link'))).toBe(false)
    const paths = server.requests.map(r => r.path)
    expect(paths[0]).toBe(`/repos/octo-org/models/git/trees/${missing}`)
    expect(server.requests[0].query.recursive).toBe('1')
    // LICENSE, README.md, pointer.bin and LICENSE-MODEL.md.
    expect(paths.filter(p => p.includes('/git/blobs/'))).toHaveLength(4)
    await cleanupBase(base.dir)
    expect(existsSync(base.dir)).toBe(false)
  })

  it('fails closed when a blob cannot be fetched, naming the file and the cause', async () => {
    const sha = 'c'.repeat(40)
    server.setTree(sha, [
      { path: 'README.md', content: '# card\n' },
      { path: 'LICENSE', content: 'Non-commercial use only.\n' }
    ])
    server.fail({
      path: `/repos/o/r/git/blobs/blob-${sha}-1`,
      status: 500,
      body: { message: 'Server Error' },
      times: 10
    })
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1, retries: 1 })
    const head = await materializeBase({
      workspace: repoDir,
      baseSha: sha,
      role: 'head',
      client,
      owner: 'o',
      repo: 'r',
      preferApi: true
    })
    made.push(head.dir)
    expect(head.source).toBe('none')
    expect(head.reason).toMatch(
      /^Could not read the pull request’s head cccccccccccc: LICENSE could not be fetched: .*outage.*500/
    )
    expect(head.reason).not.toMatch(/base commit/)
  })

  it('fails closed on a truncated tree and on unsafe paths', async () => {
    const sha = 'd'.repeat(40)
    server.setTree(sha, [{ path: 'LICENSE', content: 'MIT\n' }], true)
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1 })
    const truncated = await materializeBase({
      workspace: repoDir,
      baseSha: sha,
      role: 'head',
      client,
      owner: 'o',
      repo: 'r',
      preferApi: true
    })
    made.push(truncated.dir)
    expect(truncated.source).toBe('none')
    expect(truncated.reason).toMatch(/truncated the tree/)
    const bad = 'e'.repeat(40)
    server.setTree(bad, [{ path: '../escape.txt', content: 'nope' }])
    const unsafe = await materializeBase({
      workspace: repoDir,
      baseSha: bad,
      role: 'head',
      client,
      owner: 'o',
      repo: 'r',
      preferApi: true
    })
    made.push(unsafe.dir)
    expect(unsafe.source).toBe('none')
    expect(unsafe.reason).toMatch(/cannot be written safely/)
    expect(existsSync(join(unsafe.dir, '..', 'escape.txt'))).toBe(false)
  })

  it('fetches blobs at most 8 at a time, and stops at the run deadline', async () => {
    const sha = 'f'.repeat(40)
    server.setTree(
      sha,
      Array.from({ length: 30 }, (_, i) => ({ path: `docs/n${i}.md`, content: `note ${i}\n` }))
    )
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1 })
    server.latencyMs = 40
    const ok = await materializeBase({
      workspace: repoDir,
      baseSha: sha,
      client,
      owner: 'o',
      repo: 'r',
      preferApi: true
    })
    made.push(ok.dir)
    expect(ok.source).toBe('api')
    expect(server.maxInFlight).toBeGreaterThan(1)
    expect(server.maxInFlight).toBeLessThanOrEqual(8)

    server.reset()
    server.fail({ path: /\/git\/blobs\//, status: 200, body: {}, delayMs: 5_000, times: 30 })
    const started = Date.now()
    const hurried = createClient({
      apiUrl: server.url,
      token: 't',
      waitUnitMs: 1,
      deadline: createDeadline(300)
    })
    const late = await materializeBase({
      workspace: repoDir,
      baseSha: sha,
      role: 'head',
      client: hurried,
      owner: 'o',
      repo: 'r',
      preferApi: true
    })
    made.push(late.dir)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(late.source).toBe('none')
    expect(late.reason).toMatch(/could not be fetched: the run's network deadline/)
  })

  it('reads the head from git objects: its .gitattributes export-ignore hides nothing', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'moa-attr-'))
    made.push(repo)
    git(repo, 'init', '-q', '-b', 'main')
    writeFileSync(join(repo, 'LICENSE'), 'MIT License\n')
    writeFileSync(join(repo, 'LICENSE-MODEL'), 'The weights may be used for non-commercial research only.\n')
    writeFileSync(join(repo, '.gitattributes'), 'LICENSE-MODEL export-ignore\n* export-subst\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'head with a hidden licence')
    const sha = git(repo, 'rev-parse', 'HEAD')
    const head = await materializeBase({ workspace: repo, baseSha: sha, role: 'head', owner: 'o', repo: 'r' })
    made.push(head.dir)
    expect(head.source).toBe('git')
    expect(readFileSync(join(head.dir, 'LICENSE-MODEL'), 'utf8')).toContain('non-commercial')
    expect(readFileSync(join(head.dir, '.gitattributes'), 'utf8')).toContain('export-ignore')
  })

  it('uses the API for a real shallow clone (fetch-depth 1) of the PR head', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'moa-clone-'))
    made.push(clone)
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repoDir}`, clone)
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    server.setTree(baseSha, [{ path: 'LICENSE', content: 'Apache License\nVersion 2.0\n' }])
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1 })
    const base = await materializeBase({ workspace: clone, baseSha, client, owner: 'o', repo: 'r' })
    made.push(base.dir)
    expect(base.source).toBe('api')
    expect(readFileSync(join(base.dir, 'LICENSE'), 'utf8')).toContain('Apache License')
    expect(client.calls).toBe(2)
  })

  it('returns none with a warning when neither git nor the API has it', async () => {
    const client = createClient({ apiUrl: server.url, token: 't', waitUnitMs: 1 })
    const base = await materializeBase({
      workspace: repoDir,
      baseSha: 'b'.repeat(40),
      client,
      owner: 'o',
      repo: 'r'
    })
    made.push(base.dir)
    expect(base.source).toBe('none')
    expect(base.warning).toMatch(/not in the checkout.*not found.*404/)
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
