// Licences stated in a card's prose: each sentence or licence-section line that names a licence is
// a licence source (`card-text`) with its line; one about a base model, a dataset or in the
// negative is not. Disagreement with the metadata or the licence files is a license-mismatch.
import { describe, expect, it } from '@jest/globals'
import { parseCard } from '../../src/card/parse-card.js'
import { licensesInCardText } from '../../src/licenses/card-text.js'
import type { Report } from '../../src/report/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { spdxText } from '../helpers/own-licenses.js'

const prose = (body: string, front = 'pipeline_tag: text-generation') =>
  licensesInCardText(parseCard('README.md', `---\n${front}\n---\n${body}`).card).map(p => ({
    id: p.id,
    line: p.line,
    component: p.component
  }))

describe('licensesInCardText', () => {
  it.each([
    ['released under the NAME', 'Heron is released under the MIT License.', 'MIT', 'all'],
    [
      'subject to a catalogue name',
      'Heron-Mini is distilled from Llama-3.1-8B and is subject to the Llama 3.1 Community License.',
      'llama3.1',
      'all'
    ],
    [
      'a linked name',
      'This model is licensed under [CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/).',
      'CC-BY-NC-4.0',
      'all'
    ],
    ['an SPDX id', 'The weights are distributed under Apache-2.0 for any use.', 'Apache-2.0', 'all'],
    [
      'the code’s licence',
      'The code in this repository is released under the Apache License 2.0.',
      'Apache-2.0',
      'code'
    ],
    ['a Hub id in words', 'Weights are available under the Gemma Terms of Use.', 'gemma', 'all']
  ])('%s', (_case, sentence, id, component) => {
    expect(prose(`# Heron\n\n${sentence}\n`)).toEqual([{ id, line: 6, component }])
  })

  it.each([
    ['a base model’s licence', 'Heron is based on Mistral-7B, which is released under Apache 2.0.'],
    ['a dataset’s licence', 'The training dataset is licensed under CC-BY-4.0.'],
    ['a negation', 'The weights are not released under an open licence such as MIT.'],
    ['a name nothing knows', 'Heron is released under the Heron Community Terms.'],
    ['a code block', '```\nreleased under the MIT License\n```'],
    ['a table row (read as a list of models)', '| Heron | released under the MIT License |\n|---|---|']
  ])('not %s', (_case, body) => {
    expect(prose(`# Heron\n\n${body}\n`)).toEqual([])
  })

  it('a licence section: a line that is a name, or "License: NAME"; a code section is the code’s', () => {
    expect(prose('# Heron\n\n## License\n\nApache 2.0\n\n## Code licence\n\n**License:** MIT\n')).toEqual([
      { id: 'Apache-2.0', line: 8, component: 'all' },
      { id: 'MIT', line: 12, component: 'code' }
    ])
  })

  it('names each licence once, at its first line', () => {
    expect(prose('# Heron\n\nReleased under the MIT License.\n\nAgain: licensed under MIT.\n')).toEqual([
      { id: 'MIT', line: 6, component: 'all' }
    ])
  })
})

const mismatches = (r: Report) =>
  allFindings(r)
    .filter(f => f.rule === 'license-mismatch')
    .map(f => [f.severity, f.file, f.line])

describe('prose licences in the audit', () => {
  it('a prose licence that disagrees with the metadata is a license-mismatch at its line', async () => {
    const r = await auditFiles({
      'README.md': '---\nlicense: apache-2.0\n---\n# Heron\n\nHeron is licensed under CC BY-NC 4.0.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(mismatches(r)).toEqual([['error', 'README.md', 6]])
    expect(r.models[0]!.licenses.map(l => [l.source, l.id, l.line])).toEqual([
      ['card', 'Apache-2.0', 2],
      ['card-text', 'CC-BY-NC-4.0', 6]
    ])
    // Its clauses come from the catalogue, quoting the sentence.
    expect(r.models[0]!.clauses).toContainEqual(
      expect.objectContaining({
        type: 'non-commercial',
        file: 'README.md',
        line: 6,
        quote: 'Heron is licensed under CC BY-NC 4.0.',
        source: 'catalogue'
      })
    )
  })

  it('without metadata, a prose licence that disagrees with LICENSE is a license-mismatch', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('Apache-2.0'),
      'README.md': '# Heron\n\nHeron is released under the MIT License.\n',
      'model.safetensors': LFS_POINTER
    })
    expect(mismatches(r)).toEqual([['error', 'README.md', 3]])
  })

  it.each([
    [
      'the metadata',
      { 'README.md': '---\nlicense: mit\n---\n# Heron\n\nHeron is released under the MIT License.\n' }
    ],
    [
      'the licence file',
      { LICENSE: spdxText('MIT'), 'README.md': '# Heron\n\nHeron is released under the MIT License.\n' }
    ],
    [
      'the code licence, not compared',
      {
        'README.md': '---\nlicense: cc-by-4.0\n---\n# Heron\n\nThe code is released under the MIT License.\n'
      }
    ]
  ])('agreeing with %s: no finding', async (_case, files) => {
    const r = await auditFiles({ ...files, 'model.safetensors': LFS_POINTER })
    expect(mismatches(r)).toEqual([])
  })

  it('a catalogued licence named in prose brings its clauses, each cited at the sentence', async () => {
    const r = await auditFiles({
      'README.md':
        '# Heron-Mini\n\nHeron-Mini is distilled from Llama-3.1-8B and is subject to the Llama 3.1 Community License.\n',
      'model.safetensors': LFS_POINTER
    })
    const m = r.models[0]!
    expect(
      m.findings.filter(f => f.rule === 'license/no-user-threshold').map(f => [f.severity, f.file, f.line])
    ).toEqual([['error', 'README.md', 3]])
    expect(r.verdict).toBe('fail')
  })
})
