import { describe, expect, it } from '@jest/globals'
import { findingKey, markStatus, renderChangesMarkdown, summarizeChanges } from '../../src/pr/status.js'
import type { ModelReport, Report } from '../../src/report/types.js'
import type { Finding } from '../../src/types.js'

const escape = (s: string): string => s.replace(/[\\`*_[\]<>|#@]/g, c => `\\${c}`)

function model(
  path: string,
  findings: Finding[],
  osaid: ModelReport['osaid'] = 'pass',
  name?: string
): ModelReport {
  return {
    path,
    card: 'README.md',
    name,
    licenses: [],
    osaid,
    mofClass: null,
    clauses: [],
    findings,
    verdict: osaid === 'fail' ? 'fail' : 'pass'
  }
}
function report(models: ModelReport[], findings: Finding[] = []): Report {
  const fail = models.some(m => m.verdict === 'fail')
  return {
    schemaVersion: 1,
    tool: { name: 'model-openness-audit', version: '0.0.0' },
    verdict: fail ? 'fail' : 'pass',
    models,
    findings
  }
}

const cap: Finding = {
  rule: 'license/no-user-threshold',
  category: 'license-restriction',
  severity: 'error',
  message: 'A cap of 250,000,000 monthly users',
  file: 'LICENSE',
  line: 7,
  evidence: 'more than 250,000,000 monthly active users'
}
const card: Finding = {
  rule: 'card/data-information',
  category: 'data-information',
  severity: 'warning',
  message: 'The card does not say where the training data comes from (README.md, line 12)',
  file: 'README.md',
  line: 12
}
const noCode: Finding = {
  rule: 'code/training-code',
  category: 'code-availability',
  severity: 'warning',
  message: 'No training code'
}
const config: Finding = {
  rule: 'config/unknown-key',
  category: 'config',
  severity: 'warning',
  message: 'Unknown key "polcy"',
  file: '.github/model-openness.yml',
  line: 2
}

describe('markStatus', () => {
  it('marks new, unchanged and fixed; line shifts stay unchanged', () => {
    const base = report([model('.', [card, noCode])], [config])
    const head = report(
      [
        model(
          '.',
          [
            {
              ...card,
              line: 19,
              message: 'The card does not say where the training data comes from (README.md, line 19)'
            },
            cap
          ],
          'fail',
          'Kestrel-3B'
        )
      ],
      []
    )
    const marked = markStatus(head, base)
    const fs = marked.models[0].findings
    expect(fs.map(f => [f.rule, f.status])).toEqual([
      ['card/data-information', 'unchanged'],
      ['license/no-user-threshold', 'new'],
      ['code/training-code', 'fixed']
    ])
    expect(marked.findings).toEqual([{ ...config, status: 'fixed' }])
    // Inputs are not mutated.
    expect(head.models[0].findings[0].status).toBeUndefined()
    expect(base.models[0].findings.every(f => f.status === undefined)).toBe(true)
  })

  it('matches duplicates as a multiset and keeps models apart', () => {
    const base = report([model('a', [noCode]), model('b', [noCode])])
    const head = report([model('a', [noCode, noCode]), model('c', [noCode])])
    const marked = markStatus(head, base)
    expect(marked.models[0].findings.map(f => f.status)).toEqual(['unchanged', 'new'])
    expect(marked.models[1].findings.map(f => f.status)).toEqual(['new'])
    // Model b is gone: its finding is fixed at repository level.
    expect(marked.findings.map(f => f.status)).toEqual(['fixed'])
  })

  it('key ignores line numbers and whitespace', () => {
    expect(
      findingKey({ ...cap, line: 99, evidence: 'more  than 250,000,000\nmonthly active users' }, '.')
    ).toBe(findingKey(cap, '.'))
    expect(findingKey(cap, 'other')).not.toBe(findingKey(cap, '.'))
  })

  it('without a base returns a copy without statuses', () => {
    const marked = markStatus(report([model('.', [cap])]), null)
    expect(marked.models[0].findings[0].status).toBeUndefined()
    expect(summarizeChanges(marked, null).compared).toBe(false)
    expect(renderChangesMarkdown(summarizeChanges(marked, null), escape)).toBe('')
  })
})

describe('summarizeChanges / renderChangesMarkdown', () => {
  it('says which model became non-open and why', () => {
    const base = report([model('.', [card], 'pass', 'Kestrel-3B')])
    const head = report([model('.', [card, cap], 'fail', 'Kestrel-3B')])
    const summary = summarizeChanges(markStatus(head, base), base)
    expect(summary.headline).toBe(
      'This PR makes Kestrel-3B non-open: it adds a cap of 250,000,000 monthly active users (LICENSE, line 7)'
    )
    expect(summary.modelsBecameNonOpen).toEqual([
      expect.objectContaining({
        model: '.',
        name: 'Kestrel-3B',
        file: 'LICENSE',
        line: 7,
        reason: 'a cap of 250,000,000 monthly active users'
      })
    ])
    expect(summary.changed).toBe(true)
    const md = renderChangesMarkdown(summary, escape)
    expect(md).toContain(
      '**This PR makes Kestrel-3B non-open**: it adds a cap of 250,000,000 monthly active users (LICENSE, line 7).'
    )
    expect(md).toContain('> more than 250,000,000 monthly active users')
    expect(md).toContain('1 new · 0 fixed · 1 unchanged')
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length)
  })

  it('counts fixes and no change', () => {
    const base = report([model('.', [card, noCode])])
    const fixedHead = report([model('.', [card])])
    const s1 = summarizeChanges(markStatus(fixedHead, base), base)
    expect(s1.headline).toBe('This PR fixes 1 finding')
    const base2 = report([model('.', [card, noCode, config])])
    expect(summarizeChanges(markStatus(fixedHead, base2), base2).headline).toBe('This PR fixes 2 findings')
    const same = summarizeChanges(markStatus(base, base), base)
    expect(same.headline).toBe('No change in findings')
    expect(same.changed).toBe(false)
    expect(renderChangesMarkdown(same, escape)).toContain('**No change in findings.**')
  })

  it('reports a model that became open', () => {
    const base = report([model('.', [cap], 'fail', 'Kestrel-3B')])
    const head = report([model('.', [], 'pass', 'Kestrel-3B')])
    const summary = summarizeChanges(markStatus(head, base), base)
    expect(summary.modelsBecameOpen).toHaveLength(1)
    expect(summary.headline).toContain('makes Kestrel-3B open')
  })

  it('escapes every repository-derived string', () => {
    const evil: Finding = {
      ...cap,
      message: 'Cap <img src=x onerror=alert(1)> @everyone',
      file: 'LIC|ENSE',
      evidence: '</details><script>'
    }
    const base = report([model('.', [], 'pass', '<b>Evil</b>')])
    const head = report([model('.', [evil], 'fail', '<b>Evil</b>')])
    const md = renderChangesMarkdown(summarizeChanges(markStatus(head, base), base), escape)
    expect(md).not.toMatch(/(?<!\\)<(img|b>|script)|(?<!\\)@everyone|LIC\|/)
    expect(md.match(/(?<!\\)<\/details>/g)?.length).toBe(md.match(/<details/g)?.length)
  })
})
