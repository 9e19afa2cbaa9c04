// Compiled code kept between runs of the CLI, so that a second run skips most of compiling the
// engine (a fifth of a one-repository audit). Node >= 22.1 does this itself
// (module.enableCompileCache); on older Node, the bundle's chunks are compiled here with a V8 code
// cache of our own.
//
// The cache is only an optimisation and is trusted no further than the user's own files:
// - it lives in a folder the user owns that no one else may write to (NODE_COMPILE_CACHE, else
//   $XDG_CACHE_HOME or ~/.cache); a folder that fails that test is not used;
// - an entry is named by the SHA-1 of the exact source it was made from, and V8 rejects one made
//   by another version of itself or with other flags (the entry is then made again);
// - an entry holds the functions compiled by the runs that wrote it: the first run's, then those
//   the next runs added (see LEARNING_RUNS), so that a first run on a folder with no licence does
//   not leave the clause detectors out of the cache for good;
// - nothing is ever required of it: a missing, unreadable, stale or corrupt entry means compiling
//   as usual, and a folder that cannot be written (a read-only home) means not caching.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off.
import { isAscii } from 'node:buffer'
import fs from 'node:fs'
import nodeModule from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'

type Env = Record<string, string | undefined>

/** The chunk files ncc writes beside the CLI's entry (`412.index.js`): the only files cached. */
const CHUNK = /^\d+\.index\.js$/

/** The folder the cache goes in: Node's own variable first, then the user's cache folder. */
export function cacheFolder(env: Env, version: string): string | null {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return null
  if (env['NODE_COMPILE_CACHE']) return path.resolve(env['NODE_COMPILE_CACHE'])
  const base =
    env['XDG_CACHE_HOME'] ||
    (process.platform === 'win32' ? env['LOCALAPPDATA'] : undefined) ||
    path.join(os.homedir(), '.cache')
  // One folder per CLI version and runtime: entries of other builds are never even looked at.
  return path.join(base, 'model-openness-audit', `${version}-node${process.version}-${process.arch}`)
}

/** Creates the folder if need be; true when it is a real folder of this user that only they may write to. */
export function usableFolder(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    const st = fs.lstatSync(dir)
    if (!st.isDirectory()) return false
    if (process.platform === 'win32') return true
    const uid = process.getuid?.()
    return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0
  } catch {
    return false
  }
}

/**
 * Runs that write an entry: the first (a missing entry), then each of the next ones that add
 * what they compiled besides (about 10 ms each, at exit). Later runs only read it. An entry of
 * generation g < LEARNING_RUNS is named `<sha1>.<g>.v8`, a finished one `<sha1>.v8`.
 */
export const LEARNING_RUNS = 3

/** The entry file of a source hash at a generation (1 … LEARNING_RUNS). */
export function entryFile(cacheDir: string, hash: string, generation: number): string {
  return path.join(cacheDir, generation >= LEARNING_RUNS ? `${hash}.v8` : `${hash}.${generation}.v8`)
}

/** The newest entry of a source hash: its data, generation and file, or generation 0 when none. */
function readEntry(cacheDir: string, hash: string): { data?: Buffer; generation: number; file?: string } {
  for (let g = LEARNING_RUNS; g >= 1; g--) {
    const file = entryFile(cacheDir, hash, g)
    try {
      return { data: fs.readFileSync(file), generation: g, file }
    } catch {
      // Not there (or unreadable): an older generation, or none.
    }
  }
  return { generation: 0 }
}

interface Pending {
  script: vm.Script
  /** The entry to write. */
  file: string
  /** The entry it replaces (removed once the new one is in place). */
  replaces?: string
  /** What the entry held when read: a learning run keeps the larger of it and the new data. */
  previous?: Buffer
}

/**
 * Compiles the chunks of the bundle in `bundleDir` with a code cache kept in `cacheDir`, by
 * wrapping the CommonJS loader's step for `.js` files, for those files only; writes the entries
 * that were missing or rejected when the process exits. Returns false when the runtime offers no
 * such step.
 */
export function cacheChunks(bundleDir: string, cacheDir: string): boolean {
  const extensions = (nodeModule as unknown as { _extensions?: Record<string, unknown> })._extensions
  const original = extensions?.['.js']
  // node:crypto is loaded when the first chunk is (`--version` has no use for it); Node >= 20.16.
  const hasBuiltins = typeof process.getBuiltinModule === 'function'
  if (typeof original !== 'function' || typeof nodeModule.wrap !== 'function' || !hasBuiltins) return false
  const pending: Pending[] = []
  // The folder is checked (and made) when the first chunk loads: `--version` touches nothing.
  let usable: boolean | undefined
  extensions!['.js'] = function (this: unknown, module: CommonJsModule, filename: string): unknown {
    if (path.dirname(filename) !== bundleDir || !CHUNK.test(path.basename(filename)))
      return original.call(this, module, filename)
    usable ??= usableFolder(cacheDir)
    if (!usable) return original.call(this, module, filename)
    const bytes = fs.readFileSync(filename)
    const content = decodeSource(bytes)
    const crypto = process.getBuiltinModule('node:crypto')
    // The bytes, not the string: hashing a string would encode it to UTF-8 first.
    const hash = crypto.createHash('sha1').update(bytes).digest('hex')
    const entry = readEntry(cacheDir, hash)
    const cachedData = entry.data
    const script = new vm.Script(nodeModule.wrap(content), { filename, cachedData })
    if (cachedData === undefined || script.cachedDataRejected === true)
      // Missing or rejected (corrupt, or made by another V8): written anew as a first generation.
      pending.push({ script, file: entryFile(cacheDir, hash, 1), replaces: entry.file })
    else if (entry.generation < LEARNING_RUNS)
      pending.push({
        script,
        file: entryFile(cacheDir, hash, entry.generation + 1),
        replaces: entry.file,
        previous: cachedData
      })
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown
    const require = nodeModule.createRequire(filename)
    return fn.call(module.exports, module.exports, require, module, filename, path.dirname(filename))
  }
  // At exit the cache holds every function compiled during the run, not only the top level.
  process.once('exit', () => writeEntries(pending))
  return true
}

/** What the CommonJS loader passes for the module being loaded (its file name and paths already set). */
interface CommonJsModule {
  exports: unknown
}

/**
 * A chunk's source text. The bundle is ASCII (scripts/ascii-only.mjs), and ASCII read as Latin-1
 * is the same text: Node 20 decodes 2.8 MB of it in about 1 ms that way, against 10 ms as UTF-8
 * (what the loader would do). Anything else is decoded as UTF-8, as the loader would.
 */
export function decodeSource(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
}

function writeEntries(pending: readonly Pending[]): void {
  for (const { script, file, replaces, previous } of pending) {
    const tmp = `${file}.${process.pid}.tmp`
    try {
      const made = script.createCachedData()
      // A run that compiled less than the entry held (its functions were flushed) keeps the entry's data.
      const data = previous && previous.length > made.length ? previous : made
      fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' })
      // A rename is atomic: a concurrent run reads the old entry, the new one, or none.
      fs.renameSync(tmp, file)
      if (replaces && replaces !== file) fs.rmSync(replaces, { force: true })
    } catch {
      try {
        fs.rmSync(tmp, { force: true })
      } catch {
        // Nothing more can be done about a folder that cannot be written.
      }
    }
  }
}

/**
 * Turns on compile caching for this run of the CLI whose entry file is `entry`: Node's own where
 * the runtime has it, else the code cache of the bundle's chunks. Never throws.
 */
export function enableCompileCache(entry: string | undefined, version: string, env: Env = process.env): void {
  try {
    const dir = cacheFolder(env, version)
    if (!dir) return
    const builtin = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache
    if (typeof builtin === 'function') {
      if (usableFolder(dir)) builtin(dir)
      return
    }
    if (!entry) return
    const bundleDir = path.dirname(fs.realpathSync(entry))
    // Only a bundle has chunks to cache (the TypeScript sources run under tests have none).
    if (!fs.readdirSync(bundleDir).some(f => CHUNK.test(f))) return
    cacheChunks(bundleDir, dir)
  } catch {
    // A cache that cannot be set up only costs speed.
  }
}
