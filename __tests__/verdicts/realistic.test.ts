// Whole-audit checks on realistic model repositories (cards written in the manner of real Hugging
// Face and GitHub repos, see ../knowledge/realistic-cards.ts): the OSAID verdict and the reason of
// each requirement, the MOF class, open-washing and licence-inheritance findings.
import { describe, expect, it } from '@jest/globals'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER, corpus, spdxText } from '../helpers/fixtures.js'
import { itConformance } from '../helpers/shared.js'
import * as C from '../knowledge/realistic-cards.js'
import type { ModelReport, Report } from '../../src/report/types.js'

const APACHE = spdxText('Apache-2.0')
const MIT = spdxText('MIT')

type Verdicts = Record<'terms' | 'parameters' | 'code' | 'data-information', 'pass' | 'fail' | 'unknown'>

function verdicts(m: ModelReport): Verdicts {
  return Object.fromEntries((m.osaidRequirements ?? []).map(r => [r.id, r.verdict])) as Verdicts
}
function reason(m: ModelReport, id: string): string {
  return m.osaidRequirements?.find(r => r.id === id)?.reason ?? ''
}
function rules(m: ModelReport): string[] {
  return m.findings.filter(f => f.severity === 'error').map(f => f.rule)
}
async function one(files: Record<string, string>): Promise<ModelReport> {
  const r: Report = await auditFiles(files)
  expect(r.models).toHaveLength(1)
  return r.models[0]
}

describe('OSI validation: the systems that passed', () => {
  it.each<[string, Record<string, string>]>([
    ['Pythia', { LICENSE: APACHE, 'README.md': C.PYTHIA, ...C.hfFiles() }],
    ['OLMo', { LICENSE: APACHE, 'README.md': C.OLMO, ...C.hfFiles() }],
    ['Amber', { LICENSE: APACHE, 'README.md': C.AMBER, ...C.hfFiles() }],
    [
      'CrystalCoder (HTML data table, licence only in metadata)',
      { 'README.md': C.CRYSTALCODER, ...C.hfFiles() }
    ],
    [
      'T5 (repository link described as preprocessing and pre-training code)',
      { 'README.md': C.T5, ...C.hfFiles() }
    ]
  ])('%s passes every requirement', async (_name, files) => {
    const m = await one(files)
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'pass'
    })
    expect(m.osaid).toBe('pass')
    expect(m.verdict).toBe('pass')
    // "fully open-sourced LLMs" (Amber) is a claim, but a true one: no open-washing error.
    expect(rules(m)).toEqual([])
  })

  it('Pythia and OLMo, with paper links and evaluation results, reach MOF class III', async () => {
    for (const card of [C.PYTHIA, C.OLMO]) {
      const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles() })
      expect(m.mofClass).toBe(3)
    }
  })

  it('T5: the training-code reason names the linked repository', async () => {
    const m = await one({ 'README.md': C.T5, ...C.hfFiles() })
    expect(reason(m, 'code')).toContain(
      'https://github.com/google-research/text-to-text-transfer-transformer'
    )
  })

  it('Amber: "Amber Training Details" and "DataMix" are data sections', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.AMBER, ...C.hfFiles() })
    expect(reason(m, 'data-information')).toMatch(/LLM360\/AmberDatasets/)
  })
})

const itCorpus = itConformance('OSI validation of Llama 2 on its corpus licence')

describe('OSI validation: the systems that failed, for the OSI’s reasons', () => {
  itCorpus(
    'Llama 2 fails on its licence terms (user cap, use policy), gated weights and missing code and data',
    async () => {
      const m = await one({
        LICENSE: corpus('licenses/llama2-community-license.txt'),
        'USE_POLICY.md': corpus('licenses/llama2-acceptable-use-policy.txt'),
        'README.md': C.LLAMA2,
        ...C.hfFiles()
      })
      expect(m.osaid).toBe('fail')
      expect(verdicts(m)).toEqual({
        terms: 'fail',
        parameters: 'fail',
        code: 'fail',
        'data-information': 'fail'
      })
      expect(reason(m, 'terms')).toMatch(/caps the number of users/)
      expect(reason(m, 'terms')).toMatch(/acceptable-use policy/)
      expect(reason(m, 'data-information')).toMatch(/generic terms/)
      expect(rules(m)).toEqual(
        expect.arrayContaining([
          'license/no-user-threshold',
          'license/no-acceptable-use-policy',
          'osaid/code',
          'osaid/data-information'
        ])
      )
    }
  )

  it.each<[string, Record<string, string>]>([
    [
      'Grok-1 (Apache-2.0, inference repository only)',
      { 'README.md': C.GROK, 'ckpt-0/tensor00000_000': 'x', 'run.py': 'x\n' }
    ],
    ['Phi-2 (MIT)', { LICENSE: MIT, 'README.md': C.PHI2, ...C.hfFiles() }],
    ['Mixtral (Apache-2.0)', { 'README.md': C.MIXTRAL, ...C.hfFiles() }]
  ])('%s passes on terms but fails on code and data information', async (_name, files) => {
    const m = await one(files)
    const v = verdicts(m)
    expect(v.terms).toBe('pass')
    expect(v.code).toBe('fail')
    expect(v['data-information']).toBe('fail')
    expect(m.osaid).toBe('fail')
    expect(m.findings.filter(f => f.category.startsWith('license'))).toEqual([])
    expect(rules(m)).toEqual(expect.arrayContaining(['osaid/code', 'osaid/data-information']))
    expect(reason(m, 'code')).toMatch(/training/)
  })

  it('Grok: the repository link that is not described as training code is named in the reason', async () => {
    const m = await one({ 'README.md': C.GROK, 'run.py': 'x\n' })
    expect(reason(m, 'code')).toMatch(/github\.com\/xai-org\/grok-1.*without saying it holds training code/)
  })

  it('Phi-2: "crafting this open-source model" is open-washing; Falcon RefinedWeb named without a link is partial', async () => {
    const m = await one({ LICENSE: MIT, 'README.md': C.PHI2, ...C.hfFiles() })
    const ow = m.findings.find(f => f.rule === 'open-washing')
    expect(ow?.evidence).toMatch(/open-source model/)
    expect(reason(m, 'data-information')).toMatch(/described but not obtainable.*where to obtain/)
    // The supporting libraries (PyTorch, DeepSpeed) are not presented as the model's own code.
    expect(reason(m, 'code')).not.toMatch(/pytorch/)
  })
})

describe('OSI validation: would pass with another licence', () => {
  it.each<[string, Record<string, string>]>([
    ['BLOOM (RAIL)', { 'README.md': C.BLOOM, ...C.hfFiles() }],
    ['Falcon 2 (TII Falcon licence)', { 'README.md': C.FALCON, LICENSE: C.FALCON_LICENSE, ...C.hfFiles() }]
  ])('%s fails on terms only', async (_name, files) => {
    const m = await one(files)
    expect(verdicts(m)).toEqual({
      terms: 'fail',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'pass'
    })
    expect(m.osaid).toBe('fail')
    expect(rules(m).filter(r => r.startsWith('osaid/'))).toEqual([])
    expect(rules(m).some(r => r.startsWith('license/'))).toBe(true)
  })

  it('StarCoder2: the data pipeline is credited; a fine-tuning script for users is not the pretraining code', async () => {
    const m = await one({ 'README.md': C.STARCODER2, ...C.hfFiles() })
    expect(verdicts(m)).toEqual({
      terms: 'fail',
      parameters: 'pass',
      code: 'fail',
      'data-information': 'pass'
    })
    expect(reason(m, 'code')).toMatch(
      /^Only data-processing, inference and architecture code is available: the training code OSAID requires/
    )
    expect(reason(m, 'code')).toMatch(
      /Not counted: https:\/\/github\.com\/bigcode-project\/starcoder2\/ \(fine-tuning code; this base model needs the code that pretrained it\)/
    )
  })
})

describe('card shapes', () => {
  it('nested headings and a DATASHEET.md in the repository: complete data information', async () => {
    const m = await one({
      LICENSE: APACHE,
      'README.md': C.NESTED_DATASHEET,
      'DATASHEET.md': C.DATASHEET,
      ...C.hfFiles()
    })
    expect(verdicts(m)['data-information']).toBe('pass')
    expect(m.osaid).toBe('pass')
  })

  it('the same card without its datasheet is not complete', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.NESTED_DATASHEET, ...C.hfFiles() })
    expect(verdicts(m)['data-information']).toBe('fail')
  })

  it('`datasets:` metadata alone is partial: named and obtainable, but no processing', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.DATASETS_ONLY, ...C.hfFiles(), 'train.py': 'x\n' })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'fail'
    })
    expect(reason(m, 'data-information')).toMatch(
      /can be obtained but is not described.*HuggingFaceFW\/fineweb.*processed/
    )
  })

  it('the untouched template: placeholders and HTML comments are not data information; training_args.bin is not weights', async () => {
    const m = await one({
      'README.md': C.PLACEHOLDERS,
      'config.json': C.CONFIG_JSON,
      'training_args.bin': 'x'
    })
    expect(verdicts(m)['data-information']).toBe('fail')
    expect(reason(m, 'data-information')).toMatch(/placeholder/)
    expect(m.osaidRequirements?.find(r => r.id === 'data-information')?.evidence).toEqual([])
    expect(verdicts(m).parameters).toBe('unknown')
    expect(reason(m, 'parameters')).toMatch(/training_args\.bin/)
  })

  it('gated weights fail parameters even under Apache-2.0, and the open-source claim is open-washing', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.GATED_APACHE, ...C.hfFiles() })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'fail',
      code: 'pass',
      'data-information': 'pass'
    })
    expect(rules(m)).toEqual(expect.arrayContaining(['osaid/parameters', 'open-washing']))
  })

  it('weights only linked (resolve/main/model.safetensors) count as present', async () => {
    const m = await one({ LICENSE: MIT, 'README.md': C.LINKED_WEIGHTS, 'config.json': C.CONFIG_JSON })
    expect(verdicts(m).parameters).toBe('pass')
    expect(m.osaid).toBe('pass')
  })

  it('a link to another model (the tokenizer’s source) is not a weights link', async () => {
    const card = C.LINKED_WEIGHTS.replace(/## Download[\s\S]*?## Training data/, '## Training data').replace(
      '# Tern-base',
      '# Tern-base\n\nTern uses the same tokenizer as [BERT](https://huggingface.co/google-bert/bert-base-uncased).'
    )
    const m = await one({ LICENSE: MIT, 'README.md': card, 'config.json': C.CONFIG_JSON })
    expect(verdicts(m).parameters).toBe('unknown')
  })
})

describe('derivatives', () => {
  it('a GGUF quantisation of Llama 3.1 keeping its licence: terms fail, no inheritance finding', async () => {
    const m = await one({ 'README.md': C.GGUF_LLAMA, 'Llama-3.1-8B-Instruct-Q4_K_M.gguf': LFS_POINTER })
    expect(verdicts(m).terms).toBe('fail')
    expect(m.findings.filter(f => f.rule === 'license-inheritance')).toEqual([])
    expect(reason(m, 'code')).toMatch(/quantisation of meta-llama\/Llama-3\.1-8B-Instruct/)
  })

  it('a GGUF quantisation of Llama 3.1 relabelled Apache-2.0 with an open-source tag: inheritance and open-washing errors', async () => {
    const m = await one({
      'README.md': C.GGUF_LLAMA_APACHE,
      'Llama-3.1-8B-Instruct-Q4_K_M.gguf': LFS_POINTER
    })
    expect(verdicts(m).terms).toBe('fail')
    expect(rules(m)).toEqual(expect.arrayContaining(['license-inheritance', 'open-washing']))
    expect(m.findings.find(f => f.rule === 'open-washing')?.evidence).toBe('open-source')
  })

  it('a GGUF quantisation of an Apache-2.0 Qwen model: terms pass, code and data fail with the base named', async () => {
    const m = await one({
      LICENSE: APACHE,
      'README.md': C.GGUF_QWEN,
      'qwen2.5-7b-instruct-q4_k_m.gguf': LFS_POINTER
    })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'fail',
      'data-information': 'fail'
    })
    expect(reason(m, 'data-information')).toMatch(/Qwen\/Qwen2\.5-7B-Instruct/)
    expect(m.findings.filter(f => f.rule === 'license-inheritance')).toEqual([])
  })

  it('a LoRA adapter of Llama 2 declared MIT: inheritance, open-washing, and the base’s missing code and data', async () => {
    const m = await one({
      'README.md': C.LORA,
      'adapter_model.safetensors': LFS_POINTER,
      'adapter_config.json': '{"peft_type":"LORA","base_model_name_or_path":"meta-llama/Llama-2-7b-hf"}',
      'scripts/finetune_lora.py': 'x\n'
    })
    expect(verdicts(m)).toEqual({
      terms: 'fail',
      parameters: 'pass',
      code: 'fail',
      'data-information': 'fail'
    })
    expect(reason(m, 'code')).toMatch(/Llama-2-7b-hf.*not published/)
    expect(rules(m)).toEqual(expect.arrayContaining(['license-inheritance', 'open-washing']))
  })

  it('a fine-tune of an open-source base (OLMo) with its own code and data passes', async () => {
    const card = C.GATED_APACHE.replace(
      /extra_gated_prompt[\s\S]*?datasets:/,
      'base_model: allenai/OLMo-7B\nbase_model_relation: finetune\ndatasets:'
    )
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles() })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'pass'
    })
  })

  it('a fine-tune of an Apache-2.0 open-weights base (Mistral 7B) cannot pass on its own fine-tuning data', async () => {
    const card = C.GATED_APACHE.replace(
      /extra_gated_prompt[\s\S]*?datasets:/,
      'base_model: mistralai/Mistral-7B-v0.1\ndatasets:'
    )
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles() })
    expect(verdicts(m).terms).toBe('pass')
    expect(verdicts(m)['data-information']).toBe('fail')
    expect(reason(m, 'data-information')).toMatch(/Mistral-7B-v0\.1.*not published/)
  })

  it('a fine-tune of a base missing from the catalogue is unknown, not pass', async () => {
    const card = C.GATED_APACHE.replace(
      /extra_gated_prompt[\s\S]*?datasets:/,
      'base_model: someorg/some-base-7b\ndatasets:'
    )
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles() })
    expect(verdicts(m)['data-information']).toBe('unknown')
    expect(m.osaid).toBe('unknown')
  })

  it('a merge of Mistral and Llama 3 declared Apache-2.0 inherits the Llama terms', async () => {
    const m = await one({
      'README.md': C.MERGE,
      ...C.hfFiles(),
      'mergekit_config.yml': 'merge_method: slerp\n'
    })
    expect(verdicts(m).terms).toBe('fail')
    expect(reason(m, 'terms')).toMatch(/Meta-Llama-3-8B/)
    expect(rules(m)).toContain('license-inheritance')
    // mergekit is not training code.
    expect(verdicts(m).code).toBe('fail')
    expect(reason(m, 'code')).toMatch(/merge of mistralai\/Mistral-7B-v0\.1 and meta-llama\/Meta-Llama-3-8B/)
  })
})

describe('open-washing precision', () => {
  it('open weights, open-source libraries and tools, thanks to the community and the licence wording: no error on a passing model', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.OPEN_WORDING, ...C.hfFiles() })
    expect(m.osaid).toBe('pass')
    expect(m.findings.filter(f => f.rule === 'open-washing')).toEqual([])
  })

  it('the same wording without the licence sentence makes no claim even when the model fails', async () => {
    const card = C.OPEN_WORDING.replace(/ It is released under[^\n]*\n[^\n]*\n/, '\n').replace(
      /## Training data[\s\S]*$/,
      ''
    )
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles() })
    expect(m.osaid).toBe('fail')
    expect(m.findings.filter(f => f.rule === 'open-washing')).toEqual([])
  })

  it('claims in the name, the tags and the prose of a failing model are found', async () => {
    const m = await one({ LICENSE: APACHE, 'README.md': C.OPEN_CLAIMS_FAILING, ...C.hfFiles() })
    expect(m.osaid).toBe('fail')
    const ow = m.findings.filter(f => f.rule === 'open-washing')
    expect(ow).toHaveLength(1)
    expect(ow[0].line).toBe(3)
  })
})

describe('code evidence', () => {
  const card = C.DATASETS_ONLY.replace(
    '## Usage',
    '## Training data\n\nFineWeb was deduplicated with MinHash and filtered for quality.\n\n## Usage'
  )
  it.each<[string, Record<string, string>]>([
    ['src/train/…', { 'src/train/loop.py': 'x\n' }],
    ['scripts/pretrain.py', { 'scripts/pretrain.py': 'x\n' }]
  ])('training code in %s counts', async (_name, extra) => {
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles(), ...extra })
    expect(verdicts(m).code).toBe('pass')
    expect(reason(m, 'code')).toMatch(
      new RegExp(`^Training code is included or linked \\(${Object.keys(extra)[0]}\\)`)
    )
    expect(m.osaid).toBe('pass')
  })

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'training settings without the code (recipes/*.yaml)',
      { 'recipes/sft/config_full.yaml': 'lr: 1\n' },
      /^Only inference and architecture code is available/
    ],
    [
      'a LoRA script in a base model’s repository',
      { 'scripts/finetune_lora.py': 'x\n' },
      /Not counted: scripts\/finetune_lora\.py \(adapter code, not the code that trained this model\)/
    ],
    [
      'a fine-tuning script in a base model’s repository',
      { 'finetune.py': 'x\n' },
      /Not counted: finetune\.py \(fine-tuning code; this base model needs the code that pretrained it\)/
    ],
    ['a notebook', { 'train.ipynb': '{}\n' }, /^Only inference and architecture code is available/]
  ])('%s is not the code that trained the model', async (_name, extra, why) => {
    const m = await one({ LICENSE: APACHE, 'README.md': card, ...C.hfFiles(), ...extra })
    expect(verdicts(m).code).toBe('fail')
    expect(reason(m, 'code')).toMatch(why)
  })

  it('a config-only repository (config, generation config, tokenizer) is architecture and supporting files, not training code', async () => {
    const m = await one({
      LICENSE: APACHE,
      'README.md': card,
      ...C.hfFiles(),
      'chat_template.jinja': '{{x}}\n',
      'preprocessor_config.json': '{}'
    })
    expect(verdicts(m).code).toBe('fail')
    expect(reason(m, 'code')).toMatch(/^Only inference and architecture code/)
  })
})

describe('monorepo', () => {
  it('models/<a>/ and models/<b>/ are audited separately with their own cards', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': '# Zoo\n\nA project with two models.\n',
      'models/alpha/README.md': C.DATASETS_ONLY,
      'models/alpha/model.safetensors': LFS_POINTER,
      'models/alpha/train.py': 'x\n',
      'models/beta/README.md': C.LINKED_WEIGHTS.replace('license: mit', 'license: apache-2.0'),
      'models/beta/model.safetensors': LFS_POINTER
    })
    const by = Object.fromEntries(r.models.map(m => [m.path, m]))
    expect(Object.keys(by).sort()).toEqual(['models/alpha', 'models/beta'])
    expect(by['models/beta'].osaid).toBe('pass')
    expect(verdicts(by['models/alpha'])).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'fail'
    })
  })
})

describe('other everyday shapes', () => {
  it('the Trainer auto-card: "More information needed" is a placeholder, training_args.bin is not weights', async () => {
    const m = await one({
      'README.md': C.TRAINER_AUTOCARD,
      'model.safetensors': LFS_POINTER,
      'config.json': C.CONFIG_JSON,
      'training_args.bin': 'x'
    })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'fail',
      'data-information': 'fail'
    })
    expect(m.osaidRequirements?.find(r => r.id === 'parameters')?.evidence).toEqual(['model.safetensors'])
    expect(reason(m, 'data-information')).toMatch(/stanfordnlp\/imdb.*processed/)
  })

  it('a GitHub project README with the weights on the Hub and the code in the repository passes', async () => {
    const m = await one({
      LICENSE: APACHE,
      'README.md': C.GITHUB_README,
      'train.py': 'x\n',
      'data/prepare.py': 'x\n',
      'configs/heron-1b.yaml': 'lr: 3e-4\n',
      'heron/model.py': 'x\n',
      'requirements.txt': 'torch\n'
    })
    expect(verdicts(m)).toEqual({
      terms: 'pass',
      parameters: 'pass',
      code: 'pass',
      'data-information': 'pass'
    })
    expect(reason(m, 'code')).not.toMatch(/Data-processing code was not found/)
  })

  it('Grok: `huggingface-cli download xai-org/grok-1` in the card shows where the weights are', async () => {
    const m = await one({ 'README.md': C.GROK })
    expect(verdicts(m).parameters).toBe('pass')
    expect(reason(m, 'parameters')).toContain('xai-org/grok-1')
  })

  it('a fine-tuning project that only loads someone else’s catalogued model has no weights of its own', async () => {
    const card =
      '# Tuner\n\n## Model details\n\n```python\nmodel = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.1")\n```\n'
    const m = await one({ LICENSE: MIT, 'README.md': card, 'train.py': 'x\n' })
    expect(verdicts(m).parameters).toBe('unknown')
  })
})
