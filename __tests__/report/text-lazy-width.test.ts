// The text report loads string-width (about 50 ms of ICU work when it is evaluated) only for a
// report that holds a character outside ONE_COLUMN_TEXT, and its output does not depend on when
// it was loaded. string-width is wrapped here to count its loads and calls.
import { describe, expect, it, jest } from '@jest/globals'
import realStringWidth from 'string-width'
import type { Report } from '../../src/report/types.js'
import { hostileModel, hostileReport } from './hostile.js'

let loads = 0
let calls = 0
jest.unstable_mockModule('string-width', () => {
  loads++
  return {
    default: (s: string) => {
      calls++
      return realStringWidth(s)
    }
  }
})
const { renderText } = await import('../../src/report/text.js')

/** A report of one model whose every string is plain ASCII. */
function asciiReport(): Report {
  const report = hostileReport([hostileModel('models/a', 'fail', 4)])
  const plain = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?')
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
    typeof value === 'string' ? plain(value) : value
  ) as Report
}

describe('string-width is loaded only when a report needs it', () => {
  // The cases run in order: the module is loaded once, by the third.
  it('renders a report of one-column text without loading it, in colour or not', async () => {
    const report = asciiReport()
    const plain = await renderText(report, { width: 80 })
    const coloured = await renderText(report, { width: 80, color: true })
    expect(loads).toBe(0)
    expect(plain).toContain('Model Openness Audit: FAIL')
    // The colours are the only difference: the widths were measured without the codes.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })

  it('renders the same text once it is loaded', async () => {
    const report = asciiReport()
    const before = await renderText(report, { width: 70 })
    const colouredBefore = await renderText(report, { width: 70, color: true })
    const wide = hostileReport([hostileModel('models/a', 'fail', 3)])
    wide.models[0].name = '中文模型名称'
    const text = await renderText(wide, { width: 60 })
    expect(loads).toBe(1)
    expect(calls).toBeGreaterThan(0)
    for (const line of text.trimEnd().split('\n')) expect(realStringWidth(line)).toBeLessThanOrEqual(60)
    expect(text).toContain('中文模型名称')
    expect(await renderText(report, { width: 70 })).toBe(before)
    expect(await renderText(report, { width: 70, color: true })).toBe(colouredBefore)
  })

  it('measures coloured wide text without its colour codes', async () => {
    const wide = hostileReport([hostileModel('models/a', 'fail', 3)])
    wide.models[0].findings[0].message = '此许可证限制商业用途。'.repeat(12)
    const plain = await renderText(wide, { width: 60 })
    const coloured = await renderText(wide, { width: 60, color: true })
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
    for (const line of plain.trimEnd().split('\n')) expect(realStringWidth(line)).toBeLessThanOrEqual(60)
    expect(loads).toBe(1)
  })
})
