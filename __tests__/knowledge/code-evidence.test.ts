import { describe, expect, it } from '@jest/globals'
import { classifyCodeFile, findCodeLinks } from '../../src/knowledge/code-evidence.js'
import { corpusCard, lineOf, makeCard } from './helpers.js'
import { itConformance } from '../helpers/shared.js'

const itCorpus = itConformance('code links in corpus cards')

describe('classifyCodeFile', () => {
  it.each<[string, string[]]>([
    ['train.py', ['training']],
    ['scripts/train_7b.sh', ['training']],
    ['scripts/train/run.sh', ['training']],
    ['finetune_lora.py', ['training']],
    ['src/sft_trainer.py', ['training']],
    ['run_clm.py', ['training']],
    ['configs/train_7b.yaml', ['training', 'config']],
    ['ds_config_zero3.json', ['training', 'config']],
    ['preprocess.py', ['data-processing']],
    ['data/filter_quality.py', ['data-processing']],
    ['dedup_minhash.py', ['data-processing']],
    ['tokenize_corpus.py', ['data-processing']],
    ['tokenization_foo.py', ['data-processing', 'supporting']],
    ['preprocessing/run.sh', ['data-processing']],
    ['inference.py', ['inference']],
    ['generate.py', ['inference']],
    ['serve.py', ['inference']],
    ['app.py', ['inference']],
    ['modeling_foo.py', ['architecture']],
    ['configuration_foo.py', ['architecture']],
    ['model.py', ['architecture']],
    ['config.json', ['architecture', 'config']],
    ['generation_config.json', ['inference', 'config']],
    ['eval.py', ['evaluation']],
    ['evaluate_mmlu.py', ['evaluation']],
    ['eval/run_harness.sh', ['evaluation']],
    ['requirements.txt', ['supporting']],
    ['requirements-dev.txt', ['supporting']],
    ['pyproject.toml', ['supporting']],
    ['tokenizer.json', ['supporting']],
    ['tokenizer.model', ['supporting']],
    ['configs/model/7b.yaml', ['config']],
    ['tests/test_train.py', ['supporting']],
    ['.\\scripts\\Train.PY', ['training']],
    // near misses: data, weights, docs and results are not code
    ['train.jsonl', []],
    ['data/train-00000-of-00001.parquet', []],
    ['training_data.csv', []],
    ['model.safetensors', []],
    ['pytorch_model.bin', []],
    ['README.md', []],
    ['docs/training.md', []],
    ['eval_results.json', []],
    ['samples/generated.png', []],
    ['filters.txt', []],
    ['trainer_state.json', []],
    ['', []]
  ])('%s → %j', (p, kinds) => {
    expect(classifyCodeFile(p)).toEqual(kinds)
  })

  it('config.json without "architectures" is configuration only', () => {
    expect(
      classifyCodeFile('config.json', '{"model_type":"llama","architectures":["LlamaForCausalLM"]}')
    ).toEqual(['architecture', 'config'])
    expect(classifyCodeFile('config.json', '{"quant_method":"gptq"}')).toEqual(['config'])
  })
})

describe('findCodeLinks', () => {
  const text = [
    '# Foo',
    '',
    'Training code: [OLMo](https://github.com/allenai/OLMo), evaluation code: [OLMo-Eval](https://github.com/allenai/OLMo-Eval).',
    'The data pipeline is at https://github.com/allenai/dolma.',
    'Run inference with https://gitlab.com/org/foo-serve',
    'Report bugs at https://github.com/org/foo/issues.',
    'See https://github.com/org for more.',
    '',
    '## Evaluation',
    '',
    'Scripts: https://github.com/org/foo-scripts',
    '',
    '```',
    'git clone https://github.com/org/in-code-block',
    '```'
  ].join('\n')
  const card = makeCard(text)
  const links = findCodeLinks(card)

  it('classifies links by the words around them', () => {
    const by = Object.fromEntries(links.map(l => [l.url, l]))
    expect(by['https://github.com/allenai/OLMo']).toMatchObject({
      line: 3,
      kinds: ['training'],
      text: 'OLMo'
    })
    expect(by['https://github.com/allenai/OLMo-Eval']).toMatchObject({ line: 3, kinds: ['evaluation'] })
    expect(by['https://github.com/allenai/dolma']).toMatchObject({ line: 4, kinds: ['data-processing'] })
    expect(by['https://gitlab.com/org/foo-serve']).toMatchObject({ line: 5, kinds: ['inference'] })
    expect(by['https://github.com/org/foo-scripts']).toMatchObject({ line: 11, kinds: ['evaluation'] })
  })

  it('skips issue trackers and bare organisations, keeps code blocks', () => {
    const urls = links.map(l => l.url)
    expect(urls.some(u => u.includes('/issues'))).toBe(false)
    expect(urls).not.toContain('https://github.com/org')
    expect(urls).toContain('https://github.com/org/in-code-block')
  })

  itCorpus(
    'Llama 3 card: "recipes for how to use Llama 3" are not training code, eval details are evaluation',
    () => {
      const card3 = corpusCard('llama3-model-card.md')
      const found = findCodeLinks(card3)
      const recipes = found.find(l => l.url === 'https://github.com/meta-llama/llama-recipes')
      expect(recipes?.kinds).not.toContain('training')
      expect(recipes?.claim).toBeUndefined()
      expect(recipes?.line).toBe(lineOf(card3, 'https://github.com/meta-llama/llama-recipes'))
      expect(found.find(l => l.url.endsWith('eval_details.md'))?.kinds).toEqual(['evaluation'])
    }
  )

  itCorpus('GGUF card: llama.cpp is an inference link', () => {
    const found = findCodeLinks(corpusCard('hf-qwen3-32b-gguf.md'))
    expect(found.find(l => l.url.startsWith('https://github.com/ggerganov/llama.cpp'))?.kinds).toEqual([
      'inference'
    ])
  })

  // How long these take is measured by `npm run bench:hostile`, not asserted here.
  it('a 1 MB line of one address repeated gives that link once, credited as nothing', () => {
    expect(findCodeLinks(makeCard(`# x\n${'https://github.com/a/b '.repeat(45_000)}`))).toEqual([
      { url: 'https://github.com/a/b', line: 2, kinds: [] }
    ])
  })

  it('a 1 MB address is cut to a bounded length, credited as nothing', () => {
    const links = findCodeLinks(makeCard(`# x\n](https://github.com/a/${'b'.repeat(1_000_000)}`))
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) {
      expect(l.url.startsWith('https://github.com/a/b')).toBe(true)
      expect(l.url.length).toBeLessThanOrEqual(2048)
      expect(l.kinds).toEqual([])
    }
  })
})
