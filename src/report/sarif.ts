// SARIF 2.1.0 for code scanning: one run, the rule catalogue as the driver's rules, a result per
// finding with its location. Model-level findings without a file point at the model folder.
import { RULES } from '../rules/index.js'
import type { Finding, Severity } from '../types.js'
import type { Report } from './types.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note'
}

/** @param pathPrefix the audited folder relative to the repository root, so code scanning finds the files. */
export function renderSarif(report: Report, pathPrefix = ''): string {
  const prefix = pathPrefix && pathPrefix !== '.' ? pathPrefix.replace(/\/+$/, '') + '/' : ''
  const rules = RULES.map(r => ({
    id: r.meta.id,
    name: r.meta.id.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.title },
    fullDescription: { text: `${r.meta.title}. Implements: ${r.meta.framework}.` },
    helpUri: r.meta.docs,
    properties: { category: r.meta.category }
  }))
  const known = new Set(rules.map(r => r.id))
  const result = (f: Finding, modelPath: string | null) => {
    if (!known.has(f.rule)) {
      known.add(f.rule)
      rules.push({
        id: f.rule,
        name: f.rule,
        shortDescription: { text: f.rule },
        fullDescription: { text: f.rule },
        helpUri: '',
        properties: { category: f.category }
      })
    }
    const uri = prefix + (f.file ?? (modelPath && modelPath !== '.' ? modelPath : 'README.md'))
    return {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text: f.evidence ? `${f.message} Evidence: “${f.evidence}”` : f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line ?? 1 } } }],
      partialFingerprints: {
        primaryLocationLineHash: `${f.rule}:${uri}:${f.evidence ?? f.message}`.slice(0, 200)
      },
      properties: { category: f.category, ...(f.status ? { status: f.status } : {}) }
    }
  }
  const results = [
    ...report.findings.map(f => result(f, null)),
    ...report.models.flatMap(m => m.findings.filter(f => f.status !== 'fixed').map(f => result(f, m.path)))
  ].filter(r => r.properties.status !== 'fixed')
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'model-openness-audit',
            version: report.tool.version,
            informationUri: 'https://opensource.org/ai/open-source-ai-definition',
            rules
          }
        },
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
