// `unknown-license: fail | warn | ignore`: a licence the audit cannot read or recognise leaves the
// OSAID terms unknown (never pass), and the config key sets what that does to the check.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'
import { withOverrides, parseConfigText } from '../../src/config/load.js'

const require = createRequire(import.meta.url)
const MIT = (
  JSON.parse(readFileSync(require.resolve('spdx-license-list/licenses/MIT.json'), 'utf8')) as {
    licenseText: string
  }
).licenseText

const CARD = '---\nlicense: mit\n---\n# Heron-7B\n\nA small model.\n'
const CUSTOM = '---\nlicense: other\nlicense_name: heron-terms\n---\n# Heron-7B\n\nA small model.\n'

// The open-weights policy leaves code and data information out, so only the licence decides the check.
async function run(files: Record<string, string>, config = '') {
  const r = await auditFiles(
    { 'model.safetensors': LFS_POINTER, ...files },
    `policy: open-weights\n${config}`
  )
  const m = r.models[0]
  return {
    report: r,
    terms: m.osaidRequirements!.find(x => x.id === 'terms')!,
    unknown: m.findings
      .filter(f => f.rule === 'license-unrecognized')
      .map(f => [f.severity, f.file, f.message])
  }
}

describe('unknown licences', () => {
  it('a licence file that is an LFS pointer: terms unknown, a warning by default, exit 0', async () => {
    const { report, terms, unknown } = await run({ LICENSE: LFS_POINTER, 'README.md': CARD })
    expect(terms.verdict).toBe('unknown')
    expect(terms.reason).toMatch(/^LICENSE is a Git LFS pointer, not the licence text/)
    expect(unknown).toEqual([
      [
        'warning',
        'LICENSE',
        'LICENSE is a Git LFS pointer, not the text; its terms cannot be checked, so the OSAID terms are unknown.'
      ]
    ])
    expect(report.models[0].osaid).not.toBe('pass')
    expect(report.verdict).toBe('pass')
  })

  it('unknown-license: fail makes it an error that fails the check', async () => {
    const { report, unknown } = await run(
      { LICENSE: LFS_POINTER, 'README.md': CARD },
      'unknown-license: fail\n'
    )
    expect(unknown.map(u => u[0])).toEqual(['error'])
    expect(report.verdict).toBe('fail')
  })

  it('unknown-license: ignore reports nothing, the terms stay unknown', async () => {
    const { report, terms, unknown } = await run(
      { LICENSE: LFS_POINTER, 'README.md': CARD },
      'unknown-license: ignore\n'
    )
    expect(unknown).toEqual([])
    expect(terms.verdict).toBe('unknown')
    expect(report.verdict).toBe('pass')
  })

  it('an explicit rules: entry wins over unknown-license', async () => {
    const { unknown } = await run(
      { LICENSE: LFS_POINTER, 'README.md': CARD },
      'unknown-license: ignore\nrules:\n  license-unrecognized: note\n'
    )
    expect(unknown.map(u => u[0])).toEqual(['note'])
  })

  it('a custom licence named only in the card: terms unknown, saying what would decide it', async () => {
    const { terms, unknown } = await run({ 'README.md': CUSTOM }, 'unknown-license: fail\n')
    expect(terms.verdict).toBe('unknown')
    expect(terms.reason).toMatch(/^The licence `heron-terms` in the card is not recognised/)
    expect(terms.reason).toMatch(/an SPDX licence id in the card .* a licence name from the catalogue/)
    expect(unknown).toEqual([['error', 'README.md', `OSAID terms: ${terms.reason}`]])
  })

  it('a readable standard text passes the terms and reports nothing', async () => {
    const { terms, unknown } = await run({ LICENSE: MIT, 'README.md': CARD }, 'unknown-license: fail\n')
    expect(terms.verdict).toBe('pass')
    expect(unknown).toEqual([])
  })

  it('the config key and the override accept only fail, warn and ignore', () => {
    expect(parseConfigText('', 'c.yml')['unknown-license']).toBe('warn')
    expect(() => parseConfigText('unknown-license: maybe\n', 'c.yml')).toThrow(/unknown-license/)
    const c = withOverrides(parseConfigText('', 'c.yml'), { 'unknown-license': 'fail' }, 'action inputs')
    expect(c['unknown-license']).toBe('fail')
    expect(() => withOverrides(c, { 'unknown-license': 'no' }, 'action inputs')).toThrow(/unknown-license/)
  })
})
