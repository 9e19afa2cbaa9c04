import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { SHARED, corpus, makeRepo, removeRepo } from '../helpers/fixtures.js'

async function cli(args: string[], cwd = process.cwd()) {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: s => (out += s), stderr: s => (err += s), cwd })
  return { code, out, err }
}

describe('CLI', () => {
  it('exit 0 for the open example, 1 for the broken ones', async () => {
    expect((await cli(['audit', 'examples/open-model'])).code).toBe(0)
    expect((await cli(['audit', 'examples/llama-finetune'])).code).toBe(1)
    expect((await cli(['audit', 'examples/broken'])).code).toBe(1)
  })

  it('prints the JSON report of the contract', async () => {
    const { code, out } = await cli(['audit', 'examples/kestrel-restricted', '--format', 'json'])
    expect(code).toBe(1)
    const r = JSON.parse(out)
    expect(r.schemaVersion).toBe(1)
    expect(r.tool.name).toBe('model-openness-audit')
    expect(r.models[0]).toEqual(expect.objectContaining({ path: '.', card: 'README.md', osaid: 'fail' }))
    const cap = r.models[0].findings.find((f: { rule: string }) => f.rule === 'license/no-user-threshold')
    expect(cap).toMatchObject({
      file: 'LICENSE',
      line: 7,
      category: 'license-restriction',
      severity: 'error'
    })
    expect(cap.evidence).toContain('250,000,000 monthly active users')
  })

  it('identifies the Llama 3.1 licence and use policy and lists their clauses in the JSON report', async () => {
    const dir = await makeRepo({
      LICENSE: { corpus: 'licenses/llama3.1-community-license.txt' },
      'USE_POLICY.md': { corpus: 'licenses/llama3.1-acceptable-use-policy.txt' }
    })
    try {
      const { code, out } = await cli(['audit', dir, '--format', 'json'])
      expect(code).toBe(1)
      const m = JSON.parse(out).models[0]
      expect(m.licenses.find((l: { file: string }) => l.file === 'LICENSE')).toMatchObject({
        id: 'llama3.1',
        source: 'file'
      })
      const types = m.clauses.map((c: { type: string }) => c.type)
      expect(types).toEqual(
        expect.arrayContaining(['user-threshold', 'acceptable-use-policy', 'naming-requirement'])
      )
      const cap = m.clauses.find((c: { type: string }) => c.type === 'user-threshold')
      expect(cap.file).toBe('LICENSE')
      expect(cap.quote).toMatch(/700 million monthly active users/)
      expect(corpus('licenses/llama3.1-community-license.txt')).toContain(cap.quote)
    } finally {
      await removeRepo(dir)
    }
  })

  it('usage and config errors exit 2 with a message, never a stack', async () => {
    const bad = await cli(['audit', '--format', 'yaml'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--format must be one of/)
    expect((await cli(['frobnicate'])).code).toBe(2)
    expect((await cli(['audit', 'no/such/dir'])).code).toBe(2)
    const dir = await makeRepo({ '.github/model-openness.yml': 'policy: osaid\nfailon: error\n' })
    try {
      const r = await cli(['audit', dir])
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/model-openness\.yml:2: failon: unknown key 'failon'/)
      expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('writes the MOT entry of a repository and classifies MOT files', async () => {
    const { code, out } = await cli(['audit', 'examples/open-model', '--format', 'mof'])
    expect(code).toBe(0)
    expect(out).toMatch(/framework:/)
    expect(out).toMatch(/Model parameters \(Final\)/)
    const testData = path.join(SHARED, 'anchors/mof/test-data')
    const files = readdirSync(testData)
      .filter(f => f.endsWith('.yml'))
      .slice(0, 3)
      .map(f => path.join(testData, f))
    const res = await cli(['mof', ...files, '--format', 'json'])
    expect(res.code).toBe(0)
    const arr = JSON.parse(res.out)
    expect(arr).toHaveLength(3)
    for (const x of arr) expect([0, 1, 2, 3]).toContain(x.class)
    const single = JSON.parse((await cli(['mof', files[0], '--format', 'json'])).out)
    expect(single.progress).toHaveProperty('3')
  })

  it('a broken MOT file exits 2 naming the file', async () => {
    const dir = await makeRepo({ 'x.yml': 'release: [unclosed\n' })
    try {
      const r = await cli(['mof', path.join(dir, 'x.yml')])
      expect(r.code).toBe(2)
      expect(r.err).toContain('x.yml')
    } finally {
      await removeRepo(dir)
    }
  })
})
