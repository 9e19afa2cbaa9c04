import { describe, expect, it } from '@jest/globals'
import {
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_BYTES,
  fitComment,
  fitMarkdown,
  fitSummary,
  fitSummaryResult
} from '../../src/github/limits.js'

const RUN = 'https://github.com/octo-org/models/actions/runs/42'

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length
}

/** ~2 MB report: sections, each a <details> block holding a table with multi-byte text. */
function bigReport(): string {
  const parts = ['# Model Openness Audit', '', '**Verdict: fail**', '']
  for (let s = 0; parts.join('\n').length < 2_000_000; s++) {
    parts.push(
      `<details>`,
      `<summary>Model ${s} — “findings”</summary>`,
      '',
      '| rule | file | message |',
      '|---|---|---|'
    )
    for (let r = 0; r < 40; r++)
      parts.push(
        `| license/no-user-threshold | models/m${s}/LICENSE | Cap of 700 000 000 monthly users — ünïcødé ${r} |`
      )
    parts.push('', '```text', 'quoted clause', '```', '', '</details>', '')
  }
  return parts.join('\n')
}

describe('limits', () => {
  const md = bigReport()

  it('leaves short markdown alone', () => {
    expect(fitComment('# ok', { runUrl: RUN })).toBe('# ok')
    expect(fitSummary('# ok', { runUrl: RUN })).toBe('# ok')
  })

  it('cuts a 2 MB report under the comment limit with the note and balanced <details>', () => {
    expect(md.length).toBeGreaterThan(2_000_000)
    const text = fitComment(md, { runUrl: RUN })
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(text.length).toBeGreaterThan(MAX_COMMENT_CHARS / 2)
    expect(text).toContain(`truncated; the full report is in the job summary / workflow run: ${RUN}`)
    expect(count(text, /<details>/g)).toBe(count(text, /<\/details>/g))
    expect(count(text, /^```/gm) % 2).toBe(0)
    // No half table row: every line that starts with "|" also ends with "|".
    for (const line of text.split('\n')) if (line.startsWith('|')) expect(line.endsWith('|')).toBe(true)
  })

  it('cuts a 2 MB report under the summary byte limit', () => {
    const result = fitSummaryResult(md, { runUrl: RUN, reportFile: 'openness.json' })
    expect(Buffer.byteLength(result.text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(result.size).toBe(Buffer.byteLength(result.text))
    expect(result.truncated).toBe(true)
    expect(result.text).toContain(RUN)
    expect(result.text).toContain('openness.json')
    expect(count(result.text, /<details>/g)).toBe(count(result.text, /<\/details>/g))
  })

  it('closes an open <details> when one block alone is too big', () => {
    const huge = `# R\n\n<details>\n<summary>all</summary>\n\n${'- item item item item\n'.repeat(10_000)}</details>\n`
    const text = fitComment(huge, { runUrl: RUN, maxChars: 5000 })
    expect(text.length).toBeLessThanOrEqual(5000)
    expect(count(text, /<details>/g)).toBe(1)
    expect(count(text, /<\/details>/g)).toBe(1)
    expect(text.indexOf('</details>')).toBeLessThan(text.indexOf('truncated'))
  })

  it('closes an open code fence', () => {
    const text = fitComment(`# R\n\n\`\`\`\n${'line\n'.repeat(5000)}\`\`\`\n`, {
      maxChars: 1000,
      runUrl: RUN
    })
    expect(count(text, /^```/gm)).toBe(2)
  })

  it('never cuts between a table header and its delimiter row', () => {
    const md2 = `${'x'.repeat(900)}\n| a | b |\n|---|---|\n| 1 | 2 |\n`
    const r = fitMarkdown(md2, { max: 920, measure: s => s.length, note: '' })
    expect(r.text.endsWith('| a | b |\n')).toBe(false)
  })

  it('falls back to a compact text when nothing fits, and to the default one', () => {
    const oneLine = 'x'.repeat(200_000)
    expect(fitComment(oneLine, { runUrl: RUN, fallback: 'compact report' })).toBe('compact report')
    const text = fitComment(oneLine, { runUrl: RUN })
    expect(text).toContain('too long')
    expect(text).toContain(RUN)
    expect(fitComment(oneLine, { maxChars: 10 }).length).toBeLessThanOrEqual(10)
  })
})
