// The CLI's compile cache (src/cli/compile-cache.ts): where it lives, which folders it refuses,
// and, on the bundled CLI, that a run with a cache — missing, present, corrupt or refused — gives
// the same report as one without.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import nodeModule from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { cacheFolder, decodeSource, LEARNING_RUNS, usableFolder } from '../../src/cli/compile-cache.js'

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'moa-cache-'))
}

describe('cacheFolder', () => {
  it('is off when NODE_DISABLE_COMPILE_CACHE is set', () => {
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/x' }, '1.0.0')).toBeNull()
  })

  it('is NODE_COMPILE_CACHE when set, as Node uses it', () => {
    expect(cacheFolder({ NODE_COMPILE_CACHE: 'some/dir' }, '1.0.0')).toBe(path.resolve('some/dir'))
  })

  it('is otherwise a folder of this CLI version and runtime under the user cache folder', () => {
    const dir = cacheFolder({ XDG_CACHE_HOME: '/home/u/.cache' }, '1.2.3')
    expect(dir).toBe(
      path.join('/home/u/.cache', 'model-openness-audit', `1.2.3-node${process.version}-${process.arch}`)
    )
    // Without XDG_CACHE_HOME: ~/.cache (on Linux and macOS).
    if (process.platform !== 'win32')
      expect(cacheFolder({}, '1.2.3')).toBe(
        path.join(
          os.homedir(),
          '.cache',
          'model-openness-audit',
          `1.2.3-node${process.version}-${process.arch}`
        )
      )
  })
})

describe('decodeSource', () => {
  it('reads a chunk as the UTF-8 loader would, ASCII or not', () => {
    const texts = [
      '',
      'module.exports = 1\n',
      Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join(''),
      'const s = "caf\u00e9 \u4e2d\u6587 \ud83d\ude00"',
      // One byte above ASCII among ASCII: not Latin-1 text, and not decoded as such.
      'x'.repeat(1000) + '\u00ff' + 'y'.repeat(1000)
    ]
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8')
      expect(decodeSource(bytes)).toBe(text)
      expect(decodeSource(bytes)).toBe(bytes.toString('utf8'))
    }
    // Bytes that are not valid UTF-8 come out as the loader's UTF-8 decoding has them.
    const invalid = Buffer.from([0x61, 0xff, 0x62])
    expect(decodeSource(invalid)).toBe(invalid.toString('utf8'))
  })
})

const posix = process.platform !== 'win32'

describe('usableFolder', () => {
  it('creates a missing folder, for this user only', () => {
    const tmp = tempDir()
    try {
      const dir = path.join(tmp, 'a', 'b')
      expect(usableFolder(dir)).toBe(true)
      expect(statSync(dir).isDirectory()).toBe(true)
      if (posix) expect(statSync(dir).mode & 0o077).toBe(0)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  it('refuses a file, and a folder path that cannot be created', () => {
    const tmp = tempDir()
    try {
      writeFileSync(path.join(tmp, 'file'), 'x')
      expect(usableFolder(path.join(tmp, 'file'))).toBe(false)
      expect(usableFolder(path.join(tmp, 'file', 'below'))).toBe(false)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  const posixIt = posix ? it : it.skip
  posixIt('refuses a folder others may write to, and a symbolic link', () => {
    const tmp = tempDir()
    try {
      const open = path.join(tmp, 'open')
      mkdirSync(open)
      chmodSync(open, 0o777)
      expect(usableFolder(open)).toBe(false)
      const groupWritable = path.join(tmp, 'group')
      mkdirSync(groupWritable)
      chmodSync(groupWritable, 0o770)
      expect(usableFolder(groupWritable)).toBe(false)
      const real = path.join(tmp, 'real')
      mkdirSync(real, { mode: 0o700 })
      symlinkSync(real, path.join(tmp, 'link'))
      expect(usableFolder(path.join(tmp, 'link'))).toBe(false)
      expect(usableFolder(real)).toBe(true)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})

// --- the bundled CLI -----------------------------------------------------------------------------

const DIST = path.resolve('dist/cli')
const CLI = path.join(DIST, 'index.js')
const commonJs =
  existsSync(path.join(DIST, 'package.json')) &&
  (JSON.parse(readFileSync(path.join(DIST, 'package.json'), 'utf8')) as { type?: string }).type === 'commonjs'
const describeBundle = commonJs ? describe : describe.skip
if (!commonJs) console.warn('compile-cache: bundle cases skipped, no CommonJS dist/cli (run npm run bundle)')
/** Node >= 22.1 keeps its own cache in the folder; older Node ours (one `.v8` entry per chunk). */
const nodeCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function'

const EXAMPLE = path.resolve('examples/open-model')

function audit(
  env: Record<string, string>,
  folder = EXAMPLE
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'audit', folder, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', NODE_DISABLE_COMPILE_CACHE: '', ...env }
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Every file below `dir`, relative, with its size and modification time. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else {
        const st = statSync(p)
        out.set(path.relative(dir, p), `${st.size}:${st.mtimeMs}`)
      }
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

describeBundle('the bundled CLI with a compile cache', () => {
  const reference = (): string => {
    const r = audit({ NODE_DISABLE_COMPILE_CACHE: '1' })
    expect(r.status).toBe(0)
    return r.stdout
  }

  it('writes the cache on a first run and reads it, unchanged, on the next; the report is the same', () => {
    const want = reference()
    const tmp = tempDir()
    try {
      const cache = path.join(tmp, 'cache')
      const first = audit({ NODE_COMPILE_CACHE: cache })
      expect(first.stderr).toBe('')
      expect(first.stdout).toBe(want)
      const written = files(cache)
      expect(written.size).toBeGreaterThan(0)
      if (!nodeCache) expect([...written.keys()].every(f => f.endsWith('.v8'))).toBe(true)
      if (!nodeCache) {
        // First generations; the next runs add what they compiled, then the entries are finished.
        expect([...written.keys()].every(f => /^[0-9a-f]{40}\.1\.v8$/.test(f))).toBe(true)
        for (let run = 2; run <= LEARNING_RUNS; run++)
          expect(audit({ NODE_COMPILE_CACHE: cache }).stdout).toBe(want)
        const finished = files(cache)
        expect(finished.size).toBe(written.size)
        expect([...finished.keys()].every(f => /^[0-9a-f]{40}\.v8$/.test(f))).toBe(true)
      }
      const settled = files(cache)
      const next = audit({ NODE_COMPILE_CACHE: cache })
      expect(next.stdout).toBe(want)
      // Finished entries are not written again.
      expect(files(cache)).toEqual(settled)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  const oursIt = nodeCache ? it.skip : it
  oursIt('adds what later runs compile to entries a first run on a folder without a licence wrote', () => {
    const tmp = tempDir()
    try {
      const cache = path.join(tmp, 'cache')
      const bare = path.join(tmp, 'bare')
      mkdirSync(bare)
      writeFileSync(path.join(bare, 'config.json'), '{}\n')
      expect(audit({ NODE_COMPILE_CACHE: cache }, bare).stderr).toBe('')
      const size = (): number =>
        [...files(cache).keys()].reduce((n, f) => n + statSync(path.join(cache, f)).size, 0)
      const first = size()
      // The second run audits a licence and a card: clause detection joins the cache.
      expect(audit({ NODE_COMPILE_CACHE: cache }).stdout).toBe(reference())
      expect(size()).toBeGreaterThan(first * 1.5)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  oursIt('ignores corrupt entries and writes them again', () => {
    const want = reference()
    const tmp = tempDir()
    try {
      const cache = path.join(tmp, 'cache')
      expect(audit({ NODE_COMPILE_CACHE: cache }).stdout).toBe(want)
      const entries = readdirSync(cache).filter(f => f.endsWith('.v8'))
      expect(entries.length).toBeGreaterThan(0)
      // Garbage, and a truncated entry: V8 rejects both.
      for (const [i, f] of entries.entries()) {
        const p = path.join(cache, f)
        writeFileSync(p, i % 2 ? Buffer.from('not a code cache') : readFileSync(p).subarray(0, 64))
      }
      const r = audit({ NODE_COMPILE_CACHE: cache })
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe(want)
      for (const f of entries) expect(statSync(path.join(cache, f)).size).toBeGreaterThan(64)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  const posixIt = posix ? it : it.skip
  posixIt('does not use a folder others may write to, and writes nothing with the cache turned off', () => {
    const want = reference()
    const tmp = tempDir()
    try {
      const open = path.join(tmp, 'open')
      mkdirSync(open)
      chmodSync(open, 0o777)
      expect(audit({ NODE_COMPILE_CACHE: open }).stdout).toBe(want)
      expect(files(open).size).toBe(0)
      const off = path.join(tmp, 'off')
      const r = audit({ NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: '1' })
      expect(r.stdout).toBe(want)
      expect(existsSync(off)).toBe(false)
    } finally {
      chmodSync(path.join(tmp, 'open'), 0o700)
      rmSync(tmp, { recursive: true, force: true })
    }
  })

  posixIt('still audits when the cache folder cannot be written', () => {
    const want = reference()
    const tmp = tempDir()
    try {
      const cache = path.join(tmp, 'cache')
      mkdirSync(cache, { mode: 0o500 })
      const r = audit({ NODE_COMPILE_CACHE: cache })
      expect(r.status).toBe(0)
      expect(r.stdout).toBe(want)
    } finally {
      chmodSync(path.join(tmp, 'cache'), 0o700)
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
