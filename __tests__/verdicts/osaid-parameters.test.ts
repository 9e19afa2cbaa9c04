// One case per branch of the OSAID "parameters" requirement, each asserting its verdict and reason.
import { describe, expect, it } from '@jest/globals'
import { parametersRequirement } from '../../src/verdicts/osaid.js'
import { facts, file } from './facts-builder.js'

const real = (path: string) => ({ path, bytes: 5_000_000, lfs: false })

describe('OSAID parameters', () => {
  it('fails when the weights are gated, even with weight files', () => {
    const r = parametersRequirement(
      facts({
        cardText: '---\nextra_gated_prompt: Agree\n---\n# M\n',
        gated: true,
        weights: [real('model.safetensors')]
      })
    )
    expect(r).toEqual({
      id: 'parameters',
      verdict: 'fail',
      reason:
        'The weights are gated (`extra_gated_*` in the card): access requires accepting extra terms or asking permission.',
      evidence: ['README.md: extra_gated_*']
    })
  })

  it('passes on real weight files, listing them', () => {
    const r = parametersRequirement(
      facts({ weights: [real('model-00001.safetensors'), real('model-00002.safetensors')] })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Weights are in the repository (2 files).')
    expect(r.evidence).toEqual(['model-00001.safetensors', 'model-00002.safetensors'])
  })

  it('adapter weights pass, naming the base model whose terms apply too', () => {
    const r = parametersRequirement(
      facts({
        weights: [real('adapter_model.safetensors')],
        baseModels: [{ id: 'org/base-7b', licenseId: 'apache-2.0', source: 'hub' }]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Adapter weights are in the repository (1 file). They need the base model org/base-7b, whose terms apply too.'
    )
  })

  it('training state alone is not the weights: unknown, naming it', () => {
    const r = parametersRequirement(
      facts({ weights: [real('optimizer.pt')], weightNamed: [file('optimizer.pt', 'weights', 5_000_000)] })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^Only training state \(optimizer\.pt\) is in the repository, not the model's weights/
    )
    expect(r.evidence).toEqual(['optimizer.pt'])
  })

  it('small files and assets named like weights are not the weights: unknown, naming them', () => {
    const r = parametersRequirement(facts({ weightNamed: [file('assets/mel_filters.npz', 'weights', 4000)] }))
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^The files named like weights \(assets\/mel_filters\.npz\) are too small to hold a model's parameters or sit with tests, fixtures or assets/
    )
  })

  it('no weights and no link: unknown, saying what would decide it', () => {
    const r = parametersRequirement(facts({ cardText: '# M\n\nA model.\n' }))
    expect(r).toEqual({
      id: 'parameters',
      verdict: 'unknown',
      reason:
        'No weight files (.safetensors, .bin, .gguf, …) and no link to them; adding them or linking to where they can be downloaded would decide it.',
      evidence: []
    })
  })

  it('a link to this model’s weights on the Hub passes', () => {
    const r = parametersRequirement(
      facts({
        cardText:
          '# Heron-7B\n\nDownload the weights from [the Hub](https://huggingface.co/heron/Heron-7B).\n'
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Weights are linked from the card.')
    expect(r.evidence).toEqual(['README.md:3: https://huggingface.co/heron/Heron-7B'])
  })

  it('a direct link to a weight file passes', () => {
    const r = parametersRequirement(
      facts({ cardText: '# M\n\n[model.safetensors](https://example.org/files/model.safetensors)\n' })
    )
    expect(r.verdict).toBe('pass')
  })

  it('a link to the base model, or to a model it is compared with, is not this model’s weights', () => {
    for (const text of [
      '---\nbase_model: org/base-7b\n---\n# M\n\nWeights: [base](https://huggingface.co/org/base-7b)\n',
      '# M\n\nIt outperforms the weights of [Other-7B](https://huggingface.co/org/Other-7B).\n',
      '# M\n\nSee [the author](https://huggingface.co/org/someone) for more.\n'
    ]) {
      const f = facts({ cardText: text })
      if (text.includes('base_model'))
        f.baseModels = [{ id: 'org/base-7b', licenseId: null, source: 'unknown' }]
      expect(parametersRequirement(f).verdict).toBe('unknown')
    }
  })

  it('code in the card that loads this model from the Hub passes', () => {
    const r = parametersRequirement(
      facts({
        cardText: '# Heron-7B\n\n```python\nmodel = AutoModel.from_pretrained("heron/Heron-7B")\n```\n'
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('The card loads the weights from the Hugging Face Hub (heron/Heron-7B).')
    expect(r.evidence).toEqual(['README.md:4: heron/Heron-7B'])
  })

  it('code loading the base model is not this model’s weights', () => {
    const f = facts({
      cardText: '# M\n\n```python\nmodel = AutoModel.from_pretrained("org/base-7b")\n```\n',
      baseModels: [{ id: 'org/base-7b', licenseId: null, source: 'unknown' }]
    })
    expect(parametersRequirement(f).verdict).toBe('unknown')
  })
})
