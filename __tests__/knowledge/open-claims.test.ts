import { describe, expect, it } from '@jest/globals'
import { findClaimsInLine, findOpenSourceClaims } from '../../src/knowledge/open-claims.js'
import { corpusCard, lineOf, makeCard } from './helpers.js'
import { describeConformance } from '../helpers/shared.js'

describe('findClaimsInLine: claims', () => {
  it.each([
    'Foo-7B is a fully open-source language model.',
    'We release Foo, an open source model for chemistry.',
    'Introducing Foo: the first open-source LLM trained on Dolma.',
    'Foo is open source.',
    'The model weights are released as open source under Apache 2.0.',
    'This model is 100% open.',
    'Foo is 100% open source!',
    'We have open-sourced Foo-7B and its training code.',
    'Foo was open-sourced in March 2024.',
    'Foo is released under an open-source license.',
    'Foo — an open-source alternative to GPT-4.',
    'It achieves leading performance among open-source models in agent tasks.',
    'Foo outperforms other open-source models of its size.',
    'OLMo is a fully open language model.',
    'Foo is one of the best open-source models available today.',
    'We are open-sourcing the weights of Foo.',
    'Foo is opensource and free to use.'
  ])('%s', line => {
    const claims = findClaimsInLine(line)
    expect(claims).toHaveLength(1)
    expect(line).toContain(claims[0].quote)
  })
})

describe('findClaimsInLine: near misses', () => {
  it.each([
    'Foo is an open-weights model: the weights are openly available.',
    'Foo is an open-weight model.',
    'The weights are openly available under the Foo licence.',
    'Foo was built on open-source libraries such as PyTorch.',
    'Open-source community contributions welcome!',
    'Foo is compatible with open-source tools like llama.cpp and vLLM.',
    'Thanks to the open-source community, especially the Hugging Face team.',
    'Foo outperforms established open-source and open-weight base models.',
    'Foo is based on the open-source Mistral 7B model.',
    'We use open-source models to generate synthetic data.',
    'Many open-source models lack documentation.',
    'Foo is not open source.',
    'Foo is open weights, not open source.',
    "Foo isn't fully open-source: the data is withheld.",
    'All versions are fully open to academic research.',
    'The training code is open source.',
    'We open-sourced our evaluation harness.',
    'The evaluation uses open-source safety benchmarks.',
    'It powers Arch, the open-source AI-native proxy for agents.',
    'Since Meta is openly releasing these models, the emissions need not be incurred by others.',
    'We believe an open approach to AI leads to better products.',
    'See https://github.com/org/open-source-model for details.',
    'The dataset is open-source and available on the Hub.',
    'Foo is fully open-weight.',
    'Compared to open-source models, Foo is faster.'
  ])('%s', line => {
    expect(findClaimsInLine(line)).toEqual([])
  })
})

describe('findOpenSourceClaims on a card', () => {
  const text = [
    '---',
    'license: apache-2.0',
    'model_name: OpenSource-LLM-7B',
    'tags:',
    '- text-generation',
    '- open-source',
    'description: A fully open-source model for code.',
    'extra_gated_prompt: This open source model is gated.',
    '---',
    '',
    '# OpenSourceGPT',
    '',
    'OpenSourceGPT is an open-source large language model.',
    '',
    '```python',
    '# an open source model in a comment',
    '```',
    '',
    'It was built with open-source tooling.'
  ].join('\n')
  const card = makeCard(text)
  const claims = findOpenSourceClaims(card)

  it('finds tag, name, metadata and prose claims with file lines and verbatim quotes', () => {
    expect(claims).toEqual([
      { quote: 'OpenSource-LLM-7B', line: 3, source: 'name' },
      { quote: 'open-source', line: 6, source: 'tag' },
      { quote: 'description: A fully open-source model for code.', line: 7, source: 'metadata' },
      { quote: 'OpenSourceGPT', line: 11, source: 'name' },
      { quote: 'OpenSourceGPT is an open-source large language model.', line: 13, source: 'prose' }
    ])
    const lines = text.split('\n')
    for (const c of claims) expect(lines[c.line - 1]).toContain(c.quote)
  })

  it('finds nothing in a card that only says open weights', () => {
    const honest = makeCard(
      '---\nlicense: other\ntags:\n- open-weights\n---\n# Bar\n\nBar is an open-weight model; its weights are openly available.\n'
    )
    expect(findOpenSourceClaims(honest)).toEqual([])
  })

  it('offsets body lines when the front matter is preceded by a blank line', () => {
    const c = makeCard('\n---\nlicense: mit\n---\nFoo is an open source model.\n')
    expect(findOpenSourceClaims(c)).toEqual([
      { quote: 'Foo is an open source model.', line: 5, source: 'prose' }
    ])
  })
})

describeConformance('open-source claims in corpus cards', () => {
  it('Baichuan 2 README claims to be open source (line 41)', () => {
    const card = corpusCard('baichuan2-readme-en.md')
    const claims = findOpenSourceClaims(card)
    const line = lineOf(card, 'Baichuan 2 is the new generation of open-source large language models')
    expect(claims.some(c => c.line === line && c.source === 'prose')).toBe(true)
    // "fully open to academic research" and the opensource@ e-mail are not claims
    expect(claims.every(c => !/academic research|opensource@/.test(c.quote))).toBe(true)
  })

  it.each([
    'dbrx-base-model-card.md',
    'dbrx-instruct-model-card.md',
    'llama3-model-card.md',
    'llama3.1-model-card.md',
    'llama4-model-card.md',
    'hf-microsoft-phi-4-gguf.md',
    'hf-katanemo-arch-router-1.5b-gguf.md',
    'musicgen-model-card.md',
    'hf-google-gemma-3-1b-it-qat-q4_0-gguf.md',
    'whisper-model-card.md'
  ])('%s makes no open-source claim', name => {
    expect(findOpenSourceClaims(corpusCard(name))).toEqual([])
  })

  it('Qwen3 card places itself among open-source models', () => {
    const card = corpusCard('hf-qwen3-32b-gguf.md')
    const claims = findOpenSourceClaims(card)
    expect(claims.map(c => c.line)).toEqual([lineOf(card, 'leading performance among open-source models')])
  })
})

// How long these take is measured by `npm run bench:hostile`, not asserted here.
describe('1 MB single lines', () => {
  it('a run of "open source" with nothing it is said of is no claim', () => {
    expect(findClaimsInLine('open source '.repeat(90_000) + 'x')).toEqual([])
    expect(findClaimsInLine('fully open'.repeat(100_000))).toEqual([])
  })

  it('a 1 MB heading and a 1 MB line make no claim', () => {
    const card = makeCard(`# ${'!'.repeat(1_000_000)}a open-source\n${'a '.repeat(500_000)}`)
    expect(findOpenSourceClaims(card)).toEqual([])
  })
})

describe('only claims about this release', () => {
  it.each([
    'Thanks for open-sourcing!',
    'Many thanks to the Qwen team for open-sourcing their models.',
    'We are grateful to EleutherAI, who open-sourced the Pile and GPT-NeoX.',
    'We acknowledge Meta for releasing Llama 2 as an open-source model.',
    'As the authors put it, "Llama is an open-source model for everyone".',
    'The press called it \u201cthe most open-source model yet\u201d.',
    'According to its makers, Mixtral is an open-source model.'
  ])('%s is not a claim', line => {
    expect(findClaimsInLine(line)).toEqual([])
  })

  it('a claim about this model still is, quoted as its sentence', () => {
    expect(findClaimsInLine('Thanks for reading. Heron-7B is a fully open-source model.')).toEqual([
      { quote: 'Heron-7B is a fully open-source model.', index: 34 }
    ])
  })
})
