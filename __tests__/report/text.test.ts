// The terminal report: grouped, wrapped, with OSAID and MOF progress; never a control character
// (or a bidi override) from the repository; colour only when asked for.
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { renderText } from '../../src/report/text.js'
import { ESC, RLO, hostileModel, hostileReport } from './hostile.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('text report', () => {
  const report = hostileReport([hostileModel('models/a', 'fail', 24), hostileModel('models/b', 'pass')])

  it('groups 20+ findings by severity, errors first, with counts', () => {
    const text = renderText(report)
    const block = text.slice(text.indexOf('\nModel '))
    const e = block.indexOf('Errors (8)')
    const w = block.indexOf('Warnings (8)')
    const n = block.indexOf('Notes (8)')
    expect(e).toBeGreaterThan(0)
    expect(w).toBeGreaterThan(e)
    expect(n).toBeGreaterThan(w)
    expect(text.split('\n')[0]).toMatch(/^Model Openness Audit: FAIL {2}9 errors, 8 warnings, 8 notes/)
  })

  it('wraps to the width and shortens long evidence', () => {
    for (const width of [60, 80, 120]) {
      const lines = renderText(report, { width }).trimEnd().split('\n')
      const long = lines.filter(l => [...l].length > width)
      expect(long).toEqual([])
    }
    const text = renderText(report)
    // 5,000 x's in the evidence are cut: no run of them longer than 240 characters, with an ellipsis.
    expect(text).not.toMatch(/x{241}/)
    expect(text).toContain('…')
  })

  it('prints no control character or bidi override taken from the repository', () => {
    const text = renderText(report)
    expect(text).not.toContain(ESC)
    expect(text).not.toContain(RLO)
    expect(text.replace(/\n/g, '')).not.toMatch(CONTROL)
    expect(text).toContain('👩‍👩‍👧‍👦')
  })

  it('colours only when asked, with SGR sequences only', () => {
    expect(renderText(report, { color: false })).not.toContain(ESC)
    const coloured = renderText(report, { color: true })
    expect(coloured).toContain(`${ESC}[31m`)
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '').replace(/\n/g, '')).not.toMatch(CONTROL)
  })

  it('shows an overview of several models, the OSAID requirements and the MOF class with progress', () => {
    const text = renderText(report)
    expect(text).toMatch(
      /^ {2}fail {2}Model .*\(models\/a\)\n {8}OSAID fail · MOF unclassified, 67% of Class III · 8 errors/m
    )
    expect(text).toMatch(
      /^ {2}pass {2}Model .*\(models\/b\)\n {8}OSAID pass · MOF unclassified, 67% of Class III · no findings$/m
    )
    expect(text).toMatch(/^ {4}data-information pass {5}Reason/m)
    expect(text).toMatch(/^ {2}MOF {9}unclassified — progress: Class III 67% · Class II 20% · Class I 10%$/m)
    expect(text).toMatch(/^ {2}Restricts {3}user-threshold \(models\/a\/LICENSE:3\)$/m)
    expect(text).toMatch(/^ {2}Also {8}attribution \(catalogue\)$/m)
  })

  it('--summary keeps the headline and one line per model', () => {
    // Long names: two lines per model.
    expect(renderText(report, { summary: true }).trimEnd().split('\n')).toHaveLength(6)
    const short = hostileReport([hostileModel('a', 'fail'), hostileModel('b', 'pass')])
    for (const m of short.models) m.name = 'Kite'
    const lines = renderText(short, { summary: true }).trimEnd().split('\n')
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
    ['llama-finetune', /OSAID code fails \(reason above\)\. \[osaid\/code\]/],
    ['broken', /Licence {5}none found/],
    // A licence known from the card only: the clause is the catalogue's summary, not a quote.
    [
      'llama-licensed',
      /README\.md:2 {2}The licence caps the number of users\. \[license\/no-user-threshold\]\n {6}Llama 3\.2 Community License Agreement, per the licence catalogue: Licensees/
    ]
  ])('examples/%s reads well', async (name, expected) => {
    const { report: r } = await audit(path.join('examples', name))
    expect(renderText(r)).toMatch(expected)
  })
})
