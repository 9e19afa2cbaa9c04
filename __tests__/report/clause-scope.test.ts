// Which models a kept clause binds, in the report (issue 11, item 6). A weights licence that says it
// covers one model size gives its clauses to that size only (layouts/scoped-clauses.test.ts); here
// the report says so too: each such clause carries `appliesTo` in the JSON, and the text and
// Markdown outputs print "applies to: …" beside it, escaped like everything else from a repository.
import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../src/report/markdown.js'
import { reportSchema } from '../../src/report/schema.js'
import { renderText } from '../../src/report/text.js'
import type { ModelReport, Report } from '../../src/report/types.js'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { spdxText } from '../helpers/own-licenses.js'

function model(folder: string, name: string): Record<string, string> {
  return {
    [`${folder}/README.md`]: `---\nmodel_name: ${name}\n---\n# ${name}\n\n## Model Details\n\n${name} is a small language model for tide tables.\n`,
    [`${folder}/model.safetensors`]: LFS_POINTER
  }
}

/** The weights of the large size only are for research; the code is MIT for both sizes. */
const WEIGHTS_TERMS = [
  'Kestrel Weights Terms', // 1
  '', // 2
  'These terms apply only to the Kestrel-34B model and its checkpoints.', // 3
  '', // 4
  'You may use the checkpoints for non-commercial research only.', // 5
  ''
].join('\n')

const named = (r: Report, name: string): ModelReport => r.models.find(m => m.name === name)!

describe('the models a clause applies to, in the report', () => {
  it('a research licence for one size: its clauses carry appliesTo; the MIT clause for both does not', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT'),
      'LICENSE-WEIGHTS': WEIGHTS_TERMS,
      ...model('models/kestrel-3b', 'Kestrel-3B'),
      ...model('models/kestrel-34b', 'Kestrel-34B')
    })
    const big = named(r, 'Kestrel-34B').clauses.filter(c => c.file === 'LICENSE-WEIGHTS')
    expect(big.map(c => [c.type, c.line, c.appliesTo]).sort()).toEqual([
      ['non-commercial', 5, { models: 'the Kestrel-34B model and its checkpoints', statedIn: 'file' }],
      ['research-only', 5, { models: 'the Kestrel-34B model and its checkpoints', statedIn: 'file' }]
    ])
    // the small size does not get them, and its MIT clause names no model
    expect(named(r, 'Kestrel-3B').clauses.map(c => [c.type, c.file, c.appliesTo])).toEqual([
      ['attribution', 'LICENSE', undefined]
    ])
    // the field is part of the published contract
    expect(reportSchema.safeParse(r).success).toBe(true)

    // each model's section lists its clauses; only the large size's name the models they bind
    const md = renderMarkdown(r)
    expect(md).toContain(
      '**Restrictive clauses:** non-commercial (LICENSE-WEIGHTS:5; applies to: the Kestrel-34B model and its checkpoints), research-only (LICENSE-WEIGHTS:5; applies to: the Kestrel-34B model and its checkpoints)'
    )
    expect(md.match(/\*\*Other clauses:\*\* attribution \(LICENSE:\d+\)\n/g)).toHaveLength(2)
  })

  it('one model: the text and Markdown lines of its clauses name the sentence-scoped models', async () => {
    const terms = [
      'Kestrel Licence', // 1
      '', // 2
      'You may use and share the Kestrel models.', // 3
      '', // 4
      'For the Kestrel-34B model, you may not use the weights for any commercial purpose.', // 5
      ''
    ].join('\n')
    const r = await auditFiles({ LICENSE: terms, ...model('.', 'Kestrel-34B') })
    const m = r.models[0]!
    expect(m.clauses.map(c => [c.type, c.line, c.appliesTo])).toEqual([
      ['non-commercial', 5, { models: 'Kestrel-34B model', statedIn: 'sentence' }]
    ])
    expect(await renderText(r)).toMatch(
      /Restricts +non-commercial \(LICENSE:5; applies to: Kestrel-34B model\)/
    )
    expect(renderMarkdown(r)).toContain('; applies to: Kestrel-34B model)')
  })

  it('a hostile scope phrase is escaped in Markdown', async () => {
    const terms = [
      'Kestrel Licence', // 1
      '', // 2
      'For the Kestrel-34B <img src=x onerror=alert(1)> @octocat `x` model, you may not use the weights commercially.', // 3
      ''
    ].join('\n')
    const r = await auditFiles({ LICENSE: terms, ...model('.', 'Kestrel-34B') })
    const scope = r.models[0]!.clauses.find(c => c.type === 'non-commercial')?.appliesTo
    expect(scope?.statedIn).toBe('sentence')
    expect(scope?.models).toContain('<img src=x')
    const md = renderMarkdown(r)
    expect(md).toContain('applies to: ')
    expect(md).not.toMatch(/<img|(?<![\\`])@octocat/)
  })
})
