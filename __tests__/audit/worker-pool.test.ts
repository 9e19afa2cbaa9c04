// Model roots judged in worker threads (src/audit-pool.ts) give the very report one thread gives,
// byte for byte: on a generated monorepo with a mix of licences, cards, a card naming several
// models, an unsafe link, waivers and ignored paths; sharded too. A worker that fails fails the
// audit. The workers run the TypeScript sources (helpers/ts-worker.mjs), as the bundle's do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { poolSize } from '../../src/audit-pool.js'
import { parseConfigText } from '../../src/config/load.js'
import { defaultConfig } from '../../src/config/schema.js'
import { renderJson } from '../../src/report/json.js'
import { LFS_POINTER, makeRepo, removeRepo, spdxText, type FileSpec } from '../helpers/fixtures.js'
import { NON_COMMERCIAL_MODEL_LICENSE } from '../helpers/own-licenses.js'

const WORKER = path.resolve('__tests__/helpers/ts-worker.mjs')
const TODAY = '2026-11-27'

/** A community licence with a user cap and a naming clause, in our own words. */
const KESTREL_LICENSE = `KESTREL COMMUNITY LICENSE

1. You may use, copy, modify and distribute the Kestrel Materials.
2. If the products you make available had more than 100 million monthly active users in the
preceding calendar month, you must ask us for a licence, which we may grant in our sole discretion.
3. A model you build with the Kestrel Materials and distribute must have "Kestrel" at the start of its name.
`

const card = (name: string, license: string, extra = '') => `---
license: ${license}
datasets:
  - example-org/${name}-corpus
---
# ${name}

${extra}

## Training Data

Trained on example-org/${name}-corpus, public-domain books collected in 2024.
`

const SEVERAL = `# Plover models

| Model | License |
|---|---|
| Plover-Small | Apache 2.0 |
| Plover-Large | [Plover Non-Commercial](LICENSE-LARGE) |
`

/** Model root `i` of kind `i % 8`. */
function model(files: Record<string, FileSpec>, i: number): void {
  const dir = `zoo/f${Math.floor(i / 10)}/m${String(i).padStart(3, '0')}`
  const name = `plover-${i}`
  files[`${dir}/model.safetensors`] = LFS_POINTER
  switch (i % 8) {
    case 0:
      files[`${dir}/LICENSE`] = spdxText('MIT')
      files[`${dir}/README.md`] = card(name, 'mit')
      break
    case 1: // a text of its own: the holder differs
      files[`${dir}/LICENSE`] = spdxText('MIT', `Plover Team ${i}`)
      files[`${dir}/README.md`] = card(name, 'mit')
      files[`${dir}/train.py`] = 'print("train")\n'
      break
    case 2:
      files[`${dir}/LICENSE`] = KESTREL_LICENSE
      files[`${dir}/README.md`] = card(name, 'other')
      break
    case 3: // the card alone, non-commercial
      files[`${dir}/README.md`] = card(name, 'cc-by-nc-4.0', 'Not for commercial use.')
      break
    case 4: // a card naming two models with licences of their own
      files[`${dir}/README.md`] = SEVERAL
      files[`${dir}/LICENSE-LARGE`] = NON_COMMERCIAL_MODEL_LICENSE
      break
    case 5: // a licence that is a link leaving the repository: never read, reported
      files[`${dir}/LICENSE`] = { symlink: '/etc/hostname' }
      files[`${dir}/README.md`] = card(name, 'apache-2.0')
      break
    case 6: // under an ignored folder's findings
      files[`${dir}/README.md`] = card(name, 'apache-2.0')
      files[`${dir}/notes/LICENSE`] = KESTREL_LICENSE
      break
    default: // weights only: the root licence governs
      break
  }
}

const CONFIG = `ignore:
  - "zoo/f1/**/notes/**"
waivers:
  - rule: license/no-user-threshold
    path: "zoo/f2/**"
    reason: legal approved
  - rule: card-incomplete
    reason: expired long ago
    expires: 2025-01-01
`

describe('worker threads', () => {
  let dir = ''
  beforeAll(async () => {
    const files: Record<string, FileSpec> = {
      LICENSE: spdxText('Apache-2.0'),
      'README.md': '# Plover zoo\n\nSynthetic models, one folder each.\n',
      'src/train.py': 'print("train")\n'
    }
    for (let i = 0; i < 64; i++) model(files, i)
    dir = await makeRepo(files)
  })
  afterAll(async () => {
    if (dir) await removeRepo(dir)
  })

  const config = () => parseConfigText(CONFIG, 'test-config.yml')
  const pool = { script: WORKER, threads: 3, minModels: 1 }

  it('give the report of one thread, byte for byte', async () => {
    const one = await audit(dir, config(), { today: TODAY })
    const many = await audit(dir, config(), { today: TODAY, workers: pool, keepFacts: false })
    // the mix is there: several models per card, unsafe links, waived and ignored findings, failures
    const r = one.report
    expect(r.models.length).toBe(64 + 8)
    expect(r.models.filter(m => m.variant).map(m => m.variant)).toContain('Plover-Large')
    expect(r.findings.filter(f => f.rule === 'unsafe-path').map(f => f.file)).toContain('zoo/f0/m005/LICENSE')
    expect(r.findings.some(f => f.rule === 'config/waiver-expired')).toBe(true)
    expect(r.models.some(m => m.findings.some(f => f.rule === 'license/no-user-threshold'))).toBe(true)
    expect(
      r.models.some(
        m => m.path.startsWith('zoo/f2/') && m.findings.some(f => f.rule === 'license/no-user-threshold')
      )
    ).toBe(false)
    expect(r.verdict).toBe('fail')
    expect(renderJson(many.report)).toBe(renderJson(one.report))
    expect(many.facts).toEqual([])
    expect(one.facts.length).toBe(r.models.length)
  })

  it('give the facts when asked, in report order', async () => {
    const many = await audit(dir, defaultConfig(), { today: TODAY, workers: { ...pool, threads: 2 } })
    expect(many.facts.map(f => [f.model.path, f.variant?.name])).toEqual(
      many.report.models.map(m => [m.path, m.variant])
    )
  })

  it('give the report of one thread for each shard', async () => {
    for (const index of [1, 2, 3]) {
      const shard = { index, count: 3 }
      const one = await audit(dir, config(), { today: TODAY, shard })
      const many = await audit(dir, config(), { today: TODAY, shard, workers: { ...pool, threads: 2 } })
      expect(renderJson(many.report)).toBe(renderJson(one.report))
    }
  })

  it('fail the audit when a worker fails, and say why', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-worker-'))
    try {
      const broken = path.join(tmp, 'broken.mjs')
      await fs.writeFile(broken, "throw new Error('the worker could not start')\n")
      await expect(
        audit(dir, config(), { today: TODAY, workers: { script: broken, threads: 2, minModels: 1 } })
      ).rejects.toThrow('the worker could not start')
      const answersBadly = path.join(tmp, 'answers-badly.mjs')
      await fs.writeFile(
        answersBadly,
        "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', r => parentPort.postMessage({ batch: r.batch, error: { message: 'batch ' + r.batch + ' failed' } }))\n"
      )
      await expect(
        audit(dir, config(), { today: TODAY, workers: { script: answersBadly, threads: 2, minModels: 1 } })
      ).rejects.toThrow(/batch \d+ failed/)
    } finally {
      await fs.rm(tmp, { recursive: true, force: true })
    }
  })
})

describe('the size of the pool', () => {
  const script = WORKER
  it('is one thread without a worker script, with Hub look-ups, or for few models', () => {
    expect(poolSize(undefined, 5000, defaultConfig())).toBe(1)
    expect(poolSize({ script }, 5000, { ...defaultConfig(), 'hub-lookup': true })).toBe(1)
    expect(poolSize({ script, threads: 4 }, 199, defaultConfig())).toBe(1)
  })
  it('is the threads allowed (by default the machine parallelism) from the fewest models on', () => {
    expect(poolSize({ script, threads: 4 }, 200, defaultConfig())).toBe(4)
    expect(poolSize({ script, threads: 3, minModels: 10 }, 10, defaultConfig())).toBe(3)
    expect(poolSize({ script }, 5000, defaultConfig())).toBe(Math.max(1, os.availableParallelism() - 1))
  })
})
