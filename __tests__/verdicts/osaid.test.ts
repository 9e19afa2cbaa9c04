// The cases the public debate is about, built from the shared corpus.
import { describe, expect, it } from '@jest/globals'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER, corpus, spdxText } from '../helpers/fixtures.js'
import { itConformance } from '../helpers/shared.js'

const OPEN_CARD = `---
license: apache-2.0
datasets:
  - allenai/dolma
---
# Heron-7B

A fully open-source language model.

## Training Data

Heron-7B was pretrained on Dolma (https://huggingface.co/datasets/allenai/dolma), a 3T-token
corpus built from Common Crawl, The Stack, peS2o, Project Gutenberg, Wikipedia and Reddit. The
sources were downloaded from their public dumps; documents were selected by language, deduplicated
at URL, document and paragraph level, and filtered for quality and toxicity with the Dolma toolkit.

## Training

Training code: https://github.com/allenai/OLMo (training and data-processing pipeline).
`

const itCorpus = itConformance('OSAID verdicts on corpus licences')

describe('OSAID verdicts', () => {
  it('a fully open model passes', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('Apache-2.0'),
      'README.md': OPEN_CARD,
      'model.safetensors': LFS_POINTER,
      'train.py': 'print(1)\n'
    })
    const m = r.models[0]
    expect(m.osaidRequirements?.map(x => [x.id, x.verdict])).toEqual([
      ['terms', 'pass'],
      ['parameters', 'pass'],
      ['code', 'pass'],
      ['data-information', 'pass']
    ])
    expect(m.osaid).toBe('pass')
    expect(r.verdict).toBe('pass')
    expect(m.findings.filter(f => f.rule === 'open-washing')).toEqual([])
  })

  it('an Apache-2.0 model with no training-data information fails on data information only', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('Apache-2.0'),
      'README.md': '---\nlicense: apache-2.0\n---\n# M\n\nTrained on a large amount of data from the web.\n',
      'model.safetensors': LFS_POINTER,
      'train.py': 'x\n'
    })
    const m = r.models[0]
    expect(m.osaid).toBe('fail')
    expect(m.osaidRequirements?.find(x => x.id === 'data-information')?.verdict).toBe('fail')
    expect(m.osaidRequirements?.find(x => x.id === 'terms')?.verdict).toBe('pass')
    expect(m.findings.filter(f => f.category.startsWith('license'))).toEqual([])
    expect(m.findings.map(f => f.rule)).toContain('osaid/data-information')
  })

  itCorpus(
    'Llama 2 fails citing the 700 million MAU cap, the use policy and the output restriction',
    async () => {
      const r = await auditFiles({
        LICENSE: { corpus: 'licenses/llama2-community-license.txt' },
        'USE_POLICY.md': { corpus: 'licenses/llama2-acceptable-use-policy.txt' },
        'README.md': { corpus: 'cards/llama2-model-card.md' }
      })
      const m = r.models[0]
      expect(m.osaid).toBe('fail')
      const terms = m.osaidRequirements!.find(x => x.id === 'terms')!
      expect(terms.verdict).toBe('fail')
      const cap = m.findings.find(f => f.rule === 'license/no-user-threshold')!
      expect(cap.file).toBe('LICENSE')
      expect(cap.evidence).toMatch(/700 million monthly active users/)
      // The line is where the quoted sentence starts; the quote is a verbatim slice from there.
      const licence = corpus('licenses/llama2-community-license.txt')
      expect(licence.split('\n')[cap.line! - 1]).toContain(cap.evidence!.split('\n')[0]!)
      expect(licence.replace(/\r\n/g, '\n')).toContain(cap.evidence!)
      expect(m.findings.map(f => f.rule)).toEqual(
        expect.arrayContaining(['license/no-acceptable-use-policy', 'license/no-output-use-restriction'])
      )
      expect(m.licenses.map(l => l.id)).toContain('llama2')
    }
  )

  itCorpus('Llama 3.2 with its use policy cites the EU exclusion', async () => {
    const r = await auditFiles({
      LICENSE: { corpus: 'licenses/llama3.2-community-license.txt' },
      'USE_POLICY.md': { corpus: 'licenses/llama3.2-acceptable-use-policy.txt' }
    })
    const geo = r.models[0].findings.filter(f => f.rule === 'license/no-geographic-restriction')
    expect(geo.length).toBeGreaterThan(0)
    expect(geo[0].file).toBe('USE_POLICY.md')
    expect(geo.map(g => g.evidence).join(' ')).toMatch(/European Union/)
  })

  itCorpus('"open source" over a research-only licence is open-washing', async () => {
    const r = await auditFiles({
      LICENSE: { corpus: 'licenses/mistral-research-license.txt' },
      'README.md':
        '---\nlicense: other\nlicense_name: mrl\nlicense_link: LICENSE\n---\n# Mistral-ish\n\nThis is an open source model, free for all.\n'
    })
    const ow = r.models[0].findings.find(f => f.rule === 'open-washing')!
    expect(ow).toBeDefined()
    expect(ow.severity).toBe('error')
    expect(ow.line).toBe(8)
    expect(ow.evidence).toMatch(/open source/)
    expect(r.models[0].findings.map(f => f.rule)).toContain('license/no-research-only')
  })

  it('a Llama fine-tune labelled MIT fails with license-inheritance naming the base', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT'),
      'README.md': '---\nlicense: mit\nbase_model: meta-llama/Meta-Llama-3.1-8B-Instruct\n---\n# Finetune\n'
    })
    const f = r.models[0].findings.find(x => x.rule === 'license-inheritance')!
    expect(f.severity).toBe('error')
    expect(f.message).toMatch(/Meta-Llama-3\.1-8B-Instruct/)
    expect(f.message).toMatch(/caps the number of users/)
    expect(r.models[0].osaid).toBe('fail')
    expect(r.verdict).toBe('fail')
  })

  // The OSI's validation (OSAID 1.0 FAQ): passing and failing systems, for the reasons given.
  const APACHE = spdxText('Apache-2.0')
  it.each([
    [
      'Pythia-like (passes)',
      {
        LICENSE: APACHE,
        'README.md':
          '---\nlicense: apache-2.0\ndatasets:\n  - EleutherAI/pile\n---\n# Pythia-like\n\n## Training data\n\nTrained on the Pile (https://huggingface.co/datasets/EleutherAI/pile), 825 GiB of English text from 22 sources including PubMed Central, ArXiv, GitHub, FreeLaw, Stack Exchange and Wikipedia, obtained from their public dumps. A second copy was deduplicated with MinHash before training; the filtering code is public.\n\n## Training procedure\n\nTraining code and configuration: https://github.com/EleutherAI/gpt-neox (training code).\n',
        'model.safetensors': LFS_POINTER
      },
      'pass',
      []
    ],
    [
      'Grok-1-like: Apache weights, inference code only, no data information (fails)',
      {
        LICENSE: APACHE,
        'README.md':
          '---\nlicense: apache-2.0\n---\n# Grok-like\n\nExample code for loading and running the weights: https://github.com/example/grok-like (inference).\n\n## Training data\n\nTrained on internet data up to Q3 2023.\n',
        'model.safetensors': LFS_POINTER,
        'run.py': 'x\n'
      },
      'fail',
      ['code', 'data-information']
    ],
    [
      'Phi-2-like: MIT weights, synthetic and web data not listed (fails)',
      {
        LICENSE: spdxText('MIT'),
        'README.md':
          '---\nlicense: mit\n---\n# Phi-like\n\n## Training\n\nTrained on 250B tokens of synthetic NLP data and filtered web data.\n',
        'model.safetensors': LFS_POINTER
      },
      'fail',
      ['code', 'data-information']
    ],
    [
      'Mixtral-like: Apache weights, data extracted from the open web (fails)',
      {
        LICENSE: APACHE,
        'README.md':
          '---\nlicense: apache-2.0\n---\n# Mixtral-like\n\nPretrained on data extracted from the open Web.\n',
        'model.safetensors': LFS_POINTER
      },
      'fail',
      ['code', 'data-information']
    ]
  ])('%s', async (_name, files, verdict, failing) => {
    const r = await auditFiles(files as Record<string, string>)
    const m = r.models[0]
    expect(m.osaid).toBe(verdict)
    expect(m.osaidRequirements!.filter(x => x.verdict === 'fail').map(x => x.id)).toEqual(failing)
    expect(m.osaidRequirements!.find(x => x.id === 'terms')!.verdict).toBe('pass')
  })
})
