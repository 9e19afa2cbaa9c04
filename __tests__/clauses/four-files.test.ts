// Issue 11, done when: adding a clause type touches at most four files — its module
// (src/clauses/<type>.ts), one line in the registry (src/clauses/registry.ts), its docs page
// (docs/rules/<rule>.md) and its test table (__tests__/clauses/tables.test.ts). Everything else is
// derived from the registry or generated from those four (the ClauseType union, the report schema,
// the rule docs, the rules index), so no other hand-written file may list the clause types.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CLAUSES } from '../../src/clauses/index.js'
import type { ClauseModule } from '../../src/clauses/clause.js'
import { CLAUSE_TYPES } from '../../src/types.js'

const ROOT = process.cwd()
const modules = CLAUSES as readonly ClauseModule[]
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8')
const pageOf = (m: ClauseModule): string => `docs/rules/${m.meta.id.replace(/\//g, '-')}.md`

/** Every file under `dir` (relative to the root) whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(ROOT, rel))) {
      const child = `${rel}/${name}`
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child)
      else if (exts.some(e => name.endsWith(e))) out.push(child)
    }
  }
  walk(dir)
  return out
}

/** The clause types a text names as quoted literals ('user-threshold', "share-alike"). */
function typesNamed(text: string): string[] {
  return CLAUSE_TYPES.filter(
    t => text.includes(`'${t}'`) || text.includes(`"${t}"`) || text.includes(`\`${t}\``)
  )
}

/** The clause module files: those that define a clause. */
const moduleFiles = readdirSync(path.join(ROOT, 'src/clauses'))
  .filter(f => f.endsWith('.ts'))
  .filter(f => read(`src/clauses/${f}`).includes('defineClause({'))
  .map(f => `src/clauses/${f}`)

describe('a clause type is one module, one registry line, one docs page and one test table', () => {
  it('every clause module is in the registry, once, and nothing else is', () => {
    const registry = read('src/clauses/registry.ts')
    const imported = [...registry.matchAll(/^import \w+ from '\.\/([\w-]+)\.js'$/gm)].map(
      m => `src/clauses/${m[1]}.ts`
    )
    expect(imported.sort()).toEqual([...moduleFiles].sort())
    expect(modules.length).toBe(moduleFiles.length)
    // each module's type is its file name: one home per type
    for (const m of modules) expect(moduleFiles).toContain(`src/clauses/${m.type}.ts`)
  })

  it('every clause type has its docs page and its test table', () => {
    const tables = read('__tests__/clauses/tables.test.ts')
    for (const m of modules) {
      expect({ type: m.type, page: existsSync(path.join(ROOT, pageOf(m))) }).toEqual({
        type: m.type,
        page: true
      })
      const key = /^[a-z]+$/.test(m.type) ? `  ${m.type}: {` : `  '${m.type}': {`
      expect({ type: m.type, table: tables.includes(key) }).toEqual({ type: m.type, table: true })
    }
  })

  it('the ClauseType union and CLAUSE_TYPES are derived from the registry', () => {
    const types = read('src/types.ts')
    expect(types).toMatch(/CLAUSES\.map\(c => c\.type\)/)
    // the non-restrictive set is the modules' own `restrictive: false`, not a list
    expect(types).toMatch(/CLAUSES\.filter\(c => !c\.restrictive\)/)
    expect(typesNamed(types)).toEqual([])
    expect(CLAUSE_TYPES).toEqual(modules.map(m => m.type))
  })

  it('no other hand-written source lists the clause types (data and generated files aside)', () => {
    const own = new Set([...moduleFiles, 'src/clauses/registry.ts'])
    /** Catalogue data names the clauses each known licence has; generated files are rebuilt. */
    const dataOrGenerated = (f: string): boolean =>
      f.startsWith('src/licenses/catalogue/') || f.startsWith('src/generated/')
    const half = Math.ceil(CLAUSE_TYPES.length / 2)
    const lists = filesUnder('src', ['.ts', '.mjs', '.json'])
      .filter(f => !own.has(f) && !dataOrGenerated(f))
      .map(f => [f, typesNamed(read(f))] as const)
      .filter(([, named]) => named.length >= half)
    expect(lists).toEqual([])
    // the scan sees a list where there is one: the catalogue's data names most types
    expect(typesNamed(read('src/licenses/catalogue/models.ts')).length).toBeGreaterThanOrEqual(half)
  })

  it('the rules index lists the clause rules from the registry (generated, up to date)', () => {
    const index = read('docs/rules/README.md')
    const start = index.indexOf('<!-- clause rules: generated')
    const end = index.indexOf('<!-- end of clause rules -->')
    expect(start).toBeGreaterThan(0)
    const block = index.slice(start, end)
    const listed = [...block.matchAll(/^\| `([^`]+)`/gm)].map(m => m[1])
    expect(listed).toEqual(modules.map(m => m.meta.id))
    // hand-written rows outside the generated block name no clause rule
    const outside = index.slice(0, start) + index.slice(end)
    for (const m of modules) expect(outside.includes(`| \`${m.meta.id}\``)).toBe(false)
    execFileSync(process.execPath, ['scripts/build-rule-docs.mjs', '--check'], { cwd: ROOT })
  })

  it('the report schema takes the clause types from CLAUSE_TYPES', () => {
    const schema = read('src/report/schema.ts')
    expect(schema).toMatch(/CLAUSE_TYPES/)
    expect(typesNamed(schema).length).toBeLessThanOrEqual(1)
  })
})
