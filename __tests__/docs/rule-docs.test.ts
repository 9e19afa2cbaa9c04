// Every rule has a docs page (docs/rules/<id with "/" as "-">.md) that names the rule and has a
// severity table and a "Cases" table, and the index (docs/rules/README.md) links every page.
//
// Rule ids are read from the sources with a text scan, so this test runs even while modules that
// the rule catalogue imports are being written. When src/rules/index.js does load, the scan is
// checked against RULES and each page's severity table against the rule's meta.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const ROOT = process.cwd()
const RULES_DIR = path.join(ROOT, 'src/rules')
const CLAUSES_DIR = path.join(ROOT, 'src/clauses')
const DOCS_DIR = path.join(ROOT, 'docs/rules')
const NOT_RULE_MODULES = new Set(['index.ts', 'types.ts', 'engine.ts'])

interface Meta {
  id: string
  docs: string
  severity: { default: string } & Record<string, string | undefined>
}

function read(file: string): string {
  return readFileSync(file, 'utf8')
}

/** Ids declared in the rule modules: `id: '…'` in a meta or spec, or a rule factory's first argument. */
function scanRuleIds(): string[] {
  const ids = new Set<string>()
  // clause rules are declared in their clause modules (src/clauses/<type>.ts)
  const files = [
    ...readdirSync(RULES_DIR).map(f => [RULES_DIR, f]),
    ...readdirSync(CLAUSES_DIR).map(f => [CLAUSES_DIR, f])
  ].sort((a, b) => a[1].localeCompare(b[1]))
  for (const [dir, f] of files) {
    if (!f.endsWith('.ts') || NOT_RULE_MODULES.has(f)) continue
    const text = read(path.join(dir, f))
    for (const m of text.matchAll(/\bid:\s*'([^'\s]+)'/g)) ids.add(m[1])
    for (const m of text.matchAll(/\b[A-Za-z]+Rule\(\s*'([^'\s]+)'/g)) ids.add(m[1])
  }
  return [...ids]
}

/** ENGINE_RULE_IDS as written in src/rules/index.ts. */
function scanEngineIds(): string[] {
  const m = /ENGINE_RULE_IDS\s*=\s*\[([^\]]*)\]/.exec(read(path.join(RULES_DIR, 'index.ts')))
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map(x => x[1]) : []
}

function scanPolicies(): string[] {
  const m = /POLICIES\s*=\s*\[([^\]]*)\]/.exec(read(path.join(ROOT, 'src/config/names.ts')))
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map(x => x[1]) : []
}

function pageName(id: string): string {
  return `${id.replace(/\//g, '-')}.md`
}

/** The first Markdown table after a `## heading`, as rows of cells (header first, separator dropped). */
function tableAfter(md: string, heading: string): string[][] | null {
  const lines = md.split('\n')
  const start = lines.findIndex(l => l.trim().toLowerCase() === `## ${heading}`.toLowerCase())
  if (start < 0) return null
  const rows: string[][] = []
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line.startsWith('#')) break
    if (!line.startsWith('|')) {
      if (rows.length > 0) break
      continue
    }
    const cells = line
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map(c => c.trim())
    if (cells.every(c => /^:?-+:?$/.test(c))) continue
    rows.push(cells)
  }
  return rows.length > 0 ? rows : null
}

let metas: Meta[] | null = null
let importError = ''
try {
  const mod = (await import('../../src/rules/index.js')) as unknown as { RULES: Array<{ meta: Meta }> }
  metas = mod.RULES.map(r => r.meta)
} catch (err) {
  importError = String(err).replace(/\s+/g, ' ').slice(0, 200)
}
const withCatalogue = metas ? it : it.skip

const ruleIds = scanRuleIds()
const engineIds = scanEngineIds()
const policies = scanPolicies()
const allIds = [...ruleIds, ...engineIds]

describe('rule ids', () => {
  it('are found in the sources', () => {
    expect(ruleIds.length).toBeGreaterThanOrEqual(14)
    expect(ruleIds).toEqual(
      expect.arrayContaining(['license-missing', 'license/no-user-threshold', 'osaid/code'])
    )
    expect(engineIds).toEqual(
      expect.arrayContaining(['config/waiver-expired', 'discovery-limit', 'mof/class'])
    )
    expect(policies).toContain('osaid')
    expect(new Set(allIds).size).toBe(allIds.length)
  })

  withCatalogue(
    `match RULES from src/rules/index.js${importError ? ` (not loadable: ${importError})` : ''}`,
    () => {
      expect([...ruleIds].sort()).toEqual(metas!.map(m => m.id).sort())
    }
  )
})

describe.each(allIds)('docs page of %s', id => {
  const file = path.join(DOCS_DIR, pageName(id))
  const md = existsSync(file) ? read(file) : ''

  it('exists and names the rule', () => {
    expect(existsSync(file)).toBe(true)
    expect(md).toContain(`\`${id}\``)
    expect(md.split('\n')[0]).toMatch(/^# /)
  })

  it('has a severity table with a row per policy', () => {
    const table = tableAfter(md, 'Default severity')
    expect(table).not.toBeNull()
    const [header, ...rows] = table!
    expect(header.map(h => h.toLowerCase())).toEqual(['policy', 'severity'])
    const listed = rows.map(r => /`([^`]+)`/.exec(r[0])?.[1])
    expect(listed).toEqual(policies)
    for (const r of rows) expect(r[1]).toMatch(/^(off|note|warning|error)\b/)
  })

  it('has a Cases table with passing and failing cases', () => {
    const table = tableAfter(md, 'Cases')
    expect(table).not.toBeNull()
    const [header, ...rows] = table!
    expect(header.map(h => h.toLowerCase())).toEqual(['case', 'result'])
    expect(rows.length).toBeGreaterThanOrEqual(3)
    const results = rows.map(r => r[1] ?? '')
    expect(results.some(r => /\bpass/.test(r))).toBe(true)
    expect(results.some(r => /\b(fail|warn|note)/.test(r))).toBe(true)
  })

  it('has the other sections', () => {
    for (const h of ['What it checks', 'Why', 'How to fix', 'Example']) expect(md).toContain(`## ${h}`)
  })
})

describe('severity tables agree with meta', () => {
  withCatalogue.each(ruleIds)('%s', id => {
    const meta = metas!.find(m => m.id === id)!
    expect(meta.docs.endsWith(`/docs/rules/${pageName(id)}`)).toBe(true)
    const rows = tableAfter(read(path.join(DOCS_DIR, pageName(id))), 'Default severity')!.slice(1)
    for (const [label, value] of rows) {
      const policy = /`([^`]+)`/.exec(label)![1]
      expect(`${policy}: ${value.split(/\s/)[0]}`).toBe(
        `${policy}: ${meta.severity[policy] ?? meta.severity.default}`
      )
    }
  })
})

describe('docs/rules/README.md', () => {
  const index = read(path.join(DOCS_DIR, 'README.md'))
  const pages = readdirSync(DOCS_DIR).filter(f => f.endsWith('.md') && f !== 'README.md')

  it('links every page, and every link resolves', () => {
    for (const p of pages) expect(index).toContain(`](${p})`)
    for (const m of index.matchAll(/\]\(([^)#]+\.md)\)/g)) {
      expect(existsSync(path.resolve(DOCS_DIR, m[1]))).toBe(true)
    }
  })

  it('lists every rule id, and has no page for an unknown id', () => {
    const listed = index
      .split('\n')
      .map(l => /^\|\s*`([^`]+)`\s*\|/.exec(l.trim())?.[1])
      .filter((x): x is string => x !== undefined)
    expect([...listed].sort()).toEqual([...allIds].sort())
    const known = new Set(allIds.map(pageName))
    expect(pages.filter(p => !known.has(p))).toEqual([])
  })
})
