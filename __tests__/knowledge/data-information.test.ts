import { describe, expect, it } from '@jest/globals'
import { assessDataInformation } from '../../src/knowledge/data-information.js'
import { corpusCard, lineOf, makeCard } from './helpers.js'
import { describeConformance } from '../helpers/shared.js'

const OLMO_LIKE = [
  '---',
  'license: apache-2.0',
  'datasets:',
  '- allenai/dolma',
  '---',
  '# Foo-7B',
  '',
  '## Training Data',
  '',
  'Foo-7B was pretrained on [Dolma](https://huggingface.co/datasets/allenai/dolma), a 3 trillion token corpus',
  'built from Common Crawl, The Stack, C4, Reddit, peS2o, Project Gutenberg and Wikipedia.',
  '',
  '### Preprocessing',
  '',
  'Documents were deduplicated with a Bloom filter, filtered for language with fastText and for quality with',
  'heuristic rules; PII was masked. The pipeline is released as the Dolma toolkit.',
  ''
].join('\n')

describe('assessDataInformation on written cards', () => {
  it('an OLMo-like card naming Dolma with a link and describing dedup/filtering is complete', () => {
    const card = makeCard(OLMO_LIKE)
    const r = assessDataInformation(card)
    expect(r.level).toBe('complete')
    expect(r.datasets).toEqual(
      expect.arrayContaining(['allenai/dolma', 'Dolma', 'Common Crawl', 'The Stack', 'C4', 'Wikipedia'])
    )
    expect(r.topics.sources).toMatchObject({ found: true, line: 4 })
    expect(r.topics.processing).toMatchObject({ found: true, line: lineOf(card, 'deduplicated') })
    expect(r.topics.scope.found).toBe(true)
    expect(r.missing).not.toContain('sources')
    const lines = card.text.split('\n')
    for (const t of Object.values(r.topics))
      if (t.found && t.line) expect(lines[t.line - 1]).toContain(t.quote)
  })

  it.each<[string, string, 'complete' | 'partial' | 'none']>([
    [
      'generic phrase only',
      '# M\n\n## Training Data\n\nThe model was trained on publicly available data.\n',
      'none'
    ],
    ['a mix of web data with a size', '# M\n\n## Training Data\n\nA mix of web data, 2T tokens.\n', 'none'],
    [
      'template placeholder',
      '# M\n\n## Training Details\n\n### Training Data\n\n[More Information Needed]\n\n### Training Procedure\n\n[More Information Needed]\n',
      'none'
    ],
    ['no data section at all', '# M\n\nA model.\n\n## Usage\n\nRun it.\n', 'none'],
    [
      'named source without link or processing',
      '# M\n\n## Dataset\n\nTrained on Wikipedia and BookCorpus.\n',
      'partial'
    ],
    [
      'processing only',
      '# M\n\n## Data\n\nWe deduplicated and filtered web pages with a quality classifier.\n',
      'partial'
    ],
    [
      'hub dataset link with processing',
      '# M\n\n## Pretraining data\n\nWe use [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu), filtered with an educational quality classifier.\n',
      'complete'
    ],
    ['datasets metadata only', '---\ndatasets:\n- HuggingFaceFW/fineweb\n---\n# M\n', 'partial'],
    [
      'evaluation dataset is not training data',
      '# M\n\n## Evaluation\n\n### Testing Data\n\nWe evaluate on [MMLU](https://huggingface.co/datasets/cais/mmlu).\n',
      'none'
    ],
    [
      'processing deferred to the paper',
      '# M\n\n## Training Data\n\nSee the paper for details of the filtering and deduplication.\n',
      'none'
    ],
    [
      'code links are not data sources',
      '# M\n\n## Training\n\nTrained with [Megatron](https://github.com/NVIDIA/Megatron-LM) on our data.\n',
      'none'
    ]
  ])('%s → %s', (_name, text, level) => {
    expect(assessDataInformation(makeCard(text)).level).toBe(level)
  })

  it('uses a datasheet passed as an extra document', () => {
    const card = makeCard('# M\n\n## Training Data\n\nSee DATASHEET.md.\n')
    expect(assessDataInformation(card).level).toBe('none')
    const sheet = makeCard(
      '# Datasheet\n\n## Composition\n\nThe corpus is [OpenWebMath](https://huggingface.co/datasets/open-web-math/open-web-math).\n\n## Preprocessing\n\nPages were filtered with a math classifier and deduplicated with MinHash.\n',
      'DATASHEET.md'
    )
    const r = assessDataInformation(card, [sheet])
    expect(r.level).toBe('complete')
    expect(r.topics.processing).toMatchObject({ found: true, file: 'DATASHEET.md', line: 9 })
    expect(r.datasets).toContain('open-web-math/open-web-math')
  })

  it('explains what is missing', () => {
    const r = assessDataInformation(makeCard('# M\n\n## Dataset\n\nTrained on Wikipedia.\n'))
    expect(r.missing).toEqual(expect.arrayContaining(['processing', 'availability']))
    expect(r.reason).toMatch(/where to obtain/)
  })
})

describeConformance('assessDataInformation on corpus cards', () => {
  it.each<[string, 'complete' | 'partial' | 'none']>([
    ['llama2-model-card.md', 'none'],
    ['llama3-model-card.md', 'none'],
    ['llama3.1-model-card.md', 'none'],
    ['llama4-model-card.md', 'none'],
    ['whisper-model-card.md', 'none'],
    ['codellama-model-card.md', 'none'],
    ['hf-qwen3-32b-gguf.md', 'none'],
    ['hf-google-gemma-3-1b-it-qat-q4_0-gguf.md', 'partial'],
    ['musicgen-model-card.md', 'partial'],
    ['audiogen-model-card.md', 'partial'],
    ['stable-diffusion-v1-model-card.md', 'complete'],
    ['stable-diffusion-v2-model-card.md', 'complete']
  ])('%s → %s', (name, level) => {
    expect(assessDataInformation(corpusCard(name)).level).toBe(level)
  })

  it('Llama 2: generic wording, with size and dates found as scope', () => {
    const card = corpusCard('llama2-model-card.md')
    const r = assessDataInformation(card)
    expect(r.reason).toMatch(/generic/)
    expect(r.topics.sources.found).toBe(false)
    expect(r.topics.scope).toMatchObject({
      found: true,
      line: lineOf(card, 'pretrained on 2 trillion tokens')
    })
  })

  it('Stable Diffusion v1 names LAION datasets and their Hub ids', () => {
    const r = assessDataInformation(corpusCard('stable-diffusion-v1-model-card.md'))
    expect(r.datasets).toEqual(expect.arrayContaining(['LAION', 'laion/laion2B-en']))
  })

  it('MusicGen evaluation benchmark does not count as training data', () => {
    const r = assessDataInformation(corpusCard('musicgen-model-card.md'))
    expect(r.datasets).not.toContain('MusicCaps benchmark')
    expect(r.datasets).toContain('Shutterstock music collection')
  })
})

// How long these take is measured by `npm run bench:hostile`, not asserted here.
describe('a 1 MB single line under a training-data heading', () => {
  it.each([
    ['digits and commas', '1,'.repeat(500_000)],
    ['a word before "dataset"', 'A '.repeat(500_000) + 'dataset'],
    ['an unclosed link to a 1 MB address', '[x](' + 'https://github.com/a/' + 'a'.repeat(1_000_000)],
    ['"see" before "paper"', 'see '.repeat(250_000) + 'paper'],
    ['open brackets', '['.repeat(1_000_000)]
  ])('%s is assessed, and is no data information', (_name, line) => {
    const r = assessDataInformation(makeCard(`# M\n\n## Training Data\n\n${line}\n`))
    expect(r.level).toBe('none')
  })
})

describe('described and obtainable, judged apart', () => {
  const PILE = [
    '# Kite-1B',
    '',
    '## Training data',
    '',
    'Kite-1B was trained on the Pile, a corpus of 22 sources including Common Crawl and arXiv.',
    'Near-duplicate documents were removed with MinHash.',
    ''
  ]

  it('a card naming its data, its processing and a download command in a code block passes both', () => {
    const card = makeCard(
      [
        ...PILE,
        'Fetch the exact data:',
        '',
        '```bash',
        'git lfs clone https://huggingface.co/datasets/org/kite-data',
        '```',
        ''
      ].join('\n')
    )
    const r = assessDataInformation(card)
    expect(r.level).toBe('complete')
    expect(r.described).toEqual({
      ok: true,
      evidence: [
        `README.md:5 “Kite-1B was trained on the Pile, a corpus of 22 sources including Common Crawl and arXiv.”`,
        `README.md:6 “Near-duplicate documents were removed with MinHash.”`
      ],
      lacks: []
    })
    expect(r.obtainable).toEqual({
      ok: true,
      evidence: ['README.md:11 “git lfs clone https://huggingface.co/datasets/org/kite-data”'],
      lacks: []
    })
    expect(r.evidence).toEqual([
      ...r.described.evidence.map(e => `described: ${e}`),
      ...r.obtainable.evidence.map(e => `obtainable: ${e}`)
    ])
  })

  it('named and processed but nowhere to get it: described, not obtainable', () => {
    const r = assessDataInformation(makeCard(PILE.join('\n')))
    expect(r.level).toBe('partial')
    expect(r.described.ok).toBe(true)
    expect(r.obtainable).toEqual({
      ok: false,
      evidence: [],
      lacks: ['where to obtain the data (dataset ids, links or download commands)']
    })
    expect(r.reason).toBe(
      'names Common Crawl, The Pile, arXiv but does not say where to obtain the data (dataset ids, links or download commands).'
    )
  })

  it('"a mix of publicly available data" is neither described nor obtainable', () => {
    const r = assessDataInformation(
      makeCard(
        '# M\n\n## Training data\n\nThe model was trained on a mix of publicly available data, 2T tokens.\n'
      )
    )
    expect(r.level).toBe('none')
    expect(r.described).toMatchObject({
      ok: false,
      lacks: ['which datasets were used', 'how the data was processed and filtered']
    })
    expect(r.obtainable.ok).toBe(false)
    expect(r.reason).toMatch(
      /^describes the training data only in generic terms \("a mix of publicly available"\)/
    )
  })

  it('a Hub dataset id alone is obtainable, not described', () => {
    const r = assessDataInformation(makeCard('---\ndatasets:\n  - org/web-mix\n---\n# M\n'))
    expect(r.obtainable).toEqual({ ok: true, evidence: ['README.md:3 “org/web-mix”'], lacks: [] })
    expect(r.described).toMatchObject({ ok: false, lacks: ['how the data was processed and filtered'] })
  })

  it('processing documented in a linked datasheet or data card counts as said', () => {
    const r = assessDataInformation(
      makeCard(
        '# M\n\n## Training data\n\nTrained on [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb); its [data card](https://huggingface.co/datasets/HuggingFaceFW/fineweb) documents every step.\n'
      )
    )
    expect(r.level).toBe('complete')
    expect(r.described.evidence[1]).toBe(
      'README.md:5 “its [data card](https://huggingface.co/datasets/HuggingFaceFW/fineweb) documents every step.”'
    )
  })

  it('a part said to be proprietary or synthetic, with no pointer of its own, is not obtainable', () => {
    const r = assessDataInformation(
      makeCard(
        [
          '# M',
          '',
          '## Training data',
          '',
          'Web text from [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb), filtered for quality.',
          'We added proprietary data licensed from publishers.',
          ''
        ].join('\n')
      )
    )
    expect(r.described.ok).toBe(true)
    expect(r.obtainable.ok).toBe(false)
    expect(r.obtainable.lacks).toEqual([
      'where to obtain the proprietary data part (“We added proprietary data licensed from publishers.”)'
    ])
    expect(r.obtainable.evidence[1]).toBe('README.md:6 “We added proprietary data licensed from publishers.”')
  })

  it('"no private data" is not a withheld part', () => {
    const r = assessDataInformation(
      makeCard(
        '# M\n\n## Training data\n\n[FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb), deduplicated. It holds no private data.\n'
      )
    )
    expect(r.obtainable.ok).toBe(true)
  })

  it.each([
    ['load_dataset', 'ds = load_dataset("org/kite-data")'],
    ['the Hub CLI', 'huggingface-cli download org/kite-data --repo-type dataset'],
    ['wget of a data file', 'wget https://example.org/kite/shard-000.jsonl.zst']
  ])('a %s command in a code block says where to get the data', (_, command) => {
    const r = assessDataInformation(makeCard([...PILE, '```', command, '```', ''].join('\n')))
    expect(r.obtainable.ok).toBe(true)
    expect(r.obtainable.evidence).toEqual([`README.md:9 “${command}”`])
  })

  it('a download command under an evaluation heading is not the training data', () => {
    const r = assessDataInformation(
      makeCard(
        [...PILE, '## Evaluation', '', '```', 'ds = load_dataset("org/eval-set")', '```', ''].join('\n')
      )
    )
    expect(r.obtainable.ok).toBe(false)
  })

  it('a quantity before "corpus" is not a dataset name', () => {
    const r = assessDataInformation(makeCard('# M\n\n## Training data\n\nAn 825 GiB English corpus.\n'))
    expect(r.datasets).toEqual([])
  })
})
