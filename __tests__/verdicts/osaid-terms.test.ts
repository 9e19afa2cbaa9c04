// One case per branch of the OSAID "terms" requirement, each asserting its verdict and reason.
import { describe, expect, it } from '@jest/globals'
import { isOpenTerms, osaidVerdict, termsRequirement } from '../../src/verdicts/osaid.js'
import type { OsaidRequirement } from '../../src/report/types.js'
import { clause, facts, ident, licenseFile } from './facts-builder.js'

describe('OSAID terms', () => {
  it('fails on a restrictive clause, naming it, with the quote as evidence', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'apache-2.0')],
        clauses: [clause('non-commercial', 'for non-commercial purposes only')]
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/^The terms restrict the freedoms: the licence .*commercial/)
    expect(r.evidence).toEqual(['LICENSE:3: “for non-commercial purposes only”'])
  })

  it('a catalogue clause (no file) is cited from the card metadata', () => {
    const r = termsRequirement(
      facts({ clauses: [{ ...clause('user-threshold', 'cap'), file: null, line: null }] })
    )
    expect(r.verdict).toBe('fail')
    expect(r.evidence).toEqual(['card metadata: “cap”'])
  })

  it('attribution and share-alike do not restrict the freedoms', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'apache-2.0')],
        clauses: [clause('attribution'), clause('share-alike')]
      })
    )
    expect(r.verdict).toBe('pass')
  })

  it('fails when the base model’s licence is not open', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'mit')],
        baseModels: [{ id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' }]
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(
      /^Derived from meta-llama\/Llama-2-7b-hf, whose licence \(.+\) is not open source/
    )
    expect(r.evidence).toEqual(['base_model: meta-llama/Llama-2-7b-hf → llama2'])
  })

  it('a base model under an open licence, or of unknown licence, does not fail the terms', () => {
    for (const licenseId of ['apache-2.0', null]) {
      const r = termsRequirement(
        facts({
          licenseFiles: [licenseFile('LICENSE', 'mit')],
          baseModels: [{ id: 'org/base', licenseId, source: 'hub' }]
        })
      )
      expect(r.verdict).toBe('pass')
    }
  })

  it('fails with no licence at all', () => {
    const r = termsRequirement(facts())
    expect(r).toEqual({
      id: 'terms',
      verdict: 'fail',
      reason: 'No licence: without one nobody may use, study, modify or share the model.',
      evidence: []
    })
  })

  it('a data or documentation licence alone is no licence for the model', () => {
    const r = termsRequirement(
      facts({ licenseFiles: [licenseFile('DATA_LICENSE', 'cc-by-4.0', 'text', { component: 'data' })] })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/^No licence/)
  })

  it('fails on an identified licence that is not open, naming it', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'cc-by-nc-4.0', 'text', { name: 'CC BY-NC 4.0' })]
      })
    )
    expect(r).toEqual({
      id: 'terms',
      verdict: 'fail',
      reason: 'CC BY-NC 4.0 is not an OSI-approved licence.',
      evidence: ['LICENSE: cc-by-nc-4.0']
    })
  })

  it('a non-open licence fails even beside an unreadable file', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'cc-by-nc-4.0'), licenseFile('LICENSE-WEIGHTS', null, 'binary')]
      })
    )
    expect(r.verdict).toBe('fail')
  })

  it.each([
    ['lfs-pointer', 'is a Git LFS pointer, not the licence text'],
    ['binary', 'is a binary file'],
    ['error', 'could not be read'],
    ['truncated', 'is too large to read completely'],
    ['unsafe', 'leads outside the repository']
  ] as const)('a licence file that is %s leaves the terms unknown, never pass', (state, said) => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', null, state)],
        // The card's own licence does not make an unreadable text readable.
        licenses: [ident('apache-2.0', { file: null, source: 'card' })]
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toBe(
      `LICENSE ${said}, so its terms cannot be checked; the licence as text, an SPDX licence id in the card (e.g. \`license: apache-2.0\`), a licence name from the catalogue (e.g. \`license: llama3.1\`) or a standard licence text would decide it.`
    )
    expect(r.evidence).toEqual([`LICENSE: ${state}`])
  })

  it('an unreadable notice file does not matter', () => {
    const notice = {
      ...licenseFile('NOTICE', null, 'binary'),
      file: { path: 'NOTICE', role: 'notice' as const, size: 1 }
    }
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', 'mit'), notice] }))
    expect(r.verdict).toBe('pass')
  })

  it('an unrecognised licence text with no clause is unknown, saying what would decide it', () => {
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', null)] }))
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toBe(
      'The licence LICENSE is not recognised and no restriction was found in it; an SPDX licence id in the card (e.g. `license: apache-2.0`), a licence name from the catalogue (e.g. `license: llama3.1`) or a standard licence text would decide it.'
    )
    expect(r.evidence).toEqual(['LICENSE: Custom licence'])
  })

  it('an unrecognised text stays unknown even when the card names an open licence', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', null), licenseFile('LICENSE-2', null)],
        licenses: [
          ident(null, { file: 'LICENSE' }),
          ident(null, { file: 'LICENSE-2' }),
          ident('mit', { file: null, source: 'card' })
        ]
      })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(
      /^The licences LICENSE, LICENSE-2 are not recognised and no restriction was found in them;/
    )
  })

  it('a licence named only in the card (license: other) is unknown, quoting its name', () => {
    const r = termsRequirement(
      facts({ licenses: [ident(null, { file: null, source: 'card', name: 'heron-license' })] })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^The licence `heron-license` in the card is not recognised/)
  })

  it('a use policy alone is unknown: it grants nothing', () => {
    const r = termsRequirement(
      facts({ licenses: [ident('llama2-aup', { file: 'USE_POLICY.md', component: 'use-policy' })] })
    )
    expect(r.verdict).toBe('unknown')
    expect(r.reason).toMatch(/^Only a use policy was found, no licence granting the freedoms;/)
  })

  it('passes when every licence is OSI-approved, listing them', () => {
    const r = termsRequirement(
      facts({
        licenseFiles: [licenseFile('LICENSE', 'apache-2.0')],
        licenses: [ident('apache-2.0'), ident('apache-2.0', { file: null, source: 'card', line: 3 })]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe('Every licence is OSI-approved (apache-2.0) and no restrictive clause was found.')
    expect(r.evidence).toEqual(['LICENSE: apache-2.0', 'card: apache-2.0 (line 3)'])
  })

  it('passes with an open content licence, saying the OSI has no list of terms', () => {
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', 'cc-by-4.0')] }))
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Open terms (cc-by-4.0 is an open content licence; the OSI has published no list of approved terms for parameters).'
    )
  })
})

describe('isOpenTerms', () => {
  it('tells OSI-approved, open content and closed licences apart', () => {
    expect(isOpenTerms('Apache-2.0')).toEqual({ open: true, osi: true })
    expect(isOpenTerms('CC-BY-4.0')).toEqual({ open: true, osi: false })
    expect(isOpenTerms('cc-by-nc-4.0')).toEqual({ open: false, osi: false })
  })
})

describe('osaidVerdict', () => {
  const req = (verdict: OsaidRequirement['verdict']): OsaidRequirement => ({
    id: 'terms',
    verdict,
    reason: '',
    evidence: []
  })
  it('fail beats unknown beats pass', () => {
    expect(osaidVerdict([req('pass'), req('unknown'), req('fail')])).toBe('fail')
    expect(osaidVerdict([req('pass'), req('unknown')])).toBe('unknown')
    expect(osaidVerdict([req('pass'), req('pass')])).toBe('pass')
    expect(osaidVerdict([])).toBe('pass')
  })
})
