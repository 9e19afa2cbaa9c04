// The licence memo answers exactly what identifying and detecting afresh answers, for every path,
// and answers a copy of a text from the memo instead of analysing it again.
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { detectClauses } from '../../src/clauses/index.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import { analyzeLicenseText, licenseMemoHits, outlineMemoHits } from '../../src/licenses/memo.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

const require = createRequire(path.resolve(process.cwd(), 'package.json'))
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

/** A model licence of our own with a user cap, a use policy and a naming clause. */
const PIPIT_LICENSE = `PIPIT MODEL LICENSE

1. You may use, copy, modify and share the Pipit model and its weights.
2. If your services had more than 100 million monthly active users last month, you need a separate
licence from us before you use the model, which we may refuse.
3. You must follow the Pipit Acceptable Use Policy, which forms part of this licence.
4. Models derived from Pipit must have names that start with "Pipit".
`

const POLICY = `Pipit Acceptable Use Policy

You may not use Pipit to:
1. break the law or help others do so;
2. generate spam or malware;
3. impersonate a person without consent.
`

const TEXTS: Record<string, string> = {
  MIT: LIST['MIT'].licenseText,
  Apache: LIST['Apache-2.0'].licenseText,
  pipit: PIPIT_LICENSE,
  policy: POLICY
}

// Folder and file names that change what a licence covers (weights/, docs/, code/, a policy's name).
const PATHS = [
  'LICENSE',
  'models/a/LICENSE',
  'models/b/LICENSE',
  'weights/LICENSE',
  'models/c/docs/LICENSE',
  'src/LICENSE',
  'models/d/LICENSE-MODEL',
  'models/e/USE_POLICY.md',
  'models/f/USE_POLICY.md'
]

describe('licence memo', () => {
  it.each(Object.keys(TEXTS))('gives for %s what a fresh analysis gives, on every path', name => {
    const text = TEXTS[name]
    for (const p of PATHS) {
      const memoised = analyzeLicenseText(text, p)
      expect(memoised.identification).toEqual(identifyLicenseText(text, p))
      expect(memoised.clauses).toEqual(detectClauses(text, p))
    }
  })

  it('answers a copy of a text from the memo, and a changed text afresh', () => {
    const text = `${PIPIT_LICENSE}\n5. Version ${Date.now()}.\n`
    const before = licenseMemoHits()
    const first = analyzeLicenseText(text, 'models/x/LICENSE')
    expect(licenseMemoHits()).toBe(before)
    const second = analyzeLicenseText(text, 'models/y/LICENSE')
    expect(licenseMemoHits()).toBe(before + 1)
    expect(second.identification.file).toBe('models/y/LICENSE')
    expect(second.clauses.map(c => c.file)).toEqual(first.clauses.map(() => 'models/y/LICENSE'))
    expect(second.clauses.map(c => [c.type, c.line, c.quote])).toEqual(
      first.clauses.map(c => [c.type, c.line, c.quote])
    )
    expect(second.clauses.map(c => c.type)).toEqual(
      expect.arrayContaining(['user-threshold', 'acceptable-use-policy', 'naming-requirement'])
    )
    analyzeLicenseText(text.replace('100 million', '200 million'), 'models/z/LICENSE')
    expect(licenseMemoHits()).toBe(before + 1)
  })

  it('hands out copies: changing one result leaves the next alone', () => {
    const text = `${POLICY}\n4. Revision ${Date.now()}.\n`
    const a = analyzeLicenseText(text, 'a/USE_POLICY.md')
    a.identification.component = 'code'
    a.clauses.length = 0
    const b = analyzeLicenseText(text, 'b/USE_POLICY.md')
    expect(b.identification.component).toBe(identifyLicenseText(text, 'b/USE_POLICY.md').component)
    expect(b.clauses.length).toBeGreaterThan(0)
  })

  it('a monorepo that copies one licence into 30 folders has it analysed once', async () => {
    const text = `${PIPIT_LICENSE}\nIssued ${Date.now()}.\n`
    const files: Record<string, string | Buffer> = {}
    for (let i = 0; i < 30; i++) {
      files[`models/m${i}/LICENSE`] = text
      files[`models/m${i}/README.md`] = `---\nlicense: other\nlicense_name: pipit\n---\n# Pipit ${i}\n`
    }
    const dir = await makeRepo(files)
    try {
      const before = licenseMemoHits()
      const { report } = await audit(dir)
      expect(report.models).toHaveLength(30)
      expect(licenseMemoHits() - before).toBe(29)
      for (const m of report.models) {
        const caps = m.clauses.filter(c => c.type === 'user-threshold')
        expect(caps).toEqual([expect.objectContaining({ file: `${m.path}/LICENSE`, line: 4 })])
      }
    } finally {
      await removeRepo(dir)
    }
  })

  describe('texts that differ only in their copyright lines', () => {
    const HOLDERS = [
      'Copyright (c) 2025 Heron Labs',
      'Copyright 2019-2024 The Egret Authors. All rights reserved.',
      '© 2023 Research Only Foundation',
      'Copyright (C) 2021 Non-Commercial Things GmbH',
      '版权所有 (c) 2024 苍鹭实验室'
    ]
    const withHolder = (text: string, holder: string) => text.replace(/^.*copyright.*$/im, holder) // the first notice line of a standard text

    // The Chinese holder line is no copyright line to the normaliser (isCopyrightLine), so that text
    // is read afresh. ISC has two notice lines in one run: "Non-Commercial Things GmbH" read with
    // the line after it states a clause, so that text is read afresh too.
    it.each([
      ['MIT', 3],
      ['BSD-3-Clause', 3],
      ['BSD-2-Clause', 3],
      ['ISC', 2]
    ])(
      '%s under five holders: each result equals a fresh detection, %i come from the outline',
      (id, hits) => {
        const stamp = `\n\nIssued ${id} ${Date.now()}.\n` // a text no earlier test has read
        const before = outlineMemoHits()
        for (const holder of HOLDERS) {
          const text = withHolder(LIST[id].licenseText, holder) + stamp
          expect(text).toContain(holder)
          const got = analyzeLicenseText(text, `models/${holder.length}/LICENSE`)
          expect(got.clauses).toEqual(detectClauses(text, `models/${holder.length}/LICENSE`))
        }
        expect(outlineMemoHits() - before).toBe(hits)
      }
    )

    it('a notice line that states a clause is read, not blanked', () => {
      const stamp = `Issued ${Date.now()}.`
      const plain = `Copyright (c) 2025 Heron Labs\n\n${LIST['MIT'].licenseText.split('\n').slice(2).join('\n')}\n${stamp}\n`
      const added = plain.replace(
        'Copyright (c) 2025 Heron Labs',
        'Copyright (c) 2025 Heron Labs. The model may not be used for commercial purposes.'
      )
      const before = outlineMemoHits()
      expect(analyzeLicenseText(plain, 'a/LICENSE').clauses.map(c => c.type)).not.toContain('non-commercial')
      const got = analyzeLicenseText(added, 'b/LICENSE')
      expect(got.clauses).toEqual(detectClauses(added, 'b/LICENSE'))
      expect(got.clauses.filter(c => c.type === 'non-commercial').map(c => c.line)).toEqual([1])
      expect(outlineMemoHits()).toBe(before)
    })

    it('every OSI-approved SPDX text under another holder gives what a fresh detection gives', () => {
      const ids = Object.keys(LIST).filter(id => (LIST[id] as { osiApproved?: boolean }).osiApproved)
      expect(ids.length).toBeGreaterThan(100)
      const stamp = `\nIssued ${Date.now()}.\n`
      for (const id of ids) {
        for (const holder of HOLDERS.slice(1, 2)) {
          const text = `${holder}\n\n${LIST[id].licenseText}${stamp}`
          expect({ id, clauses: analyzeLicenseText(text, 'LICENSE').clauses }).toEqual({
            id,
            clauses: detectClauses(text, 'LICENSE')
          })
        }
      }
    })
  })
})
