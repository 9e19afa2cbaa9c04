import { describe, expect, it, jest } from '@jest/globals'
import { emitAnnotations, type AnnotationSink } from '../../src/github/annotations.js'
import type { Finding, FindingStatus, Severity } from '../../src/types.js'

function sink() {
  return { error: jest.fn(), warning: jest.fn(), notice: jest.fn() } satisfies AnnotationSink
}
const f = (severity: Severity, i: number, status?: FindingStatus): Finding => ({
  rule: `rule/${severity}-${i}`,
  category: 'license-restriction',
  severity,
  message: `message ${i}`,
  file: 'LICENSE',
  line: i + 1,
  evidence: 'quoted',
  status
})

describe('emitAnnotations', () => {
  it('maps severities to kinds with file, line and title', () => {
    const s = sink()
    const counts = emitAnnotations([f('error', 0), f('warning', 1), f('note', 2)], s, {
      pathPrefix: 'models/kestrel'
    })
    expect(counts).toEqual({ errors: 1, warnings: 1, notices: 1, omitted: 0 })
    expect(s.error).toHaveBeenCalledWith(expect.stringContaining('message 0'), {
      title: 'rule/error-0',
      file: 'models/kestrel/LICENSE',
      startLine: 1
    })
    expect(s.notice).toHaveBeenCalledTimes(1)
  })

  it('keeps a leading dot of a hidden folder in the prefix; drops "." and "./"', () => {
    for (const [prefix, expected] of [
      ['.hidden/model', '.hidden/model/LICENSE'],
      ['./models/a/', 'models/a/LICENSE'],
      ['.', 'LICENSE'],
      ['', 'LICENSE']
    ]) {
      const s = sink()
      emitAnnotations([f('error', 0)], s, { pathPrefix: prefix })
      expect(s.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ file: expected }))
    }
  })

  it('caps each kind at 10, new first, never fixed, then one "more" notice', () => {
    const s = sink()
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => f('error', i, 'unchanged')),
      ...Array.from({ length: 5 }, (_, i) => f('error', 100 + i, 'new')),
      f('error', 200),
      f('error', 300, 'fixed'),
      ...Array.from({ length: 3 }, (_, i) => f('warning', i))
    ]
    const counts = emitAnnotations(findings, s)
    expect(counts.errors).toBe(10)
    expect(counts.warnings).toBe(3)
    expect(counts.omitted).toBe(4)
    const titles = s.error.mock.calls.map(c => (c[1] as { title: string }).title)
    expect(titles.slice(0, 5)).toEqual([
      'rule/error-100',
      'rule/error-101',
      'rule/error-102',
      'rule/error-103',
      'rule/error-104'
    ])
    expect(titles[5]).toBe('rule/error-200')
    expect(titles).not.toContain('rule/error-300')
    expect(s.notice).toHaveBeenLastCalledWith('4 more findings are in the job summary', expect.anything())
  })

  it('keeps the notice total at 10 including the "more" notice', () => {
    const s = sink()
    const counts = emitAnnotations(
      Array.from({ length: 15 }, (_, i) => f('note', i)),
      s
    )
    expect(s.notice).toHaveBeenCalledTimes(10)
    expect(counts.omitted).toBe(6)
  })
})
