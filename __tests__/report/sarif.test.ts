// SARIF 2.1.0 as code scanning reads it: required fields, a ruleIndex that points at its rule,
// each rule once, absolute help links, 1-based lines, relative URIs; for every example, a
// monorepo and hostile content.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { runCli } from '../../src/cli/main.js'
import { RULE_DOCS } from '../../src/generated/rule-docs.js'
import { RULES, ENGINE_RULE_IDS } from '../../src/rules/index.js'
import { DOCS_BASE } from '../../src/rules/types.js'
import { defaultSarifCategory, renderSarif } from '../../src/report/sarif.js'
import type { Report } from '../../src/report/types.js'
import { hostileModel, hostileReport } from './hostile.js'

interface SarifLog {
  version: string
  $schema: string
  runs: Array<{
    tool: {
      driver: {
        name: string
        version: string
        rules: Array<{
          id: string
          helpUri: string
          shortDescription: { text: string }
          help: { text: string; markdown: string }
        }>
      }
    }
    automationDetails: { id: string }
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
      }>
      partialFingerprints: Record<string, string>
    }>
  }>
}

// The SARIF 2.1.0 JSON schema (OASIS, draft-04) as Microsoft ships it in @microsoft/jest-sarif (MIT).
const require = createRequire(import.meta.url)
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null }
const Ajv04 = (
  require('ajv-draft-04') as { default: new (options: object) => { compile(schema: object): Validator } }
).default
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
) as Record<string, unknown>
const validate = new Ajv04({
  allErrors: true,
  strict: false,
  validateFormats: false,
  unicodeRegExp: false
}).compile(schema)

function checkSarif(report: Report, prefix = '', category?: string): SarifLog {
  const text = renderSarif(report, { pathPrefix: prefix, category })
  const raw = JSON.parse(text) as unknown
  const valid = validate(raw)
  expect(validate.errors ?? []).toEqual([])
  expect(valid).toBe(true)
  const log = raw as SarifLog
  expect(log.version).toBe('2.1.0')
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]
  expect(run.tool.driver.name).toBe('model-openness-audit')
  const ids = run.tool.driver.rules.map(r => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const r of run.tool.driver.rules) {
    expect(r.helpUri.startsWith(DOCS_BASE)).toBe(true)
    expect(r.shortDescription.text.length).toBeGreaterThan(0)
    expect(r.help.text.length).toBeGreaterThan(100)
    expect(r.help.markdown).toContain('## How to fix')
    expect(r.help.markdown).not.toMatch(/\]\((?![a-z]+:|#)/) // no relative link left
  }
  expect(run.automationDetails.id).toBe(`${category ?? defaultSarifCategory(prefix)}/`.replace(/\/\/$/, '/'))
  const fingerprints = new Set<string>()
  for (const res of run.results) {
    expect(run.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId)
    expect(['error', 'warning', 'note']).toContain(res.level)
    expect(res.message.text.trim().length).toBeGreaterThan(0)
    expect(res.locations).toHaveLength(1)
    const { artifactLocation, region } = res.locations[0].physicalLocation
    expect(Number.isInteger(region.startLine) && region.startLine >= 1).toBe(true)
    expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:|\\|\s|^\.\.?\//i)
    expect(() => decodeURIComponent(artifactLocation.uri)).not.toThrow()
    expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/)
    fingerprints.add(Object.values(res.partialFingerprints).join())
  }
  expect(fingerprints.size).toBe(run.results.length)
  return log
}

describe('SARIF', () => {
  it('lists every rule module and engine rule once, each with its docs page', () => {
    const log = JSON.parse(renderSarif(hostileReport([]))) as SarifLog
    const ids = log.runs[0].tool.driver.rules.map(r => r.id)
    expect(ids).toEqual(expect.arrayContaining([...RULES.map(r => r.meta.id), ...ENGINE_RULE_IDS]))
    for (const id of ids)
      expect(existsSync(path.join('docs/rules', `${id.replace(/\//g, '-')}.md`))).toBe(true)
  })

  it.each(readdirSync('examples'))(
    'examples/%s gives valid SARIF with one result per live finding',
    async name => {
      const { report } = await audit(path.join('examples', name))
      const log = checkSarif(report, 'examples/' + name)
      const n = [...report.findings, ...report.models.flatMap(m => m.findings)].length
      expect(log.runs[0].results).toHaveLength(n)
      for (const r of log.runs[0].results)
        expect(r.locations[0].physicalLocation.artifactLocation.uri.startsWith(`examples/${name}/`)).toBe(
          true
        )
    }
  )

  it('hostile paths are encoded; fixed findings and model findings without a file are placed sensibly', () => {
    const report = hostileReport([hostileModel('models/a b', 'fail', 6)])
    report.models[0].findings[0].status = 'fixed'
    report.models[0].findings[1] = { ...report.models[0].findings[1], file: undefined, line: undefined }
    report.models[0].findings.push({
      rule: 'mof/class',
      category: 'card-incomplete',
      severity: 'error',
      message: 'below class III'
    })
    const log = checkSarif(report, './sub/')
    const results = log.runs[0].results
    expect(results).toHaveLength(1 + 6) // the repository finding, 6 live model findings
    const noFile = results.find(r => r.message.text.startsWith('Message 1 '))!
    expect(noFile.locations[0].physicalLocation.artifactLocation.uri).toBe('sub/models/a%20b/README.md')
    expect(noFile.locations[0].physicalLocation.region.startLine).toBe(1)
    const mof = results.find(r => r.ruleId === 'mof/class')!
    expect(log.runs[0].tool.driver.rules[mof.ruleIndex].helpUri).toBe(`${DOCS_BASE}mof-class.md`)
  })

  it('every rule carries its docs page as help, generated from docs/rules (and up to date)', () => {
    execFileSync('node', ['scripts/build-rule-docs.mjs', '--check'])
    const log = JSON.parse(renderSarif(hostileReport([]))) as SarifLog
    for (const rule of log.runs[0].tool.driver.rules) {
      const page = readFileSync(path.join('docs/rules', `${rule.id.replace(/\//g, '-')}.md`), 'utf8')
      const fix = page.split('## How to fix')[1]?.split('\n## ')[0]?.trim() ?? ''
      expect(RULE_DOCS[rule.id]).toBeDefined()
      expect(fix.length).toBeGreaterThan(0)
      expect(rule.help.markdown).toContain('## How to fix')
      // The plain text carries the page's words without the Markdown.
      expect(rule.help.text).toContain('How to fix')
      expect(rule.help.text).not.toMatch(/\*\*[A-Za-z][^*\n]*\*\*|```|\]\(/)
    }
  })

  it('the category goes to automationDetails.id; the same finding keeps its hash when its line moves', () => {
    const report = hostileReport([hostileModel('m', 'fail', 2)])
    const a = checkSarif(report, 'models/m', 'openness/nightly')
    expect(a.runs[0].automationDetails.id).toBe('openness/nightly/')
    const moved = structuredClone(report)
    for (const f of moved.models[0].findings) if (f.line) f.line += 40
    const b = JSON.parse(renderSarif(moved, { pathPrefix: 'models/m' })) as SarifLog
    expect(b.runs[0].results.map(r => r.partialFingerprints.primaryLocationLineHash)).toEqual(
      a.runs[0].results.map(r => r.partialFingerprints.primaryLocationLineHash)
    )
    expect(b.runs[0].automationDetails.id).toBe('model-openness/models/m/')
  })

  it('the CLI on a sub-folder places every result from the git top level (or --sarif-root)', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'moa-sarif-'))
    try {
      const name = readdirSync('examples')[0]
      cpSync(path.join('examples', name), path.join(repo, 'models', name), { recursive: true })
      execFileSync('git', ['init', '-q'], { cwd: repo })
      const run = async (args: string[]) => {
        let out = ''
        await runCli(args, { stdout: t => (out += t), stderr: () => undefined, cwd: repo })
        return JSON.parse(out) as SarifLog
      }
      const fromTop = await run(['audit', `models/${name}`, '--format', 'sarif', '--sarif-category', 'c1'])
      expect(fromTop.runs[0].results.length).toBeGreaterThan(0)
      for (const r of fromTop.runs[0].results) {
        const uri = decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)
        expect(uri.startsWith(`models/${name}/`)).toBe(true)
        expect(existsSync(path.join(repo, uri))).toBe(true)
      }
      expect(fromTop.runs[0].automationDetails.id).toBe('c1/')
      const fromRoot = await run(['audit', `models/${name}`, '--format', 'sarif', '--sarif-root', 'models'])
      for (const r of fromRoot.runs[0].results)
        expect(r.locations[0].physicalLocation.artifactLocation.uri.startsWith(`${name}/`)).toBe(true)
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })
})
