// The finer branches of the MOF mapping (verdicts/mof-inventory.ts) that mof-mapping.test.ts leaves
// open: each fallback of a component's path, each way a component is recognised or refused, and
// the licence picked for data. Each case asserts the components (with their paths) or the licences.
import { describe, expect, it } from '@jest/globals'
import { mofInventory } from '../../src/verdicts/mof-inventory.js'
import type { OsaidRequirement } from '../../src/report/types.js'
import { facts, file, licenseFile } from './facts-builder.js'

const inventory = (input: Parameters<typeof facts>[0]) => mofInventory(facts(input)).components
const names = (input: Parameters<typeof facts>[0]) => inventory(input).map(c => c.name)
const CARD = { name: 'Model card', path: 'README.md' }
const passParams: OsaidRequirement = { id: 'parameters', verdict: 'pass', reason: '', evidence: [] }

describe('MOF mapping: where a component points', () => {
  it('a configuration file is the path when it is the only file of that kind', () => {
    const files = [{ path: 'configs/train.yaml', kinds: ['training', 'config'] }]
    expect(inventory({ code: { kinds: new Set(['training']), files, links: [] } })).toEqual([
      { name: 'Training code', path: 'configs/train.yaml' }
    ])
  })

  it('a file of the kind is preferred to a link of that kind', () => {
    const files = [{ path: 'train.py', kinds: ['training'] }]
    const links = [{ url: 'https://github.com/o/train', line: 3, kinds: ['training'] }]
    expect(inventory({ code: { kinds: new Set(['training']), files, links } })).toEqual([
      { name: 'Training code', path: 'train.py' }
    ])
  })

  it('a component with no file or link of its kind has no path', () => {
    expect(inventory({ code: { kinds: new Set(['evaluation']), files: [], links: [] } })).toEqual([
      { name: 'Evaluation code' }
    ])
  })

  it('parameters that pass on a link alone have no path; training state is not the final weights', () => {
    expect(inventory({ osaidRequirements: [passParams] })).toEqual([{ name: 'Model parameters (Final)' }])
    expect(
      inventory({
        weights: [
          { path: 'optimizer.pt', bytes: 5_000_000, lfs: false },
          { path: 'model.safetensors', bytes: 5_000_000, lfs: false }
        ],
        osaidRequirements: [passParams]
      })
    ).toEqual([{ name: 'Model parameters (Final)', path: 'model.safetensors' }])
  })

  it('parameters that do not pass are not a component, whatever the files', () => {
    const unknown: OsaidRequirement = { ...passParams, verdict: 'unknown' }
    expect(
      names({
        weights: [{ path: 'model.safetensors', bytes: 5_000_000, lfs: false }],
        osaidRequirements: [unknown]
      })
    ).toEqual([])
  })
})

describe('MOF mapping: intermediate checkpoints and training metadata', () => {
  it.each([
    'checkpoint-1000/model.safetensors',
    'step2000/model.bin',
    'checkpoints/last.ckpt',
    'ckpt/checkpoint/x'
  ])('%s is an intermediate checkpoint', path => {
    expect(names({ files: [file(path)] })).toEqual(['Model parameters (Intermediate)'])
  })

  it.each(['checkpoint-final.md', 'mycheckpoints/x.bin', 'notes/step.txt'])('%s is no checkpoint', path => {
    expect(names({ files: [file(path)] })).toEqual([])
  })

  it.each([
    'training_args.bin',
    'training_args.json',
    'optimizer.pt',
    'out/optimizer.bin',
    'trainer_state.json'
  ])('%s is model metadata', path => {
    expect(names({ files: [file(path)] })).toEqual(['Model metadata'])
  })

  it.each(['optimizer.py', 'training_args.yaml', 'trainer_state.json.bak'])(
    '%s is not model metadata',
    path => {
      expect(names({ files: [file(path)] })).toEqual([])
    }
  )

  it('a card that does not speak of intermediate checkpoints has none', () => {
    expect(names({ cardText: '# M\n\nThe final checkpoint is released.\n' })).toEqual(['Model card'])
  })
})

describe('MOF mapping: inference code from the card', () => {
  it.each(['Getting started', 'Get started', 'How to use', 'Inference', 'Quick start', 'Quickstart'])(
    'a “%s” section with code is inference code',
    heading => {
      expect(names({ cardText: `# M\n\n## ${heading}\n\n\`\`\`python\nm = load()\n\`\`\`\n` })).toEqual([
        'Inference code',
        'Model card'
      ])
    }
  )

  it('a Usage section without code, or code under another heading, is not inference code', () => {
    expect(names({ cardText: '# M\n\n## Usage\n\nLoad it with your favourite library.\n' })).toEqual([
      'Model card'
    ])
    expect(names({ cardText: '# M\n\n## Citation\n\n```bibtex\n@misc{m}\n```\n' })).toEqual(['Model card'])
  })

  it('inference code found in files is the path, with or without a Usage section', () => {
    const files = [{ path: 'generate.py', kinds: ['inference'] }]
    expect(inventory({ code: { kinds: new Set(['inference']), files, links: [] } })).toEqual([
      { name: 'Inference code', path: 'generate.py' }
    ])
  })
})

describe('MOF mapping: evaluation results and data', () => {
  it('an evaluation section that names no dataset or benchmark gives results, not data', () => {
    const cardText = '# M\n\n## Results\n\nThe model scores 61.2 on average, better than its predecessor.\n'
    expect(inventory({ cardText })).toEqual([{ name: 'Evaluation results', path: 'README.md' }, CARD])
  })

  it.each([
    ['a test set', 'On the held-out test set it reaches 61.2 accuracy, five-shot.'],
    ['a dataset', 'On the WinoGrande dataset it reaches 61.2 accuracy, five-shot.']
  ])('an evaluation section naming %s gives the data too', (_name, text) => {
    expect(names({ cardText: `# M\n\n## Benchmarks\n\n${text}\n` })).toEqual([
      'Evaluation results',
      'Evaluation data',
      'Model card'
    ])
  })

  it('an evaluation section of forty characters or fewer is a placeholder', () => {
    expect(names({ cardText: '# M\n\n## Evaluation\n\nTBD: benchmark dataset results soon.\n' })).toEqual([
      'Model card'
    ])
  })

  it('a section on something else is not evaluation, however long', () => {
    expect(
      names({
        cardText:
          '# M\n\n## Training\n\nTrained on the Pile dataset for 300B tokens with a benchmark-tuned schedule.\n'
      })
    ).toEqual(['Model card'])
  })

  it('model-index that is not a list counts for nothing', () => {
    expect(names({ cardText: '---\nmodel-index: none\n---\n# M\n' })).toEqual(['Model card'])
  })
})

describe('MOF mapping: data card and datasets', () => {
  const info = (level: 'complete' | 'partial', datasets: string[] = []) => ({
    level,
    described: true,
    obtainable: level === 'complete',
    datasets,
    missing: [],
    reason: '',
    evidence: []
  })

  it('complete data information is a data card pointing at the model card', () => {
    expect(inventory({ cardText: '# M\n', dataInformation: info('complete') })).toEqual([
      CARD,
      { name: 'Data card', path: 'README.md' }
    ])
  })

  it('partial data information is no data card; named datasets are still datasets', () => {
    expect(inventory({ cardText: '# M\n', dataInformation: info('partial', ['The Pile']) })).toEqual([
      CARD,
      { name: 'Datasets' }
    ])
  })

  it('a datasheet file is the data card even without a model card', () => {
    const f = facts()
    f.model.dataCards = [file('DATASHEET.md', 'data-card'), file('data/README.md', 'data-card')]
    expect(mofInventory(f).components).toEqual([{ name: 'Data card', path: 'DATASHEET.md' }])
  })
})

describe('MOF mapping: papers and technical reports', () => {
  it('a DOI paper beside an arXiv preprint: the paper is the DOI, and no technical report', () => {
    const cardText =
      '# M\n\n[preprint](https://arxiv.org/abs/2402.00838) and [paper](https://doi.org/10.1/x)\n'
    expect(inventory({ cardText })).toEqual([
      CARD,
      { name: 'Research paper', path: 'https://doi.org/10.1/x' }
    ])
  })

  it('an arXiv PDF link is both the paper and the technical report', () => {
    const url = 'https://arxiv.org/pdf/2402.00838'
    expect(inventory({ cardText: `# M\n\n[PDF](${url})\n` })).toEqual([
      CARD,
      { name: 'Technical report', path: url },
      { name: 'Research paper', path: url }
    ])
  })

  it('a link whose text says technical report is the technical report', () => {
    const cardText = '# M\n\nRead the [Technical Report](https://example.org/heron.html).\n'
    expect(inventory({ cardText })).toEqual([
      CARD,
      { name: 'Technical report', path: 'https://example.org/heron.html' }
    ])
    expect(inventory({ cardText: '# M\n\nRead the [tech report](https://example.org/r).\n' })).toContainEqual(
      {
        name: 'Technical report',
        path: 'https://example.org/r'
      }
    )
  })

  it('a PDF in the repository is the technical report, before a linked one', () => {
    const cardText = '# M\n\nSee the [technical report](https://example.org/r).\n'
    expect(inventory({ cardText, files: [file('docs/Heron.PDF')] })).toEqual([
      CARD,
      { name: 'Technical report', path: 'docs/Heron.PDF' }
    ])
  })

  it('BibTeX with an arXiv id is the paper; an eprint without the arXiv prefix is not', () => {
    const arxiv = '# M\n\n```bibtex\n@article{x, eprint = "2402.00838", archivePrefix = "arXiv"}\n```\n'
    expect(inventory({ cardText: arxiv })).toEqual([
      CARD,
      { name: 'Technical report', path: 'https://arxiv.org/abs/2402.00838' },
      { name: 'Research paper', path: 'https://arxiv.org/abs/2402.00838' }
    ])
    const other = '# M\n\n```bibtex\n@article{x, eprint={2402.00838}, archivePrefix={SSRN}}\n```\n'
    expect(names({ cardText: other })).toEqual(['Model card'])
  })

  it('an ordinary link is no paper', () => {
    expect(names({ cardText: '# M\n\n[blog](https://example.org/blog/heron)\n' })).toEqual(['Model card'])
  })
})

describe('MOF mapping: the licence of each content type', () => {
  it('a data licence governs the data when no weights licence does; the general licence the rest', () => {
    const f = facts({
      licenseFiles: [
        licenseFile('LICENSE', 'Apache-2.0'),
        licenseFile('DATA_LICENSE', 'CDLA-Permissive-2.0', 'text', { component: 'data' }),
        licenseFile('LICENSE-CODE', 'MIT', 'text', { component: 'code' })
      ]
    })
    expect(mofInventory(f).license).toEqual({
      distribution: 'Apache-2.0',
      code: 'MIT',
      data: 'CDLA-Permissive-2.0',
      document: 'Apache-2.0'
    })
  })

  it('an unidentified file for a component is skipped: the general licence governs it', () => {
    const f = facts({
      licenseFiles: [
        licenseFile('LICENSE-WEIGHTS', null, 'text', { component: 'weights' }),
        licenseFile('LICENSE', 'Apache-2.0')
      ]
    })
    expect(mofInventory(f).license.distribution).toBe('Apache-2.0')
  })

  it('a notice file is never the general licence', () => {
    const notice = { ...licenseFile('NOTICE', 'Apache-2.0'), file: file('NOTICE', 'notice') }
    expect(mofInventory(facts({ licenseFiles: [notice] })).license).toEqual({
      distribution: null,
      code: null,
      data: null,
      document: null
    })
  })

  it('the first file for a component decides it', () => {
    const f = facts({
      licenseFiles: [
        licenseFile('LICENSE-CODE', 'MIT', 'text', { component: 'code' }),
        licenseFile('LICENSE-CODE-2', 'BSD-3-Clause', 'text', { component: 'code' })
      ]
    })
    expect(mofInventory(f).license.code).toBe('MIT')
  })

  it('the name is the model’s', () => {
    expect(mofInventory(facts({ name: 'Heron-Chat' })).name).toBe('Heron-Chat')
  })
})
