// A monorepo's shared code (files that belong to no model) serves every model: each model is
// credited with it, classified once per audit, and no model's facts share arrays with another's.
import { afterAll, describe, expect, it } from '@jest/globals'
import { audit } from '../../src/audit.js'
import { makeRepo, removeRepo, spdxText } from '../helpers/fixtures.js'

let dir: string
afterAll(async () => removeRepo(dir))

const card = (name: string) => `---
license: apache-2.0
---
# ${name}

${name} is a small model for tests.
`

const ARCHITECTURE = JSON.stringify({ architectures: ['HeronForCausalLM'] })
const PLAIN_CONFIG = JSON.stringify({ hidden_size: 8 })

describe('shared code in a monorepo', () => {
  it('credits every model with the shared files, each model with a copy of its own', async () => {
    dir = await makeRepo({
      LICENSE: spdxText('Apache-2.0'),
      'src/train.py': 'print("train")\n',
      'configs/config.json': ARCHITECTURE,
      'notes.txt': 'not code\n',
      'models/heron/README.md': card('Heron'),
      'models/heron/config.json': PLAIN_CONFIG,
      'models/kite/README.md': card('Kite')
    })
    const { facts } = await audit(dir, undefined, { today: '2026-01-01' })
    expect(facts.map(f => f.model.path)).toEqual(['models/heron', 'models/kite'])
    const [heron, kite] = facts
    // the model's own config.json names no architecture: configuration only, read from the file
    expect(heron!.code.files).toEqual([
      { path: 'models/heron/config.json', kinds: ['config'] },
      { path: 'configs/config.json', kinds: ['architecture', 'config'] },
      { path: 'src/train.py', kinds: ['training'] }
    ])
    expect(kite!.code.files).toEqual([
      { path: 'configs/config.json', kinds: ['architecture', 'config'] },
      { path: 'src/train.py', kinds: ['training'] }
    ])
    expect([...kite!.code.kinds].sort()).toEqual(['architecture', 'config', 'training'])
    // one model's facts changed after the audit leave the other's alone
    heron!.code.files[1]!.kinds.push('inference')
    expect(kite!.code.files[0]!.kinds).toEqual(['architecture', 'config'])
  })
})
