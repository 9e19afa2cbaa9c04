// The JSON report written in pieces (for monorepos of thousands of models) is the same text as the
// report written whole, whatever the number of models and whichever optional fields are present.
import { afterAll, describe, expect, it } from '@jest/globals'
import { audit } from '../../src/audit.js'
import { renderJson, renderJsonChunks } from '../../src/report/json.js'
import type { ModelReport, Report } from '../../src/report/types.js'
import { makeRepo, removeRepo, spdxText } from '../helpers/fixtures.js'

let dir: string
afterAll(async () => removeRepo(dir))

const CARD = `---
license: mit
datasets:
  - example-org/heron-corpus
---
# Heron

Heron is a small model. Its "weights" are in this folder; see [the paper](https://example.org/heron).
`

async function realReport(): Promise<Report> {
  dir = await makeRepo({
    LICENSE: spdxText('Apache-2.0'),
    'models/heron/README.md': CARD,
    'models/heron/LICENSE': spdxText('MIT'),
    'models/kite/README.md': CARD.replace('license: mit', 'license: cc-by-nc-4.0').replace(/Heron/g, 'Kite')
  })
  return (await audit(dir, undefined, { today: '2026-01-01' })).report
}

/** `count` models made from the report's own, each at a path of its own. */
function withModels(report: Report, count: number): Report {
  const models: ModelReport[] = Array.from({ length: count }, (_, i) => ({
    ...report.models[i % report.models.length]!,
    path: `families/f${Math.floor(i / 100)}/m${i}`
  }))
  return { ...report, models }
}

describe('renderJsonChunks', () => {
  it('gives the text of renderJson for a real audit, with no, one and several models', async () => {
    const report = await realReport()
    expect(report.models.length).toBe(2)
    for (const r of [report, withModels(report, 0), withModels(report, 1)]) {
      const pieces = [...renderJsonChunks(r)]
      expect(pieces).toHaveLength(1)
      expect(pieces.join('')).toBe(renderJson(r))
    }
  })

  it('cuts a report of thousands of models into pieces of about a megabyte, joined the same', async () => {
    const report = withModels(await realReport(), 3000)
    const pieces = [...renderJsonChunks(report)]
    const whole = renderJson(report)
    expect(whole.length).toBeGreaterThan(3 * 1024 * 1024)
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces.slice(0, -1).every(p => p.length >= 1024 * 1024 && p.length < 1.1 * 1024 * 1024)).toBe(true)
    expect(pieces.join('')).toBe(whole)
  })

  it('keeps optional fields in place and leaves out undefined values, functions and symbols, as JSON.stringify does', async () => {
    const report = await realReport()
    const sharded = { ...report, shard: { index: 2, count: 3 } } as Report
    const withUndefined = {
      ...report,
      shard: undefined,
      toText: () => 'not data',
      [Symbol('tag')]: 1,
      tag: Symbol('tag')
    } as unknown as Report
    for (const r of [sharded, withUndefined]) expect([...renderJsonChunks(r)].join('')).toBe(renderJson(r))
    expect([...renderJsonChunks(withUndefined)].join('')).not.toContain('"shard"')
    expect([...renderJsonChunks(sharded)].join('')).toContain('"shard": {\n    "index": 2,')
  })
})
