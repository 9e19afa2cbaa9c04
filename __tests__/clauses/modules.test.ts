// Each clause type is one module (src/clauses/<type>.ts) in one registry (CLAUSES). This checks
// the registry against the report contract, each module's own examples, and each module's docs
// page: its rule id, severities and its Fails/Passes examples, run through the detector.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  CLAUSES,
  clauseLabel,
  detectClauses,
  restrictionNoun,
  ruleIdForClause
} from '../../src/clauses/index.js'
import type { ClauseModule } from '../../src/clauses/clause.js'
import { restrictionRules } from '../../src/rules/license-restrictions.js'
import { CLAUSE_TYPES, NON_RESTRICTIVE_CLAUSES, type ClauseType } from '../../src/types.js'

const modules = CLAUSES as readonly ClauseModule[]
const DOCS = path.join(process.cwd(), 'docs/rules')
const typesIn = (text: string): string[] => [...new Set(detectClauses(text, 'LICENSE').map(c => c.type))]

/** The fenced block after "Fails:" / "Reported …:" or "Passes:" / "Not reported:" in a docs page. */
function example(md: string, kind: 'fails' | 'passes'): string | null {
  const labels = kind === 'fails' ? ['\nFails:', '\nReported'] : ['\nPasses:', '\nNot reported:']
  const at = Math.max(...labels.map(l => md.indexOf(l)))
  if (at < 0) return null
  const open = md.indexOf('```', at)
  const start = md.indexOf('\n', open) + 1
  const end = md.indexOf('\n```', start)
  return open < 0 || end < 0 ? null : md.slice(start, end)
}

describe('the clause registry', () => {
  it('is the report contract: every clause type once, in the contract order', () => {
    expect(modules.map(m => m.type)).toEqual([...CLAUSE_TYPES])
    expect(new Set(modules.map(m => m.meta.id)).size).toBe(modules.length)
  })

  it('says which types restrict the freedoms', () => {
    expect([...NON_RESTRICTIVE_CLAUSES].sort()).toEqual(
      ['attribution', 'naming-requirement', 'restrictions-flow-down', 'share-alike'].sort()
    )
  })

  it('gives one restriction rule per type, with the module meta and message', () => {
    expect(restrictionRules.map(r => r.meta.id)).toEqual(modules.map(m => m.meta.id))
    for (const r of restrictionRules) expect(r.meta.category).toBe('license-restriction')
    expect(clauseLabel('user-threshold')).toBe('caps the number of users')
    expect(restrictionNoun('license/no-user-threshold')).toBe('a cap on the number of users')
    expect(restrictionNoun('license-missing')).toBeUndefined()
    expect(ruleIdForClause('no-derivatives')).toBe('license/derivatives-allowed')
  })
})

describe.each(modules.map(m => [m.type, m] as const))('%s', (type, m) => {
  it.each(m.examples.detected.map(t => [t]))('finds its example: %s', text => {
    expect(typesIn(text)).toContain(type)
  })
  it.each(m.examples.notDetected.map(t => [t]))('leaves alone: %s', text => {
    expect(typesIn(text)).not.toContain(type)
  })

  const page = path.join(DOCS, `${m.meta.id.replace(/\//g, '-')}.md`)
  const md = existsSync(page) ? readFileSync(page, 'utf8') : ''
  it('has a docs page that names its rule and links back to it', () => {
    expect(existsSync(page)).toBe(true)
    expect(md).toContain(`\`${m.meta.id}\``)
    expect(m.meta.docs.endsWith(`/docs/rules/${path.basename(page)}`)).toBe(true)
  })
  it('docs page: the Fails example is found as this type, the Passes example is not', () => {
    const fails = example(md, 'fails')
    const passes = example(md, 'passes')
    expect(fails).not.toBeNull()
    expect(passes).not.toBeNull()
    expect(typesIn(fails!)).toContain(type as ClauseType)
    expect(typesIn(passes!)).not.toContain(type as ClauseType)
  })
})
