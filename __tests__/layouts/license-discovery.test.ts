// Licence discovery follows what a reviewer reads: files the card links to (in tables too), licence
// files named as such anywhere in the model's tree (LICENSE-*, *_LICENSE*, model_licenses/*), each
// tied to the model it names; the repository's LICENSE is the code's when the model's is elsewhere.
import { describe, expect, it } from '@jest/globals'
import { audit } from '../../src/audit.js'
import { defaultConfig } from '../../src/config/schema.js'
import type { Finding } from '../../src/types.js'
import type { ModelReport, Report } from '../../src/report/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { MIT_NOTICE, NON_COMMERCIAL_MODEL_LICENSE, spdxText } from '../helpers/own-licenses.js'

const APACHE = spdxText('Apache-2.0')
const NC = NON_COMMERCIAL_MODEL_LICENSE
const licenses = (m: ModelReport) =>
  m.licenses.map(l => ({ file: l.file, id: l.id, component: l.component, source: l.source }))
/** Every finding of the licence rules and unsafe paths, as rule · severity · file · line. */
const licenceFindings = (r: Report) =>
  allFindings(r)
    .filter(f => /^(license|unsafe-path)/.test(f.rule))
    .map((f: Finding) => [f.rule, f.severity, f.file, f.line])
    .sort()

describe('examples/egret-image: model licences in a folder of their own', () => {
  it('fails on the non-commercial clause of the linked model licence; LICENSE is the code’s', async () => {
    const { report } = await audit('examples/egret-image', defaultConfig(), { today: '2026-11-27' })
    expect(report.models.map(m => [m.path, m.name])).toEqual([['.', 'Egret Image']])
    const m = report.models[0]!
    expect(licenses(m)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      { file: 'model_licenses/LICENSE-EGRET-XL', id: null, component: 'weights', source: 'file' },
      // "The code in this repository (`src/`) is released under the Apache License 2.0"
      { file: 'README.md', id: 'Apache-2.0', component: 'code', source: 'card-text' }
    ])
    expect(m.licenses.find(l => l.source === 'card-text')?.line).toBe(29)
    expect(m.clauses.filter(c => c.type === 'non-commercial')).toEqual([
      expect.objectContaining({ file: 'model_licenses/LICENSE-EGRET-XL', line: 9 }),
      expect.objectContaining({ file: 'model_licenses/LICENSE-EGRET-XL', line: 10 })
    ])
    expect(licenceFindings(report)).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-EGRET-XL', 10],
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-EGRET-XL', 9]
    ])
    expect(report.verdict).toBe('fail')
  })
})

describe('files the card links to', () => {
  it('a licence linked from a table’s licence column is read whatever its name; other links are not', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': [
        '---',
        'license: other',
        '---',
        '# Heron',
        '',
        '| Model | Licence |',
        '|---|---|',
        '| Heron-7B | [terms](legal/heron-terms.md) |',
        '',
        'See the [architecture notes](docs/architecture.md).',
        ''
      ].join('\n'),
      'legal/heron-terms.md': NC,
      'docs/architecture.md': '# Architecture\n\nA decoder.\n',
      'model.safetensors': LFS_POINTER
    })
    const m = r.models[0]!
    expect(licenses(m)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      // Its title says it is a model licence.
      { file: 'legal/heron-terms.md', id: null, component: 'weights', source: 'file' }
    ])
    expect(licenceFindings(r)).toEqual([['license/no-non-commercial', 'error', 'legal/heron-terms.md', 6]])
  })

  it('a licence link leaving the repository is reported at its card line, never read', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': '# Heron\n\nHeron is a small model.\n\nSee the [License](../../outside/LICENSE).\n',
      'model.safetensors': LFS_POINTER
    })
    expect(licenceFindings(r)).toEqual([['unsafe-path', 'error', 'README.md', 5]])
    expect(licenses(r.models[0]!)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'all', source: 'file' }
    ])
  })

  it('a licence the card links to that is not in the repository is a warning at the link, once', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': [
        '# Heron',
        '',
        'The weights are under the [Heron model licence](model_licenses/LICENSE-HERON).',
        '',
        'Again: [LICENSE-HERON](model_licenses/LICENSE-HERON). Read the [docs](docs/intro.md).',
        ''
      ].join('\n'),
      'model.safetensors': LFS_POINTER
    })
    expect(licenceFindings(r)).toEqual([['license-missing', 'warning', 'README.md', 3]])
    const f = allFindings(r).find(x => x.rule === 'license-missing')!
    expect(f.message).toBe(
      'The card links to `model_licenses/LICENSE-HERON` as a licence, but that file is not in the repository: the terms it names could not be read.'
    )
  })

  it('follows licence links written as HTML anchors, in a block and inline', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': [
        '# Heron',
        '',
        '<p align="center">',
        '  <a href="https://example.org">site</a> · <a class="x" href="legal/heron-terms.md">Model licence</a>',
        '</p>',
        '',
        "Weights of the large size: <a href='legal/heron-large.md'>terms</a>.",
        ''
      ].join('\n'),
      'legal/heron-terms.md': NC,
      'legal/heron-large.md': NC,
      'model.safetensors': LFS_POINTER
    })
    expect(licenses(r.models[0]!)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      { file: 'legal/heron-terms.md', id: null, component: 'weights', source: 'file' },
      { file: 'legal/heron-large.md', id: null, component: 'weights', source: 'file' }
    ])
    expect(licenceFindings(r)).toEqual([
      ['license/no-non-commercial', 'error', 'legal/heron-large.md', 6],
      ['license/no-non-commercial', 'error', 'legal/heron-terms.md', 6]
    ])
  })
})

describe('licence files named as such anywhere in the model’s tree', () => {
  it('model_licenses/* governs the model even unlinked; vendored and plain nested licences do not', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': '---\nlicense: other\n---\n# Heron\n',
      'model_licenses/LICENSE-HERON': NC,
      'weights/HERON_LICENSE.md': NC,
      'third_party/tokenizer/LICENSE-MIT': spdxText('MIT'),
      'src/LICENSE': spdxText('MIT'),
      'model.safetensors': LFS_POINTER
    })
    const m = r.models[0]!
    expect(licenses(m)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      { file: 'weights/HERON_LICENSE.md', id: null, component: 'weights', source: 'file' },
      { file: 'model_licenses/LICENSE-HERON', id: null, component: 'weights', source: 'file' }
    ])
    expect(licenceFindings(r)).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-HERON', 6],
      ['license/no-non-commercial', 'error', 'weights/HERON_LICENSE.md', 6]
    ])
  })

  it('a licence named for one model of a monorepo governs that model only', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': '# Bird models\n\nA collection of models.\n',
      'model_licenses/LICENSE-heron': NC,
      'model_licenses/LICENSE-egret': MIT_NOTICE,
      'models/heron/README.md': '---\nlicense: other\n---\n# Heron\n',
      'models/heron/model.safetensors': LFS_POINTER,
      'models/egret/README.md': '---\nlicense: mit\n---\n# Egret\n',
      'models/egret/model.safetensors': LFS_POINTER
    })
    const by = Object.fromEntries(r.models.map(m => [m.path, m]))
    expect(Object.keys(by)).toEqual(['models/egret', 'models/heron'])
    expect(licenses(by['models/heron']!)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      { file: 'model_licenses/LICENSE-heron', id: null, component: 'weights', source: 'file' }
    ])
    expect(licenses(by['models/egret']!)).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'code', source: 'file' },
      { file: 'model_licenses/LICENSE-egret', id: 'MIT', component: 'weights', source: 'file' },
      { file: null, id: 'MIT', component: 'all', source: 'card' }
    ])
    expect(licenceFindings(r)).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-heron', 6]
    ])
  })
})
