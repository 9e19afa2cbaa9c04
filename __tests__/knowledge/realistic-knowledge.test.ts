// Knowledge-module behaviours found with realistic cards (see realistic-cards.ts).
import { describe, expect, it } from '@jest/globals'
import { cardLines } from '../../src/knowledge/text-lines.js'
import { assessDataInformation } from '../../src/knowledge/data-information.js'
import { classifyCodeFile, findCodeLinks } from '../../src/knowledge/code-evidence.js'
import { findOpenSourceClaims } from '../../src/knowledge/open-claims.js'
import { baseModelPublishesDataAndCode } from '../../src/knowledge/base-models.js'
import { makeCard } from './helpers.js'
import * as C from './realistic-cards.js'

describe('cardLines', () => {
  it('blanks HTML comments, on one line and across lines, keeping positions', () => {
    const card = makeCard('# T\n\nkeep <!-- hide --> this\n<!-- start\nmiddle\nend --> after\n')
    const l = cardLines(card)
    expect(l[2].prose).toMatch(/^keep +this$/)
    expect(l[2].prose.length).toBe(l[2].text.length)
    expect(l[3].prose.trim()).toBe('')
    expect(l[4].prose.trim()).toBe('')
    expect(l[5].prose.trim()).toBe('after')
  })
})

describe('assessDataInformation on realistic cards', () => {
  it('the template’s HTML comments ("data pre-processing or additional filtering") are not evidence', () => {
    const a = assessDataInformation(makeCard(C.PLACEHOLDERS))
    expect(a.level).toBe('none')
    expect(a.reason).toMatch(/placeholder/)
  })

  it('"More information needed" (Trainer auto-card) is a placeholder', () => {
    const a = assessDataInformation(makeCard(C.TRAINER_AUTOCARD))
    expect(a.level).toBe('partial')
    expect(a.topics.processing.found).toBe(false)
  })

  it('"<Name> Training Details" is a training parent, "DataMix" a data heading', () => {
    const a = assessDataInformation(makeCard(C.AMBER))
    expect(a.level).toBe('complete')
    expect(a.datasets).toEqual(expect.arrayContaining(['C4', 'LLM360/AmberDatasets']))
  })

  it('a data sentence inside "Training procedure" counts; hyperparameter lines do not', () => {
    const a = assessDataInformation(makeCard(C.LORA))
    expect(a.topics.processing.found).toBe(true)
    expect(a.topics.processing.quote).toMatch(/filtered to English/)
    const b = assessDataInformation(
      makeCard(
        '# M\n\n## Training procedure\n\n- learning_rate: 2e-05\n- Trained on 8 GPUs with data parallelism; stale checkpoints were removed\n'
      )
    )
    expect(b.level).toBe('none')
  })

  it('nested "Training Details / Training Data / Preprocessing" and a datasheet file', () => {
    const a = assessDataInformation(makeCard(C.NESTED_DATASHEET), [makeCard(C.DATASHEET, 'DATASHEET.md')])
    expect(a.level).toBe('complete')
    expect(a.datasets).not.toContain('DATASHEET.md')
    expect(a.topics.processing.file).toBe('DATASHEET.md')
  })

  it('"[Data Cards](…)" and "[Interactive Corpus Map](…)" are not dataset names', () => {
    const a = assessDataInformation(makeCard(C.BLOOM))
    expect(a.datasets).not.toContain('Data Cards')
    expect(a.datasets).not.toContain('Interactive Corpus Map')
    expect(a.datasets).toContain('ROOTS')
  })
})

describe('classifyCodeFile: more realistic paths', () => {
  it.each<[string, string[]]>([
    ['src/train/loop.py', ['training']],
    ['recipes/sft/config_full.yaml', ['training', 'config']],
    ['notebooks/train.ipynb', ['training']],
    ['axolotl.yaml', ['training', 'config']],
    ['data/prepare.py', ['data-processing']],
    ['scripts/data/download.py', ['data-processing']],
    ['src/modeling/llama.py', ['architecture']],
    ['convert_to_gguf.py', ['supporting']],
    ['quantize.py', ['supporting']],
    ['chat_template.jinja', ['supporting']],
    ['preprocessor_config.json', ['supporting']],
    ['adapter_config.json', ['config']]
  ])('%s → %j', (p, kinds) => {
    expect(classifyCodeFile(p)).toEqual(kinds)
  })
})

describe('findCodeLinks: realistic wording', () => {
  const kindsOf = (text: string, url: string) => findCodeLinks(makeCard(text)).find(l => l.url === url)?.kinds
  it('"a merge of pre-trained models created using [mergekit]" is not training code', () => {
    expect(
      kindsOf(
        '# M\n\nThis is a merge of pre-trained language models created using [mergekit](https://github.com/cg123/mergekit).\n',
        'https://github.com/cg123/mergekit'
      )
    ).not.toContain('training')
  })
  it('a list after the last link of a line belongs to it', () => {
    expect(
      kindsOf(
        '# M\n\n- [GitHub Repo](https://github.com/g/t5): the code used to preprocess C4, pre-train and fine-tune T5.\n',
        'https://github.com/g/t5'
      )
    ).toEqual(['training', 'data-processing'])
  })
  it('a link wrapped onto the next line keeps the words of the line before', () => {
    expect(
      kindsOf(
        "# M\n\nYou can find a script for fine-tuning in\nStarCoder2's [GitHub repository](https://github.com/b/s2/).\n",
        'https://github.com/b/s2/'
      )
    ).toContain('training')
  })
  it('an undescribed link under a training-data heading is not credited: no sentence says what it is', () => {
    expect(
      kindsOf(
        '# M\n\n## Training data\n\nSee [pipeline-repo](https://github.com/o/pipe).\n',
        'https://github.com/o/pipe'
      )
    ).toEqual([])
  })
  it('under a "Training code" heading, a bare link is the training code', () => {
    expect(
      kindsOf('# M\n\n## Training code\n\n[repo](https://github.com/o/train)\n', 'https://github.com/o/train')
    ).toEqual(['training'])
  })
  it('links inside HTML comments are ignored', () => {
    expect(
      kindsOf('# M\n\n<!-- training code: https://github.com/o/hidden -->\n', 'https://github.com/o/hidden')
    ).toBeUndefined()
  })
})

describe('open-source claims on realistic cards', () => {
  it('honest wording makes no claim; the licence sentence is the only one', () => {
    const claims = findOpenSourceClaims(makeCard(C.OPEN_WORDING))
    expect(claims.map(c => c.quote)).toEqual([expect.stringMatching(/Apache-2\.0 open-source licence/)])
  })
  it('name, tag and prose claims are all found', () => {
    const claims = findOpenSourceClaims(makeCard(C.OPEN_CLAIMS_FAILING))
    expect(new Set(claims.map(c => c.source))).toEqual(new Set(['name', 'tag', 'prose']))
  })
  it('Phi-2: "crafting this open-source model"', () => {
    expect(findOpenSourceClaims(makeCard(C.PHI2)).map(c => c.quote)).toEqual([
      expect.stringMatching(/open-source model/)
    ])
  })
})

describe('baseModelPublishesDataAndCode', () => {
  it.each<[string, { known: boolean; open: boolean }]>([
    ['allenai/OLMo-7B', { known: true, open: true }],
    ['EleutherAI/pythia-1b', { known: true, open: true }],
    ['mistralai/Mistral-7B-v0.1', { known: true, open: false }],
    ['meta-llama/Llama-2-7b-hf', { known: true, open: false }],
    ['someorg/some-base', { known: false, open: false }]
  ])('%s', (id, want) => {
    expect(baseModelPublishesDataAndCode(id)).toMatchObject(want)
  })
})

describe('assessDataInformation: headings that are not Markdown headings', () => {
  const body = `Trained on [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb), deduplicated with MinHash.`
  it('<h2>Training Data</h2>', () => {
    const a = assessDataInformation(makeCard(`# M\n\n<h2>Training Data</h2>\n\n${body}\n`))
    expect(a.level).toBe('complete')
  })
  it('**Training data** on its own line', () => {
    const a = assessDataInformation(
      makeCard(`# M\n\n## Details\n\n**Training data**\n\n${body}\n\n## Evaluation\n\nMMLU 50.\n`)
    )
    expect(a.level).toBe('complete')
  })
  it('a bold line that is not about data does not make a data section', () => {
    const a = assessDataInformation(
      makeCard(`# M\n\n**Usage**\n\nRemoved the warnings; see [ex](https://huggingface.co/datasets/a/b).\n`)
    )
    expect(a.topics.processing.found).toBe(false)
  })
})
