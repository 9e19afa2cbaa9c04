// A commit's tree (the PR's base, or under pull_request_target its head) in a temporary folder, so
// the engine can audit it like a checkout. Read as data, never executed, and never steered by the
// commit itself:
// - from git objects (`git ls-tree` + `git cat-file --batch`), never `git archive`, whose
//   `.gitattributes export-ignore` and `export-subst` the commit controls;
// - else through the REST API (one tree call, blobs fetched with bounded concurrency under the run's
//   deadline).
// Text a rule may read (licences, cards, configs, small files such as LFS pointers) is written with
// its content. Other large files (weights, archives) are written as sparse files of their real size:
// presence and size, not content. Whatever cannot be read completely — a blob that fails, a tree
// GitHub truncated, a limit reached — makes the whole read fail with a reason (`source: 'none'`):
// the caller fails the check for a PR head, and skips the comparison for a base.
// Never writes outside the temporary folder. The caller removes it (cleanup).
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { describeApiError, type GitHubClient } from '../github/client.js'
import { trimEndChars } from '../text/trim.js'

export interface TreeLimits {
  /** Blobs fetched with their content (default 2,000). */
  maxBlobs?: number
  /** Largest text blob read with its content (default 16 MiB); a larger licence or card fails the read. */
  maxBlobBytes?: number
  /** Files of any kind whose content is read whatever their name, e.g. LFS pointers (default 4 KiB). */
  smallFileBytes?: number
  /** Entries (files and folders) at most (default 20,000). */
  maxEntries?: number
  /** Blob downloads at once through the API (default 8). */
  concurrency?: number
}
/** @deprecated the old name */
export type BaseLimits = TreeLimits

export interface MaterializeOptions {
  workspace: string
  /** The commit to read (named baseSha for history; it is the head under pull_request_target). */
  baseSha: string
  /** Which commit this is, for messages (default 'base'). */
  role?: 'base' | 'head'
  client?: GitHubClient
  owner: string
  repo: string
  /** Limit to these repository-relative folders or files (e.g. the audited path). */
  paths?: string[]
  limits?: TreeLimits
  /** Skip git even when the commit is there (tests). */
  preferApi?: boolean
}

export interface MaterializedBase {
  dir: string
  source: 'git' | 'api' | 'none'
  /** With source 'none': what could not be read and why, one sentence (no advice about comparing). */
  reason?: string
  /** A sentence for the log (with 'none', the reason plus what the caller does about it for a base). */
  warning?: string
  /** Files written. */
  files?: number
  cleanup: () => Promise<void>
}

const TEMP_PREFIX = 'moa-base-'
const SHA = /^[0-9a-f]{7,64}$/i
const DEFAULTS = {
  maxBlobs: 2_000,
  maxBlobBytes: 16 * 1024 * 1024,
  smallFileBytes: 4 * 1024,
  maxEntries: 20_000,
  concurrency: 8
}

/** Names and extensions of text the audit may read: licences, notices, cards, configs, policies. */
const CONTENT_NAME =
  /^(licen[cs]e|copying|notice|readme|model[-_ ]?card|use[-_ ]?policy|acceptable[-_ ]?use|responsible[-_ ]?use|citation)/i
const CONTENT_EXT = /\.(md|mdx|markdown|txt|text|rst|html?|ya?ml|json|cff|toml|cfg|ini|spdx)$/i
const WEIGHT_EXT =
  /\.(safetensors|bin|pt|pth|ckpt|gguf|ggml|onnx|h5|msgpack|tflite|pb|npz|npy|pkl|mlmodel|engine|model)$/i

export async function cleanupBase(dir: string): Promise<void> {
  const root = resolve(tmpdir())
  const target = resolve(dir)
  if (!target.startsWith(root + sep) || !target.slice(root.length + 1).startsWith(TEMP_PREFIX)) return
  await rm(target, { recursive: true, force: true })
}

/** A repository path that is safe to join under the temp folder, or undefined. */
export function safeRelativePath(path: string): string | undefined {
  if (!path || path.includes('\0') || path.includes('\\')) return undefined
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined
  const parts = path.split('/')
  if (parts.some(p => p === '' || p === '.' || p === '..')) return undefined
  return parts.join('/')
}

function inside(dir: string, rel: string): string | undefined {
  const target = resolve(dir, rel)
  return target.startsWith(resolve(dir) + sep) ? target : undefined
}

/** Whether the file's content is read (else a sparse file of its size stands for it). */
export function wantsContent(path: string, size: number, smallFileBytes: number): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (size <= smallFileBytes) return true
  if (WEIGHT_EXT.test(name)) return false
  return CONTENT_NAME.test(name) || CONTENT_EXT.test(name) || !name.includes('.')
}

interface Entry {
  path: string
  mode: string
  type: string
  sha: string
  size: number
}

function selected(path: string, prefixes: string[]): boolean {
  if (prefixes.length === 0) return true
  return prefixes.some(p => p === '' || path === p || path.startsWith(`${p}/`) || p.startsWith(`${path}/`))
}

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_LFS_SKIP_SMUDGE: '1',
  GIT_LITERAL_PATHSPECS: '1',
  GIT_CONFIG_NOSYSTEM: '1'
}

function gitRun(
  cwd: string,
  args: string[],
  maxBuffer = 64 * 1024 * 1024
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(done => {
    execFile(
      'git',
      ['-C', cwd, ...args],
      { maxBuffer, env: { ...process.env, ...GIT_ENV }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        done({ code, stdout: String(stdout), stderr: String(stderr) })
      }
    )
  })
}

/** `git ls-tree -r -l -z` output: "<mode> <type> <sha> <size>\t<path>\0" per entry. */
export function parseLsTree(output: string): Entry[] {
  const entries: Entry[] = []
  for (const record of output.split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, sha, size] = record.slice(0, tab).split(/ +/)
    entries.push({ mode, type, sha, size: Number(size) || 0, path: record.slice(tab + 1) })
  }
  return entries
}

/**
 * Streams blobs out of one `git cat-file --batch` process and hands each to `onBlob` in order.
 * Resolves with an error message when git fails or a blob is missing.
 */
function catFileBatch(
  workspace: string,
  shas: string[],
  onBlob: (index: number, content: Buffer) => Promise<void>
): Promise<string | undefined> {
  return new Promise(done => {
    const git = spawn('git', ['-C', workspace, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...GIT_ENV }
    })
    let buffer: Buffer = Buffer.alloc(0)
    let index = 0
    let failure: string | undefined
    let stderr = ''
    let chain = Promise.resolve()
    const fail = (message: string): void => {
      failure ??= message
      git.kill()
    }
    git.stderr.on('data', chunk => (stderr += String(chunk)))
    git.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk
      for (;;) {
        const newline = buffer.indexOf(10)
        if (newline < 0) return
        const header = buffer.subarray(0, newline).toString('utf8')
        const parts = header.split(' ')
        if (parts[1] === 'missing' || parts.length < 3) return fail(`git has no object ${parts[0]}`)
        const size = Number(parts[2])
        if (buffer.length < newline + 1 + size + 1) return
        const content = Buffer.from(buffer.subarray(newline + 1, newline + 1 + size))
        buffer = buffer.subarray(newline + 1 + size + 1)
        const at = index++
        chain = chain.then(() => onBlob(at, content)).catch(e => fail(String((e as Error).message)))
      }
    })
    git.on('error', e => fail(`git: ${e.message}`))
    git.on('close', code => {
      void chain.then(() => {
        if (!failure && code !== 0) failure = `git cat-file failed: ${stderr.trim().slice(0, 200)}`
        if (!failure && index !== shas.length) failure = `git returned ${index} of ${shas.length} files`
        done(failure)
      })
    })
    git.stdin.on('error', () => undefined)
    git.stdin.end(shas.map(s => `${s}\n`).join(''))
  })
}

/** Writes a sparse file of `size` bytes: the file's presence and size, not its content. */
async function writeSizedStub(target: string, size: number): Promise<void> {
  const handle = await open(target, 'wx')
  try {
    await handle.truncate(size)
  } finally {
    await handle.close()
  }
}

interface Plan {
  folders: string[]
  content: Array<{ target: string; rel: string; sha: string; size: number }>
  stubs: Array<{ target: string; size: number }>
}

/** Decides what to write for each entry; a problem that makes the tree incomplete is an error. */
function plan(
  entries: Entry[],
  dir: string,
  prefixes: string[],
  limits: typeof DEFAULTS
): Plan | { error: string } {
  const result: Plan = { folders: [], content: [], stubs: [] }
  let count = 0
  for (const entry of entries) {
    if (!entry || typeof entry.path !== 'string') continue
    const rel = safeRelativePath(entry.path)
    const target = rel ? inside(dir, rel) : undefined
    if (!rel || !target)
      return {
        error: `it holds a path that cannot be written safely (${JSON.stringify(entry.path.slice(0, 80))})`
      }
    if (!selected(rel, prefixes)) continue
    if (++count > limits.maxEntries)
      return { error: `it has more than ${limits.maxEntries} files and folders` }
    if (entry.type === 'tree') {
      result.folders.push(target)
      continue
    }
    // Submodules and symbolic links are not followed (the checkout's reader refuses links too).
    if (entry.type !== 'blob' || entry.mode === '120000') continue
    if (wantsContent(rel, entry.size, limits.smallFileBytes)) {
      if (entry.size > limits.maxBlobBytes)
        return {
          error: `${rel} is ${entry.size} bytes, over the ${limits.maxBlobBytes}-byte limit for a text file`
        }
      result.content.push({ target, rel, sha: entry.sha, size: entry.size })
    } else result.stubs.push({ target, size: entry.size })
  }
  if (result.content.length > limits.maxBlobs)
    return {
      error: `it has ${result.content.length} text files to read, over the limit of ${limits.maxBlobs}`
    }
  return result
}

async function writeFolders(p: Plan): Promise<void> {
  for (const folder of p.folders) await mkdir(folder, { recursive: true })
  for (const item of [...p.content, ...p.stubs]) await mkdir(resolve(item.target, '..'), { recursive: true })
}

async function fromGit(
  options: MaterializeOptions,
  dir: string,
  prefixes: string[],
  limits: typeof DEFAULTS
): Promise<{ files: number } | { error: string }> {
  const sha = options.baseSha
  const args = ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', sha]
  if (prefixes.length > 0 && !prefixes.includes('')) args.push('--', ...prefixes)
  const listed = await gitRun(options.workspace, args)
  if (listed.code !== 0) return { error: `git ls-tree failed: ${listed.stderr.trim().slice(0, 200)}` }
  const p = plan(parseLsTree(listed.stdout), dir, prefixes, limits)
  if ('error' in p) return p
  await writeFolders(p)
  const failure = await catFileBatch(
    options.workspace,
    p.content.map(c => c.sha),
    (i, content) => writeFile(p.content[i].target, content, { flag: 'wx' })
  )
  if (failure) return { error: failure }
  for (const stub of p.stubs) await writeSizedStub(stub.target, stub.size)
  return { files: p.content.length + p.stubs.length }
}

/** Runs `task` over `items` with at most `limit` at once; stops starting new ones after a failure. */
async function pool<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<string | undefined>
): Promise<string | undefined> {
  let next = 0
  let failure: string | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const problem = await task(items[next++])
      failure ??= problem
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return failure
}

async function fromApi(
  options: MaterializeOptions,
  client: GitHubClient,
  dir: string,
  prefixes: string[],
  limits: typeof DEFAULTS
): Promise<{ files: number } | { error: string }> {
  const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`
  const tree = await client.request<{ tree?: Entry[]; truncated?: boolean }>(
    'GET',
    `${repoPath}/git/trees/${options.baseSha}`,
    { query: { recursive: 1 } }
  )
  if (!tree.ok)
    return { error: `the tree could not be read through the API: ${describeApiError(tree.error)}` }
  if (tree.data?.truncated)
    return { error: 'GitHub truncated the tree (too many files for one API call), so it is incomplete' }
  const entries = (Array.isArray(tree.data?.tree) ? tree.data.tree : []).map(e => ({
    ...e,
    size: typeof e?.size === 'number' ? e.size : 0
  }))
  const p = plan(entries, dir, prefixes, limits)
  if ('error' in p) return p
  await writeFolders(p)
  const failure = await pool(p.content, limits.concurrency, async item => {
    const blob = await client.request<{ content?: unknown; encoding?: unknown; size?: unknown }>(
      'GET',
      `${repoPath}/git/blobs/${encodeURIComponent(item.sha)}`
    )
    if (!blob.ok) return `${item.rel} could not be fetched: ${describeApiError(blob.error)}`
    const { content: text, encoding } = blob.data ?? {}
    if (typeof text !== 'string' || (encoding !== 'base64' && encoding !== 'utf-8'))
      return `${item.rel} could not be fetched: the API answered without its content`
    const content = encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8')
    if (content.length !== item.size)
      return `${item.rel} could not be fetched completely (${content.length} of ${item.size} bytes)`
    await writeFile(item.target, content, { flag: 'wx' })
    return undefined
  })
  if (failure) return { error: failure }
  for (const stub of p.stubs) await writeSizedStub(stub.target, stub.size)
  return { files: p.content.length + p.stubs.length }
}

export async function materializeBase(options: MaterializeOptions): Promise<MaterializedBase> {
  const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX))
  const cleanup = (): Promise<void> => cleanupBase(dir)
  const role = options.role ?? 'base'
  const what = role === 'head' ? 'the pull request’s head' : 'the base commit'
  const none = (reason: string): MaterializedBase => ({
    dir,
    source: 'none',
    reason: `Could not read ${what} ${String(options.baseSha).slice(0, 12)}: ${reason}.`,
    warning:
      role === 'base'
        ? `Could not read ${what}: ${reason}; findings are not compared.`
        : `Could not read ${what}: ${reason}.`,
    cleanup
  })
  const sha = options.baseSha
  if (!sha || !SHA.test(sha)) {
    const shown = JSON.stringify(String(sha).slice(0, 80))
    return {
      ...none(`${shown} is not a commit id`),
      reason: `Could not read ${what}: ${shown} is not a commit id.`
    }
  }
  const limits = { ...DEFAULTS, ...options.limits }

  const prefixes = (options.paths ?? [])
    .map(p => trimEndChars(p.replace(/\\/g, '/').replace(/^\.(\/|$)/, ''), '/'))
    .filter(p => p === '' || safeRelativePath(p) !== undefined)
  const selection = prefixes.includes('') ? [] : prefixes

  let gitProblem: string | undefined
  if (!options.preferApi) {
    const present = await gitRun(options.workspace, ['cat-file', '-e', `${sha}^{commit}`])
    if (present.code === 0) {
      const read = await fromGit(options, dir, selection, limits)
      if ('files' in read) return { dir, source: 'git', files: read.files, cleanup }
      gitProblem = read.error
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
    } else {
      gitProblem = 'the commit is not in the checkout (a shallow clone? `fetch-depth: 0` fetches it)'
    }
  }

  if (!options.client) return none(`${gitProblem ?? 'git was not used'}, and no token was given for the API`)
  const api = await fromApi(options, options.client, dir, selection, limits)
  if ('error' in api) return none(`${gitProblem ? `${gitProblem}; through the API, ` : ''}${api.error}`)
  return { dir, source: 'api', files: api.files, cleanup }
}
