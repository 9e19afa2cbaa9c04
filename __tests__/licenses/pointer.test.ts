// Pointer licences: a licence file that only gives the address (or the name) of a known licence is
// that licence, and the catalogue's clauses apply, each quoting the line that points.
import { describe, expect, it } from '@jest/globals'
import { licenseAtUrl, normalizeLicenseUrl, resolvePointer } from '../../src/licenses/pointer.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import type { Report } from '../../src/report/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { spdxText } from '../helpers/own-licenses.js'

describe('licenseAtUrl', () => {
  it.each([
    ['https://ai.meta.com/llama/license/', 'llama2'],
    ['https://github.com/meta-llama/llama/blob/main/LICENSE', 'llama2'],
    ['https://raw.githubusercontent.com/facebookresearch/codellama/main/LICENSE', 'llama2'],
    ['http://llama.meta.com/llama3_1/license', 'llama3.1'],
    ['https://www.llama.com/llama3_1/use-policy/', 'llama3.1'],
    ['https://github.com/meta-llama/llama-models/blob/v0.1/models/llama3_2/LICENSE', 'llama3.2'],
    ['https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/LICENSE.txt', 'llama2'],
    ['https://huggingface.co/google/gemma-2-9b', 'gemma'],
    ['https://ai.google.dev/gemma/terms#section', 'gemma'],
    ['https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement', 'bigcode-openrail-m'],
    ['https://www.apache.org/licenses/LICENSE-2.0.txt', 'Apache-2.0'],
    ['https://opensource.org/license/mit/', 'MIT'],
    ['https://spdx.org/licenses/BSD-3-Clause.html', 'BSD-3-Clause'],
    ['https://creativecommons.org/licenses/by-nc/4.0/legalcode', 'CC-BY-NC-4.0'],
    ['https://creativecommons.org/publicdomain/zero/1.0/', 'CC0-1.0'],
    ['https://www.gnu.org/licenses/gpl-3.0.en.html', 'GPL-3.0-only'],
    ['https://example.org/heron/license', null],
    ['https://github.com/acme/heron/blob/main/LICENSE', null],
    ['https://huggingface.co/acme/heron-7b/blob/main/LICENSE', null],
    ['https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json', null]
  ])('%s → %s', (url, id) => {
    expect(licenseAtUrl(url)).toBe(id)
  })

  it('normalises scheme, host, branch, case and trailing parts', () => {
    expect(normalizeLicenseUrl('HTTPS://WWW.Example.org/A/B/?q=1#x')).toBe('example.org/a/b')
    expect(normalizeLicenseUrl('https://github.com/o/r/tree/dev/LICENSE')).toBe(
      'github.com/o/r/blob/*/license'
    )
    expect(normalizeLicenseUrl('not a url')).toBeNull()
  })
})

describe('resolvePointer', () => {
  it('a short text whose address names a licence, with the address’s line', () => {
    expect(
      resolvePointer(
        'Heron Code is released under the Llama 2 licence.\n\nhttps://ai.meta.com/llama/license/\n'
      )
    ).toEqual({
      id: 'llama2',
      line: 3,
      url: 'https://ai.meta.com/llama/license/'
    })
  })
  it.each([
    ['a full licence text that mentions an address', spdxText('Apache-2.0')],
    [
      'addresses of two different licences',
      'See https://opensource.org/license/mit and https://www.apache.org/licenses/LICENSE-2.0'
    ],
    ['an unknown address', 'See https://example.org/heron/license'],
    ['no address', 'All rights reserved.']
  ])('not %s', (_case, text) => {
    expect(resolvePointer(text)).toBeNull()
  })
  it('is identified with the matcher "pointer"', () => {
    const id = identifyLicenseText('See https://www.llama.com/llama3_3/license/ for the terms.\n', 'LICENSE')
    expect([id.id, id.matcher]).toEqual(['llama3.3', 'pointer'])
  })
})

const licenceFindings = (r: Report) =>
  allFindings(r)
    .filter(f => f.rule.startsWith('license'))
    .map(f => [f.rule, f.severity, f.file, f.line])
    .sort()

describe('a pointer LICENSE in an audit', () => {
  it('gives the catalogue licence’s clauses, each cited at the pointer line', async () => {
    const r = await auditFiles({
      LICENSE:
        'Heron Code is a derivative of Llama 2 and is governed by its licence:\n\nhttps://github.com/meta-llama/llama/blob/main/LICENSE\n',
      'README.md': '---\nlicense: llama2\n---\n# Heron Code\n',
      'model.safetensors': LFS_POINTER
    })
    const m = r.models[0]!
    expect(m.licenses.map(l => [l.file, l.id, l.source])).toEqual([
      ['LICENSE', 'llama2', 'file'],
      [null, 'llama2', 'card']
    ])
    const quote = 'https://github.com/meta-llama/llama/blob/main/LICENSE'
    expect(m.clauses.filter(c => c.type === 'user-threshold')).toEqual([
      expect.objectContaining({ file: 'LICENSE', line: 3, quote, source: 'catalogue' })
    ])
    expect(licenceFindings(r)).toEqual([
      ['license/no-acceptable-use-policy', 'error', 'LICENSE', 3],
      ['license/no-field-of-use-restriction', 'error', 'LICENSE', 3],
      ['license/no-output-use-restriction', 'error', 'LICENSE', 3],
      ['license/no-user-threshold', 'error', 'LICENSE', 3],
      ['license/osi-approved', 'error', 'LICENSE', undefined]
    ])
  })

  it('a LICENSE that only names a catalogued licence brings its clauses at that line', async () => {
    const r = await auditFiles({
      LICENSE: '\nLlama 2 Community License Agreement\n',
      'README.md': '# Heron Code\n\nHeron Code is a code model.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.clauses.filter(c => c.type === 'user-threshold')).toEqual([
      expect.objectContaining({ file: 'LICENSE', line: 2, quote: 'Llama 2 Community License Agreement' })
    ])
  })

  it('an unknown address stays unrecognised', async () => {
    const r = await auditFiles({
      LICENSE: 'See https://example.org/heron/license for the terms.\n',
      'README.md': '# Heron Code\n\nHeron Code is a code model.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.licenses.map(l => [l.file, l.id])).toEqual([['LICENSE', null]])
    expect(licenceFindings(r)).toEqual([['license-unrecognized', 'warning', 'LICENSE', 1]])
  })
})
