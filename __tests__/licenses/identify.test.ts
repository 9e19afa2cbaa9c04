import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CATALOGUE } from '../../src/licenses/catalogue/index.js'
import {
  catalogueClauses,
  componentOf,
  getLicenseInfo,
  identifyLicenseId,
  identifyLicenseText,
  isOpenSourceLicense
} from '../../src/licenses/identify.js'
import { CLAUSE_TYPES } from '../../src/types.js'
import { describeConformance, itConformance, sharedPath } from '../helpers/shared.js'

/** The Hub's licence list, from the shared anchors (conformance tests only). */
const hubCsv = (): string => sharedPath('anchors', 'hf-hub', 'derived', 'hub-license-ids.csv')
const itCorpus = itConformance('Hub licence ids mapped to SPDX or the catalogue')

describe('identifyLicenseId', () => {
  it.each([
    ['apache-2.0', 'Apache-2.0', 'hub-id'],
    ['MIT', 'MIT', 'hub-id'],
    ['llama3.1', 'llama3.1', 'hub-id'],
    ['LLAMA3.2', 'llama3.2', 'hub-id'],
    ['gemma', 'gemma', 'hub-id'],
    ['openrail++', 'openrail++', 'hub-id'],
    ['gpl-3.0', 'GPL-3.0-only', 'hub-id'],
    ['Apache-2.0 OR MIT', 'Apache-2.0 OR MIT', 'spdx-expression'],
    ['apache-2.0 or mit', 'Apache-2.0 OR MIT', 'spdx-expression'],
    [
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'spdx-expression'
    ],
    ['MIT AND (BSD-3-Clause OR ISC)', 'MIT AND (BSD-3-Clause OR ISC)', 'spdx-expression'],
    ['GPL-2.0+', 'GPL-2.0-or-later', 'spdx-expression'],
    ['BSD-2-Clause', 'BSD-2-Clause', 'hub-id'],
    ['Zlib', 'Zlib', 'hub-id'],
    ['0BSD', '0BSD', 'spdx-expression'],
    ['deepseek', 'deepseek-license', 'license-name'],
    ['qwen-research', 'tongyi-qianwen-research', 'license-name'],
    ['mrl', 'mistral-research', 'license-name'],
    ['nvidia-open-model-license', 'nvidia-open-model', 'license-name'],
    ['Llama 3.1 Community License Agreement', 'llama3.1', 'license-name'],
    ['Apache 2.0', 'Apache-2.0', 'spdx-correct'],
    ['MIT license', 'MIT', 'license-name'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0', 'license-name'],
    ['GNU General Public License v3.0 only', 'GPL-3.0-only', 'license-name']
  ])('%s -> %s (%s)', (value, id, matcher) => {
    const r = identifyLicenseId(value)
    expect(r.id).toBe(id)
    expect(r.matcher).toBe(matcher)
    expect(r.known).toBe(true)
    expect(r.confidence).toBeGreaterThan(0)
  })

  it.each(['asdf qwer', 'LicenseRef-my-licence', 'proprietary nonsense 42', ''])(
    'garbage %p is not known',
    value => {
      const r = identifyLicenseId(value)
      expect(r).toMatchObject({ id: null, known: false, matcher: 'none' })
    }
  )

  it('other and unknown name no licence', () => {
    expect(identifyLicenseId('other')).toMatchObject({ id: null, known: true, matcher: 'hub-id' })
    expect(identifyLicenseId('unknown')).toMatchObject({ id: null, known: true })
  })

  itCorpus('maps every Hub licence id to SPDX or to the catalogue', () => {
    const rows = readFileSync(hubCsv(), 'utf8').trim().split('\n').slice(1)
    expect(rows.length).toBeGreaterThan(80)
    for (const row of rows) {
      const id = row.split(',')[0]!
      const r = identifyLicenseId(id)
      expect(r.known).toBe(true)
      if (id === 'other' || id === 'unknown') continue
      expect(r.matcher).toBe('hub-id')
      expect(r.id).not.toBeNull()
      expect(getLicenseInfo(r.id!)).toBeDefined()
      const spdxCol = row.match(/,([A-Za-z0-9.+-]*),(true|false|),(true|false|)\s*$/)?.[1]
      if (spdxCol)
        expect(getLicenseInfo(r.id!)!.spdx?.replace('-only', '')).toBe(spdxCol.replace('-only', ''))
    }
  })
})

describe('getLicenseInfo', () => {
  it('describes catalogue licences', () => {
    const info = getLicenseInfo('llama3.1')!
    expect(info).toMatchObject({
      id: 'llama3.1',
      family: 'llama',
      kind: 'license',
      osiApproved: false,
      spdx: null,
      version: '3.1'
    })
    expect(info.useAt).toMatch(/use-policy/)
    expect(info.clauses.map(c => c.type)).toEqual(
      expect.arrayContaining(['user-threshold', 'acceptable-use-policy', 'naming-requirement'])
    )
    expect(getLicenseInfo('llama4-aup')!.kind).toBe('use-policy')
  })

  it('describes SPDX licences with clauses by kind', () => {
    expect(getLicenseInfo('Apache-2.0')).toMatchObject({
      id: 'Apache-2.0',
      osiApproved: true,
      spdx: 'Apache-2.0'
    })
    expect(getLicenseInfo('Apache-2.0')!.clauses.map(c => c.type)).toEqual(['attribution'])
    expect(getLicenseInfo('GPL-3.0-only')!.clauses.map(c => c.type)).toContain('share-alike')
    expect(
      getLicenseInfo('CC-BY-NC-ND-4.0')!
        .clauses.map(c => c.type)
        .sort()
    ).toEqual(['attribution', 'no-derivatives', 'non-commercial'])
    expect(
      getLicenseInfo('CC-BY-SA-4.0')!
        .clauses.map(c => c.type)
        .sort()
    ).toEqual(['attribution', 'share-alike'])
    expect(getLicenseInfo('CC-BY-NC-SA-4.0')!.osiApproved).toBe(false)
    expect(getLicenseInfo('CC0-1.0')!.clauses).toEqual([])
    expect(getLicenseInfo('no-such-licence')).toBeUndefined()
  })

  it('every catalogue entry is well formed', () => {
    const ids = new Set<string>()
    for (const e of CATALOGUE) {
      expect(ids.has(e.id)).toBe(false)
      ids.add(e.id)
      expect(e.name.length).toBeGreaterThan(3)
      for (const c of e.clauses) {
        expect(CLAUSE_TYPES).toContain(c.type)
        expect(c.summary.length).toBeGreaterThan(10)
        expect(c.summary).not.toContain('\n')
      }
      if (e.policyOf) expect(getLicenseInfo(e.policyOf)).toBeDefined()
      if (e.policy) expect(getLicenseInfo(e.policy)?.kind).toBe('use-policy')
    }
    for (const id of [
      'deepseek-license',
      'tongyi-qianwen',
      'tongyi-qianwen-research',
      'yi-license',
      'chatglm-6b-license',
      'baichuan2-community',
      'tencent-hunyuan-community',
      'databricks-open-model',
      'nvidia-open-model',
      'stability-ai-community',
      'stability-ai-noncommercial',
      'mistral-research',
      'opt-175b',
      'ai2-impact-lr',
      'falcon-tii-llm-1.0',
      'llama3-aup',
      'bigscience-bloom-rail-1.0',
      'bigcode-openrail-m',
      'grok2-community',
      'openmdw-1.1'
    ]) {
      expect(ids.has(id)).toBe(true)
    }
  })
})

describe('isOpenSourceLicense', () => {
  it.each([
    ['MIT', true],
    ['apache-2.0', true],
    ['Apache-2.0 OR MIT', true],
    ['Apache-2.0 OR CC-BY-NC-4.0', true],
    ['Apache-2.0 AND CC-BY-NC-4.0', false],
    ['MIT AND (BSD-3-Clause OR CC-BY-4.0)', true],
    ['CC-BY-4.0', false],
    ['GPL-2.0-only WITH Classpath-exception-2.0', true],
    ['llama3.1', false],
    ['gemma', false],
    ['not a licence', false],
    ['', false]
  ])('%s -> %s', (id, open) => {
    expect(isOpenSourceLicense(id)).toBe(open)
  })
})

describe('catalogueClauses', () => {
  it('quotes the catalogue summaries at the card line, with the incorporated policy', () => {
    const cl = catalogueClauses('llama3.2', 'README.md', 7)
    expect(cl.every(c => c.file === 'README.md' && c.line === 7 && c.quote.length > 0)).toBe(true)
    const types = cl.map(c => c.type)
    expect(types).toEqual(
      expect.arrayContaining([
        'user-threshold',
        'acceptable-use-policy',
        'field-of-use-restriction',
        'geographic-restriction'
      ])
    )
    expect(new Set(types).size).toBe(types.length)
  })

  it('works for SPDX ids and expressions, and yields nothing for unknown ids', () => {
    expect(catalogueClauses('CC-BY-NC-4.0', null, null).map(c => c.type)).toContain('non-commercial')
    expect(catalogueClauses('MIT OR CC-BY-SA-4.0', null, null).map(c => c.type)).toContain('share-alike')
    expect(catalogueClauses('nope', null, null)).toEqual([])
  })
})

describe('identifyLicenseText: notices and components', () => {
  it.each([
    ['Apache License 2.0', 'Apache-2.0'],
    ['This model is licensed under the MIT license.', 'MIT'],
    ['// SPDX-License-Identifier: MIT', 'MIT'],
    ['SPDX-License-Identifier: Apache-2.0 OR MIT', 'Apache-2.0 OR MIT'],
    ['The weights are released under the Llama 3.1 Community License.', 'llama3.1'],
    ['Licensed under the Apache License, Version 2.0', 'Apache-2.0']
  ])('%p -> %s', (text, id) => {
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id).toBe(id)
    expect(r.confidence).toBeLessThan(1)
  })

  it('returns Unrecognized licence when nothing matches', () => {
    expect(identifyLicenseText('Do whatever, but call me first.\nThanks', 'LICENSE')).toMatchObject({
      id: null,
      name: 'Unrecognized licence',
      matcher: 'none',
      confidence: 0
    })
  })

  it.each([
    ['LICENSE-CODE', 'code'],
    ['LICENSE_MODEL', 'weights'],
    ['weights/LICENSE.txt', 'weights'],
    ['USE_POLICY.md', 'use-policy'],
    ['ACCEPTABLE_USE_POLICY.md', 'use-policy'],
    ['LICENSE-DATA', 'data'],
    ['docs/LICENSE', 'documentation'],
    ['LICENSE', 'all']
  ])('component of %s is %s', (file, component) => {
    expect(componentOf(file, 'Some licence text')).toBe(component)
  })

  it('component from the text when the name says nothing', () => {
    expect(componentOf('POLICY.md', '# Acceptable Use Policy\n\nDo not.')).toBe('use-policy')
    expect(componentOf('LICENSE', 'Model Weights License\n\nText')).toBe('weights')
  })

  it('handles CRLF and a BOM', () => {
    const r = identifyLicenseText(
      '\uFEFFMIT License\r\n\r\nCopyright (c) 2024 X\r\n\r\n' +
        'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\r\n\r\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\r\n\r\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\r\n',
      'LICENSE'
    )
    expect(r).toMatchObject({ id: 'MIT', matcher: 'exact' })
  })
})

describeConformance('Hub licence ids against the Hub list', () => {
  it('HUB_LICENSE_IDS is exactly the Hub list', async () => {
    const { HUB_LICENSE_IDS } = await import('../../src/licenses/hub-ids.js')
    const ids = readFileSync(hubCsv(), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map(r => r.split(',')[0]!)
    expect([...HUB_LICENSE_IDS].sort()).toEqual([...new Set(ids)].sort())
  })
})
