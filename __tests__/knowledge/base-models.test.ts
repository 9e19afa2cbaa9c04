import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import {
  BASE_MODEL_CATALOGUE,
  normalizeBaseModelId,
  parseBaseModelField,
  resolveBaseModel
} from '../../src/knowledge/base-models.js'
import { globMatch } from '../../src/knowledge/glob.js'
import { corpusCard } from './helpers.js'
import { itConformance, sharedPath } from '../helpers/shared.js'

const itCorpus = itConformance('base models of corpus cards')

describe('resolveBaseModel', () => {
  const cases: Array<[string, string | null, string?]> = [
    ['meta-llama/Llama-2-7b-hf', 'llama2'],
    ['meta-llama/Llama-2-70b-chat-hf', 'llama2'],
    ['meta-llama/Meta-Llama-3-8B-Instruct', 'llama3'],
    ['meta-llama/Llama-3.1-8B', 'llama3.1'],
    ['meta-llama/Meta-Llama-3.1-405B-Instruct', 'llama3.1'],
    ['meta-llama/Llama-3.2-11B-Vision-Instruct', 'llama3.2'],
    ['meta-llama/Llama-3.2-1B', 'llama3.2'],
    ['meta-llama/Llama-3.3-70B-Instruct', 'llama3.3'],
    ['meta-llama/Llama-4-Scout-17B-16E-Instruct', 'llama4'],
    ['meta-llama/CodeLlama-7b-hf', 'llama2'],
    ['codellama/CodeLlama-34b-Instruct-hf', 'llama2'],
    ['META-LLAMA/LLAMA-3.1-8B', 'llama3.1'], // case-insensitive
    ['google/gemma-7b', 'gemma'],
    ['google/gemma-2-9b-it', 'gemma'],
    ['google/gemma-3-1b-it', 'gemma'],
    ['google/codegemma-7b', 'gemma'],
    ['google/recurrentgemma-2b', 'gemma'],
    ['google/paligemma-3b-pt-224', 'gemma'],
    ['google/flan-t5-xxl', 'apache-2.0'],
    ['google/t5-v1_1-large', 'apache-2.0'],
    ['t5-small', 'apache-2.0'],
    ['mistralai/Mistral-7B-Instruct-v0.3', 'apache-2.0'],
    ['mistralai/Mixtral-8x22B-v0.1', 'apache-2.0'],
    ['mistralai/Ministral-8B-Instruct-2410', 'mistral-research'],
    ['mistralai/Codestral-22B-v0.1', 'mistral-research'],
    ['mistralai/Mistral-Large-Instruct-2407', 'mistral-research'],
    ['mistralai/Mistral-Small-Instruct-2409', 'mistral-research'],
    ['mistralai/Mistral-Small-24B-Instruct-2501', 'apache-2.0'],
    ['Qwen/Qwen-7B-Chat', 'tongyi-qianwen'],
    ['Qwen/Qwen-72B', 'tongyi-qianwen'],
    ['Qwen/Qwen-1_8B-Chat', 'tongyi-qianwen-research'],
    ['Qwen/Qwen1.5-14B-Chat', 'tongyi-qianwen'],
    ['Qwen/Qwen2-7B-Instruct', 'apache-2.0'],
    ['Qwen/Qwen2.5-7B-Instruct', 'apache-2.0'],
    ['Qwen/Qwen2.5-32B-Instruct', 'apache-2.0'], // "32B" is not "3B"
    ['Qwen/Qwen2.5-3B-Instruct', 'qwen-research'],
    ['Qwen/Qwen2.5-Coder-3B-Instruct', 'qwen-research'],
    ['Qwen/Qwen2.5-Coder-32B-Instruct', 'apache-2.0'],
    ['Qwen/Qwen2.5-72B-Instruct', 'qwen-license'],
    ['Qwen/Qwen3-32B', 'apache-2.0'],
    ['deepseek-ai/deepseek-llm-7b-base', 'deepseek-license'],
    ['deepseek-ai/deepseek-coder-6.7b-instruct', 'deepseek-license'],
    ['deepseek-ai/DeepSeek-Coder-V2-Instruct', 'deepseek-license'],
    ['deepseek-ai/DeepSeek-V2.5', 'deepseek-license'],
    ['deepseek-ai/DeepSeek-V3', 'deepseek-license'],
    ['deepseek-ai/DeepSeek-V3-0324', 'mit'],
    ['deepseek-ai/DeepSeek-R1', 'mit'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'mit'],
    ['deepseek-ai/DeepSeek-R1-Distill-Llama-8B', 'llama3.1'],
    ['microsoft/phi-1_5', 'mit'],
    ['microsoft/phi-2', 'mit'],
    ['microsoft/Phi-3-mini-4k-instruct', 'mit'],
    ['microsoft/phi-4', 'mit'],
    ['tiiuae/falcon-7b-instruct', 'apache-2.0'],
    ['tiiuae/falcon-40b', 'apache-2.0'],
    ['tiiuae/falcon-180B-chat', 'falcon-tii-180b'],
    ['tiiuae/Falcon3-7B-Instruct', 'falcon-tii-2.0'],
    ['stabilityai/stable-diffusion-2-1', 'openrail++'],
    ['stabilityai/stable-diffusion-xl-base-1.0', 'openrail++'],
    ['stabilityai/stable-diffusion-3.5-large', 'stability-ai-community'],
    ['stabilityai/stable-diffusion-3-medium', 'stability-ai-community'],
    ['stabilityai/stable-video-diffusion-img2vid-xt', 'stability-ai-noncommercial'],
    ['runwayml/stable-diffusion-v1-5', 'creativeml-openrail-m'],
    ['CompVis/stable-diffusion-v1-4', 'creativeml-openrail-m'],
    ['bigscience/bloom-560m', 'bigscience-bloom-rail-1.0'],
    ['bigscience/bloomz-7b1', 'bigscience-bloom-rail-1.0'],
    ['bigcode/starcoder', 'bigcode-openrail-m'],
    ['bigcode/starcoder2-15b', 'bigcode-openrail-m'],
    ['allenai/OLMo-7B', 'apache-2.0'],
    ['allenai/OLMo-2-1124-13B', 'apache-2.0'],
    ['EleutherAI/pythia-6.9b', 'apache-2.0'],
    ['EleutherAI/gpt-neox-20b', 'apache-2.0'],
    ['EleutherAI/gpt-j-6b', 'apache-2.0'],
    ['openai/whisper-large-v3', 'mit'],
    ['openai/gpt-oss-20b', 'apache-2.0'],
    ['01-ai/Yi-34B', 'yi-license'],
    ['01-ai/Yi-1.5-9B-Chat', 'apache-2.0'],
    ['THUDM/chatglm3-6b', 'chatglm-6b-license'],
    ['baichuan-inc/Baichuan2-13B-Chat', 'baichuan2-community'],
    ['tencent/Hunyuan-A13B-Instruct', 'tencent-hunyuan-community'],
    ['databricks/dbrx-instruct', 'databricks-open-model'],
    ['nvidia/Nemotron-4-340B-Instruct', 'nvidia-open-model'],
    ['nvidia/AceReason-Nemotron-1.1-7B', 'nvidia-open-model'],
    ['nvidia/Llama-3.1-Nemotron-70B-Instruct-HF', 'llama3.1'],
    ['xai-org/grok-1', 'apache-2.0'],
    ['LLM360/Amber', 'apache-2.0'],
    ['LLM360/CrystalCoder', 'apache-2.0'],
    ['ibm-granite/granite-3.1-8b-instruct', 'apache-2.0'],
    ['HuggingFaceTB/SmolLM2-1.7B-Instruct', 'apache-2.0'],
    ['CohereForAI/aya-expanse-32b', 'cc-by-nc-4.0'],
    // URLs and revisions
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', 'llama3.1'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main', 'llama3.1'],
    ['hf.co/google/gemma-2-9b-it:Q4_K_M', 'gemma'],
    ['mistralai/Mistral-7B-v0.1@main', 'apache-2.0'],
    // Mirrors and quantisations matched by name
    ['TheBloke/Llama-2-7B-Chat-GGUF', 'llama2'],
    ['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', 'llama3.1'],
    ['unsloth/llama-3-8b-bnb-4bit', 'llama3'],
    ['mlx-community/Qwen2.5-3B-Instruct-4bit', 'qwen-research'],
    ['bartowski/Ministral-8B-Instruct-2410-GGUF', 'mistral-research'],
    ['bartowski/google_gemma-3-12b-it-GGUF', 'gemma'],
    // Near misses: unknown owners, lookalike names, non-Hub strings
    ['someone/Llama-2-7b-hf', null],
    ['meta-llama-fan/Llama-2-7b-hf', null],
    ['meta-llama', null],
    ['Qwen/Qwen', null],
    ['unsloth/my-own-model', null],
    ['TheBloke/Foo-7B-GGUF', null],
    ['https://github.com/meta-llama/llama', null],
    ['', null]
  ]
  it.each(cases)('%s → %s', (id, licenseId) => {
    const r = resolveBaseModel(id)
    if (licenseId === null) expect(r).toBeNull()
    else expect(r?.licenseId).toBe(licenseId)
  })

  it('returns family, pattern and licence URL, and names the mirror pattern', () => {
    const r = resolveBaseModel('https://huggingface.co/meta-llama/Llama-3.1-8B')
    expect(r).toMatchObject({
      id: 'meta-llama/Llama-3.1-8B',
      family: 'Llama 3.1',
      licenseId: 'llama3.1',
      pattern: 'meta-llama/Llama-3.1-*'
    })
    expect(r?.url).toMatch(/^https:\/\//)
    expect(resolveBaseModel('TheBloke/Llama-2-7B-Chat-GGUF')?.mirrorOf).toBe('meta-llama/Llama-2-*')
    expect(resolveBaseModel('meta-llama/Llama-2-7b-hf')?.mirrorOf).toBeUndefined()
  })

  it('lets the most specific pattern win', () => {
    expect(resolveBaseModel('Qwen/Qwen2.5-72B-Instruct')?.pattern).toBe('Qwen/Qwen2.5-72B*')
    expect(resolveBaseModel('deepseek-ai/DeepSeek-R1-Distill-Llama-8B')?.pattern).toBe(
      'deepseek-ai/DeepSeek-R1-Distill-Llama-8B'
    )
    expect(resolveBaseModel('nvidia/Llama-3.1-Nemotron-70B-Instruct-HF')?.family).toBe('Llama 3.1 Nemotron')
  })

  it('has unique patterns', () => {
    const seen = new Set<string>()
    for (const e of BASE_MODEL_CATALOGUE) {
      expect(seen.has(e.pattern.toLowerCase())).toBe(false)
      seen.add(e.pattern.toLowerCase())
    }
  })

  itCorpus('resolves the base_model of the corpus cards that name an official model', () => {
    const manifest = JSON.parse(fs.readFileSync(sharedPath('corpus', 'manifest.json'), 'utf8')) as {
      entries: Array<{ file: string; kind: string; has_yaml_front_matter?: boolean }>
    }
    const expected: Record<string, string> = {
      'cards/hf-bartowski-meta-llama-3.1-8b-instruct-gguf.md': 'llama3.1',
      'cards/hf-bartowski-ministral-8b-instruct-2410-gguf.md': 'mistral-research',
      'cards/hf-bartowski-deepseek-coder-v2-instruct-gguf.md': 'deepseek-license',
      'cards/hf-gaianet-qwen2.5-coder-3b-instruct-gguf.md': 'qwen-research',
      'cards/hf-google-gemma-3-1b-it-qat-q4_0-gguf.md': 'gemma',
      'cards/hf-qwen3-32b-gguf.md': 'apache-2.0',
      'cards/hf-thebloke-llama-2-7b-chat-gguf.md': 'llama2',
      'cards/hf-bartowski-nvidia-acereason-nemotron-1.1-7b-gguf.md': 'nvidia-open-model',
      'cards/hf-bartowski-aya-expanse-32b-gguf.md': 'cc-by-nc-4.0',
      'cards/hf-katanemo-arch-router-1.5b-gguf.md': 'apache-2.0'
    }
    let checked = 0
    for (const e of manifest.entries) {
      if (!(e.file in expected)) continue
      const card = corpusCard(e.file.replace('cards/', ''))
      const { ids, problems } = parseBaseModelField(card.metadata['base_model'])
      expect(problems).toEqual([])
      expect(ids).toHaveLength(1)
      expect(resolveBaseModel(ids[0])?.licenseId).toBe(expected[e.file])
      checked++
    }
    expect(checked).toBe(Object.keys(expected).length)
  })

  itCorpus('reports a base_model without owner (EXAONE card) and a third-party fine-tune as unknown', () => {
    const exaone = corpusCard('hf-lgai-exaone-3.5-2.4b-instruct-gguf.md')
    const r = parseBaseModelField(exaone.metadata['base_model'])
    expect(r.ids).toEqual(['EXAONE-3.5-2.4B-Instruct'])
    expect(r.problems.join(' ')).toMatch(/no owner/)
    const lemur = corpusCard('hf-thebloke-lemur-70b-chat-v1-gguf.md')
    const l = parseBaseModelField(lemur.metadata['base_model'])
    expect(resolveBaseModel(l.ids[0])).toBeNull()
  })
})

describe('normalizeBaseModelId', () => {
  it.each([
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-8B'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json', 'meta-llama/Llama-3.1-8B'],
    ['https://huggingface.co/models/gpt2', 'gpt2'],
    ['huggingface.co/Qwen/Qwen3-8B?library=transformers', 'Qwen/Qwen3-8B'],
    ['  "google/gemma-2b"  ', 'google/gemma-2b'],
    ['mistralai/Mistral-7B-v0.1@main', 'mistralai/Mistral-7B-v0.1'],
    ['bartowski/Llama-3.2-1B-Instruct-GGUF:q4_k_m', 'bartowski/Llama-3.2-1B-Instruct-GGUF'],
    ['owner/name/', 'owner/name'],
    ['https://example.com/owner/name', '']
  ])('%s → %s', (input, out) => {
    expect(normalizeBaseModelId(input)).toBe(out)
  })
})

describe('parseBaseModelField', () => {
  it.each<[unknown, string[], number]>([
    ['meta-llama/Llama-3.1-8B', ['meta-llama/Llama-3.1-8B'], 0],
    [['meta-llama/Llama-3.1-8B', 'Qwen/Qwen2.5-7B'], ['meta-llama/Llama-3.1-8B', 'Qwen/Qwen2.5-7B'], 0],
    [['a/b', 'a/b'], ['a/b'], 1],
    [['a/b', 42, null, ''], ['a/b'], 3],
    [{ id: 'a/b' }, [], 1],
    [42, [], 1],
    ['', [], 1],
    [[], [], 1],
    [[['a/b']], [], 1],
    ['not an id with spaces', [], 1],
    ['https://huggingface.co/google/gemma-2b', ['google/gemma-2b'], 0],
    ['gpt2', ['gpt2'], 0],
    [undefined, [], 0]
  ])('%j', (value, ids, problems) => {
    const r = parseBaseModelField(value)
    expect(r.ids).toEqual(ids)
    expect(r.problems).toHaveLength(problems)
  })
})

describe('globMatch', () => {
  it.each<[string, string, boolean]>([
    ['meta-llama/Llama-2-*', 'META-LLAMA/llama-2-7b', true],
    ['meta-llama/Llama-2-*', 'meta-llama/Llama-3-8B', false],
    ['*Nemotron*', 'AceReason-Nemotron-7B', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'acb', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false]
  ])('%s ~ %s = %s', (p, t, r) => expect(globMatch(p, t)).toBe(r))

  // How long these take is measured by `npm run bench:hostile`, not asserted here.
  it('answers hostile input', () => {
    expect(globMatch('*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false)
    expect(resolveBaseModel('x'.repeat(1_000_000))).toBeNull()
    expect(parseBaseModelField('a/'.repeat(500_000)).ids).toEqual([])
  })
})

describe('one home per fact', () => {
  it('every base-model licence is one the licence catalogue or the SPDX list knows, with its name and address', async () => {
    const { BASE_MODEL_CATALOGUE: rows } = await import('../../src/knowledge/base-models.js')
    const { getLicenseInfo } = await import('../../src/licenses/identify.js')
    const unknown = [...new Set(rows.map(r => r.licenseId))].filter(id => !getLicenseInfo(id))
    expect(unknown).toEqual([])
    for (const r of rows) expect(r.licenseName).toBe(getLicenseInfo(r.licenseId)!.name)
  })
})
