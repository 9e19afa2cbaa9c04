// Licence files that cannot be read as plain UTF-8 are decoded when they are text in another
// encoding, and fail closed when they are not: an LFS pointer, a binary file or a text cut at the
// size cap never lets the card's `license: mit` pass the terms on its own.
import { createRequire } from 'node:module'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { audit } from '../../src/audit.js'
import { defaultConfig } from '../../src/config/schema.js'
import { LIMITS, SafeFs } from '../../src/discover/safe-fs.js'
import type { Report } from '../../src/report/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER, makeRepo, removeRepo } from '../helpers/fixtures.js'

const require = createRequire(import.meta.url)
const MIT = (require('spdx-license-list/full.js') as Record<string, { licenseText: string }>).MIT.licenseText
const CARD = '---\nlicense: mit\n---\n# Tiny model\n'
const RESTRICTION = 'You may run these weights for non-commercial purposes only.'
const cut = MIT.indexOf('THE SOFTWARE IS PROVIDED')
const RESTRICTED_MIT = `${MIT.slice(0, cut)}${RESTRICTION}\n\n${MIT.slice(cut)}`
const RESTRICTION_LINE = MIT.slice(0, cut).split('\n').length

function utf16(text: string, encoding: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le')
  return encoding === 'le' ? le : Buffer.from(le).swap16()
}

function terms(r: Report) {
  return r.models[0]!.osaidRequirements!.find(q => q.id === 'terms')!
}

describe('licence files in other encodings are read', () => {
  it.each([
    ['UTF-16 little-endian with a byte order mark', utf16(RESTRICTED_MIT, 'le', true)],
    ['UTF-16 big-endian with a byte order mark', utf16(RESTRICTED_MIT, 'be', true)],
    ['UTF-16 little-endian without a byte order mark', utf16(RESTRICTED_MIT, 'le', false)],
    ['UTF-16 big-endian without a byte order mark', utf16(RESTRICTED_MIT, 'be', false)],
    ['UTF-8 with a byte order mark', Buffer.from('\ufeff' + RESTRICTED_MIT, 'utf8')]
  ])('%s: the non-commercial clause is found at its line', async (_name, bytes) => {
    const r = await auditFiles({ LICENSE: bytes, 'README.md': CARD })
    const f = allFindings(r).filter(x => x.rule === 'license/no-non-commercial')
    expect(f.map(x => [x.severity, x.file, x.line])).toEqual([['error', 'LICENSE', RESTRICTION_LINE]])
    expect(r.models[0]!.clauses.find(c => c.type === 'non-commercial')!.quote).toBe(RESTRICTION)
    expect(terms(r).verdict).toBe('fail')
  })

  it('SafeFs says which UTF-16 it decoded, and returns the text without its byte order mark', async () => {
    const dir = await makeRepo({
      a: utf16('Hello\r\nworld\n', 'be', true),
      b: utf16('Hello world, plain text\n', 'le', false)
    })
    try {
      const safe = await SafeFs.open(dir)
      expect(await safe.read('a')).toEqual({
        kind: 'text',
        text: 'Hello\nworld\n',
        truncated: false,
        bytes: 28,
        encoding: 'utf-16be'
      })
      expect(await safe.read('b')).toMatchObject({
        kind: 'text',
        text: 'Hello world, plain text\n',
        encoding: 'utf-16le'
      })
    } finally {
      await removeRepo(dir)
    }
  })
})

describe('licence files that cannot be read fail closed', () => {
  it.each([
    ['a Git LFS pointer', LFS_POINTER, /Git LFS pointer/],
    [
      'a text with one NUL byte',
      Buffer.concat([Buffer.from(MIT.slice(0, 200)), Buffer.from([0]), Buffer.from(MIT.slice(200))]),
      /binary: it holds NUL bytes/
    ]
  ])(
    'LICENSE that is %s: a warning naming the file, and OSAID terms unknown despite `license: mit`',
    async (_name, bytes, why) => {
      const r = await auditFiles({ LICENSE: bytes, 'README.md': CARD })
      const f = allFindings(r).filter(x => x.rule === 'license-unrecognized')
      expect(f.map(x => [x.severity, x.file])).toEqual([['warning', 'LICENSE']])
      expect(f[0]!.message).toMatch(why)
      expect(terms(r).verdict).toBe('unknown')
      expect(terms(r).reason).toMatch(
        /^LICENSE is (a Git LFS pointer|a binary file)[^;]*, so its terms cannot be checked/
      )
    }
  )

  it('a licence longer than the read cap: an error says how much was not checked, and the terms are unknown', async () => {
    const filler = 'This paragraph repeats so that the file grows past the limit.\n'
    const body =
      MIT + '\n' + filler.repeat(Math.ceil(LIMITS.maxTextBytes / filler.length)) + RESTRICTION + '\n'
    const r = await auditFiles({ LICENSE: body, 'README.md': CARD })
    const f = allFindings(r).filter(x => x.rule === 'file-truncated')
    expect(f.map(x => [x.severity, x.file, x.line])).toEqual([['error', 'LICENSE', 1]])
    expect(f[0]!.message).toMatch(
      /^LICENSE is 2\.0 MB; only its first 2 MB were read, so the rest \(1 KB\) was not checked for restrictions\.$/
    )
    expect(terms(r).verdict).toBe('unknown')
    expect(terms(r).reason).toMatch(
      /^LICENSE is too large to read completely, so its terms cannot be checked/
    )
  })

  it('a model card longer than the read cap is an error that says what was not checked', async () => {
    const r = await auditFiles({ LICENSE: MIT, 'README.md': CARD + 'word '.repeat(LIMITS.maxTextBytes / 4) })
    const f = allFindings(r).find(x => /only its first 2 MB were read/.test(x.message))!
    expect([f.rule, f.severity, f.file, f.line]).toEqual(['file-truncated', 'error', 'README.md', 1])
    expect(f.message).toMatch(/the rest \(512 KB\) was not checked/)
  })
})

describe('licence files are never dropped silently', () => {
  it('a restrictive LICENSE in weights/ is read as the model’s licence', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': CARD,
      'weights/model.safetensors': 'not really weights',
      'weights/LICENSE': RESTRICTED_MIT
    })
    expect(r.models.map(m => m.path)).toEqual(['.'])
    const f = allFindings(r).filter(x => x.rule === 'license/no-non-commercial')
    expect(f.map(x => [x.severity, x.file, x.line])).toEqual([['error', 'weights/LICENSE', RESTRICTION_LINE]])
    expect(terms(r).verdict).toBe('fail')
  })

  it('a licence under a file name that is not valid UTF-8 is an error naming it', async () => {
    const dir = await makeRepo({ 'README.md': CARD, LICENSE: MIT })
    try {
      await fs.writeFile(
        Buffer.concat([
          Buffer.from(path.join(dir, 'LICENSE-')),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('.txt')
        ]),
        RESTRICTED_MIT
      )
      const r = (await audit(dir, defaultConfig(), { today: '2026-11-27' })).report
      const f = allFindings(r).filter(x => x.rule === 'discovery-limit')
      expect(f.map(x => [x.severity, x.file])).toEqual([['error', 'LICENSE-??.txt']])
      expect(f[0]!.message).toBe(
        'LICENSE-??.txt has a file name that is not valid UTF-8, so it was not read; rename it.'
      )
    } finally {
      await removeRepo(dir)
    }
  })
})
