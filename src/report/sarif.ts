// SARIF 2.1.0 for code scanning: one run, the rule catalogue (rule modules and engine rules) as
// the driver's rules with their docs page as help, a result per finding with its ruleIndex, a
// location relative to the repository root and primaryLocationLineHash, and automationDetails.id
// from the category. Model-level findings without a file point at the model's card, else at the
// model folder.
import { createHash } from 'node:crypto'
import { RULE_DOCS } from '../generated/rule-docs.js'
import { RULES } from '../rules/index.js'
import { docsUrl } from '../rules/types.js'
import type { Category, Finding, Severity } from '../types.js'
import type { Report } from './types.js'
import { trimEndChars, trimStartChars } from '../text/trim.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note'
}

/** Rules the engine reports itself (no rule module): same ids and docs pages as in docs/rules/. */
const ENGINE_RULES: Array<{ id: string; title: string; framework: string; category: Category | null }> = [
  {
    id: 'config/waiver-expired',
    title: 'Waivers have not expired',
    framework: 'Configuration hygiene: exceptions are temporary and reviewed',
    category: 'config'
  },
  {
    id: 'discovery-limit',
    title: 'The whole repository was examined',
    framework: 'Audit completeness: a partial walk cannot prove that nothing is missing',
    category: 'config'
  },
  {
    id: 'hub/unreadable-file',
    title: 'Every file the audit reads was fetched from the Hub',
    framework: 'Fail closed: a licence or card that could not be read cannot be shown to be open',
    category: 'unsafe-path'
  },
  {
    id: 'mof/class',
    title: 'The model reaches the MOF class the policy asks for',
    framework: 'Model Openness Framework 1.0 classes, as the Model Openness Tool computes them',
    category: null
  }
]

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  properties: { category?: string }
}

export interface SarifOptions {
  /** The audited folder relative to the repository root ('' for the root), so URIs start at the root. */
  pathPrefix?: string
  /** Code scanning category: runs[0].automationDetails.id is "<category>/". */
  category?: string
}

/** The default category: one per audited folder, so several audits of one repository keep apart. */
export function defaultSarifCategory(pathPrefix = ''): string {
  const p = trimEndChars(pathPrefix.replace(/^\.\/*/, ''), '/')
  return p ? `model-openness/${p}` : 'model-openness'
}

/** The rule's docs page as help; a rule without a page says where the docs are. */
function helpOf(id: string, title: string): SarifRule['help'] {
  const doc = RULE_DOCS[id]
  if (doc) return { text: doc.text, markdown: doc.markdown }
  const url = docsUrl(id)
  return { text: `${title}. See ${url}`, markdown: `${title}. See [the rule's page](${url}).` }
}

function camel(id: string): string {
  // "license/no-user-threshold" → "licenseNoUserThreshold"
  return id
    .split(/[^A-Za-z0-9]/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
}

/** A relative URI reference for a repository path: each segment percent-encoded, "/" kept. */
function uriOf(p: string): string {
  return p
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/')
}

/** The driver's rules: every rule module and engine rule once, in catalogue order. */
export function sarifRules(): SarifRule[] {
  const rules: SarifRule[] = []
  const seen = new Set<string>()
  const add = (r: SarifRule) => {
    if (seen.has(r.id)) return
    seen.add(r.id)
    rules.push(r)
  }
  for (const r of RULES)
    add({
      id: r.meta.id,
      name: camel(r.meta.id),
      shortDescription: { text: r.meta.title },
      fullDescription: { text: `${r.meta.title}. Implements: ${r.meta.framework}.` },
      helpUri: r.meta.docs || docsUrl(r.meta.id),
      help: helpOf(r.meta.id, r.meta.title),
      properties: { category: r.meta.category }
    })
  for (const r of ENGINE_RULES)
    add({
      id: r.id,
      name: camel(r.id),
      shortDescription: { text: r.title },
      fullDescription: { text: `${r.title}. Implements: ${r.framework}.` },
      helpUri: docsUrl(r.id),
      help: helpOf(r.id, r.title),
      properties: r.category ? { category: r.category } : {}
    })
  return rules
}

/**
 * A stable hash for code scanning's primaryLocationLineHash: the rule, the file and what was found
 * there (not the line number, so an alert survives lines moving), plus ":<n>" for the n-th result
 * with the same hash, as code scanning's own fingerprints do.
 */
function lineHash(rule: string, file: string, what: string): string {
  const text = what.replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(`${rule}\u0000${file}\u0000${text}`).digest('hex').slice(0, 16)
}

/**
 * @param options.pathPrefix the audited folder relative to the repository root (a string is taken
 *   as pathPrefix, as before), so code scanning finds the files.
 */
export function renderSarif(report: Report, options: SarifOptions | string = {}): string {
  const opts: SarifOptions = typeof options === 'string' ? { pathPrefix: options } : options
  const pathPrefix = opts.pathPrefix ?? ''
  const category = (opts.category ?? '').trim() || defaultSarifCategory(pathPrefix)
  const prefix =
    pathPrefix && pathPrefix !== '.'
      ? trimEndChars(
          pathPrefix.startsWith('./') ? trimStartChars(pathPrefix.slice(1), '/') : pathPrefix,
          '/'
        ) + '/'
      : ''
  const rules = sarifRules()
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const ruleIndex = (f: Finding): number => {
    const known = index.get(f.rule)
    if (known !== undefined) return known
    // A rule id the catalogue does not know (should not happen): described from the finding.
    rules.push({
      id: f.rule,
      name: camel(f.rule),
      shortDescription: { text: f.rule },
      fullDescription: { text: f.rule },
      helpUri: docsUrl(f.rule),
      help: helpOf(f.rule, f.rule),
      properties: { category: f.category }
    })
    index.set(f.rule, rules.length - 1)
    return rules.length - 1
  }
  const seen = new Map<string, number>()
  const result = (f: Finding, fallback: string) => {
    const file = prefix + (f.file ?? fallback)
    const hash = lineHash(f.rule, file, f.evidence ?? f.message)
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    const uri = uriOf(file)
    const text = f.evidence ? `${f.message} Evidence: “${f.evidence}”` : f.message
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex(f),
      level: LEVEL[f.severity],
      message: { text: text.trim() || f.rule },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: f.line && f.line >= 1 ? Math.floor(f.line) : 1 }
          }
        }
      ],
      // Stable across line moves: the rule, the file and what was found there.
      partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      properties: { category: f.category, ...(f.status ? { status: f.status } : {}) }
    }
  }
  // Fixed findings are gone from the code: code scanning closes their alerts by their absence.
  const results = [
    ...report.findings.filter(f => f.status !== 'fixed').map(f => result(f, 'README.md')),
    ...report.models.flatMap(m =>
      m.findings
        .filter(f => f.status !== 'fixed')
        .map(f => result(f, m.card ?? (m.path && m.path !== '.' ? m.path : 'README.md')))
    )
  ]
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'model-openness-audit',
            version: report.tool.version,
            informationUri: 'https://github.com/model-openness/model-openness-audit',
            rules
          }
        },
        automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
