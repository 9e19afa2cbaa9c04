// Walks the audited root once and sorts what it finds into model roots, each with its licence
// files, card, weights and other files. Nothing here reads file contents except a card's first
// bytes (to tell a model card from a project README); reading is left to later stages. A card read
// whole that way is handed on with its model root (ModelRoot.cardRead), so it is read once.
import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { normalizeConfigPath } from '../config/schema.js'
import type { Finding } from '../types.js'
import { LIMITS, SafeFs, toPosix, type ReadResult } from './safe-fs.js'
import { describesModel, hasModelCardSigns } from './card-signs.js'
import { isUnderAssetFolder, makesModel, markLfsPointers } from './weights.js'
import {
  isUnderCodeFolder,
  isUnderVendoredFolder,
  licenseSubject,
  nameKey,
  subjectNamesModel
} from './license-ties.js'
import {
  isDedicatedCardName,
  isDistinctiveLicenseName,
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
  /** Weights only: the file is a Git LFS pointer (the weights live in LFS storage). */
  lfs?: boolean
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
  /**
   * The card as discovery read it, when that read is the whole file, so that the card stage's own
   * read would give the very same result: handed on, the card is read once. The card stage takes it
   * (and leaves undefined), so that the text is let go once the card is parsed.
   */
  cardRead?: ReadResult | undefined
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
  /** Folders below the audited root that are repositories of their own (hold `.git`). */
  repositories: string[]
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__', '.venv', '.tox'])

function dirOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '.' : p.slice(0, i)
}

/** `p` relative to the folder `dir` that holds it. */
function rel(dir: string, p: string): string {
  return dir === '.' ? p : p.slice(dir.length + 1)
}

function isUnder(dir: string, p: string): boolean {
  return dir === '.' || p === dir || p.startsWith(dir + '/')
}

async function walk(
  safe: SafeFs,
  ignore: (p: string) => boolean,
  findings: Finding[]
): Promise<{ files: RepoFile[]; truncated: boolean; repositories: string[] }> {
  const files: RepoFile[] = []
  const repositories: string[] = []
  let truncated = false
  const stack: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }]
  // Synchronous calls: one folder listing and one stat per file, with no round trip through the
  // thread pool each (which cost more than the calls themselves on thousands of small files).
  while (stack.length > 0) {
    const { rel, depth } = stack.pop()!
    let entries: import('node:fs').Dirent[]
    try {
      entries = fs.readdirSync(safe.abs(rel), { withFileTypes: true })
    } catch {
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // Reading a file of this folder later needs no second listing: its real path is known.
    safe.knowFolder(
      rel,
      entries.filter(e => !e.isSymbolicLink()).map(e => e.name)
    )
    // A folder of clones: each `.git` marks a repository of its own, audited like the root.
    if (rel && entries.some(e => e.name === '.git')) repositories.push(toPosix(rel))
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      const posix = toPosix(childRel)
      if (ignore(posix)) continue
      if (entry.name.includes('\uFFFD')) {
        // A name that is not valid UTF-8 cannot be opened by the name Node gives it: say so, never
        // drop it silently (a licence hidden this way would otherwise count as nothing).
        findings.push(undecodableName(posix, entry.isDirectory()))
        continue
      }
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
          st = fs.statSync(resolved.real)
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
        // A submodule's `.git` file points at its git folder: not part of the model.
        if (entry.name === '.git') continue
        files.push(makeFile(posix, sizeOf(safe.abs(childRel))))
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  repositories.sort()
  return { files, truncated, repositories }
}

/** A file's size; 0 when it vanished while walking or cannot be asked about. */
function sizeOf(abs: string): number {
  try {
    return fs.statSync(abs, { throwIfNoEntry: false })?.size ?? 0
  } catch {
    return 0
  }
}

function undecodableName(posix: string, folder: boolean): Finding {
  const licenceLike = /licen[cs]e|copying|terms|agreement|notice|policy/i.test(posix)
  return {
    rule: 'discovery-limit',
    category: 'config',
    severity: licenceLike || folder ? 'error' : 'warning',
    message: `${posix.split('\uFFFD').join('?')} has a ${folder ? 'folder' : 'file'} name that is not valid UTF-8, so it was not read${folder ? ' (nor anything in it)' : ''}; rename it.`,
    file: posix.split('\uFFFD').join('?')
  }
}

function makeFile(p: string, size: number): RepoFile {
  const role = roleOf(p)
  const file: RepoFile = { path: p, role, size }
  if (role === 'license') file.licenseScore = licenseNameScore(p)
  return file
}

/** What discovery learnt of a card from its first bytes, and the read itself when it holds the whole file. */
interface CardLook {
  card: boolean
  model: boolean
  whole: ReadResult | null
}

/** One reading per card and discovery: the card is read once however often its folder is weighed. */
type CardLooks = Map<string, Promise<CardLook>>

/** Bytes of a card read to tell a model card from a project README. */
const CARD_SIGN_BYTES = 64 * 1024

/**
 * A README.md is a model card when it has front matter or headings that only model cards have; a
 * project README that merely mentions weights or training data is not. Other names always are.
 */
async function looksLikeModelCard(safe: SafeFs, looks: CardLooks, f: RepoFile): Promise<boolean> {
  if (isDedicatedCardName(f.path)) return true
  return (await cardSigns(safe, looks, f)).card
}

/** A repository's README that describes one model (see describesModel). */
async function readmeDescribesModel(safe: SafeFs, looks: CardLooks, f: RepoFile): Promise<boolean> {
  if (isDedicatedCardName(f.path)) return true
  return (await cardSigns(safe, looks, f)).model
}

function cardSigns(safe: SafeFs, looks: CardLooks, f: RepoFile): Promise<CardLook> {
  let cached = looks.get(f.path)
  if (cached === undefined) {
    cached = safe.read(f.path, CARD_SIGN_BYTES).then(r => {
      if (r.kind !== 'text') return { card: false, model: false, whole: null }
      // Not cut at either cap: the card stage's read (at LIMITS.maxTextBytes) gives these same
      // bytes and this same result, so it is kept for it. Any other result is read again there.
      const whole = !r.truncated && r.bytes <= LIMITS.maxTextBytes ? r : null
      return { card: hasModelCardSigns(r.text), model: describesModel(r.text), whole }
    })
    looks.set(f.path, cached)
  }
  return cached
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

/**
 * The model roots: folders with a model card or with real weights (see weights.ts), each
 * repository root (the audited one, and any clone below it), folded together where weights belong
 * to the model above them.
 */
async function findModelRoots(
  safe: SafeFs,
  looks: CardLooks,
  files: RepoFile[],
  repositories: string[]
): Promise<{ dirs: string[]; cardByDir: Map<string, RepoFile> }> {
  const repoRoots = new Set(['.', ...repositories])
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
    if (makesModel(f)) roots.add(dir)
    if (f.role === 'card' && !linkedCards.has(f.path)) {
      const existing = cardByDir.get(dir)
      // Prefer a dedicated MODEL_CARD.md over README.md in the same folder.
      if (!existing || (isDedicatedCardName(f.path) && !isDedicatedCardName(existing.path)))
        cardByDir.set(dir, f)
    }
  }
  for (const [dir, card] of cardByDir) {
    if (repoRoots.has(dir) || (await looksLikeModelCard(safe, looks, card))) roots.add(dir)
  }
  // Every clone in a folder of repositories is audited, even one without a card or weights.
  for (const r of repositories) roots.add(r)
  const hasOwnCard = async (d: string): Promise<boolean> => {
    const card = cardByDir.get(d)
    return card !== undefined && (await looksLikeModelCard(safe, looks, card))
  }
  // A folder of weights without a model card of its own is part of the model that holds it, when
  // one does: diffusers components (unet/, vae/ beside model_index.json), "original/", "onnx/",
  // quantisation folders. Intermediate checkpoints ("checkpoints/step-1000", "checkpoint-500")
  // belong to the model that holds them even when a trainer wrote a card into them.
  const isModelRoot = new Map<string, boolean>()
  // Folders holding weights or a diffusers index, found in one pass (not one pass per folder asked).
  let modelFileDirs: Set<string> | undefined
  const realModel = async (d: string): Promise<boolean> => {
    let v = isModelRoot.get(d)
    if (v === undefined) {
      modelFileDirs ??= new Set(
        files.filter(f => makesModel(f) || isModelIndex(f.path)).map(f => dirOf(f.path))
      )
      v = modelFileDirs.has(d) || (await hasOwnCard(d))
      isModelRoot.set(d, v)
    }
    return v
  }
  // A repository whose README describes a model is that model, whatever stray weights sit below.
  const modelish = async (d: string): Promise<boolean> => {
    if (await realModel(d)) return true
    const card = cardByDir.get(d)
    return repoRoots.has(d) && card !== undefined && (await readmeDescribesModel(safe, looks, card))
  }
  for (const f of files) if (isModelIndex(f.path)) roots.add(dirOf(f.path))
  // Weights in a folder named for what it holds ("checkpoints/", "weights/", "original/", "onnx/")
  // belong to the folder above it; a numbered checkpoint ("step-1000/") does even with its own card.
  for (const r of [...roots]) {
    if (repoRoots.has(r)) continue
    const segs = r.split('/')
    const ownCard = await hasOwnCard(r)
    const i = segs.findIndex(
      seg => isNumberedCheckpoint(seg) || (!ownCard && (isCheckpointFolder(seg) || isWeightsFolder(seg)))
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
    if (ancestor && !repoRoots.has(r) && (await modelish(ancestor))) {
      const between = rel(ancestor, r).split('/')
      if (!(await hasOwnCard(r)) || between.some(isNumberedCheckpoint)) {
        // Its weights are the ancestor's: the ancestor is a model for them.
        isModelRoot.set(ancestor, true)
        continue
      }
    }
    kept.push(r)
    keptSet.add(r)
  }
  // A repository root is a model when it has a card or weights, describes a model, or when nothing
  // under it is (an empty repository is audited as one model so that a missing licence and card are
  // reported).
  const out: string[] = []
  for (const d of kept) {
    if (!repoRoots.has(d)) out.push(d)
    else if ((await modelish(d)) || !kept.some(k => k !== d && isUnder(d, k))) out.push(d)
  }
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return { dirs: out.length > 0 ? out : ['.'], cardByDir }
}

/**
 * Licence files whose name names one (or some) of several models, by the model folder's name
 * ("model_licenses/LICENSE-heron" and models/heron/): path → the model folders it governs. An exact
 * name wins over a prefix ("LICENSE-SDXL" is sdxl/'s, not sdxl-turbo/'s when both exist).
 */
function tieLicensesToModels(
  files: readonly RepoFile[],
  modelDirs: readonly string[]
): Map<string, string[]> {
  const ties = new Map<string, string[]>()
  const named = modelDirs.filter(d => d !== '.').map(d => ({ dir: d, key: nameKey(d.split('/').pop()!) }))
  if (named.length < 2) return ties
  for (const f of files) {
    if (f.role !== 'license' && f.role !== 'use-policy') continue
    const subject = licenseSubject(f.path)
    if (!subject) continue
    const exact = named.filter(m => m.key === subject)
    const matches = exact.length > 0 ? exact : named.filter(m => subjectNamesModel(subject, m.key))
    if (matches.length > 0)
      ties.set(
        f.path,
        matches.map(m => m.dir)
      )
  }
  return ties
}

/**
 * `safe`, when given, is the SafeFs the caller reads the models with: what the walk lists then
 * spares it a second listing of each folder.
 */
export async function discover(
  rootDir: string,
  ignoreGlobs: string[] = [],
  safe?: SafeFs
): Promise<Discovery> {
  safe ??= await SafeFs.open(rootDir)
  const findings: Finding[] = []
  const matchers = ignoreGlobs.map(g => picomatch(normalizeConfigPath(g), { dot: true }))
  const ignore = (p: string) => matchers.some(m => m(p) || m(p + '/'))
  const { files, truncated, repositories } = await walk(safe, ignore, findings)
  await markLfsPointers(safe, files)
  if (truncated) {
    findings.push({
      rule: 'discovery-limit',
      category: 'config',
      severity: 'warning',
      message: `Discovery stopped at ${LIMITS.maxFiles} files or ${LIMITS.maxDepth} folders deep; use 'ignore' to leave out data folders.`
    })
  }
  const looks: CardLooks = new Map()
  const { dirs: modelDirs, cardByDir } = await findModelRoots(safe, looks, files, repositories)

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
  const tiedTo = tieLicensesToModels(files, modelDirs)
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
    // Licence files named as such anywhere in the model's own tree (weights/LICENSE-WEIGHTS,
    // docs/HERON_LICENSE.md), unless kept with vendored code, tests or assets.
    const seen = new Set(licenseFiles.map(f => f.path))
    for (const f of own) {
      if (seen.has(f.path) || (f.role !== 'license' && f.role !== 'use-policy')) continue
      const inside = rel(dir, f.path)
      if (!isDistinctiveLicenseName(inside) || isUnderVendoredFolder(inside) || isUnderAssetFolder(inside))
        continue
      licenseFiles.push(f)
      seen.add(f.path)
    }
    // A licence named for another model of the repository is that model's, not this one's.
    licenseFiles = licenseFiles.filter(f => {
      const ties = tiedTo.get(f.path)
      return ties === undefined || ties.includes(dir)
    })
    return {
      path: dir,
      card: cardByDir.get(dir) ?? null,
      licenseFiles: [...licenseFiles].sort(
        (a, b) => (b.licenseScore ?? 0) - (a.licenseScore ?? 0) || (a.path < b.path ? -1 : 1)
      ),
      licenseFrom: from,
      // Weights kept with tests, fixtures or assets are theirs, not the model's.
      weights: own.filter(f => f.role === 'weights' && !isUnderAssetFolder(rel(dir, f.path))),
      dataCards: own.filter(f => f.role === 'data-card'),
      files: own,
      sharedFiles
    }
  })
  // A licence in a model's own subfolder ("weights/LICENSE") governs no folder of models by the rule
  // above, yet it is part of that model's release: it joins the model's licence files instead of
  // being dropped without a word.
  // Licences kept with vendored code, tests, assets or the source folder are those of that code.
  const attached = new Set(models.flatMap(m => m.licenseFiles.map(f => f.path)))
  const modelByPath = new Map(models.map(m => [m.path, m]))
  for (const f of files) {
    if ((f.role !== 'license' && f.role !== 'use-policy') || attached.has(f.path)) continue
    const ownerDir = ownerOf(f.path)
    const owner = ownerDir === null ? undefined : modelByPath.get(ownerDir)
    if (!owner) continue
    const inside = rel(owner.path, f.path)
    if (isUnderVendoredFolder(inside) || isUnderAssetFolder(inside) || isUnderCodeFolder(inside)) continue
    // A licence named for another model of the repository stays that model's.
    const ties = tiedTo.get(f.path)
    if (ties !== undefined && !ties.includes(owner.path)) continue
    owner.licenseFiles.push(f)
  }
  // A card read whole while weighing its folder goes with its model: the card stage reads it no more.
  for (const m of models) {
    const look = m.card ? looks.get(m.card.path) : undefined
    const whole = look ? (await look).whole : null
    if (whole) m.cardRead = whole
  }
  return { root: safe.root, files, models, findings, truncated, repositories }
}
