// Walks the audited root once and sorts what it finds into model roots, each with its licence
// files, card, weights and other files. Nothing here reads file contents except a card's first
// bytes (to tell a model card from a project README); reading is left to later stages.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { normalizeConfigPath } from '../config/schema.js'
import type { Finding } from '../types.js'
import { LIMITS, SafeFs, toPosix } from './safe-fs.js'
import {
  isDedicatedCardName,
  isLicenseFolderName,
  licenseNameScore,
  roleOf,
  type FileRole
} from './file-kinds.js'

export interface RepoFile {
  /** "/" separated, relative to the audited root. */
  path: string
  role: FileRole
  size: number
  /** Licence files only: how surely the name says "licence" (licensee-style score). */
  licenseScore?: number
  /** A symbolic link inside the root: the file it points to, relative to the root. */
  linkTarget?: string
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
        if (st.isFile()) {
          const f = makeFile(posix, st.size)
          f.linkTarget = toPosix(path.relative(safe.root, resolved.real))
          files.push(f)
        }
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
  let cached = cardLooks.get(safe)?.get(f.path)
  if (cached === undefined) {
    cached = readLooksLikeModelCard(safe, f)
    if (!cardLooks.has(safe)) cardLooks.set(safe, new Map())
    cardLooks.get(safe)!.set(f.path, cached)
  }
  return cached
}

/** One answer per card and discovery: the card is read once however often its folder is weighed. */
const cardLooks = new WeakMap<SafeFs, Map<string, Promise<boolean>>>()

async function readLooksLikeModelCard(safe: SafeFs, f: RepoFile): Promise<boolean> {
  const r = await safe.read(f.path, 64 * 1024)
  if (r.kind !== 'text') return false
  const head = r.text.replace(/^\s+/, '')
  if (head.startsWith('---\n')) return true
  return r.text.split('\n').some(line => CARD_HEADING.test(line))
}

/** A diffusers pipeline's index: the folder holding it is one model made of its component folders. */
function isModelIndex(p: string): boolean {
  return p.split('/').pop() === 'model_index.json'
}

/** checkpoint-500, step-1000, step_1000, global_step200, epoch-3, iter_0004000, ckpt-12. */
function isNumberedCheckpoint(name: string): boolean {
  return /^(checkpoint|ckpt|step|global[-_]?step|epoch|iter(ation)?)[-_]?\d+[a-z]?$/i.test(name)
}

/** checkpoints/, ckpt/, intermediate_checkpoints/, or a numbered checkpoint. */
function isCheckpointFolder(name: string): boolean {
  return /^(checkpoints?|ckpts?|intermediate([-_ ]?checkpoints?)?)$/i.test(name) || isNumberedCheckpoint(name)
}

/** Folders that hold a model's weights in another form, not another model. */
function isWeightsFolder(name: string): boolean {
  return /^(weights|original|onnx|openvino|coreml|tflite|gguf|ggml|mlx|fp16|bf16|fp32|int4|int8|quantized|safetensors|pytorch|tf|flax|jax)$/i.test(
    name
  )
}

const CARD_HEADING =
  /^#{1,4}\s{0,3}(?:\*\*)?\s?(model card|model details|model description|model information|model summary|intended uses?)\b/i

export async function discover(rootDir: string, ignoreGlobs: string[] = []): Promise<Discovery> {
  const safe = await SafeFs.open(rootDir)
  const findings: Finding[] = []
  const matchers = ignoreGlobs.map(g => picomatch(normalizeConfigPath(g), { dot: true }))
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
  // A card that another folder's README links to (README.md -> docs/MODEL_CARD.md) is that folder's
  // card, not a model of its own where it sits.
  const linkedCards = new Set(
    files
      .filter(f => f.role === 'card' && f.linkTarget && dirOf(f.linkTarget) !== dirOf(f.path))
      .map(f => f.linkTarget!)
  )
  for (const f of files) {
    const dir = dirOf(f.path)
    if (f.role === 'weights') roots.add(dir)
    if (f.role === 'card' && !linkedCards.has(f.path)) {
      const existing = cardByDir.get(dir)
      // Prefer a dedicated MODEL_CARD.md over README.md in the same folder.
      if (!existing || (isDedicatedCardName(f.path) && !isDedicatedCardName(existing.path)))
        cardByDir.set(dir, f)
    }
  }
  for (const [dir, card] of cardByDir) {
    if (dir === '.' || (await looksLikeModelCard(safe, card))) roots.add(dir)
  }
  // A folder of weights without a model card of its own is part of the model that holds it, when
  // one does: diffusers components (unet/, vae/ beside model_index.json), "original/", "onnx/",
  // quantisation folders. Intermediate checkpoints ("checkpoints/step-1000", "checkpoint-500")
  // belong to the model that holds them even when a trainer wrote a card into them.
  const isModelRoot = new Map<string, boolean>()
  // Folders holding weights or a diffusers index, found in one pass (not one pass per folder asked).
  const weightDirs = new Set(
    files.filter(f => f.role === 'weights' || isModelIndex(f.path)).map(f => dirOf(f.path))
  )
  const realModel = async (d: string): Promise<boolean> => {
    let v = isModelRoot.get(d)
    if (v === undefined) {
      const card = cardByDir.get(d)
      v = weightDirs.has(d) || (card !== undefined && (await looksLikeModelCard(safe, card)))
      isModelRoot.set(d, v)
    }
    return v
  }
  for (const f of files) if (isModelIndex(f.path)) roots.add(dirOf(f.path))
  // Weights in a folder named for what it holds ("checkpoints/", "weights/", "original/", "onnx/")
  // belong to the folder above it; a numbered checkpoint ("step-1000/") does even with its own card.
  for (const r of [...roots]) {
    if (r === '.') continue
    const segs = r.split('/')
    const card = cardByDir.get(r)
    const hasOwnCard = card !== undefined && (await looksLikeModelCard(safe, card))
    const i = segs.findIndex(
      seg => isNumberedCheckpoint(seg) || (!hasOwnCard && (isCheckpointFolder(seg) || isWeightsFolder(seg)))
    )
    if (i < 0) continue
    const up = i === 0 ? '.' : segs.slice(0, i).join('/')
    roots.delete(r)
    roots.add(up)
    isModelRoot.set(up, true)
  }
  const sorted = [...roots].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  const kept: string[] = []
  const keptSet = new Set<string>()
  // The nearest kept folder above `r`, found by walking up its path (kept holds only shorter paths).
  const keptAncestor = (r: string): string | undefined => {
    if (r === '.') return undefined
    for (let d = dirOf(r); ; d = dirOf(d)) {
      if (keptSet.has(d)) return d
      if (d === '.') return undefined
    }
  }
  for (const r of sorted) {
    const ancestor = keptAncestor(r)
    if (ancestor && (await realModel(ancestor))) {
      const between = (ancestor === '.' ? r : r.slice(ancestor.length + 1)).split('/')
      const card = cardByDir.get(r)
      const hasOwnCard = card !== undefined && (await looksLikeModelCard(safe, card))
      if (!hasOwnCard || between.some(isNumberedCheckpoint)) continue
    }
    kept.push(r)
    keptSet.add(r)
  }
  // The root is a model when it has a card or weights, or when nothing else is (an empty repository
  // is audited as one model so that a missing licence and card are reported).
  const rootIsModel = kept.includes('.') && ((await realModel('.')) || kept.length === 1)
  let modelDirs = kept.filter(d => d !== '.' || rootIsModel)
  if (modelDirs.length === 0) modelDirs = ['.']

  const licenseDirs = new Map<string, RepoFile[]>()
  for (const f of files) {
    if (f.role === 'license' || f.role === 'use-policy' || f.role === 'notice') {
      // LICENSES/<id>.txt governs the folder that holds LICENSES/.
      let dir = dirOf(f.path)
      // LICENSES/<id>.txt (and LICENSE/<id>.txt) govern the folder that holds that folder.
      if (isLicenseFolderName(dir.split('/').pop()!)) dir = dirOf(dir)
      if (!licenseDirs.has(dir)) licenseDirs.set(dir, [])
      licenseDirs.get(dir)!.push(f)
    }
  }

  // The nearest model folder above a file, found by walking up its path: files × depth, not files × models.
  const modelSet = new Set(modelDirs)
  const ownerOf = (p: string): string | null => {
    for (let d = dirOf(p); ; d = dirOf(d)) {
      if (modelSet.has(d)) return d
      if (d === '.') return null
    }
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
    // The nearest folder with a licence governs; a use policy or NOTICE alone in a nearer folder
    // adds to the licence inherited from above instead of hiding it.
    let nearest: string | null = null
    for (let d: string = dir; ; d = dirOf(d)) {
      const here = licenseDirs.get(d)
      if (here) {
        nearest ??= d
        licenseFiles = [...licenseFiles, ...here]
        if (here.some(f => f.role === 'license')) {
          from = d
          break
        }
      }
      if (d === '.') break
    }
    from ??= nearest
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
