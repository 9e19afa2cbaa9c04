// Realistic, odd repository layouts, each audited end to end and checked at the level of the JSON
// report: model roots, licences with their component, clauses, and findings with file and line.
import { describe, expect, it } from '@jest/globals'
import { LFS_POINTER, corpusIfPresent, spdxText, type FileSpec } from '../helpers/fixtures.js'
import { itConformance } from '../helpers/shared.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { ConfigError, parseConfigText } from '../../src/config/load.js'
import { resolveLicenseLink } from '../../src/analyze/analyze-model.js'
import type { Report, ModelReport } from '../../src/report/types.js'

const MIT = spdxText('MIT')
const APACHE = spdxText('Apache-2.0')
const LLAMA = corpusIfPresent('licenses/llama3.1-community-license.txt')
const LLAMA_AUP = corpusIfPresent('licenses/llama3.1-acceptable-use-policy.txt')
const RAIL = corpusIfPresent('licenses/creativeml-openrail-m.txt')
const W = LFS_POINTER

const card = (front: string, body = '# Model\n') => `---\n${front}\n---\n${body}`

function only(r: Report): ModelReport {
  expect(r.models.map(m => m.path)).toHaveLength(1)
  return r.models[0]!
}
const licenses = (m: ModelReport) =>
  m.licenses.map(l => ({ file: l.file, id: l.id, component: l.component, source: l.source }))
const findings = (r: Report, rule: string) => allFindings(r).filter(f => f.rule === rule)
const clauseTypes = (m: ModelReport, file: string) =>
  [...new Set(m.clauses.filter(c => c.file === file).map(c => c.type))].sort()

/** The clause of `type` in `file` has a line, and a restriction finding points at that file and line. */
function expectRestriction(r: Report, m: ModelReport, file: string, type: string, rule: string) {
  const c = m.clauses.find(x => x.file === file && x.type === type)
  expect(c).toBeDefined()
  expect(c!.line).toEqual(expect.any(Number))
  expect(m.findings).toContainEqual(expect.objectContaining({ rule, file, line: c!.line, severity: 'error' }))
  expect(r.verdict).toBe('fail')
}

const itCorpus = itConformance('layouts with corpus model licences (Llama 3.1, OpenRAIL-M)')

describe('license: other with license_link to a file in the repository', () => {
  itCorpus.each([
    ['MODEL_LICENSE_AGREEMENT.md', 'weights'],
    ['LICENSE_AGREEMENT.txt', 'all'],
    ['docs/terms.md', 'all'],
    ['legal/Acme Model Terms.md', 'weights']
  ])('reads and identifies %s', async (target, component) => {
    const link = target.replace(/ /g, '%20')
    const r = await auditFiles({
      'README.md': card(`license: other\nlicense_name: acme-license\nlicense_link: ${link}`),
      [target]: LLAMA,
      'model.safetensors': W
    })
    const m = only(r)
    expect(m.path).toBe('.')
    expect(licenses(m)).toContainEqual({ file: target, id: 'llama3.1', component, source: 'file' })
    expect(clauseTypes(m, target)).toEqual(
      expect.arrayContaining(['acceptable-use-policy', 'user-threshold', 'naming-requirement'])
    )
    expectRestriction(r, m, target, 'user-threshold', 'license/no-user-threshold')
    expect(findings(r, 'metadata-invalid')).toEqual([])
    expect(findings(r, 'unsafe-path')).toEqual([])
  })

  itCorpus('reads ./LICENSE.md once, though discovery found it too', async () => {
    const r = await auditFiles({
      'README.md': card('license: other\nlicense_name: acme\nlicense_link: ./LICENSE.md'),
      'LICENSE.md': RAIL,
      'model.safetensors': W
    })
    const m = only(r)
    expect(m.licenses.filter(l => l.file === 'LICENSE.md')).toHaveLength(1)
    expect(licenses(m)).toContainEqual({
      file: 'LICENSE.md',
      id: 'creativeml-openrail-m',
      component: 'all',
      source: 'file'
    })
    expectRestriction(r, m, 'LICENSE.md', 'field-of-use-restriction', 'license/no-field-of-use-restriction')
  })

  itCorpus(
    'resolves a nested model’s link from its card’s folder, and may climb while inside the root',
    async () => {
      const r = await auditFiles({
        'README.md': '# Model zoo\n',
        'legal/terms.txt': LLAMA,
        'models/a/README.md': card('license: other\nlicense_name: acme\nlicense_link: ../../legal/terms.txt'),
        'models/a/model.safetensors': W
      })
      const m = only(r)
      expect(m.path).toBe('models/a')
      expect(licenses(m)).toContainEqual({
        file: 'legal/terms.txt',
        id: 'llama3.1',
        component: 'all',
        source: 'file'
      })
      expectRestriction(r, m, 'legal/terms.txt', 'user-threshold', 'license/no-user-threshold')
    }
  )

  it.each([
    ['../outside/LICENSE.txt', /leaves the audited root/],
    ['/etc/passwd', /absolute path/],
    ['C:\\Windows\\license.txt', /absolute path/]
  ])('refuses %s as an unsafe path, never read', async (link, message) => {
    const r = await auditFiles({
      'README.md': card(`license: other\nlicense_name: acme\nlicense_link: "${link.replace(/\\/g, '\\\\')}"`),
      'model.safetensors': W
    })
    const m = only(r)
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'unsafe-path', file: 'README.md', line: 4, severity: 'error' })
    )
    expect(findings(r, 'unsafe-path')[0]!.message).toMatch(message)
    expect(m.licenses.every(l => l.file === null)).toBe(true)
    expect(m.clauses).toEqual([])
  })

  it('refuses a linked file that is a symbolic link leaving the root', async () => {
    const r = await auditFiles({
      'README.md': card('license: other\nlicense_name: acme\nlicense_link: terms.md'),
      'terms.md': { symlink: '/etc/hostname' },
      'model.safetensors': W
    })
    expect(findings(r, 'unsafe-path').map(f => f.file)).toContain('terms.md')
    expect(only(r).clauses).toEqual([])
  })

  it.each([
    ['LICENSE_AGREEMENT.txt', 'is not in the repository'],
    ['legal', 'is a folder']
  ])('a link to %s is metadata-invalid at the license_link line', async (link, message) => {
    const r = await auditFiles({
      'README.md': card(`license: other\nlicense_name: acme\nlicense_link: ${link}`),
      'legal/README.txt': 'see LICENSE\n',
      'model.safetensors': W
    })
    const f = findings(r, 'metadata-invalid')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ file: 'README.md', line: 4, severity: 'error' })
    expect(f[0]!.message).toContain(message)
  })

  it('a link to a LICENSE folder of texts is fine: the texts in it are read', async () => {
    const r = await auditFiles({
      'README.md': card('license: other\nlicense_name: acme\nlicense_link: LICENSE'),
      'LICENSE/Apache-2.0.txt': APACHE,
      'model.safetensors': W
    })
    expect(findings(r, 'metadata-invalid')).toEqual([])
    expect(licenses(only(r))).toContainEqual({
      file: 'LICENSE/Apache-2.0.txt',
      id: 'Apache-2.0',
      component: 'all',
      source: 'file'
    })
  })

  it('a URL is fine and not fetched', async () => {
    const r = await auditFiles({
      'README.md': card(
        'license: other\nlicense_name: acme\nlicense_link: https://example.com/LICENSE#terms'
      ),
      'model.safetensors': W
    })
    expect(findings(r, 'metadata-invalid')).toEqual([])
    expect(findings(r, 'unsafe-path')).toEqual([])
  })
})

describe('licence files in odd places and under odd names', () => {
  it('REUSE LICENSES/<SPDX-id>.txt govern the folder holding LICENSES/', async () => {
    const r = await auditFiles({
      'LICENSES/Apache-2.0.txt': APACHE,
      'LICENSES/MIT.txt': MIT,
      'README.md': card('license: apache-2.0'),
      'model.safetensors': W
    })
    const m = only(r)
    expect(licenses(m)).toEqual(
      expect.arrayContaining([
        { file: 'LICENSES/Apache-2.0.txt', id: 'Apache-2.0', component: 'all', source: 'file' },
        { file: 'LICENSES/MIT.txt', id: 'MIT', component: 'all', source: 'file' }
      ])
    )
    expect(findings(r, 'license-mismatch')).toEqual([])
    expect(findings(r, 'license-missing')).toEqual([])
  })

  itCorpus(
    'LICENSE-CODE + LICENSE-MODEL + USE_POLICY.md: components, and the card is compared with the weights licence',
    async () => {
      const files: Record<string, FileSpec> = {
        'LICENSE-CODE': MIT,
        'LICENSE-MODEL': LLAMA,
        'USE_POLICY.md': LLAMA_AUP,
        'README.md': card('license: llama3.1'),
        'model.safetensors': W
      }
      const agree = await auditFiles(files)
      const m = only(agree)
      expect(licenses(m)).toEqual(
        expect.arrayContaining([
          { file: 'LICENSE-CODE', id: 'MIT', component: 'code', source: 'file' },
          { file: 'LICENSE-MODEL', id: 'llama3.1', component: 'weights', source: 'file' },
          expect.objectContaining({ file: 'USE_POLICY.md', component: 'use-policy', source: 'file' })
        ])
      )
      expect(findings(agree, 'license-mismatch')).toEqual([])
      expectRestriction(
        agree,
        m,
        'USE_POLICY.md',
        'field-of-use-restriction',
        'license/no-field-of-use-restriction'
      )

      const mit = await auditFiles({ ...files, 'README.md': card('license: mit') })
      expect(findings(mit, 'license-mismatch')).toEqual([
        expect.objectContaining({ file: 'README.md', line: 2, severity: 'error' })
      ])
      expect(findings(mit, 'license-mismatch')[0]!.message).toContain('LICENSE-MODEL')
    }
  )

  it('a LICENSE in a parent folder governs a nested model; a model’s own LICENSE overrides it', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '# Model zoo\n\nSee models/.\n',
      'models/a/README.md': card('license: apache-2.0'),
      'models/a/LICENSE': APACHE,
      'models/a/model.safetensors': W,
      'models/b/README.md': card('license: mit'),
      'models/b/model.safetensors': W
    })
    expect(r.models.map(m => m.path)).toEqual(['models/a', 'models/b'])
    const [a, b] = r.models
    expect(licenses(a!).filter(l => l.source === 'file')).toEqual([
      { file: 'models/a/LICENSE', id: 'Apache-2.0', component: 'all', source: 'file' }
    ])
    expect(licenses(b!).filter(l => l.source === 'file')).toEqual([
      { file: 'LICENSE', id: 'MIT', component: 'all', source: 'file' }
    ])
    expect(findings(r, 'license-mismatch')).toEqual([])
  })

  itCorpus(
    'a use policy or NOTICE alone in a model folder adds to the inherited LICENSE, not hides it',
    async () => {
      const r = await auditFiles({
        'LICENSE-MODEL': LLAMA,
        'README.md': '# Zoo\n',
        'models/a/README.md': card('license: llama3.1'),
        'models/a/USE_POLICY.md': LLAMA_AUP,
        'models/a/NOTICE': 'Llama 3.1 is licensed under the Llama 3.1 Community License.\n',
        'models/a/model.safetensors': W
      })
      const m = only(r)
      expect(licenses(m).filter(l => l.source === 'file')).toEqual(
        expect.arrayContaining([
          { file: 'LICENSE-MODEL', id: 'llama3.1', component: 'weights', source: 'file' },
          expect.objectContaining({ file: 'models/a/USE_POLICY.md', component: 'use-policy' })
        ])
      )
      expectRestriction(r, m, 'LICENSE-MODEL', 'user-threshold', 'license/no-user-threshold')
      expect(findings(r, 'license-missing')).toEqual([])
    }
  )

  it.each(['COPYING', 'LICENCE.md', 'license.txt', 'LICENSE/MIT.txt', 'EULA.md'])(
    '%s is read as the licence',
    async name => {
      const files: Record<string, FileSpec> = {
        [name]: MIT,
        'README.md': card('license: mit'),
        'model.safetensors': W
      }
      // A LICENSE folder's own README is not a licence.
      if (name.startsWith('LICENSE/')) files['LICENSE/README.md'] = 'The texts of the licences.\n'
      const r = await auditFiles(files)
      const m = only(r)
      expect(licenses(m).filter(l => l.source === 'file')).toEqual([
        { file: name, id: 'MIT', component: 'all', source: 'file' }
      ])
      expect(m.clauses).toContainEqual(expect.objectContaining({ type: 'attribution', file: name }))
      expect(findings(r, 'license-missing')).toEqual([])
      expect(findings(r, 'license-unrecognized')).toEqual([])
    }
  )

  it('NOTICE and third-party licence files are notices, not the model’s licence', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      NOTICE: 'Acme Model\nCopyright 2024 Acme Corp.\n',
      'THIRD_PARTY_LICENSES.md': spdxText('CC-BY-NC-4.0'),
      'README.md': card('license: apache-2.0'),
      'model.safetensors': W
    })
    const m = only(r)
    expect(licenses(m).filter(l => l.source === 'file')).toEqual([
      { file: 'LICENSE', id: 'Apache-2.0', component: 'all', source: 'file' }
    ])
    expect(findings(r, 'license-mismatch')).toEqual([])
    expect(findings(r, 'license-unrecognized')).toEqual([])
  })
})

describe('model roots', () => {
  it('sharded Hugging Face weights with an index are one model at the root', async () => {
    const files: Record<string, FileSpec> = {
      LICENSE: APACHE,
      'README.md': card('license: apache-2.0'),
      'config.json': '{"architectures":["LlamaForCausalLM"]}',
      'model.safetensors.index.json': '{"weight_map":{}}'
    }
    for (let i = 1; i <= 4; i++) files[`model-0000${i}-of-00004.safetensors`] = W
    const r = await auditFiles(files)
    expect(r.models.map(m => m.path)).toEqual(['.'])
    expect(findings(r, 'card-missing')).toEqual([])
  })

  const diffusers: Record<string, FileSpec> = {
    'model_index.json': '{"_class_name":"StableDiffusionPipeline"}',
    'unet/config.json': '{}',
    'unet/diffusion_pytorch_model.safetensors': W,
    'vae/config.json': '{}',
    'vae/diffusion_pytorch_model.safetensors': W,
    'text_encoder/config.json': '{}',
    'text_encoder/model.safetensors': W,
    'safety_checker/model.safetensors': W,
    'tokenizer/vocab.json': '{}',
    'scheduler/scheduler_config.json': '{}'
  }
  itCorpus('a diffusers pipeline is one model at the root, not one per component', async () => {
    const r = await auditFiles({
      ...diffusers,
      LICENSE: RAIL,
      'README.md': card('license: creativeml-openrail-m')
    })
    const m = only(r)
    expect(m.path).toBe('.')
    expect(m.card).toBe('README.md')
    expect(findings(r, 'card-missing')).toEqual([])
    expectRestriction(r, m, 'LICENSE', 'field-of-use-restriction', 'license/no-field-of-use-restriction')
  })

  it('model_index.json alone makes the root the model', async () => {
    const r = await auditFiles({ ...diffusers, LICENSE: MIT })
    expect(r.models.map(m => m.path)).toEqual(['.'])
    expect(findings(r, 'card-missing')).toEqual([expect.objectContaining({ severity: 'warning' })])
  })

  it('a GGUF-only repository and an adapter repository are models at the root', async () => {
    for (const files of [
      {
        'README.md': card('license: apache-2.0\nbase_model: Qwen/Qwen2.5-7B'),
        'q4_k_m.gguf': W,
        'q8_0.gguf': W
      },
      {
        'README.md': card('license: apache-2.0'),
        'adapter_model.safetensors': W,
        'adapter_config.json': '{}'
      }
    ] as Array<Record<string, FileSpec>>) {
      const r = await auditFiles(files)
      const m = only(r)
      expect(m.path).toBe('.')
      expect(licenses(m)).toEqual([{ file: null, id: 'Apache-2.0', component: 'all', source: 'card' }])
    }
  })

  it.each([
    ['beside the final weights', { 'model.safetensors': W }],
    ['without final weights at the root', { 'checkpoints/final/model.safetensors': W }],
    [
      'with a trainer-written card in the checkpoint',
      { 'checkpoint-500/README.md': card('library_name: peft') }
    ]
  ])('intermediate checkpoints belong to the root model (%s)', async (_name, extra) => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': card('license: mit'),
      'checkpoints/step-1000/model.safetensors': W,
      'checkpoints/step-1000/config.json': '{}',
      'checkpoints/step-2000/model.safetensors': W,
      'checkpoint-500/adapter_model.safetensors': W,
      ...extra
    } as Record<string, FileSpec>)
    expect(r.models.map(m => m.path)).toEqual(['.'])
    expect(findings(r, 'card-missing')).toEqual([])
  })

  it('checkpoints in a code repository without a model card are one model at the root', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '# Trainer\n\nTrain things.\n',
      'train.py': 'print(1)\n',
      'checkpoints/step-1000/model.pt': W,
      'checkpoints/step-2000/model.pt': W,
      'weights/final.safetensors': W
    })
    expect(r.models.map(m => m.path)).toEqual(['.'])
  })

  it('original/ and onnx/ weight folders belong to the root model', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': card('license: mit'),
      'model.safetensors': W,
      'original/consolidated.00.pth': W,
      'onnx/model.onnx': W
    })
    expect(r.models.map(m => m.path)).toEqual(['.'])
  })

  it('a monorepo with models/*/README.md is one model per folder; the project README is none', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '# Model zoo\n\nA collection of models.\n',
      'models/a/README.md': card('license: mit'),
      'models/b/README.md': card('license: mit'),
      'models/c/README.md': '# C\n\n## Model details\n\nA small model.\n',
      'src/train.py': 'print(1)\n'
    })
    expect(r.models.map(m => m.path)).toEqual(['models/a', 'models/b', 'models/c'])
    for (const m of r.models)
      expect(licenses(m)).toContainEqual({ file: 'LICENSE', id: 'MIT', component: 'all', source: 'file' })
  })

  it('a GitHub code repository with only a README and src/ is one model at the root, without weights', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '# Cool tool\n\nA library for training models.\n',
      'src/train.py': 'print(1)\n',
      'src/model.py': 'x = 1\n'
    })
    const m = only(r)
    expect(m.path).toBe('.')
    expect(m.card).toBe('README.md')
    expect(licenses(m)).toEqual([{ file: 'LICENSE', id: 'MIT', component: 'all', source: 'file' }])
  })
})

describe('card edge cases', () => {
  it('tab indentation is metadata-invalid with its line, and the licence is still identified', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '---\nlicense:\tmit\ntags:\n\t- a\n---\n# M\n',
      'model.safetensors': W
    })
    const m = only(r)
    expect(findings(r, 'metadata-invalid')).toEqual([
      expect.objectContaining({ file: 'README.md', line: 4, severity: 'error' })
    ])
    expect(licenses(m)).toContainEqual({ file: null, id: 'MIT', component: 'all', source: 'card' })
  })

  it('a duplicate key is metadata-invalid at the second line; the last value counts', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': card('license: mit\ndatasets: [a/b]\nlicense: apache-2.0'),
      'model.safetensors': W
    })
    expect(findings(r, 'metadata-invalid')).toEqual([
      expect.objectContaining({ file: 'README.md', line: 4, severity: 'error' })
    ])
    expect(licenses(only(r))).toContainEqual({
      file: null,
      id: 'Apache-2.0',
      component: 'all',
      source: 'card'
    })
    expect(findings(r, 'license-mismatch')).toEqual([expect.objectContaining({ file: 'README.md', line: 4 })])
  })

  it('license: [mit, apache-2.0] is metadata-invalid, and both licences are identified', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': card('license: [mit, apache-2.0]'),
      'model.safetensors': W
    })
    expect(findings(r, 'metadata-invalid')).toEqual([
      expect.objectContaining({ file: 'README.md', line: 2, severity: 'error' })
    ])
    expect(licenses(only(r))).toContainEqual({
      file: null,
      id: 'MIT AND Apache-2.0',
      component: 'all',
      source: 'card'
    })
    expect(findings(r, 'license-mismatch')).toEqual([])
    expect(findings(r, 'license-unrecognized')).toEqual([])
  })

  it('a listed restrictive licence brings its catalogue clauses', async () => {
    const r = await auditFiles({
      'README.md': card('license:\n  - apache-2.0\n  - llama3.1'),
      'model.safetensors': W
    })
    const m = only(r)
    expect(m.clauses).toContainEqual(
      expect.objectContaining({ type: 'user-threshold', file: 'README.md', line: 2 })
    )
    expect(m.findings).toContainEqual(
      expect.objectContaining({ rule: 'license/no-user-threshold', file: 'README.md', line: 2 })
    )
  })

  it.each([
    ['MIT', 'MIT', null],
    ['Apache 2.0', 'Apache-2.0', 'warning']
  ])('license: %s is identified as %s', async (value, id, severity) => {
    const r = await auditFiles({
      LICENSE: id === 'MIT' ? MIT : APACHE,
      'README.md': card(`license: ${value}`),
      'model.safetensors': W
    })
    expect(licenses(only(r))).toContainEqual({ file: null, id, component: 'all', source: 'card' })
    expect(findings(r, 'license-mismatch')).toEqual([])
    const invalid = findings(r, 'metadata-invalid')
    if (severity) expect(invalid).toEqual([expect.objectContaining({ line: 2, severity })])
    else expect(invalid).toEqual([])
  })

  it('base_model as a list resolves each base model', async () => {
    const r = await auditFiles({
      LICENSE: APACHE,
      'README.md': card(
        'license: apache-2.0\nbase_model:\n  - mistralai/Mistral-7B-v0.1\n  - meta-llama/Llama-3.1-8B'
      ),
      'model.safetensors': W
    })
    const m = only(r)
    expect(m.baseModels?.map(b => b.id)).toEqual(['mistralai/Mistral-7B-v0.1', 'meta-llama/Llama-3.1-8B'])
    expect(findings(r, 'license-inheritance')).toEqual([
      expect.objectContaining({ file: 'README.md', line: 3, severity: 'error' })
    ])
  })

  it('very long lines neither crash nor hide the licence', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': card(
        `license: mit\ndescription: ${'x'.repeat(200_000)}`,
        `# M\n${'word '.repeat(300_000)}\n`
      ),
      'model.safetensors': W
    })
    expect(licenses(only(r))).toContainEqual({ file: null, id: 'MIT', component: 'all', source: 'card' })
    expect(findings(r, 'metadata-invalid')).toEqual([])
  })

  it('an HTML comment before the front matter: warned (the Hub ignores it), metadata still read', async () => {
    const r = await auditFiles({
      LICENSE: MIT,
      'README.md': '<!-- generated by a tool -->\n---\nlicense: mit\n---\n# M\n<!--\n## Training Data\n-->\n',
      'model.safetensors': W
    })
    expect(findings(r, 'metadata-invalid')).toEqual([
      expect.objectContaining({ file: 'README.md', line: 2, severity: 'warning' })
    ])
    expect(licenses(only(r))).toContainEqual({ file: null, id: 'MIT', component: 'all', source: 'card' })
  })

  itCorpus('Windows line endings keep lines right', async () => {
    const r = await auditFiles({
      LICENSE: LLAMA.replace(/\n/g, '\r\n'),
      'README.md': '---\r\nlicense: apache-2.0\r\n---\r\n# M\r\n',
      'model.safetensors': W
    })
    const m = only(r)
    expect(findings(r, 'license-mismatch')).toEqual([expect.objectContaining({ file: 'README.md', line: 2 })])
    const plain = await auditFiles({
      LICENSE: LLAMA,
      'README.md': card('license: apache-2.0'),
      'model.safetensors': W
    })
    expect(m.clauses.map(c => [c.type, c.line])).toEqual(only(plain).clauses.map(c => [c.type, c.line]))
  })

  it.each([
    ['MODEL_CARD.md', 'MODEL_CARD.md'],
    ['docs/MODEL_CARD.md', 'README.md']
  ])('README.md as a symbolic link to %s inside the repository is the one card', async (target, shown) => {
    const r = await auditFiles({
      LICENSE: MIT,
      [target]: card('license: mit'),
      'README.md': { symlink: target },
      'model.safetensors': W
    })
    const m = only(r)
    expect(m.path).toBe('.')
    expect(m.card).toBe(shown)
    expect(licenses(m)).toContainEqual({ file: null, id: 'MIT', component: 'all', source: 'card' })
    expect(findings(r, 'unsafe-path')).toEqual([])
  })
})

describe('config edge cases', () => {
  it.each([
    ['rules:\n  card-incomplete: off\n  license/no-such-rule: warning\n', 'rules.license/no-such-rule', 3],
    ['rules:\n  no-user-threshold: off\n', 'rules.no-user-threshold', 2],
    ['waivers:\n  - rule: licence-missing\n    reason: typo\n', 'waivers.0.rule', 2]
  ])('an unknown rule id is a config error naming the key and line', (text, key, line) => {
    let err: unknown
    try {
      parseConfigText(text, 'cfg.yml')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    expect(err).toMatchObject({ key, line, file: 'cfg.yml' })
    expect((err as Error).message).toContain(`cfg.yml:${line}:`)
  })

  it('suggests the nearest rule id', () => {
    expect(() => parseConfigText('rules:\n  no-user-threshold: off\n', 'c.yml')).toThrow(
      /did you mean 'license\/no-user-threshold'/
    )
  })

  it('accepts every rule id the engine reports', () => {
    const text =
      'rules:\n  license/no-user-threshold: warning\n  mof/class: off\n  discovery-limit: off\n  unsafe-path: warning\nwaivers:\n  - rule: "*"\n    reason: all\n  - rule: config/waiver-expired\n    reason: x\n'
    expect(() => parseConfigText(text, 'c.yml')).not.toThrow()
  })

  it('waivers with path globs waive findings of the models they match only', async () => {
    const files: Record<string, FileSpec> = {
      'README.md': '# Zoo\n',
      'models/a/README.md': card('license: llama3.1'),
      'models/a/model.safetensors': W,
      'models/b/README.md': card('license: llama3.1'),
      'models/b/model.safetensors': W
    }
    const r = await auditFiles(
      files,
      'waivers:\n  - rule: license/no-user-threshold\n    path: "models/a/**"\n    reason: legal approved\n'
    )
    const [a, b] = r.models
    expect(a!.findings.some(f => f.rule === 'license/no-user-threshold')).toBe(false)
    expect(b!.findings).toContainEqual(
      expect.objectContaining({ rule: 'license/no-user-threshold', file: 'models/b/README.md', line: 2 })
    )
  })

  it('ignore patterns and waiver paths with a leading ./ match', async () => {
    const files: Record<string, FileSpec> = {
      LICENSE: MIT,
      'README.md': card('license: mit'),
      'model.safetensors': W,
      'vendor/other/README.md': card('license: llama3.1'),
      'vendor/other/model.safetensors': W
    }
    const without = await auditFiles(files)
    expect(without.models.map(m => m.path)).toEqual(['.', 'vendor/other'])
    const ignored = await auditFiles(files, 'ignore:\n  - ./vendor/**\n')
    expect(ignored.models.map(m => m.path)).toEqual(['.'])
    const waived = await auditFiles(
      files,
      'waivers:\n  - rule: license/no-user-threshold\n    path: ./vendor/other\n    reason: vendored\n'
    )
    expect(findings(waived, 'license/no-user-threshold')).toEqual([])
  })
})

describe('resolveLicenseLink', () => {
  it.each([
    ['LICENSE.md', 'README.md', { kind: 'path', path: 'LICENSE.md' }],
    ['./docs/terms.md#section', 'README.md', { kind: 'path', path: 'docs/terms.md' }],
    ['Model%20Terms.md?raw=1', 'models/a/README.md', { kind: 'path', path: 'models/a/Model Terms.md' }],
    ['../../LICENSE', 'models/a/README.md', { kind: 'path', path: 'LICENSE' }],
    ['..\\LICENSE', 'models/README.md', { kind: 'path', path: 'LICENSE' }],
    ['../LICENSE', 'README.md', { kind: 'unsafe', reason: 'a path that leaves the audited root' }],
    ['a/../../../x', 'README.md', { kind: 'unsafe', reason: 'a path that leaves the audited root' }],
    ['/etc/passwd', 'README.md', { kind: 'unsafe', reason: 'an absolute path' }],
    ['~/LICENSE', 'README.md', { kind: 'unsafe', reason: 'an absolute path' }],
    ['https://example.com/LICENSE', 'README.md', { kind: 'url' }],
    ['//example.com/LICENSE', 'README.md', { kind: 'url' }]
  ])('%s from %s', (link, cardPath, expected) => {
    expect(resolveLicenseLink(link, cardPath)).toEqual(expected)
  })
})
