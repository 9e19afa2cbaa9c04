// Reads files inside the audited root and nowhere else. Every read goes through here so that a
// symlink leaving the repository, a binary file or a huge file can never crash the audit or leak
// what lies outside the root.
//
// The calls are synchronous on purpose: a file here is a few kilobytes read once, and the promise
// API's round trip through the thread pool (stat, open, read, close, four hops per file) cost
// several times the reading itself on a monorepo of thousands of models. The methods stay async
// so that callers need not change if this ever reads from somewhere slower.
import fs from 'node:fs'
import path from 'node:path'

export const LIMITS = {
  /** Largest text file read whole; larger ones are read up to this size and flagged as truncated. */
  maxTextBytes: 2 * 1024 * 1024,
  /** Files visited by discovery before it stops and says so. */
  maxFiles: 50_000,
  /** Folder depth discovery descends to. */
  maxDepth: 24
}

/** "2 MB", "1.4 MB", "300 KB": a size for messages. */
export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  const mb = bytes / 1024 / 1024
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`
}

const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1'

export type ReadResult =
  | {
      kind: 'text'
      text: string
      /** Cut at the size cap: only the first `maxBytes` were read (`bytes` is the whole size). */
      truncated: boolean
      bytes: number
      /** Set when the file was UTF-16 (with or without a byte order mark) rather than UTF-8. */
      encoding?: 'utf-16le' | 'utf-16be'
    }
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

const POSIX = path.sep === '/'

/**
 * A relative POSIX path that path.join would leave as it is: no leading or doubled "/", no
 * trailing "/", and no "." or ".." segment. Anything else is joined (and normalised) by path.join.
 */
export function isNormalRelative(rel: string): boolean {
  if (!POSIX || rel.length === 0) return false
  let segmentStart = 0
  for (let i = 0; i <= rel.length; i++) {
    if (i < rel.length && rel.charCodeAt(i) !== 47 /* / */) continue
    const len = i - segmentStart
    if (len === 0) return false
    if (
      rel.charCodeAt(segmentStart) === 46 /* . */ &&
      (len === 1 || (len === 2 && rel.charCodeAt(segmentStart + 1) === 46))
    )
      return false
    segmentStart = i + 1
  }
  return true
}

/** Heuristic used by git: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(buf: Buffer): boolean {
  // indexOf is a native scan: every file read goes through here
  return buf.subarray(0, 8000).indexOf(0) >= 0
}

/**
 * UTF-16 by its byte order mark (FF FE little-endian, FE FF big-endian), or without one by its NUL
 * pattern: text of Latin letters in UTF-16 has a NUL in every other byte, at odd offsets in
 * little-endian and even ones in big-endian. Null when the bytes are not UTF-16.
 */
export function utf16Of(buf: Buffer): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: true }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: true }
  const n = Math.min(buf.length, 8000) & ~1
  if (n < 8) return null
  // Without a NUL there is no UTF-16 of this kind (the common case, found by a native scan).
  if (buf.subarray(0, n).indexOf(0) < 0) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++
    if (buf[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return { encoding: 'utf-16le', bom: false }
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return { encoding: 'utf-16be', bom: false }
  return null
}

/** Decoded text with no control characters but tab, line ends and form feed (binary data decoded as UTF-16 has many). */
export function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, 4000)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return false
    if (c === 0xfffe || c === 0xffff) return false
  }
  return true
}

/** Decodes UTF-16 bytes (an odd last byte, cut by a size cap, is dropped). */
export function decodeUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be', bom: boolean): string {
  const body = Buffer.from(buf.subarray(bom ? 2 : 0, bom ? 2 + ((buf.length - 2) & ~1) : buf.length & ~1))
  if (encoding === 'utf-16be') body.swap16()
  return body.toString('utf16le')
}

/** Strips a UTF-8 BOM and normalises CRLF and lone CR to LF, so lines count the same everywhere. */
export function normalizeNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom
}

/** Opened for reading without blocking, so that a FIFO swapped in for a file cannot hang the audit. */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)

interface FolderFacts {
  real: string
  /** Entries that are not symbolic links. */
  plain: Set<string>
}

export class SafeFs {
  /** The root with a separator after it: what every path inside it starts with. */
  private readonly rootSlash: string

  private constructor(readonly root: string) {
    this.rootSlash = root.endsWith(path.sep) ? root : root + path.sep
  }

  /**
   * Each folder asked about, once: its real path, and which of its entries are plain (not
   * symbolic links), so that a file in it needs no system call of its own to be resolved.
   */
  private readonly folders = new Map<string, FolderFacts | null>()

  private folder(absDir: string): FolderFacts | null {
    let f = this.folders.get(absDir)
    if (f === undefined) {
      try {
        const real = fs.realpathSync(absDir)
        const entries = fs.readdirSync(absDir, { withFileTypes: true })
        f = { real, plain: new Set(entries.filter(e => !e.isSymbolicLink()).map(e => e.name)) }
      } catch {
        f = null
      }
      this.folders.set(absDir, f)
    }
    return f
  }

  /**
   * What a walk of the root already listed: the folder `rel` (reached through no symbolic link, so
   * its real path is its path under the real root) and the names in it that are not links. Saves
   * listing it again when a file in it is read.
   */
  knowFolder(rel: string, plainNames: Iterable<string>): void {
    const abs = this.abs(rel)
    if (this.folders.has(abs)) return
    const names = [...plainNames]
    this.folders.set(abs, { real: abs, plain: new Set(names) })
    this.walked.push([rel, names])
  }

  /** The folders a walk made known (knowFolder), for another reader of the same root: a worker thread. */
  knownFolders(): ReadonlyArray<[string, string[]]> {
    return this.walked
  }

  private readonly walked: Array<[string, string[]]> = []

  /** The real path of a file: its folder's real path, unless the file itself is (or may be) a link. */
  private realFile(abs: string): string {
    // The root is real already; its parent folder is outside and never listed.
    if (abs === this.root) return this.root
    const dir = this.folder(path.dirname(abs))
    const name = path.basename(abs)
    return dir?.plain.has(name) ? path.join(dir.real, name) : fs.realpathSync(abs)
  }

  static async open(root: string): Promise<SafeFs> {
    const real = fs.realpathSync(path.resolve(root))
    return new SafeFs(real)
  }

  abs(rel: string): string {
    if (rel === '') return this.root
    // A path of the walk's own making is normal already: joined without normalising it again
    // (path.join on every file of a large monorepo was a few per cent of the audit).
    return isNormalRelative(rel) ? this.rootSlash + rel : path.join(this.root, rel)
  }

  /** Whether a normal absolute path (from abs() or realpath) is the root or inside it. */
  private inRoot(p: string): boolean {
    return POSIX ? p === this.root || p.startsWith(this.rootSlash) : isInside(this.root, p)
  }

  /** Resolves symlinks; says whether the real target stays inside the root. */
  async resolveInside(rel: string): Promise<{ ok: true; real: string } | { ok: false; reason: string }> {
    return this.resolveInsideNow(rel)
  }

  private resolveInsideNow(rel: string): { ok: true; real: string } | { ok: false; reason: string } {
    const abs = this.abs(rel)
    if (!this.inRoot(abs)) return { ok: false, reason: 'path leaves the audited root' }
    let real: string
    try {
      real = this.realFile(abs)
    } catch {
      return { ok: false, reason: 'broken symbolic link or unreadable path' }
    }
    if (!this.inRoot(real)) return { ok: false, reason: 'symbolic link points outside the audited root' }
    return { ok: true, real }
  }

  async read(rel: string, maxBytes = LIMITS.maxTextBytes): Promise<ReadResult> {
    return this.readNow(rel, maxBytes)
  }

  private readNow(rel: string, maxBytes: number): ReadResult {
    const resolved = this.resolveInsideNow(rel)
    if (!resolved.ok) {
      try {
        fs.lstatSync(this.abs(rel))
      } catch {
        return { kind: 'missing' }
      }
      return { kind: 'unsafe', reason: resolved.reason }
    }
    let fd: number | undefined
    try {
      // Opened first and then asked what it is: one lookup of the path instead of two, and what is
      // read is what was checked. O_NONBLOCK keeps a FIFO from blocking the open.
      fd = fs.openSync(resolved.real, READ_FLAGS)
      const st = fs.fstatSync(fd)
      if (!st.isFile()) return { kind: 'error', reason: 'not a regular file' }
      const size = Math.min(st.size, maxBytes)
      const buf = Buffer.allocUnsafe(size)
      let bytesRead = 0
      while (bytesRead < size) {
        const n = fs.readSync(fd, buf, bytesRead, size - bytesRead, bytesRead)
        if (n === 0) break
        bytesRead += n
      }
      const data = buf.subarray(0, bytesRead)
      if (data.subarray(0, LFS_POINTER_PREFIX.length).toString('latin1') === LFS_POINTER_PREFIX) {
        return { kind: 'lfs-pointer', bytes: st.size }
      }
      const truncated = st.size > maxBytes
      const utf16 = utf16Of(data)
      if (utf16) {
        let text = decodeUtf16(data, utf16.encoding, utf16.bom)
        // a cut between the two halves of a surrogate pair leaves a lone high surrogate
        if (truncated && /[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1)
        if (!looksLikeText(text)) return { kind: 'binary', bytes: st.size }
        return {
          kind: 'text',
          text: normalizeNewlines(text),
          truncated,
          bytes: st.size,
          encoding: utf16.encoding
        }
      }
      if (looksBinary(data)) return { kind: 'binary', bytes: st.size }
      let text = data.toString('utf8')
      // A cut in the middle of a multi-byte character leaves a replacement char at the end: drop it.
      if (truncated) text = text.replace(/\uFFFD$/, '')
      return { kind: 'text', text: normalizeNewlines(text), truncated, bytes: st.size }
    } catch (err) {
      return { kind: 'error', reason: (err as NodeJS.ErrnoException).code ?? 'read failed' }
    } finally {
      if (fd !== undefined) fs.closeSync(fd)
    }
  }
}
