// The JSON report of every bundled example validates against the contract's schema, and the
// exported JSON Schemas (schemas/*.json) are up to date with the zod schemas.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { audit } from '../../src/audit.js'
import { configSchema } from '../../src/config/schema.js'
import { reportSchema } from '../../src/report/schema.js'
import { runCli } from '../../src/cli/main.js'

function exported() {
  return {
    'report.schema.json': z.toJSONSchema(reportSchema, { io: 'output' }),
    'config.schema.json': z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' })
  }
}

describe('schemas', () => {
  it.each(readdirSync('examples'))('the report of examples/%s matches the contract', async name => {
    const { report } = await audit(path.join('examples', name))
    const parsed = reportSchema.safeParse(JSON.parse(JSON.stringify(report)))
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it('schemas/*.json are exported from the zod schemas', () => {
    for (const [file, schema] of Object.entries(exported())) {
      const text = JSON.stringify(schema, null, 2) + '\n'
      if (process.env['UPDATE_SCHEMAS']) writeFileSync(path.join('schemas', file), text)
      expect(readFileSync(path.join('schemas', file), 'utf8')).toBe(text)
    }
  })
})

describe('the CLI JSON output', () => {
  it.each(readdirSync('examples'))('examples/%s: --format json matches the contract', async name => {
    let out = ''
    const code = await runCli(['audit', path.join('examples', name), '--format', 'json'], {
      stdout: s => (out += s),
      stderr: () => undefined,
      cwd: process.cwd()
    })
    expect([0, 1]).toContain(code)
    const json = JSON.parse(out)
    const parsed = reportSchema.safeParse(json)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
    expect(code).toBe(json.verdict === 'pass' ? 0 : 1)
    // Every finding of the contract carries a file relative to the audited root, never absolute.
    for (const f of [...json.findings, ...json.models.flatMap((m: { findings: unknown[] }) => m.findings)])
      if (f.file) expect(f.file).not.toMatch(/^\/|^\.\.\/|\\/)
  })
})
