// SARIF 2.1.0 as code scanning reads it: required fields, a ruleIndex that points at its rule,
// each rule once, absolute help links, 1-based lines, relative URIs; for every example, a
// monorepo and hostile content.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { RULES, ENGINE_RULE_IDS } from '../../src/rules/index.js'
import { DOCS_BASE } from '../../src/rules/types.js'
import { renderSarif } from '../../src/report/sarif.js'
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
        rules: Array<{ id: string; helpUri: string; shortDescription: { text: string } }>
      }
    }
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

function checkSarif(report: Report, prefix = ''): SarifLog {
  const log = JSON.parse(renderSarif(report, prefix)) as SarifLog
  expect(log.version).toBe('2.1.0')
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]
  expect(run.tool.driver.name).toBe('model-openness-audit')
  const ids = run.tool.driver.rules.map(r => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const r of run.tool.driver.rules) {
    expect(r.helpUri.startsWith(DOCS_BASE)).toBe(true)
    expect(r.shortDescription.text.length).toBeGreaterThan(0)
  }
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
})
