// Several models in one README: a table or list naming models with licences of their own makes
// each named model an entry of the report (same path, `variant` = its name) with its own licence,
// clauses, verdicts and findings.
import { describe, expect, it } from '@jest/globals'
import type { ModelReport, Report } from '../../src/report/types.js'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { NON_COMMERCIAL_MODEL_LICENSE, spdxText } from '../helpers/own-licenses.js'

const README = [
  '# Heron image models', // 1
  '', // 2
  'Heron is a family of text-to-image diffusion models.', // 3
  '', // 4
  '| Model | Resolution | License |', // 5
  '|---|---|---|', // 6
  '| Heron-Base | 512 | Apache 2.0 |', // 7
  '| Heron-XL | 1024 | [Heron Non-Commercial](model_licenses/LICENSE-HERON-XL) |', // 8
  '| Heron-Turbo | 512 | custom non-commercial |', // 9
  ''
].join('\n')

const byName = (r: Report): Record<string, ModelReport> =>
  Object.fromEntries(r.models.map(m => [m.variant ?? m.name ?? m.path, m] as const))
const licenceFindings = (r: Report, name: string) => {
  const m = byName(r)[name]!
  return m.findings.filter(f => f.rule.startsWith('license')).map(f => [f.rule, f.severity, f.file, f.line])
}

describe('a README table of models with their own licences', () => {
  it('gives each named model its licence, clauses and findings', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('Apache-2.0'),
      'README.md': README,
      'model_licenses/LICENSE-HERON-XL': NON_COMMERCIAL_MODEL_LICENSE,
      'heron-base.safetensors': LFS_POINTER
    })
    expect(r.models.map(m => [m.path, m.variant, m.name])).toEqual([
      ['.', 'Heron-Base', 'Heron-Base'],
      ['.', 'Heron-XL', 'Heron-XL'],
      ['.', 'Heron-Turbo', 'Heron-Turbo']
    ])
    const m = byName(r)
    expect(m['Heron-Base']!.licenses.map(l => [l.file, l.id, l.source, l.component, l.line])).toEqual([
      ['LICENSE', 'Apache-2.0', 'file', 'code', undefined],
      ['README.md', 'Apache-2.0', 'card-text', 'all', 7]
    ])
    expect(m['Heron-XL']!.licenses.map(l => [l.file, l.id, l.source, l.component])).toEqual([
      ['LICENSE', 'Apache-2.0', 'file', 'code'],
      ['model_licenses/LICENSE-HERON-XL', null, 'file', 'weights']
    ])
    expect(m['Heron-Turbo']!.licenses.map(l => [l.file, l.id, l.source, l.line])).toEqual([
      ['LICENSE', 'Apache-2.0', 'file', undefined],
      ['README.md', null, 'card-text', 9]
    ])
    expect(licenceFindings(r, 'Heron-Base')).toEqual([])
    expect(licenceFindings(r, 'Heron-XL')).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-HERON-XL', 6]
    ])
    expect(licenceFindings(r, 'Heron-Turbo')).toEqual([
      ['license/no-non-commercial', 'error', 'README.md', 9]
    ])
    expect(m['Heron-Turbo']!.clauses).toContainEqual(
      expect.objectContaining({
        type: 'non-commercial',
        file: 'README.md',
        line: 9,
        quote: '| Heron-Turbo | 512 | custom non-commercial |'
      })
    )
  })

  it('a waiver naming one variant waives that variant only; with a path that must match too', async () => {
    const files = {
      LICENSE: spdxText('Apache-2.0'),
      'README.md': README,
      'model_licenses/LICENSE-HERON-XL': NON_COMMERCIAL_MODEL_LICENSE,
      'heron-base.safetensors': LFS_POINTER
    }
    const waiver = (extra: string) =>
      `waivers:\n  - rule: license/no-non-commercial\n    reason: research release approved (ticket 12)\n${extra}`
    const one = await auditFiles(files, waiver('    model: heron-xl\n'))
    expect(licenceFindings(one, 'Heron-XL')).toEqual([])
    expect(licenceFindings(one, 'Heron-Turbo')).toEqual([
      ['license/no-non-commercial', 'error', 'README.md', 9]
    ])
    const elsewhere = await auditFiles(files, waiver('    model: Heron-XL\n    path: models/other\n'))
    expect(licenceFindings(elsewhere, 'Heron-XL')).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-HERON-XL', 6]
    ])
    const unknown = await auditFiles(files, waiver('    model: Heron-Mega\n'))
    expect(licenceFindings(unknown, 'Heron-XL')).toHaveLength(1)
    expect(licenceFindings(unknown, 'Heron-Turbo')).toHaveLength(1)
  })

  it('a list with links works the same way', async () => {
    const r = await auditFiles({
      'README.md': [
        '# Heron',
        '',
        '- **Heron-Base**: [Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0)',
        '- **Heron-XL**: [non-commercial licence](model_licenses/LICENSE-HERON-XL)',
        ''
      ].join('\n'),
      'model_licenses/LICENSE-HERON-XL': NON_COMMERCIAL_MODEL_LICENSE,
      'model.safetensors': LFS_POINTER
    })
    expect(r.models.map(m => m.variant)).toEqual(['Heron-Base', 'Heron-XL'])
    expect(licenceFindings(r, 'Heron-Base')).toEqual([])
    expect(licenceFindings(r, 'Heron-XL')).toEqual([
      ['license/no-non-commercial', 'error', 'model_licenses/LICENSE-HERON-XL', 6]
    ])
  })

  it('one licence for all named models: one entry for the repository, no variants', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT'),
      'README.md': '# Heron\n\n| Model | License |\n|---|---|\n| Heron-S | MIT |\n| Heron-L | MIT |\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models.map(m => [m.path, m.variant])).toEqual([['.', undefined]])
  })

  it('a table of a release’s parts (weights, code) is no list of models', async () => {
    const r = await auditFiles({
      'README.md':
        '# Heron\n\n| Component | Licence |\n|---|---|\n| Weights | [terms](LICENSE-WEIGHTS) |\n| Code | MIT |\n',
      'LICENSE-WEIGHTS': NON_COMMERCIAL_MODEL_LICENSE,
      'model.safetensors': LFS_POINTER
    })
    expect(r.models.map(m => [m.path, m.variant])).toEqual([['.', undefined]])
  })
})
