// `audit --shard K/N` and `merge`: the shards of a monorepo, merged, give the very report one run
// over the whole monorepo gives (JSON, SARIF and Markdown), and merge refuses what it cannot join.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { parseShard, shardOf } from '../../src/shard.js'
import { makeRepo, removeRepo, type FileSpec } from '../helpers/fixtures.js'

const require = createRequire(path.resolve(process.cwd(), 'package.json'))
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

async function cli(args: string[], cwd = process.cwd()) {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: s => (out += s), stderr: s => (err += s), cwd })
  return { code, out, err }
}

/** A custom community licence in the style of the big-lab ones, in our own words. */
const COMMUNITY_LICENSE = `WREN COMMUNITY LICENSE AGREEMENT

1. Grant. You get a non-exclusive, worldwide, royalty-free licence to use, copy, modify and
distribute the Wren Materials.

2. Additional Commercial Terms. If the products or services you make available had more than
50 million monthly active users in the preceding calendar month, you must ask us for a licence,
which we may grant in our sole discretion, and you may not use the Wren Materials until we do.

3. Acceptable Use. Your use of the Wren Materials must follow the Wren Acceptable Use Policy,
which is incorporated by reference into this Agreement.

4. Naming. If you distribute a model built with the Wren Materials, its name must begin with "Wren".
`

const NON_COMMERCIAL_CARD = (name: string) => `---
license: cc-by-nc-4.0
pipeline_tag: text-to-image
---
# ${name}

An image model for research. Not for commercial use.

## Training Data

Trained on photographs the lab took itself in 2023.
`

const APACHE_CARD = (name: string) => `---
license: apache-2.0
datasets:
  - example-org/${name}-corpus
---
# ${name}

## Training Data

Trained on example-org/${name}-corpus, public-domain books collected in 2024.

## Training Procedure

The training code is in train.py.
`

const WREN_CARD = (name: string) => `---
license: other
license_name: wren-community-license
license_link: LICENSE
base_model: example-org/wren-base
---
# ${name}

A chat model fine-tuned from Wren.
`

// Weights as Git LFS stores them: a pointer naming a real-sized file, so each folder is a model.
const WEIGHTS = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 4831838208\n`

function monorepo(): Record<string, FileSpec> {
  const files: Record<string, FileSpec> = {
    LICENSE: LIST['MIT'].licenseText,
    'README.md': '# Model zoo\n\nThe models of our lab, one folder each.\n',
    '.github/model-openness.yml': `waivers:
  - rule: card-missing
    path: models/bare-3
    reason: A card is on its way.
    expires: 2025-01-31
  - rule: '*'
    path: models/apache-0
    reason: Checked by hand.
    expires: 2025-06-30
`,
    // A link that leaves the repository: a repository-level finding every shard sees.
    'models/escape/LICENSE': { symlink: '/etc/hostname' },
    'models/escape/model.safetensors': WEIGHTS
  }
  for (let i = 0; i < 4; i++) {
    files[`models/apache-${i}/LICENSE`] = LIST['Apache-2.0'].licenseText
    files[`models/apache-${i}/README.md`] = APACHE_CARD(`apache-${i}`)
    files[`models/apache-${i}/model.safetensors`] = WEIGHTS
    files[`models/apache-${i}/train.py`] = 'print("training")\n'
  }
  for (let i = 0; i < 3; i++) {
    files[`wren/chat-${i}/LICENSE`] = COMMUNITY_LICENSE
    files[`wren/chat-${i}/README.md`] = WREN_CARD(`wren-chat-${i}`)
    files[`wren/chat-${i}/model.safetensors`] = WEIGHTS
  }
  for (let i = 0; i < 3; i++) {
    files[`vision/nc-${i}/README.md`] = NON_COMMERCIAL_CARD(`nc-${i}`)
    files[`vision/nc-${i}/weights/model.safetensors`] = WEIGHTS
  }
  // Models without a card or a licence of their own: the root MIT licence governs them.
  for (let i = 0; i < 4; i++) files[`models/bare-${i}/model.safetensors`] = WEIGHTS
  // A nested model with its own card inside another model's folder.
  files['models/apache-1/distilled/README.md'] = APACHE_CARD('apache-1-distilled')
  files['models/apache-1/distilled/model.safetensors'] = WEIGHTS
  return files
}

describe('--shard K/N and merge', () => {
  let repo: string
  let out: string
  const N = 3

  beforeAll(async () => {
    repo = await makeRepo(monorepo())
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-shards-'))
  })
  afterAll(async () => {
    await removeRepo(repo)
    await fs.rm(out, { recursive: true, force: true })
  })

  async function shards(format: 'json' | 'sarif'): Promise<string[]> {
    const files: string[] = []
    for (let k = 1; k <= N; k++) {
      const file = path.join(out, `shard-${k}.${format}`)
      const r = await cli(['audit', repo, '--shard', `${k}/${N}`, '--format', format, '-o', file])
      expect(r.err).toMatch(/report written to/)
      files.push(file)
    }
    return files
  }

  it('splits the models over the shards, each model in exactly one', async () => {
    const whole = JSON.parse((await cli(['audit', repo, '--format', 'json'])).out)
    expect(whole.models.length).toBe(16)
    const seen: string[] = []
    for (const file of await shards('json')) {
      const r = JSON.parse(await fs.readFile(file, 'utf8'))
      const k = Number(path.basename(file).match(/\d+/)![0])
      expect(r.shard).toEqual({ index: k, count: N })
      for (const m of r.models) expect(shardOf(m.path, N)).toBe(k)
      seen.push(...r.models.map((m: { path: string }) => m.path))
    }
    expect(seen.sort()).toEqual(whole.models.map((m: { path: string }) => m.path).sort())
    // Every shard audits some models here, so the test below really joins several reports.
    for (let k = 1; k <= N; k++)
      expect(whole.models.some((m: { path: string }) => shardOf(m.path, N) === k)).toBe(true)
  })

  it('merged shards give the same JSON report as one run, byte for byte', async () => {
    const whole = await cli(['audit', repo, '--format', 'json'])
    expect(whole.code).toBe(1)
    const report = JSON.parse(whole.out)
    // The fixture exercises what a merge must get right: repository findings seen by every shard,
    // models of every kind, a failing verdict.
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['unsafe-path', 'config/waiver-expired'])
    )
    const ids = new Set(
      report.models.flatMap((m: { licenses: Array<{ id: string }> }) => m.licenses.map(l => l.id))
    )
    expect([...ids]).toEqual(expect.arrayContaining(['MIT', 'Apache-2.0', 'CC-BY-NC-4.0']))
    const merged = await cli(['merge', ...(await shards('json'))])
    expect(merged.err).toBe('')
    expect(merged.code).toBe(1)
    expect(JSON.parse(merged.out)).toEqual(report)
    expect(merged.out).toBe(whole.out)
  })

  it('merged shards render the same SARIF and Markdown as one run', async () => {
    const files = await shards('json')
    for (const format of ['sarif', 'markdown', 'text'] as const) {
      const whole = await cli(['audit', repo, '--format', format, '--no-color'])
      const merged = await cli(['merge', ...files, '--format', format, '--no-color'])
      expect(merged.code).toBe(whole.code)
      expect(merged.out).toBe(whole.out)
    }
  })

  it('merges SARIF logs of shards into one run holding every result once', async () => {
    const whole = JSON.parse((await cli(['audit', repo, '--format', 'sarif'])).out)
    const merged = await cli(['merge', ...(await shards('sarif')), '--format', 'sarif'])
    expect(merged.code).toBe(0)
    const log = JSON.parse(merged.out)
    expect(log.runs).toHaveLength(1)
    const key = (r: { ruleId: string; partialFingerprints: object; locations: unknown }) =>
      JSON.stringify([r.ruleId, r.partialFingerprints, r.locations])
    expect(log.runs[0].results.map(key).sort()).toEqual(whole.runs[0].results.map(key).sort())
    // Each result's ruleIndex points at its rule in the joined catalogue.
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
    const wrong = await cli(['merge', path.join(out, 'shard-1.sarif')])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toMatch(/SARIF logs merge into SARIF only/)
  })

  it('refuses a missing shard, a shard given twice, and reports of different runs (exit 2)', async () => {
    const [one, two, three] = await shards('json')
    const missing = await cli(['merge', one, three])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/shard 2 of 3 missing/)
    const twice = await cli(['merge', one, two, two, three])
    expect(twice.code).toBe(2)
    expect(twice.err).toMatch(/shard 2\/3 is given twice/)
    const other = path.join(out, 'permissive.json')
    await cli(['audit', repo, '--shard', '2/3', '--policy', 'permissive', '--format', 'json', '-o', other])
    const mixed = await cli(['merge', one, other, three])
    expect(mixed.code).toBe(2)
    expect(mixed.err).toMatch(
      /permissive\.json was written with policy permissive, .*shard-1\.json with policy osaid/
    )
    const whole = path.join(out, 'whole.json')
    await cli(['audit', repo, '--format', 'json', '-o', whole])
    const overlap = await cli(['merge', whole, whole])
    expect(overlap.code).toBe(2)
    expect(overlap.err).toMatch(/model \S+ is in both/)
    const notReport = path.join(out, 'not-a-report.json')
    await fs.writeFile(notReport, '{"schemaVersion": 1, "models": 3}')
    const bad = await cli(['merge', notReport])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/not-a-report\.json: not a model-openness JSON report/)
    const notJson = await cli(['merge', path.join(repo, 'README.md')])
    expect(notJson.code).toBe(2)
    expect(notJson.err).toMatch(/README\.md: not JSON/)
  })

  it('a merge of one whole report is that report, its verdict worked out again', async () => {
    const whole = path.join(out, 'whole-again.json')
    await cli(['audit', repo, '--format', 'json', '-o', whole, '--fail-on', 'never'])
    const merged = await cli(['merge', whole])
    expect(merged.code).toBe(0)
    expect(merged.out).toBe(await fs.readFile(whole, 'utf8'))
    // A report edited by hand to pass cannot pass a merge: the verdict comes from the findings.
    const r = JSON.parse(await fs.readFile(whole, 'utf8'))
    r.failOn = 'error'
    const forged = path.join(out, 'forged.json')
    await fs.writeFile(forged, JSON.stringify(r))
    const again = await cli(['merge', forged])
    expect(again.code).toBe(1)
    expect(JSON.parse(again.out).verdict).toBe('fail')
  })
})

describe('--shard values', () => {
  it.each([
    ['0/3', /K must be between 1 and N \(3\), got 0/],
    ['4/3', /K must be between 1 and N \(3\), got 4/],
    ['1/0', /N must be between 1 and 1024, got 0/],
    ['1/2000', /N must be between 1 and 1024, got 2000/],
    ['two/three', /--shard takes K\/N \(for example 2\/4\), got 'two\/three'/],
    ['1/3/5', /--shard takes K\/N/],
    ['', /--shard takes K\/N/]
  ])('--shard %s is a usage error (exit 2)', async (value, message) => {
    const r = await cli(['audit', 'examples/open-model', '--shard', value])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(r.out).toBe('')
  })

  it('--shard=-1/3 is a usage error too', async () => {
    const r = await cli(['audit', 'examples/open-model', '--shard=-1/3'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--shard takes K\/N \(for example 2\/4\), got '-1\/3'/)
  })

  it('is only for audit', async () => {
    const r = await cli(['merge', 'a.json', '--shard', '1/2'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--shard: only for audit, not for merge/)
    const m = await cli(['mof', 'a.yml', '--shard', '1/2'])
    expect(m.code).toBe(2)
  })

  it('parses K/N and makes the same split on every machine (fixed values of SHA-256)', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 })
    // Worked out apart from the code: first 48 bits of SHA-256 of the path, modulo N, plus one.
    expect(shardOf('.', 3)).toBe(3)
    expect(shardOf('.', 4)).toBe(2)
    expect(shardOf('models/heron', 3)).toBe(1)
    expect(shardOf('models/heron', 4)).toBe(4)
    expect(shardOf('a/b/c', 2)).toBe(1)
    for (const p of ['.', 'models/heron', 'a/b/c']) expect(shardOf(p, 1)).toBe(1)
  })

  it('1/1 audits everything, as without --shard, and marks nothing', async () => {
    const plain = await cli(['audit', 'examples/open-model', '--format', 'json'])
    const one = await cli(['audit', 'examples/open-model', '--format', 'json', '--shard', '1/1'])
    expect(one.out).toBe(plain.out)
  })
})
