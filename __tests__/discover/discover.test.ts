import { afterEach, describe, expect, it } from '@jest/globals'
import { discover } from '../../src/discover/discover.js'
import { licenseNameScore, roleOf } from '../../src/discover/file-kinds.js'
import { LFS_POINTER, makeRepo, removeRepo } from '../helpers/fixtures.js'

const dirs: string[] = []
afterEach(async () => {
  while (dirs.length) await removeRepo(dirs.pop()!)
})
async function repo(files: Parameters<typeof makeRepo>[0]) {
  const d = await makeRepo(files)
  dirs.push(d)
  return d
}

describe('file kinds', () => {
  it.each([
    ['LICENSE', 'license', 1],
    ['LICENSE.md', 'license', 0.95],
    ['LICENCE.txt', 'license', 0.95],
    ['COPYING', 'license', 0.9],
    ['LICENSE-MODEL', 'license', 0.85],
    ['LICENSE_CODE.txt', 'license', 0.85],
    ['MODEL_LICENSE', 'license', 0.85],
    ['LICENSES/Apache-2.0.txt', 'license', 0.8],
    ['USE_POLICY.md', 'use-policy', 0],
    ['ACCEPTABLE_USE_POLICY.txt', 'use-policy', 0],
    ['NOTICE', 'notice', 0],
    ['README.md', 'card', 0],
    ['MODEL_CARD.md', 'card', 0],
    ['model.safetensors', 'weights', 0],
    ['model-00001-of-00002.bin', 'weights', 0],
    ['model.safetensors.index.json', 'weights', 0],
    ['ggml-q4.gguf', 'weights', 0],
    ['LICENSE/MIT.txt', 'license', 0.8],
    ['LICENCES/Apache-2.0.md', 'license', 0.8],
    ['LICENSES/README.md', 'card', 0],
    ['EULA.md', 'license', 0.5],
    ['MODEL_AGREEMENT.txt', 'license', 0.5],
    ['TERMS_OF_USE.md', 'license', 0.5],
    ['TERMS.md', 'other', 0],
    ['THIRD_PARTY_LICENSES.md', 'notice', 0],
    ['ThirdPartyNotices.txt', 'notice', 0],
    ['LICENSE-3rd-party', 'notice', 0],
    ['NOTICES.md', 'notice', 0],
    ['license.py', 'other', 0],
    ['src/licenses.ts', 'other', 0]
  ])('%s is %s', (p, role, score) => {
    expect(roleOf(p)).toBe(role)
    if (role === 'license') expect(licenseNameScore(p)).toBe(score)
  })
})

describe('discover', () => {
  it('finds the root model with its licence, card and weights', async () => {
    const d = await repo({
      LICENSE: 'MIT',
      'README.md': '---\nlicense: mit\n---\n# M\n',
      'model.safetensors': LFS_POINTER
    })
    const r = await discover(d)
    expect(r.models).toHaveLength(1)
    expect(r.models[0].path).toBe('.')
    expect(r.models[0].card?.path).toBe('README.md')
    expect(r.models[0].licenseFiles.map(f => f.path)).toEqual(['LICENSE'])
    expect(r.models[0].weights.map(f => f.path)).toEqual(['model.safetensors'])
  })

  it('splits a monorepo into models; a root licence governs models without their own', async () => {
    const d = await repo({
      LICENSE: 'root licence',
      'README.md': '# Monorepo of tools\n\nSee the folders.\n',
      'models/a/README.md': '---\nlicense: mit\n---\n# A\n',
      'models/a/model.safetensors': LFS_POINTER,
      'models/b/MODEL_CARD.md': '# B model card\n',
      'models/b/LICENSE-MODEL': 'own licence',
      'models/b/weights.gguf': LFS_POINTER
    })
    const r = await discover(d)
    expect(r.models.map(m => m.path).sort()).toEqual(['models/a', 'models/b'])
    const a = r.models.find(m => m.path === 'models/a')!
    const b = r.models.find(m => m.path === 'models/b')!
    expect(a.licenseFiles.map(f => f.path)).toEqual(['LICENSE'])
    expect(a.licenseFrom).toBe('.')
    expect(b.licenseFiles.map(f => f.path)).toEqual(['models/b/LICENSE-MODEL'])
    expect(b.card?.path).toBe('models/b/MODEL_CARD.md')
  })

  it('audits an empty repository as one model', async () => {
    const d = await repo({})
    const r = await discover(d)
    expect(r.models).toHaveLength(1)
    expect(r.models[0].card).toBeNull()
    expect(r.models[0].licenseFiles).toEqual([])
  })

  it('reports a symlink leaving the root without its target', async () => {
    const d = await repo({ LICENSE: { symlink: '/etc/passwd' }, 'README.md': '# x\n' })
    const r = await discover(d)
    const f = r.findings.find(x => x.rule === 'unsafe-path')
    expect(f?.file).toBe('LICENSE')
    expect(f?.message).not.toContain('/etc/passwd')
    expect(r.models[0].licenseFiles).toEqual([])
  })

  it('honours ignore globs', async () => {
    const d = await repo({ 'README.md': '---\nlicense: mit\n---\n', 'data/big.bin': 'x', 'model.bin': 'x' })
    const r = await discover(d, ['data/**'])
    expect(r.files.map(f => f.path)).toEqual(['README.md', 'model.bin'])
  })
})

describe('model cards versus project READMEs', () => {
  it('a docs README that mentions training data is not a model', async () => {
    const d = await makeRepo({
      LICENSE: 'x',
      'README.md': '---\nlicense: mit\n---\n# Model\n',
      'scripts/README.md': '# Scripts\n\nHow we prepared the training data and saved the weights.\n',
      'eval/README.md': '## Model Details\n\nEvaluation model card for the checkpoint.\n'
    })
    dirs.push(d)
    const r = await discover(d)
    expect(r.models.map(m => m.path).sort()).toEqual(['.', 'eval'])
  })
})

describe('use-policy names', () => {
  it.each([
    ['USE_POLICY.md', true],
    ['ACCEPTABLE_USE_POLICY.txt', true],
    ['usage-policy.md', true],
    ['AUP.txt', true],
    ['UsePolicy.md', true],
    ['police.md', false],
    ['use_policy.py', false]
  ])('%s → %s', async (name, expected) => {
    const { isUsePolicyName } = await import('../../src/discover/file-kinds.js')
    expect(isUsePolicyName(name)).toBe(expected)
  })
})
