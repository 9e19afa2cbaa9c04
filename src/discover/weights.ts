// Which weight-named files are a model's weights. A file named like weights (model.safetensors,
// filter.npz) is real only when it is big enough to hold parameters (1 MiB or more) or is a Git
// LFS pointer to such a file; and weights kept with tests, fixtures, assets or examples are
// material for those, not a model.
import type { RepoFile } from './discover.js'
import type { SafeFs } from './safe-fs.js'

/** Below this size a weights file is a test fixture or a filter, not a model's parameters. */
export const REAL_WEIGHTS_BYTES = 1024 * 1024

/** At most this many small weight files are opened to look for an LFS pointer. */
const MAX_POINTER_PEEKS = 5000

const ASSET_FOLDER =
  /^(?:tests?|__tests__|fixtures?|__fixtures__|test[-_]?fixtures?|assets?|examples?|testdata|test[-_]data|samples?|demos?)$/i

/** A folder that holds material for tests, demos or documentation (tests/, fixtures/, assets/, …). */
export function isAssetFolderName(name: string): boolean {
  return ASSET_FOLDER.test(name)
}

/** Whether a path (relative to the model or the audited root) lies under an asset folder. */
export function isUnderAssetFolder(relPath: string): boolean {
  return relPath.split('/').slice(0, -1).some(isAssetFolderName)
}

/** `model.safetensors.index.json`: the map of a sharded checkpoint, written only for real weights. */
export function isWeightsIndex(relPath: string): boolean {
  const lower = relPath.toLowerCase()
  return lower.endsWith('.safetensors.index.json') || lower.endsWith('.bin.index.json')
}

/** A weights file holding parameters: 1 MiB or more, or an LFS pointer (never an index). */
export function isRealWeights(f: RepoFile): boolean {
  return f.role === 'weights' && !isWeightsIndex(f.path) && (f.size >= REAL_WEIGHTS_BYTES || f.lfs === true)
}

/** Weights that make the folder holding them a model root. */
export function makesModel(f: RepoFile): boolean {
  if (f.role !== 'weights' || isUnderAssetFolder(f.path)) return false
  return isRealWeights(f) || isWeightsIndex(f.path)
}

/** Marks small weight files that are Git LFS pointers (`lfs: true`); reads at most their head. */
export async function markLfsPointers(safe: SafeFs, files: readonly RepoFile[]): Promise<void> {
  const candidates = files
    .filter(
      f =>
        f.role === 'weights' &&
        f.size < REAL_WEIGHTS_BYTES &&
        !isWeightsIndex(f.path) &&
        f.size !== 0 &&
        !isUnderAssetFolder(f.path)
    )
    .slice(0, MAX_POINTER_PEEKS)
  // A few heads at once: each read waits on the file system, not the CPU.
  let next = 0
  const peek = async (): Promise<void> => {
    while (next < candidates.length) {
      const f = candidates[next++]!
      const r = await safe.read(f.path, 256)
      if (r.kind === 'lfs-pointer') f.lfs = true
    }
  }
  await Promise.all(Array.from({ length: Math.min(PEEKS_AT_ONCE, candidates.length) }, peek))
}

const PEEKS_AT_ONCE = 8
