// The MOF mapping (verdicts/mof-inventory.ts): one case per component the audit's facts can show,
// asserting the component and where it points, and the licence picked for each content type.
import { describe, expect, it } from '@jest/globals'
import { mofInventory } from '../../src/verdicts/mof-inventory.js'
import type { OsaidRequirement } from '../../src/report/types.js'
import { facts, file, licenseFile } from './facts-builder.js'

const names = (f: ReturnType<typeof facts>) => mofInventory(f).components.map(c => c.name)
const passParams: OsaidRequirement = { id: 'parameters', verdict: 'pass', reason: '', evidence: [] }

describe('MOF mapping', () => {
  it('nothing found: only the model card when there is one', () => {
    expect(names(facts())).toEqual([])
    expect(mofInventory(facts({ cardText: '# M\n' })).components).toEqual([
      { name: 'Model card', path: 'README.md' }
    ])
  })

  it('code kinds map to their components, a source file preferred to a config as the path', () => {
    const files = [
      { path: 'configs/train.yaml', kinds: ['training', 'config'] },
      { path: 'train.py', kinds: ['training'] },
      { path: 'modeling_m.py', kinds: ['architecture'] },
      { path: 'eval.py', kinds: ['evaluation'] },
      { path: 'preprocess.py', kinds: ['data-processing'] },
      { path: 'requirements.txt', kinds: ['supporting'] },
      { path: 'serve.py', kinds: ['inference'] }
    ]
    const inv = mofInventory(
      facts({ code: { kinds: new Set(files.flatMap(f => f.kinds)), files, links: [] } })
    )
    expect(inv.components).toEqual([
      { name: 'Model architecture', path: 'modeling_m.py' },
      { name: 'Training code', path: 'train.py' },
      { name: 'Inference code', path: 'serve.py' },
      { name: 'Evaluation code', path: 'eval.py' },
      { name: 'Data preprocessing code', path: 'preprocess.py' },
      { name: 'Supporting libraries and tools', path: 'requirements.txt' }
    ])
  })

  it('a linked repository is the path when no file shows the kind', () => {
    const links = [{ url: 'https://github.com/o/train', line: 3, kinds: ['training'] }]
    expect(
      mofInventory(facts({ code: { kinds: new Set(['training']), files: [], links } })).components
    ).toEqual([{ name: 'Training code', path: 'https://github.com/o/train' }])
  })

  it('final parameters follow the OSAID parameters verdict; checkpoints and training state are their own components', () => {
    const f = facts({
      weights: [{ path: 'model.safetensors', bytes: 5_000_000, lfs: false }],
      files: [file('checkpoint-500/model.safetensors'), file('trainer_state.json')],
      osaidRequirements: [passParams]
    })
    expect(names(f)).toEqual([
      'Model parameters (Final)',
      'Model parameters (Intermediate)',
      'Model metadata'
    ])
    expect(mofInventory(f).components[0].path).toBe('model.safetensors')
    expect(names(facts({ weights: [{ path: 'model.safetensors', bytes: 5_000_000, lfs: false }] }))).toEqual(
      []
    )
  })

  it('"intermediate checkpoints" in the card count as intermediate parameters', () => {
    expect(names(facts({ cardText: '# M\n\nWe release intermediate checkpoints.\n' }))).toContain(
      'Model parameters (Intermediate)'
    )
  })

  it('a Usage section with code is inference code', () => {
    expect(names(facts({ cardText: '# M\n\n## Usage\n\n```python\nm = load()\n```\n' }))).toContain(
      'Inference code'
    )
  })

  it('evaluation results and data from model-index or an evaluation section', () => {
    const withIndex = facts({ cardText: '---\nmodel-index:\n  - name: M\n---\n# M\n' })
    expect(names(withIndex)).toEqual(['Evaluation results', 'Evaluation data', 'Model card'])
    const section = facts({
      cardText:
        '# M\n\n## Evaluation\n\nAccuracy on the ARC benchmark is 61.2 and on HellaSwag 78.0, five-shot.\n'
    })
    expect(names(section)).toEqual(['Evaluation results', 'Evaluation data', 'Model card'])
    const placeholder = facts({
      cardText: '# M\n\n## Evaluation\n\n[More Information Needed] [More Information Needed] ok\n'
    })
    expect(names(placeholder)).toEqual(['Model card'])
  })

  it('a data card from complete data information or a datasheet file; datasets when named', () => {
    const complete = facts({
      cardText: '# M\n',
      dataInformation: {
        level: 'complete',
        described: true,
        obtainable: true,
        datasets: ['Dolma'],
        missing: [],
        reason: '',
        evidence: []
      }
    })
    expect(names(complete)).toEqual(['Model card', 'Data card', 'Datasets'])
    const sheet = facts({ cardText: '# M\n' })
    sheet.model.dataCards = [file('DATASHEET.md', 'data-card')]
    expect(mofInventory(sheet).components).toContainEqual({ name: 'Data card', path: 'DATASHEET.md' })
  })

  it('papers and technical reports from links, BibTeX and PDFs', () => {
    expect(names(facts({ cardText: '# M\n\nPaper: https://arxiv.org/abs/2402.00838\n' }))).toEqual([
      'Model card',
      'Technical report',
      'Research paper'
    ])
    expect(names(facts({ cardText: '# M\n\n[Paper](https://aclanthology.org/2024.acl-long.1/)\n' }))).toEqual(
      ['Model card', 'Research paper']
    )
    expect(
      names(
        facts({
          cardText: '# M\n\n```bibtex\n@article{x, eprint={2402.00838}, archivePrefix={arXiv}}\n```\n'
        })
      )
    ).toEqual(['Model card', 'Technical report', 'Research paper'])
    expect(names(facts({ files: [file('report.pdf')] }))).toEqual(['Technical report'])
  })

  it('licences: a component-specific file first, then the general licence, then the card', () => {
    const f = facts({
      licenseFiles: [
        licenseFile('LICENSE', 'Apache-2.0'),
        licenseFile('LICENSE-WEIGHTS', 'CC-BY-4.0', 'text', { component: 'weights' }),
        licenseFile('LICENSE-DOCS', 'CC-BY-SA-4.0', 'text', { component: 'documentation' })
      ]
    })
    expect(mofInventory(f).license).toEqual({
      distribution: 'CC-BY-4.0',
      code: 'Apache-2.0',
      data: 'CC-BY-4.0',
      document: 'CC-BY-SA-4.0'
    })
    const cardOnly = facts({
      cardLicense: {
        value: 'mit',
        licenseName: null,
        licenseLink: null,
        line: 2,
        identification: {
          file: null,
          id: 'MIT',
          name: 'MIT',
          source: 'card',
          confidence: 1,
          matcher: 'hub-id',
          component: 'all'
        },
        isHubId: true
      }
    })
    expect(mofInventory(cardOnly).license).toEqual({
      distribution: 'MIT',
      code: 'MIT',
      data: 'MIT',
      document: 'MIT'
    })
    expect(mofInventory(facts()).license).toEqual({
      distribution: null,
      code: null,
      data: null,
      document: null
    })
  })
})
