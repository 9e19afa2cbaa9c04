// The terminal report: grouped, wrapped, with OSAID and MOF progress; never a control character
// (or a bidi override) from the repository; colour only when asked for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import path from 'node:path'
import stringWidth from 'string-width'
import { audit } from '../../src/audit.js'
import { defaultConfig } from '../../src/config/schema.js'
import { renderText } from '../../src/report/text.js'
import type { Report } from '../../src/report/types.js'
import { ESC, RLO, hostileModel, hostileReport } from './hostile.js'
import { LLAMA_MODEL_NAMES, makeLlamaFamilyRepo } from './llama-family.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('text report', () => {
  const report = hostileReport([hostileModel('models/a', 'fail', 24), hostileModel('models/b', 'pass')])

  it('groups 20+ findings by severity, errors first, with counts', async () => {
    const text = await renderText(report)
    const block = text.slice(text.indexOf('\nFindings by cause'))
    const e = block.indexOf('Errors (9)')
    const w = block.indexOf('Warnings (8)')
    const n = block.indexOf('Notes (8)')
    expect(e).toBeGreaterThan(0)
    expect(w).toBeGreaterThan(e)
    expect(n).toBeGreaterThan(w)
    expect(text.split('\n')[0]).toMatch(/^Model Openness Audit: FAIL {2}9 errors, 8 warnings, 8 notes/)
  })

  it('counts each OSAID requirement folded into one entry, as the totals at the top do', async () => {
    const { report: r } = await audit('examples/llama-finetune', defaultConfig(), { today: '2026-11-27' })
    const errors = r.models.flatMap(m => m.findings).filter(f => f.severity === 'error')
    expect(errors.filter(f => f.rule.startsWith('osaid/')).length).toBeGreaterThan(1)
    const text = await renderText(r)
    expect(text.split('\n')[0]).toContain(`${errors.length} errors`)
    expect(text).toContain(`Errors (${errors.length}, 3 causes)`)
  })

  it('wraps to the width and shortens long evidence', async () => {
    for (const width of [60, 80, 120]) {
      const lines = (await renderText(report, { width })).trimEnd().split('\n')
      const long = lines.filter(l => stringWidth(l) > width)
      expect(long).toEqual([])
    }
    const text = await renderText(report)
    // 5,000 x's in the evidence are cut: no run of them longer than 240 characters, with an ellipsis.
    expect(text).not.toMatch(/x{241}/)
    expect(text).toContain('…')
  })

  it('prints no control character or bidi override taken from the repository', async () => {
    const text = await renderText(report)
    expect(text).not.toContain(ESC)
    expect(text).not.toContain(RLO)
    expect(text.replace(/\n/g, '')).not.toMatch(CONTROL)
    expect(text).toContain('👩‍👩‍👧‍👦')
  })

  it('colours only when asked, with SGR sequences only', async () => {
    expect(await renderText(report, { color: false })).not.toContain(ESC)
    const coloured = await renderText(report, { color: true })
    expect(coloured).toContain(`${ESC}[31m`)
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '').replace(/\n/g, '')).not.toMatch(CONTROL)
  })

  it('leads with a line per model, then the OSAID requirements once with the models they concern', async () => {
    const text = await renderText(report)
    expect(text).toMatch(/^Models \(2\)$/m)
    const joined = text.replace(/\n {8}/g, ' ')
    expect(joined).toMatch(
      /^ {2}fail {2}Model .*\(models\/a\) .*OSAID fail · MOF unclassified, 67% of Class III · 8 errors/m
    )
    expect(joined).toMatch(
      /^ {2}pass {2}Model .*\(models\/b\) .*OSAID pass · MOF unclassified, 67% of Class III · no findings$/m
    )
    expect(text).toMatch(/^ {2}data-information fail {5}Reason/m)
    expect(text).toMatch(/^ {2}data-information pass {5}Reason/m)
    // The clause no finding cites is listed once, with where it comes from.
    expect(text).toMatch(
      /^Other clauses\n {2}user-threshold \(restrictive\) — models\/a\/LICENSE:3, models\/b\/LICENSE:3 \(in all 2 models\)\n {2}attribution — licence catalogue \(in all 2 models\)$/m
    )
  })

  it('one model: its licences, OSAID requirements, MOF class with progress and clauses', async () => {
    const one = await renderText(hostileReport([hostileModel('models/a', 'fail', 3)]))
    expect(one).toMatch(/^ {4}data-information fail {5}Reason/m)
    expect(one).toMatch(/^ {2}MOF {9}unclassified — progress: Class III 67% · Class II 20% · Class I 10%$/m)
    expect(one).toMatch(/^ {2}Restricts {3}user-threshold \(models\/a\/LICENSE:3\)$/m)
    expect(one).toMatch(/^ {2}Also {8}attribution \(catalogue\)$/m)
  })

  it('measures display columns: wide (CJK) text wraps within the width', async () => {
    const wide = hostileReport([hostileModel('models/a', 'fail', 3)])
    wide.models[0].findings[0].message = '此许可证限制商业用途，并要求用户遵守可接受使用政策。'.repeat(6)
    wide.models[0].name = '中文模型名称'
    for (const width of [60, 80]) {
      const lines = (await renderText(wide, { width })).trimEnd().split('\n')
      expect(lines.filter(l => stringWidth(l) > width)).toEqual([])
    }
    // Cut between characters, and the lines are full (not cut at half the width).
    const lines = (await renderText(wide, { width: 80 })).split('\n').filter(l => l.includes('此许可证'))
    expect(lines.length).toBeGreaterThan(2)
    expect(Math.max(...lines.map(l => stringWidth(l)))).toBeGreaterThan(70)
  })

  it('--summary keeps the headline and one line per model', async () => {
    // Long names: two lines per model.
    expect((await renderText(report, { summary: true })).trimEnd().split('\n')).toHaveLength(6)
    const short = hostileReport([hostileModel('a', 'fail'), hostileModel('b', 'pass')])
    for (const m of short.models) m.name = 'Kite'
    const lines = (await renderText(short, { summary: true })).trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[2]).toMatch(
      /^ {2}fail {2}Kite \(a\) {2}OSAID fail {5}MOF unclassified, 67% of Class III {2}8 errors, 8 warnings, 8 notes$/
    )
  })

  it.each([
    [
      'kestrel-restricted',
      /LICENSE:7 {2}The licence caps the number of users\. \[license\/no-user-threshold\]\n {6}“If your products or services had more than 250,000,000/
    ],
    ['open-model', /Heron-1B \(\.\) {2}PASS {2}no findings/],
    [
      'llama-finetune',
      /OSAID 1\.0 fails on parameters, code \(reasons above\)\. \[osaid\/parameters, osaid\/code\]|OSAID 1\.0 fails on code/
    ],
    ['broken', /Licence {5}none found/],
    // A licence known from the card only: the clause is the catalogue's summary, not a quote.
    [
      'llama-licensed',
      /README\.md:2 {2}The licence caps the number of users\. \[license\/no-user-threshold\]\n {6}Llama 3\.2 Community License Agreement, per the licence catalogue: Licensees/
    ]
  ])('examples/%s reads well', async (name, expected) => {
    const { report: r } = await audit(path.join('examples', name))
    expect(await renderText(r)).toMatch(expected)
  })
})

describe('text report of six model folders sharing one licence (Llama style)', () => {
  let root: string
  let report: Report
  beforeAll(async () => {
    root = makeLlamaFamilyRepo()
    report = (await audit(root)).report
  }, 60_000)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('fits in 150 lines, leads with one line per model and cites every clause with file:line', async () => {
    expect(report.models).toHaveLength(6)
    const text = await renderText(report)
    const lines = text.trimEnd().split('\n')
    expect(lines.length).toBeLessThanOrEqual(150)
    // Far shorter than one block per model: every shared finding is shown once.
    const all = report.models.flatMap(m => m.findings)
    expect(all.length).toBeGreaterThanOrEqual(60)
    // One lead line (or two) per model, in the Models block, before any finding.
    const findingsAt = text.indexOf('Findings by cause')
    for (const name of LLAMA_MODEL_NAMES) {
      const at = text.indexOf(`${name} (models/${name})`)
      expect(at).toBeGreaterThan(0)
      expect(at).toBeLessThan(findingsAt)
    }
    // Every clause of every model is cited with its file and line.
    const clauses = report.models.flatMap(m => m.clauses)
    expect(clauses.length).toBeGreaterThan(30)
    const oneLine = text.replace(/\n +/g, ' ')
    for (const c of clauses) expect(oneLine).toContain(`${c.file}:${c.line}`)
    // The user cap is one finding that lists the six files.
    const cap = lines.findIndex(l => l.includes('[license/no-user-threshold]'))
    expect(cap).toBeGreaterThan(0)
    expect(lines.filter(l => l.includes('[license/no-user-threshold]'))).toHaveLength(1)
    expect(text).toContain('caps the number of users. [license/no-user-threshold] — in all 6 models')
    expect(oneLine).toMatch(/700 million monthly active users/)
  })

  it('states each OSAID requirement once for the six models, and the failing ones once per cause', async () => {
    const text = await renderText(report)
    expect(text.match(/^ {2}terms {12}fail/gm)).toHaveLength(1)
    expect(text).toMatch(/\(in all 6\s+models\)/)
    // No separate "OSAID code fails" error per requirement and model.
    expect(text.match(/\[osaid\/code/g)).toHaveLength(1)
    expect(text).toContain(
      'OSAID 1.0 fails on code, data-information (reasons above). [osaid/code, osaid/data-information]'
    )
  })
})
