import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { SafeFs, isNormalRelative, normalizeNewlines } from '../../src/discover/safe-fs.js'
import { LFS_POINTER, makeRepo, removeRepo } from '../helpers/fixtures.js'

let dir: string
afterAll(async () => removeRepo(dir))

describe('SafeFs', () => {
  it('reads text, refuses links leaving the root, spots binary and LFS pointers, caps size', async () => {
    dir = await makeRepo({
      LICENSE: '\uFEFFline one\r\nline two\r\n',
      escape: { symlink: '/etc/passwd' },
      inside: { symlink: 'LICENSE' },
      'bin.dat': Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]),
      'model.safetensors': LFS_POINTER,
      'big.md': 'x'.repeat(3 * 1024 * 1024)
    })
    const safe = await SafeFs.open(dir)
    expect(await safe.read('LICENSE')).toEqual({
      kind: 'text',
      text: 'line one\nline two\n',
      truncated: false,
      bytes: 23
    })
    const unsafe = await safe.read('escape')
    expect(unsafe.kind).toBe('unsafe')
    expect(JSON.stringify(unsafe)).not.toContain('root:')
    expect((await safe.read('inside')).kind).toBe('text')
    expect((await safe.read('bin.dat')).kind).toBe('binary')
    expect((await safe.read('model.safetensors')).kind).toBe('lfs-pointer')
    const big = await safe.read('big.md')
    expect(big.kind === 'text' && big.truncated && big.text.length === 2 * 1024 * 1024).toBe(true)
    expect((await safe.read('nope')).kind).toBe('missing')
    expect((await safe.read('../../etc/passwd')).kind).toBe('unsafe')
  })

  it('tells a path that needs no normalising from one that does', () => {
    for (const rel of ['LICENSE', 'models/a/README.md', '..notes', 'a/...', '.github/x', 'a/.b'])
      expect([rel, isNormalRelative(rel)]).toEqual([rel, true])
    for (const rel of ['', '/etc', 'a//b', 'a/', '.', '..', './a', 'a/./b', 'a/../b', '../x', 'a/..'])
      expect([rel, isNormalRelative(rel)]).toEqual([rel, false])
  })

  it('reads names that only start with dots, and keeps dot segments from leaving the root', async () => {
    const repo = await makeRepo({ '..notes': 'two dots\n', 'models/a/LICENSE': 'mine\n', outside: 'no\n' })
    try {
      const safe = await SafeFs.open(path.join(repo, 'models'))
      expect(await safe.read('../models/a/LICENSE')).toMatchObject({ kind: 'text', text: 'mine\n' })
      expect((await safe.read('a/../../outside')).kind).toBe('unsafe')
      expect((await safe.read('a//LICENSE')).kind).toBe('text')
      const top = await SafeFs.open(repo)
      expect(await top.read('..notes')).toMatchObject({ kind: 'text', text: 'two dots\n' })
    } finally {
      await removeRepo(repo)
    }
  })

  it('normalises CR, CRLF and BOM', () => {
    expect(normalizeNewlines('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n')
  })
})

describe('SafeFs and files that are not regular', () => {
  const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0
  const itFifo = hasMkfifo ? it : it.skip
  if (!hasMkfifo) console.warn('skipped: no mkfifo on this machine, the FIFO case is not checked')

  itFifo(
    'refuses a FIFO named like a licence without waiting for a writer, and the audit goes on',
    async () => {
      const repo = await makeRepo({ 'README.md': '# Heron\n' })
      try {
        expect(spawnSync('mkfifo', [path.join(repo, 'LICENSE')]).status).toBe(0)
        const safe = await SafeFs.open(repo)
        expect(await safe.read('LICENSE')).toEqual({ kind: 'error', reason: 'not a regular file' })
        const { report } = await audit(repo, undefined, { today: '2026-01-01' })
        expect(report.models.map(m => m.path)).toEqual(['.'])
      } finally {
        await removeRepo(repo)
      }
    }
  )
})
