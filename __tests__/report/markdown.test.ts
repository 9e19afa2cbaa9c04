import { describe, expect, it } from '@jest/globals'
import { auditFiles } from '../helpers/audit.js'
import { renderMarkdown } from '../../src/report/markdown.js'
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
    expect(md).toMatch(/<summary>🔴 Errors \(\d+\)<\/summary>/)
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
    expect(renderText(r)).not.toContain(String.fromCharCode(27))
    expect(() => JSON.parse(renderSarif(r))).not.toThrow()
  })
})
