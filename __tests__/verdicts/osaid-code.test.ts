// The OSAID "code" requirement: only the code that trained this model (pretraining for a base
// model, fine-tuning for a fine-tune, adapter code for an adapter) and its data-processing code
// count, included or linked by a sentence that says so. One case per branch, verdict and reason.
import { describe, expect, it } from '@jest/globals'
import { findCodeLinks, linkClaim } from '../../src/knowledge/code-evidence.js'
import { codeRequirement, creditedCode } from '../../src/verdicts/osaid.js'
import { makeCard } from '../knowledge/helpers.js'
import { facts } from './facts-builder.js'

function withCard(text: string, files: Array<{ path: string; kinds: string[] }> = [], over = {}) {
  const card = makeCard(text)
  const links = findCodeLinks(card)
  const kinds = new Set<string>([...files.flatMap(f => f.kinds), ...links.flatMap(l => l.kinds)])
  return facts({ cardText: text, code: { kinds, files, links }, ...over })
}

describe('which links are training code', () => {
  it.each([
    ['Training code: [repo](https://github.com/o/m).', 'training'],
    ['The models were trained with [GPT-NeoX](https://github.com/o/neox).', 'training'],
    ['The code that trained it is at [o/m](https://github.com/o/m).', 'training'],
    [
      'The [repo](https://github.com/o/m) has the\ncode used to preprocess the data and pre-train the model.',
      'training'
    ],
    ['Data processing: the toolkit is [o/dolma](https://github.com/o/dolma).', 'data-processing']
  ])('%s → %s', (text, kind) => {
    const [l] = findCodeLinks(makeCard(`# M\n\n${text}\n`))
    expect(l.claim?.kind).toBe(kind)
    expect(l.claim?.sentence).toContain('https://github.com/o/')
  })

  it.each([
    ['inference code', 'Run inference with [o/serve](https://github.com/o/serve).'],
    [
      'a Colab notebook',
      'Training notebook: [Colab](https://colab.research.google.com/github/o/m/train.ipynb) and [o/m](https://github.com/o/m/blob/main/train.ipynb).'
    ],
    ['"Training-Free" in a link text', 'Related: [Training-Free Guidance](https://github.com/o/tfg).'],
    [
      'a badge',
      '[![build](https://img.shields.io/badge/train-ok-green)](https://github.com/o/m/actions/train)'
    ],
    ['a logo', 'Training code: [![logo](https://github.com/o/m/raw/main/logo.png)](https://github.com/o/m)'],
    ['evaluation-only code', 'Evaluation code: [o/eval](https://github.com/o/eval).'],
    ['an unrelated project', 'We thank the authors of [o/other](https://github.com/o/other).'],
    [
      'fine-tuning for users',
      'To fine-tune this model on your own data, use [o/ft](https://github.com/o/ft).'
    ]
  ])('%s is not', (_name, text) => {
    const links = findCodeLinks(makeCard(`# M\n\n${text}\n`))
    expect(links.filter(l => l.claim)).toEqual([])
    expect(links.flatMap(l => l.kinds)).not.toContain('training')
  })

  it('a LoRA script is adapter code', () => {
    expect(linkClaim('Our LoRA training scripts are at https://github.com/o/lora.')).toMatchObject({
      kind: 'training',
      adapter: true
    })
  })
})

describe('OSAID code', () => {
  it('passes on a training file, naming it', () => {
    const r = codeRequirement(
      facts({
        code: { kinds: new Set(['training']), files: [{ path: 'train.py', kinds: ['training'] }], links: [] }
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Training code is included or linked (train.py). Data-processing code was not found separately; make sure the linked or included code covers it.'
    )
    expect(r.evidence).toEqual(['train.py (training)'])
  })

  it('passes on a linked repository, citing the link and the sentence that makes it training code', () => {
    const r = codeRequirement(
      withCard(
        '# M\n\n- Training code: [o/m](https://github.com/o/m)\n- Data preparation code: [o/prep](https://github.com/o/prep)\n'
      )
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Training code is included or linked (https://github.com/o/m).')
    expect(r.evidence).toEqual([
      'README.md:3: https://github.com/o/m — “Training code: [o/m](https://github.com/o/m)”',
      'README.md:4: https://github.com/o/prep — “Data preparation code: [o/prep](https://github.com/o/prep)”'
    ])
  })

  it('a notebook, a case study’s model.py or a demo folder is not training code', () => {
    const files = [
      { path: 'train.ipynb', kinds: ['training'] },
      { path: 'case_study/model.py', kinds: ['architecture'] },
      { path: 'examples/train.py', kinds: ['training'] }
    ]
    const f = facts({ code: { kinds: new Set(files.flatMap(x => x.kinds)), files, links: [] } })
    expect(creditedCode(f).credited).toEqual([])
    const r = codeRequirement(f)
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/^Only architecture code is available: the training code OSAID requires/)
  })

  it('fine-tuning code does not count for a base model, and does for a fine-tune', () => {
    const files = [{ path: 'finetune.py', kinds: ['training'] }]
    const base = facts({ code: { kinds: new Set(['training']), files, links: [] } })
    expect(codeRequirement(base).verdict).toBe('fail')
    expect(codeRequirement(base).reason).toMatch(
      /Not counted: finetune\.py \(fine-tuning code; this base model needs the code that pretrained it\)/
    )
    const tuned = facts({
      code: { kinds: new Set(['training']), files, links: [] },
      baseModels: [{ id: 'allenai/OLMo-7B', licenseId: 'apache-2.0', source: 'catalogue' }]
    })
    expect(creditedCode(tuned).credited.map(c => c.where)).toEqual(['finetune.py'])
  })

  it('LoRA code counts only for an adapter', () => {
    const files = [{ path: 'train_lora.py', kinds: ['training'] }]
    const code = { kinds: new Set(['training']), files, links: [] }
    const bases = [{ id: 'org/base', licenseId: 'apache-2.0', source: 'hub' as const }]
    expect(creditedCode(facts({ code, baseModels: bases })).credited).toEqual([])
    expect(
      creditedCode(facts({ code, baseModels: bases, baseModelRelation: 'adapter' })).credited
    ).toHaveLength(1)
  })

  it('only inference code: fails, saying the training code is missing', () => {
    const r = codeRequirement(withCard('# M\n\nRun inference with [o/serve](https://github.com/o/serve).\n'))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(
      /^Only inference code is available: the training code OSAID requires \(the code that trained this model\) is missing\./
    )
  })

  it('no code at all: fails', () => {
    const r = codeRequirement(facts({ cardText: '# M\n' }))
    expect(r).toEqual({
      id: 'code',
      verdict: 'fail',
      reason: 'No training, data-processing or inference code is included or linked from the card.',
      evidence: []
    })
  })

  it('a link to the model’s own repository that says nothing is named as undescribed', () => {
    const r = codeRequirement(withCard('# Heron-7B\n\nSee [GitHub](https://github.com/o/heron).\n'))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(
      /The card links https:\/\/github\.com\/o\/heron without saying it holds training code/
    )
    expect(r.evidence).toEqual(['README.md:3: https://github.com/o/heron (not described)'])
  })

  it('a derivative needs the base model’s code too: unknown base, closed base', () => {
    const code = {
      kinds: new Set(['training']),
      files: [{ path: 'train.py', kinds: ['training'] }],
      links: []
    }
    const unknown = codeRequirement(
      facts({ code, baseModels: [{ id: 'org/mystery', licenseId: null, source: 'unknown' }] })
    )
    expect(unknown.verdict).toBe('unknown')
    expect(unknown.reason).toMatch(/derived from org\/mystery, which is not in the catalogue/)
    const closed = codeRequirement(
      facts({
        code,
        baseModels: [{ id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' }]
      })
    )
    expect(closed.verdict).toBe('fail')
    expect(closed.reason).toMatch(
      /^Derived from meta-llama\/Llama-2-7b-hf \(.+\), whose training code is not published/
    )
  })
})
