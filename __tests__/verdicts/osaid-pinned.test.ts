// Branches of the OSAID requirements that a full mutation run (`npm run mutate`) found no test
// pinned: each case asserts the requirement's verdict and its reason, so that deleting or flipping
// the branch fails a test.
import { describe, expect, it } from '@jest/globals'
import { termsRequirement } from '../../src/verdicts/osaid.js'
import { facts, ident, licenseFile } from './facts-builder.js'

/** A standard licence text with sentences added, as licence identification reports it. */
const modified = (base: string, over: Parameters<typeof ident>[1] = {}) =>
  ident(`LicenseRef-${base}-modified`, { name: `${base} (modified)`, modifiedFrom: base, ...over })

describe('OSAID terms: a standard licence with sentences added', () => {
  it('is judged by its base licence once no restrictive clause was found, and the reason says so', () => {
    const r = termsRequirement(facts({ licenses: [modified('MIT')] }))
    expect(r).toEqual({
      id: 'terms',
      verdict: 'pass',
      reason:
        'Every licence is OSI-approved (LicenseRef-MIT-modified) and no restrictive clause was found. LICENSE is MIT (modified): its added sentences restrict nothing the audit detects; read them.',
      evidence: ['LICENSE: LicenseRef-MIT-modified']
    })
  })

  it('two modified texts, one named in the card: each is noted, joined by a semicolon', () => {
    const r = termsRequirement(
      facts({
        licenses: [modified('MIT'), modified('Apache-2.0', { file: null, source: 'card', line: 2 })]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Every licence is OSI-approved (LicenseRef-MIT-modified, LicenseRef-Apache-2.0-modified) and no restrictive clause was found. LICENSE is MIT (modified): its added sentences restrict nothing the audit detects; read them; card is Apache-2.0 (modified): its added sentences restrict nothing the audit detects; read them.'
    )
    expect(r.evidence).toEqual([
      'LICENSE: LicenseRef-MIT-modified',
      'card: LicenseRef-Apache-2.0-modified (line 2)'
    ])
  })

  it('an open content licence with sentences added passes as open terms, with the note', () => {
    const r = termsRequirement(facts({ licenses: [modified('CC-BY-4.0')] }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Open terms (LicenseRef-CC-BY-4.0-modified is an open content licence; the OSI has published no list of approved terms for parameters). LICENSE is CC-BY-4.0 (modified): its added sentences restrict nothing the audit detects; read them.'
    )
  })

  it('a closed licence with sentences added fails on its base licence', () => {
    const r = termsRequirement(facts({ licenses: [modified('CC-BY-NC-4.0')] }))
    expect(r).toEqual({
      id: 'terms',
      verdict: 'fail',
      reason: 'CC-BY-NC-4.0 (modified) is not an OSI-approved licence.',
      evidence: ['LICENSE: LicenseRef-CC-BY-NC-4.0-modified']
    })
  })

  it('an unmodified licence beside a modified one adds no note for itself', () => {
    const r = termsRequirement(
      facts({ licenses: [ident('apache-2.0', { file: 'LICENSE-CODE' }), modified('MIT')] })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Every licence is OSI-approved (apache-2.0, LicenseRef-MIT-modified) and no restrictive clause was found. LICENSE is MIT (modified): its added sentences restrict nothing the audit detects; read them.'
    )
  })
})

describe('OSAID terms: licences that do not govern the model', () => {
  it('a documentation licence alone is no licence for the model', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE-DOCS', 'cc-by-4.0', 'text', { component: 'documentation' })]
      })
    )
    expect(r).toEqual({
      id: 'terms',
      verdict: 'fail',
      reason: 'No licence: without one nobody may use, study, modify or share the model.',
      evidence: []
    })
  })

  it('a closed data licence beside an open model licence does not fail the terms', () => {
    const r = termsRequirement(
      facts({
        licenses: [ident('apache-2.0'), ident('cc-by-nc-4.0', { file: 'DATA_LICENSE', component: 'data' })]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Every licence is OSI-approved (apache-2.0) and no restrictive clause was found.')
  })
})
