// The base commit's tree in a temporary folder, so the engine can audit it like the head.
// From git history when the checkout has the commit (git archive | tar -x), otherwise from the REST
// API (tree + blobs of licence, card and small text files; other files as empty placeholders so
// presence is kept). Never writes outside the temporary folder. The caller removes it (cleanupBase).
import { spawn, execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import type { GitHubClient } from '../github/client.js'
import { trimEndChars } from '../text/trim.js'

export interface BaseLimits {
  /** Blobs fetched with their content (default 200). */
  maxBlobs?: number
  /** Largest blob fetched (default 512 KiB). */
  maxBlobBytes?: number
  /** Entries (files and folders) written at all (default 20,000). */
  maxEntries?: number
}

export interface MaterializeOptions {
  workspace: string
  baseSha: string
  client?: GitHubClient
  owner: string
  repo: string
  /** Limit to these repository-relative folders or files (e.g. the audited path). */
  paths?: string[]
  limits?: BaseLimits
  /** Skip git even when the commit is there (tests). */
  preferApi?: boolean
}

export interface MaterializedBase {
  dir: string
  source: 'git' | 'api' | 'none'
  warning?: string
  /** Files written from the API (with content or as placeholders). */
  files?: number
  cleanup: () => Promise<void>
}

const TEMP_PREFIX = 'moa-base-'
const SHA = /^[0-9a-f]{7,64}$/i

/** Files whose content the audit reads: licences, notices, cards, configs and other small text. */
const CONTENT_NAME =
  /^(licen[cs]e|copying|notice|readme|model[-_ ]?card|use[-_ ]?policy|acceptable[-_ ]?use|responsible[-_ ]?use|citation)/i
const CONTENT_EXT = /\.(md|markdown|txt|rst|ya?ml|json|cff|toml|cfg|ini|spdx)$/i
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

function run(
  file: string,
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(done => {
    execFile(file, args, { cwd, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error
        ? typeof (error as { code?: unknown }).code === 'number'
          ? (error as { code: number }).code
          : 1
        : 0
      done({ code, stdout: String(stdout), stderr: String(stderr) })
    })
  })
}

/** git archive <sha> [-- paths] | tar -x -C dir, with argument arrays and no shell. */
function archiveInto(
  workspace: string,
  sha: string,
  dir: string,
  paths: string[]
): Promise<string | undefined> {
  return new Promise(done => {
    // No LFS smudge: weights stay pointer files (presence, not content), and nothing is downloaded.
    const args = [
      '-C',
      workspace,
      '-c',
      'filter.lfs.smudge=',
      '-c',
      'filter.lfs.process=',
      '-c',
      'filter.lfs.required=false',
      'archive',
      '--format=tar',
      sha
    ]
    if (paths.length > 0) args.push('--', ...paths)
    const git = spawn('git', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1', GIT_TERMINAL_PROMPT: '0' }
    })
    const tar = spawn('tar', ['-x', '-f', '-', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] })
    let gitErr = ''
    let tarErr = ''
    let pending = 2
    let failure: string | undefined
    const finish = (): void => {
      if (--pending === 0) done(failure)
    }
    git.stderr.on('data', chunk => (gitErr += chunk))
    tar.stderr.on('data', chunk => (tarErr += chunk))
    git.stdout.pipe(tar.stdin)
    tar.stdin.on('error', () => undefined)
    git.on('error', e => {
      failure ??= `git: ${e.message}`
      tar.stdin.end()
    })
    tar.on('error', e => {
      failure ??= `tar: ${e.message}`
      git.kill()
    })
    git.on('close', code => {
      if (code !== 0) failure ??= `git archive failed: ${gitErr.trim()}`
      finish()
    })
    tar.on('close', code => {
      if (code !== 0) failure ??= `tar failed: ${tarErr.trim()}`
      finish()
    })
  })
}

interface TreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size?: number
}

function selected(path: string, prefixes: string[]): boolean {
  if (prefixes.length === 0) return true
  return prefixes.some(p => p === '' || path === p || path.startsWith(`${p}/`) || p.startsWith(`${path}/`))
}

function wantsContent(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (WEIGHT_EXT.test(name)) return false
  return CONTENT_NAME.test(name) || CONTENT_EXT.test(name)
}

async function fromApi(
  options: MaterializeOptions,
  client: GitHubClient,
  dir: string,
  prefixes: string[]
): Promise<{ files: number; warning?: string } | { error: string }> {
  const maxBlobs = options.limits?.maxBlobs ?? 200
  const maxBlobBytes = options.limits?.maxBlobBytes ?? 512 * 1024
  const maxEntries = options.limits?.maxEntries ?? 20_000
  const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`
  const tree = await client.request<{ tree?: TreeEntry[]; truncated?: boolean }>(
    'GET',
    `${repoPath}/git/trees/${options.baseSha}`,
    {
      query: { recursive: 1 }
    }
  )
  if (!tree.ok)
    return { error: `could not read the base tree from the API (${tree.status} ${tree.error.message})` }
  const entries = Array.isArray(tree.data?.tree) ? tree.data.tree : []
  const notes: string[] = []
  if (tree.data?.truncated) notes.push('the base tree is too large for one API call, so it is incomplete')

  let written = 0
  let blobs = 0
  let skipped = 0
  let refused = 0
  for (const entry of entries) {
    if (written >= maxEntries) {
      notes.push(`only the first ${maxEntries} entries were written`)
      break
    }
    if (!entry || typeof entry.path !== 'string') continue
    const rel = safeRelativePath(entry.path)
    const target = rel ? inside(dir, rel) : undefined
    if (!rel || !target) {
      refused++
      continue
    }
    if (!selected(rel, prefixes)) continue
    if (entry.type === 'tree') {
      await mkdir(target, { recursive: true })
      continue
    }
    if (entry.type !== 'blob' || entry.mode === '120000') continue // submodules and symlinks are not followed
    await mkdir(resolve(target, '..'), { recursive: true })
    let content: Buffer = Buffer.alloc(0)
    if (wantsContent(rel) && (entry.size ?? 0) <= maxBlobBytes && blobs < maxBlobs) {
      blobs++
      const blob = await client.request<{ content?: string; encoding?: string }>(
        'GET',
        `${repoPath}/git/blobs/${entry.sha}`
      )
      if (blob.ok && typeof blob.data?.content === 'string') {
        content =
          blob.data.encoding === 'base64'
            ? Buffer.from(blob.data.content, 'base64')
            : Buffer.from(blob.data.content, 'utf8')
        if (content.length > maxBlobBytes) content = Buffer.alloc(0)
      } else {
        skipped++
      }
    } else if (wantsContent(rel)) {
      skipped++
    }
    await writeFile(target, content, { flag: 'wx' }).catch(() => undefined)
    written++
  }
  if (skipped)
    notes.push(
      `${skipped} text file(s) were kept as empty placeholders (size or count cap, or a failed download)`
    )
  if (refused) notes.push(`${refused} unsafe path(s) were refused`)
  return {
    files: written,
    warning: notes.length ? `Base tree from the API: ${notes.join('; ')}.` : undefined
  }
}

export async function materializeBase(options: MaterializeOptions): Promise<MaterializedBase> {
  const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX))
  const cleanup = (): Promise<void> => cleanupBase(dir)
  const none = (warning: string): MaterializedBase => ({ dir, source: 'none', warning, cleanup })
  const sha = options.baseSha
  if (!sha || !SHA.test(sha))
    return none(
      `The base commit "${String(sha).slice(0, 80)}" is not a commit id; findings are not compared.`
    )

  const prefixes = (options.paths ?? [])
    .map(p => trimEndChars(p.replace(/\\/g, '/').replace(/^\.(\/|$)/, ''), '/'))
    .filter(p => p === '' || safeRelativePath(p) !== undefined)
  const onlyRoot = prefixes.length === 0 || prefixes.includes('')

  let gitProblem: string | undefined
  if (!options.preferApi) {
    const present = await run(
      'git',
      ['-C', options.workspace, 'cat-file', '-e', `${sha}^{commit}`],
      options.workspace
    ).catch(() => ({
      code: 1,
      stdout: '',
      stderr: 'git not available'
    }))
    if (present.code === 0) {
      // Only archive paths that exist in the base (a new folder in the PR would make git archive fail).
      let paths: string[] = []
      if (!onlyRoot) {
        for (const p of prefixes) {
          const exists = await run(
            'git',
            ['-C', options.workspace, 'cat-file', '-e', `${sha}:${p}`],
            options.workspace
          )
          if (exists.code === 0) paths.push(p)
        }
        if (paths.length === 0) return { dir, source: 'git', cleanup }
      }
      const failure = await archiveInto(options.workspace, sha, dir, paths)
      if (!failure) return { dir, source: 'git', cleanup }
      gitProblem = failure
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
      paths = []
    } else {
      gitProblem = 'the base commit is not in the checkout (shallow clone? use `fetch-depth: 0`)'
    }
  }

  if (!options.client)
    return none(
      `Could not read the base commit: ${gitProblem ?? 'no API client'}; findings are not compared.`
    )
  const api = await fromApi(options, options.client, dir, onlyRoot ? [] : prefixes)
  if ('error' in api)
    return none(
      `Could not read the base commit: ${gitProblem ? `${gitProblem}, and ` : ''}${api.error}; findings are not compared.`
    )
  return { dir, source: 'api', warning: api.warning, files: api.files, cleanup }
}
