// A standard licence with sentences added is reported as modified, with the added sentences and
// the clauses inside them; fill-ins of the template (copyright lines, names, years) are not.
import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import { identifyLicenseText } from '../../src/licenses/identify.js'
import { addedSentences, splitSentences } from '../../src/licenses/modified.js'
import { idsWithSameText } from '../../src/licenses/spdx-text-match.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { LFS_POINTER, spdxText } from '../helpers/fixtures.js'

const LIST = createRequire(import.meta.url)('spdx-license-list/full') as Record<
  string,
  { osiApproved: boolean; licenseText: string }
>

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex(l => l.includes(needle)) + 1
}

describe('modified standard licences', () => {
  it('MIT with a non-commercial sentence is "MIT (modified)", quoting it at its line, with its clause', () => {
    const text =
      spdxText('MIT', 'Heron Robotics') + '\nThe Software may not be used for commercial purposes.\n'
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id).toBe('LicenseRef-MIT-modified')
    expect(r.name).toBe('MIT (modified)')
    expect(r.modifiedFrom).toBe('MIT')
    const line = lineOf(text, 'commercial purposes')
    expect(r.addedText).toEqual([{ line, text: 'The Software may not be used for commercial purposes.' }])
    const nc = detectClauses(text, 'LICENSE').filter(c => c.type === 'non-commercial')
    expect(nc.map(c => c.line)).toEqual([line])
  })

  it('MIT with only another copyright line and holder is plain MIT', () => {
    const text = spdxText('MIT', 'Quill & Sons Ltd').replace(
      /^Copyright.*$/m,
      'Copyright (c) 2019-2026 Quill & Sons Ltd and contributors'
    )
    const r = identifyLicenseText('MIT License\n\n' + text, 'LICENSE')
    expect(r.id).toBe('MIT')
    expect(r.modifiedFrom).toBeUndefined()
    expect(r.addedText).toBeUndefined()
  })

  it('Apache-2.0 with an appended cap on monthly active users is modified, with a user-threshold clause', () => {
    const added =
      'Notwithstanding the above, you may not use the Work in a product with more than 50 million monthly active users without a separate license from the Licensor.'
    const text = spdxText('Apache-2.0', 'Heron Robotics') + '\n' + added + '\n'
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id).toBe('LicenseRef-Apache-2.0-modified')
    expect(r.name).toBe('Apache-2.0 (modified)')
    const line = lineOf(text, 'monthly active users')
    expect(r.addedText?.[0]).toEqual({ line, text: added })
    expect(
      detectClauses(text, 'LICENSE')
        .filter(c => c.type === 'user-threshold')
        .map(c => c.line)
    ).toEqual([line])
  })

  it('BSD-3-Clause with its fill-ins filled is plain BSD-3-Clause', () => {
    const text = LIST['BSD-3-Clause']!.licenseText.replace(/<year>/g, '2026')
      .replace(/<owner>/g, 'Heron Robotics GmbH')
      .replace(/<copyright holder>/gi, 'Heron Robotics GmbH')
      .replace(/the copyright holder/g, 'Heron Robotics GmbH')
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id).toBe('BSD-3-Clause')
    expect(r.addedText).toBeUndefined()
  })

  it('every OSI-approved SPDX text, filled in and re-wrapped, identifies as itself and is never modified', () => {
    const wrong: string[] = []
    for (const id of Object.keys(LIST).filter(i => LIST[i]!.osiApproved)) {
      const r = identifyLicenseText(spdxText(id), 'LICENSE')
      if (r.modifiedFrom) wrong.push(`${id} -> modified: ${JSON.stringify(r.addedText?.[0])}`)
      else if (r.id !== id && !idsWithSameText(id).includes(r.id ?? '')) wrong.push(`${id} -> ${r.id}`)
    }
    expect(wrong).toEqual([])
  })

  it('splits sentences at end punctuation and blank lines, each with its starting line', () => {
    expect(splitSentences('One two.  Three\nfour; five\n\nsix')).toEqual([
      { line: 1, text: 'One two.' },
      { line: 1, text: 'Three\nfour;' },
      { line: 2, text: 'five' },
      { line: 4, text: 'six' }
    ])
  })

  it('has no template for a licence that is not OSI-approved, and finds nothing added to an exact text', () => {
    expect(addedSentences('anything', 'CC-BY-NC-4.0')).toBeNull()
    expect(addedSentences(LIST['MIT']!.licenseText, 'MIT')).toEqual([])
  })
})

describe('license/modified in an audit', () => {
  const README = '# Heron Tiny\n\nHeron Tiny is a small language model.\n'

  it('quotes the added sentence at its line, keeps its clause finding, and fails the OSAID terms', async () => {
    const license =
      spdxText('MIT', 'Heron Robotics') + '\nThe Software may not be used for commercial purposes.\n'
    const line = lineOf(license, 'commercial purposes')
    const r = await auditFiles({ LICENSE: license, 'README.md': README, 'model.safetensors': LFS_POINTER })
    const m = r.models[0]!
    expect(m.licenses.map(l => [l.file, l.id, l.name, l.modifiedFrom])).toEqual([
      ['LICENSE', 'LicenseRef-MIT-modified', 'MIT (modified)', 'MIT']
    ])
    const own = allFindings(r)
      .filter(f => f.file === 'LICENSE')
      .map(f => [f.rule, f.severity, f.line])
    // A modified text is no OSI-approved licence (license/osi-approved, for the file as a whole).
    expect(own).toEqual([
      ['license/osi-approved', 'error', undefined],
      ['license/no-non-commercial', 'error', line],
      ['license/modified', 'warning', line]
    ])
    const modified = allFindings(r).find(f => f.rule === 'license/modified')!
    expect(modified.category).toBe('license-mismatch')
    expect(modified.message).toContain('“The Software may not be used for commercial purposes.”')
    const terms = m.osaidRequirements!.find(q => q.id === 'terms')!
    expect(terms.verdict).toBe('fail')
    expect(terms.reason).toMatch(/commercial/i)
  })

  it('passes the OSAID terms of a modification that restricts nothing, and says it was modified', async () => {
    const license =
      spdxText('MIT', 'Heron Robotics') +
      '\nContributors must sign the Heron contributor agreement before their changes are merged upstream.\n'
    const line = lineOf(license, 'contributor agreement')
    const r = await auditFiles({ LICENSE: license, 'README.md': README, 'model.safetensors': LFS_POINTER })
    // Judged by its base licence, as the terms are: no license/osi-approved.
    expect(
      allFindings(r)
        .filter(f => f.file === 'LICENSE')
        .map(f => [f.rule, f.severity, f.line])
    ).toEqual([['license/modified', 'warning', line]])
    const terms = r.models[0]!.osaidRequirements!.find(q => q.id === 'terms')!
    expect(terms.verdict).toBe('pass')
    expect(terms.reason).toContain('LICENSE is MIT (modified)')
  })

  it('reports nothing for the standard text with a copyright line', async () => {
    const r = await auditFiles({
      LICENSE: spdxText('MIT', 'Heron Robotics'),
      'README.md': README,
      'model.safetensors': LFS_POINTER
    })
    expect(r.models[0]!.licenses.map(l => l.id)).toEqual(['MIT'])
    expect(allFindings(r).filter(f => f.rule === 'license/modified')).toEqual([])
  })
})
