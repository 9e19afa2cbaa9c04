// Walks the audited root once and sorts what it finds into model roots, each with its licence
// files, card, weights and other files. Nothing here reads file contents except a card's first
// bytes (to tell a model card from a project README); reading is left to later stages.
import { promises as fs } from 'node:fs'
import picomatch from 'picomatch'
import type { Finding } from '../types.js'
import { LIMITS, SafeFs, toPosix } from './safe-fs.js'
import { isDedicatedCardName, licenseNameScore, roleOf, type FileRole } from './file-kinds.js'

export interface RepoFile {
  /** "/" separated, relative to the audited root. */
  path: string
  role: FileRole
  size: number
  /** Licence files only: how surely the name says "licence" (licensee-style score). */
  licenseScore?: number
}

export interface ModelRoot {
  /** "." for the audited root, else a relative folder. */
  path: string
  card: RepoFile | null
  /** Licence, use-policy and notice files governing this model (its own, or the nearest ancestor's). */
  licenseFiles: RepoFile[]
  /** Where the governing licence files were found ("." when inherited from the root). */
  licenseFrom: string | null
  weights: RepoFile[]
  dataCards: RepoFile[]
  /** Every other file under the model root that belongs to no nested model. */
  files: RepoFile[]
  /**
   * Files that belong to no model at all (a monorepo's shared src/, scripts/, recipes/): code
   * there serves every model, so each model is credited with it.
   */
  sharedFiles: RepoFile[]
}

export interface Discovery {
  root: string
  files: RepoFile[]
  models: ModelRoot[]
  findings: Finding[]
  truncated: boolean
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__', '.venv', '.tox'])

function dirOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '.' : p.slice(0, i)
}

function isUnder(dir: string, p: string): boolean {
  return dir === '.' || p === dir || p.startsWith(dir + '/')
}

async function walk(
  safe: SafeFs,
  ignore: (p: string) => boolean,
  findings: Finding[]
): Promise<{ files: RepoFile[]; truncated: boolean }> {
  const files: RepoFile[] = []
  let truncated = false
  const stack: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }]
  while (stack.length > 0) {
    const { rel, depth } = stack.pop()!
    let entries: import('node:fs').Dirent[]
    try {
      entries = await fs.readdir(safe.abs(rel), { withFileTypes: true })
    } catch {
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      const posix = toPosix(childRel)
      if (ignore(posix)) continue
      if (files.length >= LIMITS.maxFiles) {
        truncated = true
        break
      }
      if (entry.isSymbolicLink()) {
        const resolved = await safe.resolveInside(childRel)
        if (!resolved.ok) {
          // The target is never read nor printed: only the link's own path is reported.
          findings.push({
            rule: 'unsafe-path',
            category: 'unsafe-path',
            severity: 'error',
            message: `${posix} is a symbolic link that leaves the audited root or is broken; it was not read.`,
            file: posix
          })
          continue
        }
        let st: import('node:fs').Stats
        try {
          st = await fs.stat(resolved.real)
        } catch {
          continue
        }
        // Links to folders inside the root are not followed: their files are seen at their real place.
        if (st.isFile()) files.push(makeFile(posix, st.size))
        continue
      }
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) continue
        if (depth + 1 > LIMITS.maxDepth) {
          truncated = true
          continue
        }
        stack.push({ rel: childRel, depth: depth + 1 })
      } else if (entry.isFile()) {
        let size = 0
        try {
          size = (await fs.stat(safe.abs(childRel))).size
        } catch {
          /* vanished while walking */
        }
        files.push(makeFile(posix, size))
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, truncated }
}

function makeFile(p: string, size: number): RepoFile {
  const role = roleOf(p)
  const file: RepoFile = { path: p, role, size }
  if (role === 'license') file.licenseScore = licenseNameScore(p)
  return file
}

/**
 * A README.md is a model card when it has front matter or headings that only model cards have; a
 * project README that merely mentions weights or training data is not. Other names always are.
 */
async function looksLikeModelCard(safe: SafeFs, f: RepoFile): Promise<boolean> {
  if (isDedicatedCardName(f.path)) return true
  const r = await safe.read(f.path, 64 * 1024)
  if (r.kind !== 'text') return false
  const head = r.text.replace(/^\s+/, '')
  if (head.startsWith('---\n')) return true
  return r.text.split('\n').some(line => CARD_HEADING.test(line))
}

const CARD_HEADING =
  /^#{1,4}\s{0,3}(?:\*\*)?\s?(model card|model details|model description|model information|model summary|intended uses?)\b/i

export async function discover(rootDir: string, ignoreGlobs: string[] = []): Promise<Discovery> {
  const safe = await SafeFs.open(rootDir)
  const findings: Finding[] = []
  const matchers = ignoreGlobs.map(g => picomatch(g, { dot: true }))
  const ignore = (p: string) => matchers.some(m => m(p) || m(p + '/'))
  const { files, truncated } = await walk(safe, ignore, findings)
  if (truncated) {
    findings.push({
      rule: 'discovery-limit',
      category: 'config',
      severity: 'warning',
      message: `Discovery stopped at ${LIMITS.maxFiles} files or ${LIMITS.maxDepth} folders deep; use 'ignore' to leave out data folders.`
    })
  }

  // Candidate model roots: folders holding weights or a model card.
  const roots = new Set<string>()
  const cardByDir = new Map<string, RepoFile>()
  for (const f of files) {
    const dir = dirOf(f.path)
    if (f.role === 'weights') roots.add(dir)
    if (f.role === 'card') {
      const existing = cardByDir.get(dir)
      // Prefer a dedicated MODEL_CARD.md over README.md in the same folder.
      if (!existing || (isDedicatedCardName(f.path) && !isDedicatedCardName(existing.path)))
        cardByDir.set(dir, f)
    }
  }
  for (const [dir, card] of cardByDir) {
    if (dir === '.' || (await looksLikeModelCard(safe, card))) roots.add(dir)
  }
  // Weights inside e.g. "checkpoints/step-100" belong to the model that holds that folder, when one does.
  const sorted = [...roots].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  const kept: string[] = []
  for (const r of sorted) {
    const ancestor = kept.find(k => k !== r && isUnder(k, r))
    const hasOwnCard = cardByDir.has(r) && r !== '.'
    if (ancestor && !hasOwnCard && files.some(f => f.role === 'weights' && dirOf(f.path) === ancestor))
      continue
    kept.push(r)
  }
  // The root is a model when it has a card or weights, or when nothing else is (an empty repository
  // is audited as one model so that a missing licence and card are reported).
  const rootIsModel =
    kept.includes('.') &&
    (files.some(f => f.role === 'weights' && dirOf(f.path) === '.') ||
      (cardByDir.has('.') && (await looksLikeModelCard(safe, cardByDir.get('.')!))) ||
      kept.length === 1)
  let modelDirs = kept.filter(d => d !== '.' || rootIsModel)
  if (modelDirs.length === 0) modelDirs = ['.']

  const licenseDirs = new Map<string, RepoFile[]>()
  for (const f of files) {
    if (f.role === 'license' || f.role === 'use-policy' || f.role === 'notice') {
      // LICENSES/<id>.txt governs the folder that holds LICENSES/.
      let dir = dirOf(f.path)
      if (dir.split('/').pop()!.toLowerCase() === 'licenses') dir = dirOf(dir)
      if (!licenseDirs.has(dir)) licenseDirs.set(dir, [])
      licenseDirs.get(dir)!.push(f)
    }
  }

  const ownerOf = (p: string): string | null => {
    let best: string | null = null
    for (const d of modelDirs) if (isUnder(d, p) && (best === null || d.length > best.length)) best = d
    return best
  }

  // Each file's owner is worked out once: a monorepo of many models must not cost models × files.
  const byOwner = new Map<string | null, RepoFile[]>()
  for (const f of files) {
    const owner = ownerOf(f.path)
    if (!byOwner.has(owner)) byOwner.set(owner, [])
    byOwner.get(owner)!.push(f)
  }
  const sharedFiles = (byOwner.get(null) ?? []).filter(f => f.role === 'other')
  const models: ModelRoot[] = modelDirs.map(dir => {
    let from: string | null = null
    let licenseFiles: RepoFile[] = []
    for (let d: string = dir; ; d = dirOf(d)) {
      if (licenseDirs.has(d)) {
        from = d
        licenseFiles = licenseDirs.get(d)!
        break
      }
      if (d === '.') break
    }
    const own = byOwner.get(dir) ?? []
    return {
      path: dir,
      card: cardByDir.get(dir) ?? null,
      licenseFiles: [...licenseFiles].sort(
        (a, b) => (b.licenseScore ?? 0) - (a.licenseScore ?? 0) || (a.path < b.path ? -1 : 1)
      ),
      licenseFrom: from,
      weights: own.filter(f => f.role === 'weights'),
      dataCards: own.filter(f => f.role === 'data-card'),
      files: own,
      sharedFiles
    }
  })
  return { root: safe.root, files, models, findings, truncated }
}
