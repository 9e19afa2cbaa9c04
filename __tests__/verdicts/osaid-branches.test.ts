// The finer branches of the OSAID requirements that the per-requirement suites leave open: plurals,
// evidence lists and their limits, fallbacks when a file or name is missing, and the notes a
// derivative gets. Each case asserts the verdict and the reason (found by mutation testing:
// `npm run mutate`).
import { describe, expect, it } from '@jest/globals'
import type { CodeFacts, DataInformationFacts } from '../../src/analyze/facts.js'
import {
  codeRequirement,
  dataInformationRequirement,
  osaidRequirements,
  parametersRequirement,
  termsRequirement
} from '../../src/verdicts/osaid.js'
import { clause, facts, file, ident, licenseFile } from './facts-builder.js'

const real = (path: string) => ({ path, bytes: 5_000_000, lfs: false })
const hubBase = (id: string) => ({ id, licenseId: 'apache-2.0', source: 'hub' as const })

describe('OSAID terms, finer branches', () => {
  it('names each restricted freedom once, citing every clause up to eight', () => {
    const clauses = Array.from({ length: 9 }, (_, i) => ({
      ...clause('non-commercial', `quote ${i + 1}`),
      line: i + 1
    }))
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', 'mit')], clauses }))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/^The terms restrict the freedoms: the licence [^;]+\.$/)
    expect(r.evidence).toHaveLength(8)
    expect(r.evidence[0]).toBe('LICENSE:1: “quote 1”')
    expect(r.evidence[7]).toBe('LICENSE:8: “quote 8”')
  })

  it('two kinds of restriction are both named, joined by a semicolon', () => {
    const r = termsRequirement(facts({ clauses: [clause('non-commercial'), clause('user-threshold')] }))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/^The terms restrict the freedoms: the licence [^;]+; [^;]+\.$/)
  })

  it('a clause with a file but no line is cited by its file alone', () => {
    const r = termsRequirement(facts({ clauses: [{ ...clause('non-commercial', 'nc'), line: null }] }))
    expect(r.verdict).toBe('fail')
    expect(r.evidence).toEqual(['LICENSE: “nc”'])
  })

  it('a base model under a licence outside the catalogue is named by its id', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'mit')],
        baseModels: [
          { id: 'org/open', licenseId: 'apache-2.0', source: 'hub' },
          { id: 'org/closed', licenseId: 'some-house-licence', source: 'hub' }
        ]
      })
    )
    expect(r).toEqual({
      id: 'terms',
      verdict: 'fail',
      reason:
        'Derived from org/closed, whose licence (some-house-licence) is not open source; a derivative inherits its terms.',
      evidence: ['base_model: org/closed → some-house-licence']
    })
  })

  it('a closed licence named in the card is cited as the card’s', () => {
    const r = termsRequirement(
      facts({ licenses: [ident('cc-by-nc-4.0', { file: null, name: 'CC BY-NC 4.0', source: 'card' })] })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe('CC BY-NC 4.0 is not an OSI-approved licence.')
    expect(r.evidence).toEqual(['card: cc-by-nc-4.0'])
  })

  it('the first closed licence is the one named', () => {
    const r = termsRequirement(
      facts({
        licenses: [
          ident('mit'),
          ident('cc-by-nc-4.0', { name: 'CC BY-NC 4.0' }),
          ident('cc-by-nd-4.0', { name: 'CC BY-ND 4.0' })
        ]
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe('CC BY-NC 4.0 is not an OSI-approved licence.')
  })

  it('a closed use policy does not make the terms closed; the licence beside it decides', () => {
    const r = termsRequirement(
      facts({
        licenses: [
          ident('mit'),
          ident('llama3', { file: 'USE_POLICY.md', name: 'Use policy', component: 'use-policy' })
        ]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Every licence is OSI-approved (mit) and no restrictive clause was found.')
    expect(r.evidence).toEqual(['LICENSE: mit'])
  })

  it('several unreadable files: the first decides the reason, three are cited', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: ['LICENSE', 'LICENSE-A', 'LICENSE-B', 'LICENSE-C'].map(p =>
          licenseFile(p, null, 'binary')
        )
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^LICENSE is a binary file, so its terms cannot be checked; the licence as text, /
    )
    expect(r.evidence).toEqual(['LICENSE: binary', 'LICENSE-A: binary', 'LICENSE-B: binary'])
  })

  it('a file in a state that is read completely is not unreadable', () => {
    const r = termsRequirement(
      facts({ licenseFiles: [licenseFile('LICENSE', 'mit'), licenseFile('COPYING', null, 'text')] })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^The licence COPYING is not recognised and no restriction was found in it; /)
  })

  it('several unrecognised licences: plural wording, each named, three cited', () => {
    const r = termsRequirement(
      facts({
        licenses: [
          ident(null, { file: 'LICENSE' }),
          ident(null, { file: null, name: 'heron-license', source: 'card' }),
          ident(null, { file: 'LICENSE-2', name: '' }),
          ident(null, { file: 'LICENSE-3' })
        ]
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^The licences LICENSE, `heron-license` in the card, LICENSE-2, LICENSE-3 are not recognised and no restriction was found in them; an SPDX licence id/
    )
    expect(r.evidence).toEqual(['LICENSE: Custom licence', 'card: heron-license', 'LICENSE-2: unrecognised'])
  })

  it('an unrecognised use policy alone is a use policy, not an unrecognised licence', () => {
    const r = termsRequirement(facts({ licenses: [ident(null, { file: null, component: 'use-policy' })] }))
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^Only a use policy was found, no licence granting the freedoms; /)
    expect(r.evidence).toEqual(['card: use-policy'])
  })

  it('passing evidence gives each licence with its line; the reason names each id once', () => {
    const r = termsRequirement(
      facts({
        licenses: [
          ident('apache-2.0', { file: null, line: 4, source: 'card' }),
          ident('apache-2.0'),
          ident('mit', { file: 'LICENSE-MIT' })
        ]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Every licence is OSI-approved (apache-2.0, mit) and no restrictive clause was found.'
    )
    expect(r.evidence).toEqual(['card: apache-2.0 (line 4)', 'LICENSE: apache-2.0', 'LICENSE-MIT: mit'])
  })

  it('open content terms beside an OSI licence: names only the content licence', () => {
    const r = termsRequirement(
      facts({ licenses: [ident('mit'), ident('cc-by-4.0', { file: 'LICENSE-WEIGHTS' })] })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Open terms (cc-by-4.0 is an open content licence; the OSI has published no list of approved terms for parameters).'
    )
  })
})

describe('OSAID parameters, finer branches', () => {
  it('gated weights without a card file are cited from the card', () => {
    const r = parametersRequirement(facts({ gated: true }))
    expect(r.verdict).toBe('fail')
    expect(r.evidence).toEqual(['card: extra_gated_*'])
  })

  it('cites at most five weight files, counting them all', () => {
    const weights = Array.from({ length: 6 }, (_, i) => real(`model-0000${i + 1}.safetensors`))
    const r = parametersRequirement(facts({ weights }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Weights are in the repository (6 files).')
    expect(r.evidence).toHaveLength(5)
  })

  it('one full weight file is “1 file”, even beside a base model', () => {
    const r = parametersRequirement(
      facts({ weights: [real('model.safetensors')], baseModels: [hubBase('org/base')] })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Weights are in the repository (1 file).')
  })

  it('LoRA weights without a base model are adapter weights, with no base to name', () => {
    const r = parametersRequirement(facts({ weights: [real('heron_lora.safetensors')] }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Adapter weights are in the repository (1 file).')
  })

  it('adapter and full weights together are weights', () => {
    const r = parametersRequirement(
      facts({ weights: [real('adapter_model.safetensors'), real('model.safetensors')] })
    )
    expect(r.reason).toBe('Weights are in the repository (2 files).')
  })

  it('training state beside real weights does not count as weights', () => {
    const r = parametersRequirement(facts({ weights: [real('model.bin'), real('training_args.bin')] }))
    expect(r.verdict).toBe('pass')
    expect(r.evidence).toEqual(['model.bin'])
  })

  it.each([
    ['a weight file on GitHub through raw', '[w](https://github.com/o/m/raw/main/model.safetensors)'],
    ['a weight file with a fragment', '[w](https://example.org/model.gguf#sha256)'],
    ['a Hub file link', '[w](https://huggingface.co/o/heron/resolve/main/model.safetensors)'],
    [
      'a ModelScope page said to hold the weights',
      'Download the weights from [ModelScope](https://modelscope.cn/models/o/heron).'
    ],
    ['a Hub page with 🤗 in the sentence', 'Get it on 🤗 [here](https://huggingface.co/o/heron).']
  ])('%s passes as a link', (_name, line) => {
    const r = parametersRequirement(facts({ cardText: `# Heron\n\n${line}\n` }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Weights are linked from the card.')
    expect(r.evidence).toHaveLength(1)
    expect(r.evidence[0]).toMatch(/^README\.md:3: https:\/\//)
  })

  it.each([
    ['a weight file in a GitHub tree page', 'Weights: [w](https://github.com/o/m/model.safetensors)'],
    [
      'a ModelScope page with nothing about weights',
      'See [ModelScope](https://modelscope.cn/models/o/heron).'
    ],
    [
      'a storage page for another model',
      'Weights of the model it is based on: [s3](https://s3.amazonaws.com/o/base).'
    ],
    ['an unrelated site', 'Download the weights from [our site](https://example.org/heron).']
  ])('%s is no weight link', (_name, line) => {
    const r = parametersRequirement(facts({ cardText: `# Heron\n\n${line}\n` }))
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^No weight files/)
  })

  it('cites at most three weight links', () => {
    const lines = [1, 2, 3, 4].map(i => `- [w${i}](https://example.org/w${i}.safetensors)`).join('\n')
    const r = parametersRequirement(facts({ cardText: `# Heron\n\n${lines}\n` }))
    expect(r.verdict).toBe('pass')
    expect(r.evidence).toEqual([
      'README.md:3: https://example.org/w1.safetensors',
      'README.md:4: https://example.org/w2.safetensors',
      'README.md:5: https://example.org/w3.safetensors'
    ])
  })

  it('a CLI download of this model passes, without its .git suffix', () => {
    const r = parametersRequirement(
      facts({ cardText: '# Heron\n\n```sh\nhuggingface-cli download o/heron-7b.git\n```\n' })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('The card loads the weights from the Hugging Face Hub (o/heron-7b).')
    expect(r.evidence).toEqual(['README.md:4: o/heron-7b'])
  })

  it('a download of a dataset repository is not the weights', () => {
    const r = parametersRequirement(
      facts({
        cardText: '# Heron\n\n```sh\nhuggingface-cli download o/heron-data --repo-type dataset\n```\n'
      })
    )
    expect(r.verdict).toBe('unknown')
  })

  it('a catalogued model loaded in the card is another model, unless it carries this name', () => {
    const other = parametersRequirement(
      facts({ cardText: '# Heron\n\n```py\nAutoModel.from_pretrained("meta-llama/Llama-2-7b-hf")\n```\n' })
    )
    expect(other.verdict).toBe('unknown')
    const own = parametersRequirement(
      facts({
        name: 'Llama-2-7b-hf',
        cardText: '# Llama\n\n```py\nAutoModel.from_pretrained("meta-llama/Llama-2-7b-hf")\n```\n'
      })
    )
    expect(own.verdict).toBe('pass')
    expect(own.reason).toBe(
      'The card loads the weights from the Hugging Face Hub (meta-llama/Llama-2-7b-hf).'
    )
  })

  it('cites at most three loads, and names the first', () => {
    const code = [1, 2, 3, 4].map(i => `m${i} = AutoModel.from_pretrained("o/heron-${i}")`).join('\n')
    const r = parametersRequirement(facts({ cardText: `# Heron\n\n\`\`\`py\n${code}\n\`\`\`\n` }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('The card loads the weights from the Hugging Face Hub (o/heron-1).')
    expect(r.evidence).toEqual(['README.md:4: o/heron-1', 'README.md:5: o/heron-2', 'README.md:6: o/heron-3'])
  })

  it('training state and small files: training state is named first, three cited', () => {
    const r = parametersRequirement(
      facts({
        weights: [real('optimizer.pt'), real('scheduler.pt')],
        weightNamed: [
          file('optimizer.pt', 'weights', 5_000_000),
          file('scheduler.pt', 'weights', 5_000_000),
          file('tests/tiny.bin', 'weights', 10),
          file('assets/a.npz', 'weights', 10)
        ]
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^Only training state \(optimizer\.pt, scheduler\.pt\) is in the repository/)
    expect(r.evidence).toEqual(['optimizer.pt', 'scheduler.pt', 'tests/tiny.bin'])
  })

  it('names at most three small files', () => {
    const r = parametersRequirement(
      facts({ weightNamed: ['a', 'b', 'c', 'd'].map(n => file(`tests/${n}.bin`, 'weights', 10)) })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^The files named like weights \(tests\/a\.bin, tests\/b\.bin, tests\/c\.bin\) are/
    )
  })
})

describe('OSAID code, finer branches', () => {
  const code = (over: Partial<CodeFacts>): CodeFacts => ({ kinds: new Set(), files: [], links: [], ...over })

  it('training and data-processing code: passes without the data-processing note, citing both', () => {
    const r = codeRequirement(
      facts({
        code: code({
          kinds: new Set(['training', 'data-processing']),
          files: [
            { path: 'train.py', kinds: ['training'] },
            { path: 'prepare_data.py', kinds: ['data-processing'] }
          ]
        })
      })
    )
    expect(r).toEqual({
      id: 'code',
      verdict: 'pass',
      reason: 'Training code is included or linked (train.py).',
      evidence: ['train.py (training)', 'prepare_data.py (data-processing)']
    })
  })

  it('names three training files at most', () => {
    const files = ['train.py', 'pretrain.py', 'trainer.py', 'train_utils.py'].map(path => ({
      path,
      kinds: ['training']
    }))
    const r = codeRequirement(facts({ code: code({ kinds: new Set(['training']), files }) }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toMatch(
      /^Training code is included or linked \(train\.py, pretrain\.py, trainer\.py\)\./
    )
    expect(r.evidence).toHaveLength(3)
  })

  it('a link whose sentence says it trained and processed the data counts as both', () => {
    const r = codeRequirement(
      facts({
        cardText: '# M\n',
        code: code({
          kinds: new Set(['training']),
          links: [
            {
              url: 'https://github.com/o/m',
              line: 3,
              kinds: ['training'],
              claim: {
                kind: 'training',
                sentence: 'the code used to preprocess C4 and pre-train it',
                dataToo: true
              }
            }
          ]
        })
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Training code is included or linked (https://github.com/o/m).')
    expect(r.evidence).toEqual([
      'README.md:3: https://github.com/o/m — “the code used to preprocess C4 and pre-train it”',
      'README.md:3: https://github.com/o/m — “the code used to preprocess C4 and pre-train it”'
    ])
  })

  it('a link without a card file is cited from the card; a link without a claim is not credited', () => {
    const r = codeRequirement(
      facts({
        code: code({
          kinds: new Set(['training']),
          links: [
            { url: 'https://github.com/o/x', line: 2, kinds: ['training'] },
            {
              url: 'https://github.com/o/m',
              line: 5,
              kinds: ['training'],
              claim: { kind: 'training', sentence: 'training code' }
            }
          ]
        })
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.evidence).toEqual(['card:5: https://github.com/o/m — “training code”'])
  })

  it('adapter code for a model that is no adapter is not counted, and says why', () => {
    const r = codeRequirement(
      facts({
        code: code({ kinds: new Set(['training']), files: [{ path: 'train_lora.py', kinds: ['training'] }] })
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(
      / Not counted: train_lora\.py \(adapter code, not the code that trained this model\)\./
    )
  })

  it('LoRA code counts for a model whose weights are an adapter', () => {
    const r = codeRequirement(
      facts({
        weights: [real('adapter_model.safetensors')],
        baseModels: [{ id: 'allenai/OLMo-7B', licenseId: 'apache-2.0', source: 'catalogue' }],
        code: code({ kinds: new Set(['training']), files: [{ path: 'train_lora.py', kinds: ['training'] }] })
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toMatch(/^Training code is included or linked \(train_lora\.py\)/)
  })

  it('lists two uncounted files at most', () => {
    const files = ['finetune.py', 'finetune_2.py', 'finetune_3.py'].map(path => ({
      path,
      kinds: ['training']
    }))
    const r = codeRequirement(facts({ code: code({ kinds: new Set(['training']), files }) }))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toContain(
      'Not counted: finetune.py (fine-tuning code; this base model needs the code that pretrained it); finetune_2.py (fine-tuning code; this base model needs the code that pretrained it).'
    )
    expect(r.reason).not.toContain('finetune_3.py')
  })

  it('data-processing, architecture and evaluation code only: names all three, and fails', () => {
    const r = codeRequirement(
      facts({
        code: code({
          kinds: new Set(['data-processing', 'architecture', 'evaluation']),
          files: [{ path: 'prepare_data.py', kinds: ['data-processing'] }]
        })
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      'Only data-processing, architecture and evaluation code is available: the training code OSAID requires (the code that trained this model) is missing.'
    )
    expect(r.evidence).toEqual(['prepare_data.py (data-processing)'])
  })

  it('evaluation code alone is named on its own', () => {
    const r = codeRequirement(facts({ code: code({ kinds: new Set(['evaluation']) }) }))
    expect(r.reason).toMatch(/^Only evaluation code is available:/)
  })

  const undescribed = (links: CodeFacts['links'], name = 'Heron-7B') =>
    codeRequirement(facts({ name, cardText: '# M\n', code: code({ links }) }))

  it.each([
    ['no link text', undefined],
    ['“Source”', 'Source'],
    ['a git URL as text', 'git.example.org/o/x']
  ])('a link with %s is undescribed code', (_name, text) => {
    const r = undescribed([{ url: 'https://example.org/o/x', line: 3, kinds: [], text }])
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      'No training, data-processing or inference code is included or linked from the card. The card links https://example.org/o/x without saying it holds training code; saying so (e.g. "training code: …") would count it.'
    )
    expect(r.evidence).toEqual(['README.md:3: https://example.org/o/x (not described)'])
  })

  it.each([
    [
      'a link of a known kind',
      [{ url: 'https://github.com/o/heron', line: 3, kinds: ['inference'], text: 'code' }]
    ],
    [
      'a link to another project',
      [{ url: 'https://github.com/o/other', line: 3, kinds: [], text: 'the authors' }]
    ],
    [
      'a link named after a common word of the model’s name',
      [{ url: 'https://github.com/o/chat-ui', line: 3, kinds: [], text: 'UI' }]
    ]
  ])('%s is not undescribed code', (_name, links) => {
    const r = undescribed(links, 'Heron-Chat')
    expect(r.reason).not.toContain('without saying it holds training code')
  })

  it('names two undescribed links at most', () => {
    const links = [1, 2, 3].map(i => ({
      url: `https://github.com/o/heron-${i}`,
      line: i,
      kinds: [],
      text: 'GitHub'
    }))
    const r = undescribed(links)
    expect(r.reason).toContain(
      'The card links https://github.com/o/heron-1, https://github.com/o/heron-2 without saying'
    )
    expect(r.evidence).toHaveLength(2)
  })

  it.each([
    ['finetune', 1, 'a fine-tune of org/a'],
    ['adapter', 1, 'an adapter of org/a'],
    ['quantized', 1, 'a quantisation of org/a'],
    ['merge', 1, 'a merge of org/a'],
    [null, 1, 'a derivative of org/a'],
    [null, 3, 'a merge of org/a and org/b'],
    ['other', 1, 'a derivative of org/a']
  ])('a derivative (%s, %i bases) says it needs the base’s code too', (relation, count, what) => {
    const r = codeRequirement(
      facts({
        baseModels: ['org/a', 'org/b', 'org/c'].slice(0, count).map(hubBase),
        baseModelRelation: relation as never
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      `No training, data-processing or inference code is included or linked from the card. As ${what}, it also needs the base model's training code and data information, linked or described.`
    )
  })

  it('an unknown base: unknown, capitalised, citing the bases then the own evidence', () => {
    const r = codeRequirement(
      facts({
        code: code({ kinds: new Set(['training']), files: [{ path: 'finetune.py', kinds: ['training'] }] }),
        baseModels: [hubBase('org/a'), hubBase('org/b')]
      })
    )
    expect(r).toEqual({
      id: 'code',
      verdict: 'unknown',
      reason:
        'Its own training code is available, but the model is derived from org/a and org/b, which is not in the catalogue: whether that base publishes its training code decides it.',
      evidence: ['base_model: org/a', 'base_model: org/b', 'finetune.py (training)']
    })
  })

  it('a base that publishes its code and data: the derivative’s own pass stands', () => {
    const own = code({ kinds: new Set(['training']), files: [{ path: 'finetune.py', kinds: ['training'] }] })
    const r = codeRequirement(
      facts({
        code: own,
        baseModels: [{ id: 'allenai/OLMo-7B', licenseId: 'apache-2.0', source: 'catalogue' }]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toMatch(/^Training code is included or linked \(finetune\.py\)/)
  })

  it('a closed base among others is named with its family; a closed base beats an unknown one', () => {
    const r = codeRequirement(
      facts({
        code: code({ kinds: new Set(['training']), files: [{ path: 'finetune.py', kinds: ['training'] }] }),
        baseModels: [
          hubBase('org/mystery'),
          { id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' }
        ]
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(
      /^Derived from meta-llama\/Llama-2-7b-hf \([^)]+\), whose training code is not published; its own training code is available, but OSAID needs the training code behind the base model's parameters too\.$/
    )
    expect(r.evidence).toEqual([
      'base_model: org/mystery',
      'base_model: meta-llama/Llama-2-7b-hf',
      'finetune.py (training)'
    ])
  })
})

describe('OSAID data information, finer branches', () => {
  const described = (over: Partial<DataInformationFacts> = {}): DataInformationFacts => ({
    level: 'complete',
    described: true,
    obtainable: true,
    datasets: [],
    missing: [],
    reason: 'names Dolma.',
    evidence: ['described: README.md:5 “Dolma”'],
    ...over
  })

  it('no card on a derivative: fails, and says it needs the base’s information too', () => {
    const r = dataInformationRequirement(
      facts({ baseModels: [hubBase('org/a')], baseModelRelation: 'quantized' })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      "There is no model card, so nothing describes the training data or says where to obtain it. As a quantisation of org/a, it also needs the base model's training code and data information, linked or described."
    )
  })

  it('described data on a derivative of an unknown base: unknown, saying what decides it', () => {
    const r = dataInformationRequirement(
      facts({ cardText: '# M\n', dataInformation: described(), baseModels: [hubBase('org/a')] })
    )
    expect(r).toEqual({
      id: 'data-information',
      verdict: 'unknown',
      reason:
        'Its own training data is described, but the model is derived from org/a, which is not in the catalogue: whether that base publishes its training data information decides it.',
      evidence: ['base_model: org/a', 'described: README.md:5 “Dolma”']
    })
  })

  it('cites six items at most for a derivative', () => {
    const evidence = [1, 2, 3, 4, 5].map(i => `described: README.md:${i} “x”`)
    const r = dataInformationRequirement(
      facts({
        cardText: '# M\n',
        dataInformation: described({ evidence }),
        baseModels: [hubBase('org/a'), hubBase('org/b')]
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.evidence).toEqual(['base_model: org/a', 'base_model: org/b', ...evidence.slice(0, 4)])
  })

  it('a partly described, not obtainable card with a level other than none is partial', () => {
    const r = dataInformationRequirement(
      facts({
        cardText: '# M\n',
        dataInformation: described({ level: 'partial', described: false, obtainable: false })
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe('The training data is only partly described: the card names Dolma.')
  })
})

describe('OSAID requirements', () => {
  it('come in the order terms, parameters, code, data information', () => {
    expect(osaidRequirements(facts()).map(r => [r.id, r.verdict])).toEqual([
      ['terms', 'fail'],
      ['parameters', 'unknown'],
      ['code', 'fail'],
      ['data-information', 'fail']
    ])
  })
})

describe('OSAID parameters: the ways a card loads weights from the Hub', () => {
  it.each([
    ['a pipeline', 'pipe = pipeline("summarization", model="o/heron-7b")'],
    ['a pipeline whose task has a hyphen', 'pipe = pipeline("text-generation", model="o/heron-7b")'],
    ['hf_hub_download by repo_id', 'path = hf_hub_download(repo_id="o/heron-7b", filename="w.gguf")'],
    ['snapshot_download', "snapshot_download('o/heron-7b')"],
    ['the hf CLI', 'hf download o/heron-7b']
  ])('%s', (_name, line) => {
    const r = parametersRequirement(facts({ cardText: `# Heron\n\n\`\`\`\n${line}\n\`\`\`\n` }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('The card loads the weights from the Hugging Face Hub (o/heron-7b).')
    expect(r.evidence).toEqual(['README.md:4: o/heron-7b'])
  })

  it('a line that loads nothing by id is no load', () => {
    const r = parametersRequirement(facts({ cardText: '# Heron\n\n```\nmodel = load("o/heron-7b")\n```\n' }))
    expect(r.verdict).toBe('unknown')
  })

  it('a base model loaded in a different case is still the base', () => {
    const r = parametersRequirement(
      facts({
        cardText: '# Heron\n\n```\nAutoModel.from_pretrained("Org/Base-7B")\n```\n',
        baseModels: [hubBase('org/base-7b')]
      })
    )
    expect(r.verdict).toBe('unknown')
  })

  it('a link to the base model in a different case is still the base', () => {
    const r = parametersRequirement(
      facts({
        cardText: '# Heron\n\nWeights: [base](https://huggingface.co/Org/Base-7B)\n',
        baseModels: [hubBase('org/base-7b')]
      })
    )
    expect(r.verdict).toBe('unknown')
  })
})
