// The report contract: real reports (every bundled example, the CLI's JSON, fixture repositories of
// other shapes, a pull-request comparison) validate against the zod schema AND against the
// published JSON Schema (schemas/report.schema.json, checked with Ajv's 2020-12 validator), with
// undeclared fields forbidden. The published schemas are the ones the zod schemas generate.
// `npm run schemas` rewrites schemas/*.json (UPDATE_SCHEMAS=1).
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { audit } from '../../src/audit.js'
import { runCli } from '../../src/cli/main.js'
import { configJsonSchema } from '../../src/config/json-schema.js'
import { parseConfigText } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { markStatus } from '../../src/pr/status.js'
import { reportJsonSchema } from '../../src/report/json-schema.js'
import { reportSchema } from '../../src/report/schema.js'
import type { Report } from '../../src/report/types.js'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER, spdxText } from '../helpers/fixtures.js'

const published = (file: string) => JSON.parse(readFileSync(path.join('schemas', file), 'utf8')) as object
const ajv = new Ajv2020({ allErrors: true, strict: true })
const validateReport = ajv.compile(published('report.schema.json'))
const validateConfig = ajv.compile(published('config.schema.json'))

/** Every problem with a report, by both validators; [] when it fits the contract. */
function problems(report: unknown): string[] {
  const json = JSON.parse(JSON.stringify(report)) as unknown
  const out: string[] = []
  const zod = reportSchema.safeParse(json)
  if (!zod.success) out.push(...zod.error.issues.map(i => `zod ${i.path.join('.')}: ${i.message}`))
  if (!validateReport(json))
    out.push(...(validateReport.errors ?? []).map(e => `json-schema ${e.instancePath}: ${e.message}`))
  return out
}

const examples = readdirSync('examples').sort()

const OPEN_CARD = `---
license: apache-2.0
datasets:
  - example-org/wren-corpus
---
# Wren-1B

Wren-1B was trained on the Wren corpus (https://huggingface.co/datasets/example-org/wren-corpus), web
pages filtered for quality and deduplicated; the processing scripts are in \`data/\`.
`

/** Repositories of shapes the examples do not have. */
const FIXTURES: Array<[string, Record<string, Parameters<typeof auditFiles>[0][string]>, string]> = [
  [
    'a monorepo with two models, code and weights licences',
    {
      'README.md': '# Zoo\n',
      'models/a/README.md': OPEN_CARD,
      'models/a/LICENSE': spdxText('Apache-2.0'),
      'models/a/model.safetensors': LFS_POINTER,
      'models/a/train.py': 'print("train")\n',
      'models/b/README.md': '---\nlicense: cc-by-nc-4.0\nbase_model: meta-llama/Llama-3.1-8B\n---\n# B\n',
      'models/b/LICENSE-CODE': spdxText('MIT'),
      'models/b/model.safetensors': LFS_POINTER
    },
    ''
  ],
  [
    'a card-only licence known from the catalogue, gated weights',
    {
      'README.md':
        '---\nlicense: llama3.2\nextra_gated_prompt: Share your contact details\nbase_model: someone/obscure-7b\n---\n# M\n\nA fully open-source model.\n',
      'model.safetensors': LFS_POINTER
    },
    ''
  ],
  [
    'an unrecognised licence, a symbolic link out of the root, a waiver that expired',
    {
      LICENSE: 'You may look at these weights on Tuesdays.\n',
      'NOTICE.md': { symlink: '/etc/hostname' },
      'README.md': '# M\n'
    },
    'policy: mof-class-3\nwaivers:\n  - rule: card-incomplete\n    reason: later\n    expires: 2020-01-01\n'
  ]
]

describe('the report contract', () => {
  it.each(examples)('the report of examples/%s validates', async name => {
    const { report } = await audit(path.join('examples', name))
    expect(problems(report)).toEqual([])
  })

  it.each(FIXTURES)('the report of %s validates', async (_name, files, config) => {
    const report = await auditFiles(files, config)
    expect(report.models.length).toBeGreaterThan(0)
    expect(problems(report)).toEqual([])
  })

  it('a pull-request report (new, unchanged and fixed findings) validates', async () => {
    const base = await auditFiles({ 'README.md': '# M\n' })
    const head = await auditFiles({ LICENSE: spdxText('MIT'), 'README.md': '# M\n\nAn open-source model.\n' })
    const marked = markStatus(head, base)
    const statuses = new Set(
      [...marked.findings, ...marked.models.flatMap(m => m.findings)].map(f => f.status)
    )
    expect([...statuses].sort()).toEqual(['fixed', 'new', 'unchanged'])
    expect(problems(marked)).toEqual([])
  })

  it('an undeclared field is rejected by both validators, at any depth', async () => {
    const { report } = await audit('examples/kestrel-restricted')
    const clone = (): Report & Record<string, unknown> => JSON.parse(JSON.stringify(report))
    const top = { ...clone(), extra: 1 }
    expect(problems(top)).toEqual([
      expect.stringMatching(/^zod : Unrecognized key: "extra"/),
      expect.stringMatching(/^json-schema : must NOT have additional properties/)
    ])
    const deep = clone()
    Object.assign(deep.models[0]!.licenses[0]!, { entry: 'x' })
    Object.assign(deep.models[0]!.findings[0]!, { messageId: 'x' })
    const found = problems(deep)
    expect(found.filter(p => p.startsWith('zod models.0.licenses.0'))).toHaveLength(1)
    expect(found.filter(p => p.startsWith('zod models.0.findings.0'))).toHaveLength(1)
    expect(found.filter(p => p.startsWith('json-schema /models/0/licenses/0'))).toHaveLength(1)
    expect(found.filter(p => p.startsWith('json-schema /models/0/findings/0'))).toHaveLength(1)
    const wrong = clone()
    Object.assign(wrong.models[0]!, { mofClass: 4 })
    expect(problems(wrong).length).toBeGreaterThanOrEqual(2)
  })
})

describe('the CLI JSON output', () => {
  it.each(examples)('examples/%s: --format json validates', async name => {
    let out = ''
    const code = await runCli(['audit', path.join('examples', name), '--format', 'json'], {
      stdout: s => (out += s),
      stderr: () => undefined,
      cwd: process.cwd()
    })
    expect([0, 1]).toContain(code)
    const json = JSON.parse(out)
    expect(problems(json)).toEqual([])
    expect(code).toBe(json.verdict === 'pass' ? 0 : 1)
    // Every finding of the contract carries a file relative to the audited root, never absolute.
    for (const f of [...json.findings, ...json.models.flatMap((m: { findings: unknown[] }) => m.findings)])
      if (f.file) expect(f.file).not.toMatch(/^\/|^\.\.\/|\\/)
  })
})

/** Every `properties` entry of a JSON Schema, with its path. */
function propertiesOf(schema: unknown, at = '#'): Array<[string, Record<string, unknown>]> {
  if (!schema || typeof schema !== 'object') return []
  const out: Array<[string, Record<string, unknown>]> = []
  const node = schema as Record<string, unknown>
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object')
      for (const [name, prop] of Object.entries(value as Record<string, unknown>)) {
        out.push([`${at}/${name}`, prop as Record<string, unknown>])
        out.push(...propertiesOf(prop, `${at}/${name}`))
      }
    else if (value && typeof value === 'object') out.push(...propertiesOf(value, `${at}/${key}`))
  }
  return out
}

describe('the published schemas', () => {
  const generated = { 'report.schema.json': reportJsonSchema(), 'config.schema.json': configJsonSchema() }

  it.each(Object.entries(generated))('schemas/%s is generated from the zod schema', (file, schema) => {
    const text = JSON.stringify(schema, null, 2) + '\n'
    if (process.env['UPDATE_SCHEMAS']) writeFileSync(path.join('schemas', file), text)
    expect(readFileSync(path.join('schemas', file), 'utf8')).toBe(text)
  })

  it.each(Object.entries(generated))('%s: $id, title, a description on every property', (file, schema) => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema['$id']).toBe(
      `https://raw.githubusercontent.com/model-openness/model-openness-audit/main/schemas/${file}`
    )
    expect(schema['title']).toEqual(expect.any(String))
    expect(schema['description']).toEqual(expect.any(String))
    const props = propertiesOf(schema)
    expect(props.length).toBeGreaterThan(8)
    expect(props.filter(([, p]) => typeof p['description'] !== 'string').map(([at]) => at)).toEqual([])
  })

  it('the report schema carries its version and forbids undeclared properties in every object', () => {
    const schema = generated['report.schema.json']
    expect(schema['title']).toMatch(/schemaVersion 1$/)
    expect(propertiesOf(schema).find(([at]) => at === '#/schemaVersion')?.[1]).toMatchObject({ const: 1 })
    const objects: unknown[] = []
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return
      if ((v as { type?: unknown }).type === 'object') objects.push(v)
      Object.values(v).forEach(walk)
    }
    walk(schema)
    expect(objects.length).toBeGreaterThanOrEqual(9)
    for (const o of objects) expect(o).toMatchObject({ additionalProperties: false })
  })

  it('the report declares every field the engine emits (the fields of the issue)', () => {
    const model = propertiesOf(generated['report.schema.json']).map(([at]) => at)
    for (const at of [
      '#/policy',
      '#/failOn',
      '#/models/items/name',
      '#/models/items/osaidRequirements',
      '#/models/items/mofProgress',
      '#/models/items/verdict',
      '#/models/items/baseModels',
      '#/models/items/licenses/items/matcher',
      '#/models/items/licenses/items/component',
      '#/models/items/licenses/items/line'
    ])
      expect(model).toContain(at)
    const source = propertiesOf(generated['report.schema.json']).find(
      ([at]) => at === '#/models/items/licenses/items/source'
    )?.[1]
    expect(source?.['enum']).toEqual(['file', 'card', 'card-text', 'catalogue'])
  })
})

describe('the configuration schema', () => {
  const README_CONFIG = (() => {
    const readme = readFileSync('README.md', 'utf8')
    const block = /```yaml\n(# yaml-language-server[^\n]*\n[\s\S]*?)```/.exec(readme)
    if (!block) throw new Error('README has no configuration example')
    return block[1]!
  })()

  it('accepts a $schema key in the configuration file', () => {
    const config = parseConfigText(
      '$schema: https://raw.githubusercontent.com/model-openness/model-openness-audit/main/schemas/config.schema.json\npolicy: mof-class-2\n',
      'c.yml'
    )
    expect(config.policy).toBe('mof-class-2')
    expect(() => parseConfigText('$schema: 3\n', 'c.yml')).toThrow(/c\.yml:1: \$schema: /)
  })

  it('the README example is valid for zod and for the published JSON Schema; a typo is not', () => {
    const raw = parseYaml(README_CONFIG) as Record<string, unknown>
    expect(configSchema.safeParse(raw).success).toBe(true)
    expect(validateConfig(JSON.parse(JSON.stringify(raw)))).toBe(true)
    const typo = { ...raw, polcy: 'osaid' }
    expect(configSchema.safeParse(typo).success).toBe(false)
    expect(validateConfig(typo)).toBe(false)
    expect(validateConfig({ ...raw, $schema: 'https://example.invalid/s.json' })).toBe(true)
  })
})
