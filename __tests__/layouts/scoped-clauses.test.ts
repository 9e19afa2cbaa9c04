// Clauses scoped to some models (issue 11, item 6). A licence that names the models it covers — in
// its title, in an opening statement, in a section heading or in the clause's own sentence — binds
// those models only; the other models under the same licence do not get its clauses. A model the
// scope does not clearly exclude (another family, a name without size or variant) keeps them.
import { describe, expect, it } from '@jest/globals'
import type { ModelReport, Report } from '../../src/report/types.js'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { spdxText } from '../helpers/own-licenses.js'

/** A model folder: a card naming the model, and weights. */
function model(folder: string, name: string): Record<string, string> {
  return {
    [`${folder}/README.md`]: `---\nmodel_name: ${name}\n---\n# ${name}\n\n## Model Details\n\n${name} is a language model.\n`,
    [`${folder}/model.safetensors`]: LFS_POINTER
  }
}

const byName = (r: Report): Record<string, ModelReport> =>
  Object.fromEntries(r.models.map(m => [m.name ?? m.path, m] as const))
type Row = [string, string | null, number | null]
type RuleRow = [string, string, string | undefined, number | undefined]

/** Each model's clauses as [type, file, line], sorted. */
function clauses(r: Report, name: string): Row[] {
  const m = byName(r)[name]!
  const rows = m.clauses.map((c): Row => [c.type, c.file, c.line])
  return rows.sort((a, b) => (a[2] ?? 0) - (b[2] ?? 0) || a[0].localeCompare(b[0]))
}
function licenceRules(r: Report, name: string): RuleRow[] {
  const m = byName(r)[name]!
  const rows = m.findings
    .filter(f => f.category === 'license-restriction')
    .map((f): RuleRow => [f.rule, f.severity, f.file, f.line])
  return rows.sort((a, b) => (a[3] ?? 0) - (b[3] ?? 0))
}

/** One licence for a family of models, some of whose terms name the models they bind. */
const FAMILY_LICENCE = [
  'Heron Model Licence', // 1
  '', // 2
  '1. You may use, copy, change and share the Heron models and their weights.', // 3
  '', // 4
  '2. Copies you share must keep the copyright notice of the Heron authors.', // 5
  '', // 6
  '3. For the Heron-70B model, you may not use the weights for any commercial purpose.', // 7
  '', // 8
  '## Extra terms for the vision models', // 9
  '', // 10
  'You may not use the vision models for facial recognition or the surveillance of individuals.', // 11
  '', // 12
  '## Warranty', // 13
  '', // 14
  'The models are provided as is, and you may not sell them on their own.', // 15
  ''
].join('\n')

describe('clauses scoped to some models of a family', () => {
  it('a sentence and a section that name models bind those models only; the rest binds all', async () => {
    const r = await auditFiles({
      LICENSE: FAMILY_LICENCE,
      ...model('models/heron-7b', 'Heron-7B'),
      ...model('models/heron-70b', 'Heron-70B'),
      ...model('models/heron-7b-vision', 'Heron-7B-Vision')
    })
    expect(r.models.map(m => m.name).sort()).toEqual(['Heron-70B', 'Heron-7B', 'Heron-7B-Vision'])
    expect(clauses(r, 'Heron-7B')).toEqual([
      ['attribution', 'LICENSE', 5],
      ['no-redistribution', 'LICENSE', 15]
    ])
    expect(clauses(r, 'Heron-70B')).toEqual([
      ['attribution', 'LICENSE', 5],
      ['non-commercial', 'LICENSE', 7],
      ['no-redistribution', 'LICENSE', 15]
    ])
    expect(clauses(r, 'Heron-7B-Vision')).toEqual([
      ['attribution', 'LICENSE', 5],
      ['field-of-use-restriction', 'LICENSE', 11],
      ['no-redistribution', 'LICENSE', 15]
    ])
    // the findings follow the clauses: only the 70B model is non-commercial
    expect(licenceRules(r, 'Heron-70B').map(f => f.slice(0, 2))).toContainEqual([
      'license/no-non-commercial',
      'error'
    ])
    expect(licenceRules(r, 'Heron-7B').map(f => f[0])).not.toContain('license/no-non-commercial')
    expect(licenceRules(r, 'Heron-7B-Vision').map(f => f[0])).toContain('license/no-field-of-use-restriction')
    expect(licenceRules(r, 'Heron-7B').map(f => f[0])).not.toContain('license/no-field-of-use-restriction')
  })

  it('a model of another family under the same licence keeps every clause (the scope cannot tell)', async () => {
    const r = await auditFiles({ LICENSE: FAMILY_LICENCE, ...model('models/plover', 'Plover') })
    expect(clauses(r, 'Plover').map(c => c[0])).toEqual([
      'attribution',
      'non-commercial',
      'field-of-use-restriction',
      'no-redistribution'
    ])
  })
})

/** A research licence for one size, in a file beside the code's MIT licence. */
const RESEARCH_LICENCE = [
  'HERON RESEARCH LICENCE', // 1
  '', // 2
  'This licence applies only to the Heron-70B model and its weights.', // 3
  '', // 4
  'You may use the weights for non-commercial research only.', // 5
  ''
].join('\n')

/** A licence for one size, named in its title. */
const SEVENTY_ONLY = ['Heron-70B Research Licence', '', 'You may not use the weights commercially.', ''].join(
  '\n'
)

describe('a licence file that states which models it covers', () => {
  it('its clauses bind the model it names, not its smaller sibling', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT'),
      'LICENSE-RESEARCH': RESEARCH_LICENCE,
      ...model('models/heron-7b', 'Heron-7B'),
      ...model('models/heron-70b', 'Heron-70B')
    })
    const big = clauses(r, 'Heron-70B').filter(c => c[1] === 'LICENSE-RESEARCH')
    expect(big.map(c => c[0]).sort()).toEqual(['non-commercial', 'research-only'])
    expect(big.every(c => c[2] === 5)).toBe(true)
    expect(clauses(r, 'Heron-7B').filter(c => c[1] === 'LICENSE-RESEARCH')).toEqual([])
    // the MIT licence binds both
    expect(
      clauses(r, 'Heron-7B')
        .filter(c => c[1] === 'LICENSE')
        .map(c => c[0])
    ).toEqual(['attribution'])
    expect(
      clauses(r, 'Heron-70B')
        .filter(c => c[1] === 'LICENSE')
        .map(c => c[0])
    ).toEqual(['attribution'])
    expect(licenceRules(r, 'Heron-7B').map(f => f[0])).not.toContain('license/no-research-only')
    expect(licenceRules(r, 'Heron-70B').map(f => f[0])).toContain('license/no-research-only')
  })

  it('a title naming the model and size scopes the whole file', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT'),
      'LICENSE-WEIGHTS': SEVENTY_ONLY,
      ...model('models/heron-7b', 'Heron-7B'),
      ...model('models/heron-70b', 'Heron-70B-Instruct')
    })
    expect(clauses(r, 'Heron-70B-Instruct')).toEqual([
      ['non-commercial', 'LICENSE-WEIGHTS', 3],
      ['attribution', 'LICENSE', 11]
    ])
    expect(clauses(r, 'Heron-7B')).toEqual([['attribution', 'LICENSE', 11]])
  })

  it("a licence naming another size that is the model's only licence keeps its clauses (fails closed)", async () => {
    const r = await auditFiles({
      'LICENSE-WEIGHTS': SEVENTY_ONLY,
      ...model('models/heron-7b', 'Heron-7B'),
      ...model('models/heron-70b', 'Heron-70B')
    })
    expect(clauses(r, 'Heron-70B')).toEqual([['non-commercial', 'LICENSE-WEIGHTS', 3]])
    expect(clauses(r, 'Heron-7B')).toEqual([['non-commercial', 'LICENSE-WEIGHTS', 3]])
  })

  it('a fine-tune of another name carrying the licence keeps its clauses', async () => {
    const text = ['Heron-70B Research Licence', '', 'You may not use the weights commercially.', ''].join(
      '\n'
    )
    const r = await auditFiles({ LICENSE: text, ...model('models/plover-7b', 'Plover-7B') })
    expect(clauses(r, 'Plover-7B')).toEqual([['non-commercial', 'LICENSE', 3]])
  })
})

describe('scoped clauses in Chinese and with exclusions', () => {
  it('对于70B模型 binds the 70B model; "except for the 7B model" excludes nobody', async () => {
    const text = [
      'Heron 模型许可协议', // 1
      '', // 2
      '对于Heron-70B模型，不得将本模型用于商业用途。', // 3
      '', // 4
      'Except for the 7B model, you may not use the models for military purposes.', // 5
      ''
    ].join('\n')
    const r = await auditFiles({
      LICENSE: text,
      ...model('models/heron-7b', 'Heron-7B'),
      ...model('models/heron-70b', 'Heron-70B')
    })
    expect(clauses(r, 'Heron-70B')).toEqual([
      ['non-commercial', 'LICENSE', 3],
      ['field-of-use-restriction', 'LICENSE', 5]
    ])
    expect(clauses(r, 'Heron-7B')).toEqual([['field-of-use-restriction', 'LICENSE', 5]])
  })
})

describe('scoped clauses in a README that names several models', () => {
  it('each variant keeps the shared clauses that name it, and loses those that name another', async () => {
    const readme = [
      '# Heron models', // 1
      '', // 2
      '| Model | License |', // 3
      '|---|---|', // 4
      '| Heron-7B | Apache 2.0 |', // 5
      '| Heron-70B | [Heron licence](LICENSE-HERON) |', // 6
      ''
    ].join('\n')
    const policy = [
      'Heron use policy', // 1
      '', // 2
      'For the Heron-70B model, you may not use it for military purposes.', // 3
      '', // 4
      'You may not use any Heron model for the surveillance of individuals.', // 5
      ''
    ].join('\n')
    const r = await auditFiles({
      'README.md': readme,
      'LICENSE-HERON': 'Heron Licence\n\nYou may use the weights for research only.\n',
      'USE_POLICY.md': policy,
      'model.safetensors': LFS_POINTER
    })
    const variant = (name: string) => r.models.find(m => m.variant === name)!
    const fields = (name: string) =>
      variant(name)
        .clauses.filter(c => c.type === 'field-of-use-restriction')
        .map(c => [c.file, c.line])
    expect(r.models.map(m => m.variant)).toEqual(['Heron-7B', 'Heron-70B'])
    expect(fields('Heron-70B')).toEqual([
      ['USE_POLICY.md', 3],
      ['USE_POLICY.md', 5]
    ])
    expect(fields('Heron-7B')).toEqual([['USE_POLICY.md', 5]])
  })
})
