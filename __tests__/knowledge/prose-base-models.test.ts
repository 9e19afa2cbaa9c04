// Base models stated in a card's prose: "fine-tuned from", "distilled from", "based on", "merged
// from" followed by a Hub id, a Hub link or a model name the catalogue knows. Each is recorded with
// its line and licence inheritance applies; `base_model:` in the metadata wins when both are there.
import { describe, expect, it } from '@jest/globals'
import { baseModelsInProse } from '../../src/knowledge/base-models.js'
import type { Report } from '../../src/report/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'

const prose = (text: string) =>
  baseModelsInProse(text).map(b => ({ id: b.id, line: b.line, licenseId: b.known?.licenseId ?? null }))

describe('baseModelsInProse', () => {
  it.each([
    ['distilled from a known name', 'Heron-Mini is distilled from Llama-3.1-8B.', 'Llama-3.1-8B', 'llama3.1'],
    [
      'a name written with spaces',
      'Heron is fine-tuned from Llama 3.1 8B Instruct on our data.',
      'Llama-3.1-8B-Instruct',
      'llama3.1'
    ],
    [
      'a Hub id',
      'Heron was finetuned from meta-llama/Llama-3.2-1B for chat.',
      'meta-llama/Llama-3.2-1B',
      'llama3.2'
    ],
    [
      'a Hub link',
      'Heron is based on [our base](https://huggingface.co/google/gemma-2-9b/tree/main).',
      'google/gemma-2-9b',
      'gemma'
    ],
    [
      'an id in code marks',
      'This is a merge of `mistralai/Mistral-7B-v0.1` and friends.',
      'mistralai/Mistral-7B-v0.1',
      'apache-2.0'
    ],
    ['an unknown Hub id', 'Heron is a fine-tuned version of acme/heron-base-7b.', 'acme/heron-base-7b', null]
  ])('%s', (_case, sentence, id, licenseId) => {
    expect(prose(`# Heron\n\n${sentence}\n`)).toEqual([{ id, line: 3, licenseId }])
  })

  it.each([
    ['an architecture', 'Heron is based on the transformer architecture.'],
    ['a fraction', 'Scores are based on 2/3 of the test set.'],
    ['a pair of words', 'Tokens are based on text/code mixtures.'],
    ['a code block', '```\nfine-tuned from meta-llama/Llama-3.2-1B\n```'],
    ['a word inside another', 'It is unbased on Llama-3.1-8B.']
  ])('not %s', (_case, body) => {
    expect(prose(`# Heron\n\n${body}\n`)).toEqual([])
  })

  it('names each base once, at its first line', () => {
    expect(prose('Distilled from Llama-3.1-8B.\n\nAgain, distilled from Llama-3.1-8B.\n')).toEqual([
      { id: 'Llama-3.1-8B', line: 1, licenseId: 'llama3.1' }
    ])
  })
})

const inheritance = (r: Report) =>
  allFindings(r)
    .filter(f => f.rule === 'license-inheritance')
    .map(f => [f.severity, f.file, f.line])

describe('prose base models in the audit', () => {
  it('a distillation relabelled MIT fails license-inheritance at the sentence', async () => {
    const r = await auditFiles({
      'README.md': '---\nlicense: mit\n---\n# Heron-Mini\n\nHeron-Mini is distilled from Llama-3.1-8B.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.baseModels).toEqual([
      { id: 'Llama-3.1-8B', licenseId: 'llama3.1', source: 'catalogue', line: 6 }
    ])
    expect(inheritance(r)).toEqual([['error', 'README.md', 6]])
  })

  it('the same sentence with the base licence stated in prose passes inheritance and cites its clauses', async () => {
    const r = await auditFiles({
      'README.md':
        '# Heron-Mini\n\nHeron-Mini is distilled from Llama-3.1-8B and is subject to the Llama 3.1 Community License.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.baseModels).toEqual([
      { id: 'Llama-3.1-8B', licenseId: 'llama3.1', source: 'catalogue', line: 3 }
    ])
    expect(inheritance(r)).toEqual([])
    expect(allFindings(r).find(f => f.rule === 'license/no-user-threshold')).toEqual(
      expect.objectContaining({ severity: 'error', file: 'README.md', line: 3 })
    )
  })

  it('the metadata wins: prose naming another base is not read when base_model is given', async () => {
    const r = await auditFiles({
      'README.md':
        '---\nlicense: apache-2.0\nbase_model: Qwen/Qwen2.5-7B\n---\n# Heron\n\nHeron is fine-tuned from Llama-3.1-8B.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.baseModels).toEqual([
      { id: 'Qwen/Qwen2.5-7B', licenseId: 'apache-2.0', source: 'catalogue', line: 3 }
    ])
    expect(inheritance(r)).toEqual([])
  })

  it('an unknown base named in prose is a note at its line', async () => {
    const r = await auditFiles({
      'README.md':
        '---\nlicense: mit\n---\n# Heron\n\nHeron is a fine-tuned version of acme/heron-base-7b.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.baseModels).toEqual([
      { id: 'acme/heron-base-7b', licenseId: null, source: 'unknown', line: 6 }
    ])
    expect(inheritance(r)).toEqual([['note', 'README.md', 6]])
  })
})
