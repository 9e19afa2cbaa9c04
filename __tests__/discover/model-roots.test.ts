// Which folders are models: a model card, or real weights (a weight format and 1 MiB or an LFS
// pointer) outside test, fixture, asset and example folders; a repository whose README describes a
// model is that model; every clone in a folder of repositories is audited. And what each is called.
import { afterEach, describe, expect, it } from '@jest/globals'
import { audit } from '../../src/audit.js'
import { discover } from '../../src/discover/discover.js'
import { nameFromHeading } from '../../src/card/model-name.js'
import { defaultConfig } from '../../src/config/schema.js'
import { LFS_POINTER, makeRepo, removeRepo, type FileSpec } from '../helpers/fixtures.js'

const dirs: string[] = []
afterEach(async () => {
  while (dirs.length) await removeRepo(dirs.pop()!)
})
async function repo(files: Record<string, FileSpec>): Promise<string> {
  const d = await makeRepo(files)
  dirs.push(d)
  return d
}
async function auditRepo(files: Record<string, FileSpec>) {
  return audit(await repo(files), defaultConfig(), { today: '2026-11-27' })
}

/** Big enough to hold parameters (1 MiB). */
const REAL = Buffer.alloc(1024 * 1024, 7)
/** A filter or a test fixture: a few bytes in a weights format. */
const TINY = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])
const MIT_NOTE = 'Released under the MIT License.\n'
const PLAIN_README = '# Wren\n\nWren is a small speech enhancement model trained on our own recordings.\n'

describe('real weights make a model; tiny and asset weights do not', () => {
  it('a root README describing a model keeps it at the root despite stray weights below', async () => {
    const { facts, report } = await auditRepo({
      LICENSE: MIT_NOTE,
      'README.md': PLAIN_README,
      'model.safetensors': REAL,
      'audio/filters/highpass.npz': TINY,
      'tests/fixtures/tiny_model.safetensors': REAL,
      'examples/demo/checkpoint.pt': LFS_POINTER,
      'third_party/vad/vad_weights.npz': REAL
    })
    expect(report.models.map(m => [m.path, m.name])).toEqual([['.', 'Wren']])
    // Only weights that hold parameters, outside test and example folders, are the model's.
    expect(facts[0]!.weights).toEqual([
      { path: 'model.safetensors', bytes: 1024 * 1024, lfs: false },
      { path: 'third_party/vad/vad_weights.npz', bytes: 1024 * 1024, lfs: false }
    ])
  })

  it('a project README that describes a model is the model even with no weights at the root', async () => {
    const r = await discover(
      await repo({
        'README.md': PLAIN_README,
        'detector/face.npz': REAL
      })
    )
    expect(r.models.map(m => m.path)).toEqual(['.'])
  })

  it('without such a README, a folder of real weights is the model and the root is not', async () => {
    const r = await discover(
      await repo({
        'README.md': '# Toolkit\n\nUtilities for audio pipelines.\n',
        'detector/face.npz': REAL,
        'assets/face_small.npz': REAL
      })
    )
    expect(r.models.map(m => m.path)).toEqual(['detector'])
  })

  it('an LFS pointer in a weights format is real weights, whatever its size', async () => {
    const { facts, report } = await auditRepo({
      'README.md': '# Toolkit\n\nUtilities.\n',
      'heron/model.safetensors': LFS_POINTER
    })
    expect(report.models.map(m => m.path)).toEqual(['heron'])
    expect(facts[0]!.weights).toEqual([
      { path: 'heron/model.safetensors', bytes: Buffer.byteLength(LFS_POINTER), lfs: true }
    ])
  })

  it('tiny weights make no model, and are not the weights of the model that holds them', async () => {
    const { facts, report } = await auditRepo({
      'README.md': '# Toolkit\n\nUtilities.\n',
      'model.pt': TINY,
      'nested/filter.npz': TINY,
      'fixtures/model.safetensors': LFS_POINTER
    })
    expect(report.models.map(m => m.path)).toEqual(['.'])
    expect(facts[0]!.weights).toEqual([])
    // The OSAID parameters requirement still sees weight-named files it can judge by name.
    expect(facts[0]!.model.weights.map(w => w.path)).toEqual(['model.pt', 'nested/filter.npz'])
  })
})

describe('a folder of repositories', () => {
  it('audits every clone, with or without a card, weights or a model-like README', async () => {
    const r = await discover(
      await repo({
        'alpha/.git/HEAD': 'ref: refs/heads/main\n',
        'alpha/README.md': '---\nlicense: mit\n---\n# Alpha\n',
        'alpha/model.safetensors': LFS_POINTER,
        'bravo/.git/HEAD': 'ref: refs/heads/main\n',
        'bravo/README.md': '# Bravo\n\nScripts we use.\n',
        'charlie/.git/HEAD': 'ref: refs/heads/main\n',
        'charlie/LICENSE': MIT_NOTE,
        'delta/.git/HEAD': 'ref: refs/heads/main\n',
        'delta/README.md': '# Delta\n\nDelta is a compact vision model.\n',
        'delta/assets/logo_detector.npz': REAL,
        'delta/onnx/model.onnx': REAL,
        'echo/.git': 'gitdir: ../.git/modules/echo\n',
        'echo/models/small/README.md': '---\nlicense: apache-2.0\n---\n# Small\n',
        'echo/models/large/README.md': '---\nlicense: apache-2.0\n---\n# Large\n',
        'echo/README.md': '# Echo zoo\n\nA collection of models.\n'
      })
    )
    expect(r.repositories).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo'])
    expect(r.models.map(m => m.path)).toEqual([
      'alpha',
      'bravo',
      'charlie',
      'delta',
      'echo/models/large',
      'echo/models/small'
    ])
    expect(r.models.find(m => m.path === 'delta')!.weights.map(w => w.path)).toEqual([
      'delta/onnx/model.onnx'
    ])
    expect(r.models.find(m => m.path === 'charlie')!.licenseFiles.map(f => f.path)).toEqual([
      'charlie/LICENSE'
    ])
  })
})

describe('model names', () => {
  const named = async (readme: string, folder = 'acme-model') => {
    const { report } = await auditRepo({ [`${folder}/.git/HEAD`]: 'x', [`${folder}/README.md`]: readme })
    return report.models.find(m => m.path === folder)!.name
  }

  it.each([
    [
      'model_name first',
      '---\nmodel_name: Heron-7B\nmodel-index:\n  - name: heron-7b-v2\n---\n# Heron\n',
      'Heron-7B'
    ],
    ['then the model-index name', '---\nmodel-index:\n  - name: heron-7b-v2\n---\n# Heron\n', 'heron-7b-v2'],
    ['then a first H1 that names the model', '---\nlicense: mit\n---\n# Heron 7B\n', 'Heron 7B'],
    ['"Model Card for X" names X', '# Model Card for Heron-7B\n', 'Heron-7B'],
    ['"X Model Card" names X', '# Heron-7B Model Card\n', 'Heron-7B'],
    ['a generic heading is skipped', '---\nlicense: mit\n---\n# Model Details\n\ntext\n', 'acme-model'],
    ['a question is skipped', '# What is Heron?\n\nHeron is a language model.\n', 'acme-model'],
    [
      'an emoji banner is skipped for the next H1',
      '# ❄️ Glacier Labs ❄️\n\n# Floe-Embed\n\ntext\n',
      'Floe-Embed'
    ],
    ['a decorated section heading is generic', '# 🚀 Quick Start\n', 'acme-model'],
    ['no heading: the folder', 'Heron is a language model.\n', 'acme-model']
  ])('%s', async (_case, readme, expected) => {
    expect(await named(readme)).toBe(expected)
  })

  it.each([
    ['Model Details', null],
    ['Model Card', null],
    ['What is Yi?', null],
    ['❄️ Snowflake-like Research ❄️', null],
    ['🤗 Heron 🤗', null],
    ['Introduction', null],
    ['Welcome to Heron', null],
    ['Model card for', null],
    ['Heron-7B-Instruct', 'Heron-7B-Instruct'],
    ['the model card of Heron', 'Heron']
  ])('nameFromHeading(%j) → %j', (heading, expected) => {
    expect(nameFromHeading(heading)).toBe(expected)
  })
})
