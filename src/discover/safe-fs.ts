// Reads files inside the audited root and nowhere else. Every read goes through here so that a
// symlink leaving the repository, a binary file or a huge file can never crash the audit or leak
// what lies outside the root.
import { promises as fs } from 'node:fs'
import path from 'node:path'

export const LIMITS = {
  /** Largest text file read whole; larger ones are read up to this size and flagged as truncated. */
  maxTextBytes: 2 * 1024 * 1024,
  /** Files visited by discovery before it stops and says so. */
  maxFiles: 50_000,
  /** Folder depth discovery descends to. */
  maxDepth: 24
}

const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1'

export type ReadResult =
  | { kind: 'text'; text: string; truncated: boolean; bytes: number }
  | { kind: 'binary'; bytes: number }
  | { kind: 'lfs-pointer'; bytes: number }
  | { kind: 'missing' }
  | { kind: 'unsafe'; reason: string }
  | { kind: 'error'; reason: string }

/** "/" separated path relative to root, for reports on every platform. */
export function toPosix(rel: string): string {
  return rel.split(path.sep).join('/')
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** Heuristic used by git: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000)
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true
  return false
}

/** Strips a UTF-8 BOM and normalises CRLF and lone CR to LF, so lines count the same everywhere. */
export function normalizeNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return noBom.replace(/\r\n?/g, '\n')
}

export class SafeFs {
  private constructor(readonly root: string) {}

  /**
   * Each folder asked about, once: its real path, and which of its entries are plain (not
   * symbolic links), so that a file in it needs no system call of its own to be resolved.
   */
  private readonly folders = new Map<string, Promise<{ real: string; plain: Set<string> } | null>>()

  private folder(absDir: string): Promise<{ real: string; plain: Set<string> } | null> {
    let f = this.folders.get(absDir)
    if (!f) {
      f = (async () => {
        const real = await fs.realpath(absDir)
        const entries = await fs.readdir(absDir, { withFileTypes: true })
        return { real, plain: new Set(entries.filter(e => !e.isSymbolicLink()).map(e => e.name)) }
      })().catch(() => null)
      this.folders.set(absDir, f)
    }
    return f
  }

  /** The real path of a file: its folder's real path, unless the file itself is (or may be) a link. */
  private async realFile(abs: string): Promise<string> {
    // The root is real already; its parent folder is outside and never listed.
    if (abs === this.root) return this.root
    const dir = await this.folder(path.dirname(abs))
    const name = path.basename(abs)
    return dir?.plain.has(name) ? path.join(dir.real, name) : fs.realpath(abs)
  }

  static async open(root: string): Promise<SafeFs> {
    const real = await fs.realpath(path.resolve(root))
    return new SafeFs(real)
  }

  abs(rel: string): string {
    return path.join(this.root, rel)
  }

  /** Resolves symlinks; says whether the real target stays inside the root. */
  async resolveInside(rel: string): Promise<{ ok: true; real: string } | { ok: false; reason: string }> {
    const abs = this.abs(rel)
    if (!isInside(this.root, abs)) return { ok: false, reason: 'path leaves the audited root' }
    let real: string
    try {
      real = await this.realFile(abs)
    } catch {
      return { ok: false, reason: 'broken symbolic link or unreadable path' }
    }
    if (!isInside(this.root, real))
      return { ok: false, reason: 'symbolic link points outside the audited root' }
    return { ok: true, real }
  }

  async read(rel: string, maxBytes = LIMITS.maxTextBytes): Promise<ReadResult> {
    const resolved = await this.resolveInside(rel)
    if (!resolved.ok) {
      try {
        await fs.lstat(this.abs(rel))
      } catch {
        return { kind: 'missing' }
      }
      return { kind: 'unsafe', reason: resolved.reason }
    }
    let handle: fs.FileHandle | undefined
    try {
      const st = await fs.stat(resolved.real)
      if (!st.isFile()) return { kind: 'error', reason: 'not a regular file' }
      handle = await fs.open(resolved.real, 'r')
      const size = Math.min(st.size, maxBytes)
      const buf = Buffer.alloc(size)
      const { bytesRead } = await handle.read(buf, 0, size, 0)
      const data = buf.subarray(0, bytesRead)
      if (data.subarray(0, LFS_POINTER_PREFIX.length).toString('latin1') === LFS_POINTER_PREFIX) {
        return { kind: 'lfs-pointer', bytes: st.size }
      }
      if (looksBinary(data)) return { kind: 'binary', bytes: st.size }
      let text = data.toString('utf8')
      // A cut in the middle of a multi-byte character leaves a replacement char at the end: drop it.
      if (st.size > maxBytes) text = text.replace(/\uFFFD$/, '')
      return { kind: 'text', text: normalizeNewlines(text), truncated: st.size > maxBytes, bytes: st.size }
    } catch (err) {
      return { kind: 'error', reason: (err as NodeJS.ErrnoException).code ?? 'read failed' }
    } finally {
      await handle?.close()
    }
  }
}
