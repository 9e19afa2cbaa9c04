import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { DOCS_BASE } from '../../src/rules/types.js'
import { auditFiles } from '../helpers/audit.js'
import { blobUrl, renderMarkdown } from '../../src/report/markdown.js'
import { hostileModel, hostileReport } from './hostile.js'
import { renderText } from '../../src/report/text.js'
import { renderSarif } from '../../src/report/sarif.js'

const HOSTILE =
  '<script>alert(1)</script> <img src=x onerror=alert(1)> @someone </details> | `tick` [x](javascript:alert(1))'

describe('Markdown report', () => {
  it('leads with the verdict, has a model table and groups findings by severity', async () => {
    const r = await auditFiles({ 'README.md': '# Kite\n\nno licence here\n' })
    const md = renderMarkdown(r)
    expect(md.split('\n')[0]).toBe('## ❌ Model Openness Audit: fail')
    expect(md).toMatch(/\| Model \| Licence \| OSAID 1\.0 \| MOF class \|/)
    // Three errors (no licence; OSAID code and data-information, folded into one entry) of two causes,
    // as the totals line says.
    expect(md).toContain('3 errors · 0 warnings · 1 note')
    expect(md).toContain('<summary>🔴 Errors (3, 2 causes)</summary>')
    expect(md).toContain('license-missing')
  })

  it('keeps repository content inert', async () => {
    const r = await auditFiles({
      LICENSE: `Custom terms ${HOSTILE}\nYou may use this for non-commercial purposes only. ${HOSTILE}\n`,
      'README.md': `---\nlicense: "${HOSTILE.replace(/"/g, "'")}"\n---\n# ${HOSTILE}\n\nThis fully open-source model ${HOSTILE}\n`
    })
    const md = renderMarkdown(r)
    expect(md).not.toMatch(/<script|<img|onerror=alert\(1\)>|@someone/)
    // The only <details> tags are the report's own, balanced.
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length)
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    // Every table row keeps its column count: 7 columns in the model table, 3 in OSAID tables.
    const lines = md.split('\n')
    const start = lines.findIndex(l => l.startsWith('| Model |'))
    for (const line of lines.slice(start, start + 2 + r.models.length))
      expect(line.split('|').length - 1).toBe(8)
    for (const line of lines.filter(l => /^\| (terms|parameters|code|data-information) \|/.test(l)))
      expect(line.split('|').length - 1).toBe(4)
    expect(await renderText(r)).not.toContain(String.fromCharCode(27))
    expect(() => JSON.parse(renderSarif(r))).not.toThrow()
  })
})

// ---------------------------------------------------------------------------------------------
// Hostile content everywhere, a five-model monorepo, file links, docs links, MOF progress.

const ALLOWED_TAGS = new Set([
  'details',
  '/details',
  'summary',
  '/summary',
  'strong',
  '/strong',
  'br',
  'sub',
  '/sub'
])
const RUN_URL = 'https://github.example/o/r/actions/runs/1'
const BLOB = 'https://github.com/o/r/blob/'

function checkInert(md: string): void {
  // Only the report's own tags, balanced.
  const tags = [...md.matchAll(/<(\/?[a-zA-Z][\w-]*)/g)].map(m => m[1].toLowerCase())
  expect(tags.filter(t => !ALLOWED_TAGS.has(t))).toEqual([])
  expect(md).not.toMatch(/<!--/)
  for (const t of ['details', 'summary', 'strong', 'sub'])
    expect(tags.filter(x => x === t).length).toBe(tags.filter(x => x === '/' + t).length)
  // No mention that notifies, no issue reference, no control or bidi character.
  expect(md).not.toMatch(/@[\w-]/)
  expect(md).not.toMatch(/(?<!&)#\d/)
  // eslint-disable-next-line no-control-regex
  expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  // Code spans only where the report puts them (the policy line).
  const ticks = md.split('\n').filter(l => l.includes('`'))
  for (const l of ticks) expect(l).toMatch(/^\d+ errors? · .* · policy `\w[\w-]*` · fails on `\w+`$/)
  // Every link is the report's own: a rule page, a file of the repository or the workflow run.
  for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g))
    expect([DOCS_BASE, BLOB, RUN_URL].some(prefix => m[1].startsWith(prefix))).toBe(true)
  expect(md).not.toMatch(/(?<!\\)!\[/)
  // Tables keep their columns (pipes inside cells are entities).
  for (const l of md.split('\n').filter(x => x.startsWith('|'))) {
    const n = l.split('|').length - 1
    // 3 columns (one model's OSAID table), 5 (the OSAID verdicts of several models), 7 (the models).
    expect([4, 6, 8]).toContain(n)
  }
  // Long lines are cut.
  for (const l of md.split('\n')) expect([...l].length).toBeLessThan(3000)
}

describe('Markdown report: hostile repository content', () => {
  const report = hostileReport([hostileModel('models/a', 'fail', 24), hostileModel('models/b', 'pass')])

  it.each([
    ['full', {}],
    ['compact', { compact: true }],
    ['with file links and a run link', { fileUrl: blobUrl('https://github.com/o/r', 'abc'), runUrl: RUN_URL }]
  ])('renders inert (%s)', (_, options) => {
    const md = renderMarkdown(report, options)
    checkInert(md)
    expect(md).toContain('👩‍👩‍👧‍👦')
    expect(md).toContain('עברית')
  })

  it('ignores a fileUrl that is not http(s) and encodes one that would break the link', () => {
    const md = renderMarkdown(report, { fileUrl: () => 'javascript:alert(1)' })
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    checkInert(md.replace(/javascript:alert/g, ''))
    const odd = renderMarkdown(report, { fileUrl: f => `${BLOB}x/${f}` })
    checkInert(odd)
    for (const m of odd.matchAll(/(?<!\\)\]\((https:[^)]*)\)/g)) expect(m[1]).not.toMatch(/[\s<>"`|]/)
  })
})

describe('Markdown report: a monorepo of five models', () => {
  let md = ''
  let report: Awaited<ReturnType<typeof audit>>['report']
  const dir = mkdtempSync(path.join(os.tmpdir(), 'moa-mono-'))
  beforeAll(async () => {
    for (const e of readdirSync('examples'))
      cpSync(path.join('examples', e), path.join(dir, 'models', e), { recursive: true })
    report = (await audit(dir)).report
    md = renderMarkdown(report, { fileUrl: blobUrl('https://github.com/o/r', 'abc123', 'sub dir') })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('leads with one table of the models, then the details of each model folded', () => {
    // One model per bundled example (examples/ grows as layouts are added).
    expect(report.models).toHaveLength(readdirSync('examples').length)
    const lines = md.split('\n')
    const table = lines.findIndex(l => l.startsWith('| Model |'))
    const firstSection = lines.findIndex(
      l => l.startsWith('### ') || l.startsWith('<details><summary><strong>')
    )
    expect(table).toBeGreaterThan(0)
    expect(table).toBeLessThan(firstSection)
    expect(lines.slice(table + 2, table + 7).every(l => l.startsWith('| '))).toBe(true)
    expect(md).toMatch(
      /\| Heron-1B \(models\/open-model\) \| Apache-2\.0 \| ✅ pass \| Class II, \d+% of Class I \|/
    )
    checkInert(md)
  })

  it('folds each model in its own <details>, the passing one after the failing ones', () => {
    const folded = md.indexOf(
      '<details><summary><strong>✅ Heron-1B (models/open-model)</strong>: pass, no findings</summary>'
    )
    expect(folded).toBeGreaterThan(0)
    for (const name of ['Kestrel-3B', 'Osprey-8B', 'Broken example']) {
      const at = md.indexOf(`<details><summary><strong>❌ ${name}`)
      expect(at).toBeGreaterThan(0)
      expect(at).toBeLessThan(folded)
    }
    expect(md).not.toMatch(/^### ❌/m)
    expect(md.slice(folded)).toMatch(/No findings\.\n\n<\/details>/)
  })

  it('gives the OSAID verdicts of all models in one table, the reasons in each model’s details', () => {
    expect(md).toMatch(
      /^\| Model \| OSAID terms \| OSAID parameters \| OSAID code \| OSAID data-information \|$/m
    )
    expect(md).toMatch(/^\| Heron-1B \(models\/open-model\) \| ✅ pass \| ✅ pass \| ✅ pass \| ✅ pass \|$/m)
    expect(md).toMatch(
      /^\| Broken example \(models\/broken\) \| ❌ fail \| ❔ unknown \| ❌ fail \| ❌ fail \|$/m
    )
    // The reasons: in the model's own (folded) details.
    const heron = md.slice(md.indexOf('<details><summary><strong>✅ Heron-1B'))
    expect(heron).toMatch(/^\| data-information \| ✅ pass \| The card names its training data/m)
    // A licence file in the model's folder is named without the folder, which the row names.
    expect(md).toMatch(/^\| Kestrel-3B \(models\/kestrel-restricted\) \| LICENSE \(not recognised\), /m)
  })

  it('links findings and clauses to file and line, and each rule to its docs page', () => {
    expect(md).toContain(
      '[models/kestrel-restricted/LICENSE:7](https://github.com/o/r/blob/abc123/sub%20dir/models/kestrel-restricted/LICENSE#L7)'
    )
    expect(md).toMatch(
      /\*\*Restrictive clauses:\*\* user-threshold \(\[models\/kestrel-restricted\/LICENSE:7\]\(/
    )
    const pages = [...md.matchAll(new RegExp(`\\(${DOCS_BASE.replace(/[./]/g, '\\$&')}([^)]+)\\)`, 'g'))].map(
      m => m[1]
    )
    expect(pages.length).toBeGreaterThan(10)
    for (const page of new Set(pages)) expect(existsSync(path.join('docs/rules', page))).toBe(true)
  })

  it('says when evidence is the licence catalogue, not a quote from the file', () => {
    expect(md).toMatch(
      /<br>Llama 3\.2 Community License Agreement, per the licence catalogue: Licensees whose products had more than 700 million/
    )
    expect(md).not.toMatch(/<br>“Licensees whose products/)
  })

  it('shows the MOF class and the progress toward each class', () => {
    expect(md).toMatch(
      /\*\*MOF:\*\* Class II \(open tooling\) — progress: Class III 100% · Class II 100% · Class I \d+%/
    )
    expect(md).toMatch(/\*\*MOF:\*\* unclassified — progress: Class III \d+% · Class II \d+% · Class I \d+%/)
  })

  it('the failing OSAID requirements of a model are one finding that names them and points at the table', () => {
    // The models whose failing requirements are exactly these two share one finding that names them
    // (terms are left to the licence rules, which cite the clauses).
    const failing = (m: (typeof report.models)[number]) =>
      (m.osaidRequirements ?? [])
        .filter(r => r.verdict === 'fail' && r.id !== 'terms')
        .map(r => r.id)
        .join(', ')
    const both = report.models.filter(m => failing(m) === 'code, data-information').map(m => m.name)
    expect(both.length).toBeGreaterThan(1)
    expect(md).toMatch(
      /\[osaid\/code\]\([^)]+\), \[osaid\/data-information\]\([^)]+\): OSAID 1\.0 fails on code, data-information \(see the table above\)\. — in /
    )
    expect(md).toContain(
      `OSAID 1.0 fails on code, data-information (see the table above). — in ${both.join(', ')}\n`
    )
    expect(md).not.toMatch(/OSAID code fails/)
    expect(renderMarkdown(report, { compact: true })).toMatch(
      /\[osaid\/code\]\([^)]+\)(, \[osaid\/[a-z-]+\]\([^)]+\))*: OSAID 1\.0 fails on [a-z-, ]*code[a-z-, ]*\. — in /
    )
  })
})
