import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { detectClauses } from '../../src/clauses/index.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import { normalizeLicenseText } from '../../src/licenses/normalize.js'
import {
  DICE_THRESHOLD,
  idsWithSameText,
  matchSpdxText,
  sameText,
  spdxIndexEntry
} from '../../src/licenses/spdx-text-match.js'
import { RESTRICTIVE } from './corpus-data.js'

const require = createRequire(resolve(process.cwd(), 'package.json'))
const LIST = require('spdx-license-list/full.js') as Record<
  string,
  { name: string; osiApproved: boolean; licenseText: string }
>
const ids = Object.keys(LIST).sort()
const osi = ids.filter(id => LIST[id]!.osiApproved)

describe('SPDX texts', () => {
  it('has the OSI-approved texts', () => {
    expect(osi.length).toBeGreaterThan(100)
  })

  it('identifies every OSI-approved text to its id (or an id with identical text) and finds no restrictive clause', () => {
    const wrong: string[] = []
    for (const id of osi) {
      const text = LIST[id]!.licenseText
      const r = identifyLicenseText(text, 'LICENSE')
      if (r.id !== id && !idsWithSameText(id).includes(r.id ?? '')) wrong.push(`${id} -> ${r.id}`)
      for (const c of detectClauses(text, 'LICENSE'))
        if (RESTRICTIVE.has(c.type)) wrong.push(`${id}: ${c.type} at ${c.line}: ${c.quote}`)
    }
    expect(wrong).toEqual([])
  })

  it('finds non-commercial in every CC *-NC-* text and no-derivatives in every *-ND-* text', () => {
    const missing: string[] = []
    for (const id of ids.filter(i => i.startsWith('CC-'))) {
      const types = new Set(detectClauses(LIST[id]!.licenseText, 'LICENSE').map(c => c.type))
      if (id.includes('-NC') && !types.has('non-commercial')) missing.push(`${id} non-commercial`)
      if (id.includes('-ND') && !types.has('no-derivatives')) missing.push(`${id} no-derivatives`)
    }
    expect(missing).toEqual([])
  })

  it('matches a text with a copyright line, a title and rewrapped lines (Dice or exact)', () => {
    const mit = LIST['MIT']!.licenseText.replace('<year> <copyright holders>', '2024 Example Corp').replace(
      /\n/g,
      ' '
    )
    const r = matchSpdxText('The MIT Licence\n\n' + mit)
    expect(r?.id).toBe('MIT')
  })

  it('uses Dice for an edited text and rejects a text below the threshold', () => {
    const apache = LIST['Apache-2.0']!.licenseText
    const edited = apache.replace('Grant of Copyright License', 'Grant of Copyright Licence to everyone here')
    const r = matchSpdxText(edited)
    expect(r?.id).toBe('Apache-2.0')
    expect(r!.confidence).toBeGreaterThanOrEqual(DICE_THRESHOLD)
    expect(matchSpdxText(apache.slice(0, 2000))).toBeNull()
  })

  it('the generated index is up to date and deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spdx-index-'))
    const out = join(dir, 'spdx-index.ts')
    execFileSync(process.execPath, ['scripts/build-spdx-index.mjs', '--out', out], { cwd: process.cwd() })
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(resolve(process.cwd(), 'src/generated/spdx-index.ts'), 'utf8')
    )
  })
})

describe('an exact match is checked beyond its hash (the hash is not cryptographic)', () => {
  const mit = normalizeLicenseText(LIST.MIT!.licenseText)
  const entry = spdxIndexEntry('MIT')!
  it.each([
    ['the text itself', mit, true],
    ['a sentence added', `${mit} you may not use the software for commercial purposes`, false],
    ['one word swapped for a word of its own', mit.replace('granted', 'refused'), false],
    ['a word dropped', mit.split(' ').slice(1).join(' '), false],
    // the same length, one distinct word fewer: "permission" stands where "hereby" stood
    ['a word repeated in place of another', mit.replace('hereby', 'permission'), false],
    // the words alone cannot tell order: the hash, checked first, does
    ['the same words in another order', mit.split(' ').reverse().join(' '), true]
  ])('%s: %s', (_name, text, same) => expect(sameText(text, entry)).toBe(same))

  it('holds for every text of the index against its own entry, and for none against its neighbour', () => {
    const ids = Object.keys(LIST).filter(id => spdxIndexEntry(id))
    let checked = 0
    for (const [i, id] of ids.entries()) {
      const own = normalizeLicenseText(LIST[id]!.licenseText)
      const entry = spdxIndexEntry(id)!
      const next = spdxIndexEntry(ids[(i + 1) % ids.length]!)!
      if (own.length === 0 || own.split(' ').length !== entry.wordCount) continue
      expect([id, sameText(own, entry)]).toEqual([id, true])
      if (next !== entry) expect([id, sameText(own, next)]).toEqual([id, false])
      checked++
    }
    expect(checked).toBeGreaterThan(400)
  })
})
