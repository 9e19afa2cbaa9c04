// Branches of the OSAID requirements that a full mutation run (`npm run mutate`) found no test
// pinned: each case asserts the requirement's verdict and its reason, so that deleting or flipping
// the branch fails a test.
import { describe, expect, it } from '@jest/globals'
import { codeRequirement, termsRequirement } from '../../src/verdicts/osaid.js'
import { clause, facts, ident, licenseFile } from './facts-builder.js'

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

describe('OSAID terms: each branch names its requirement and cites what decided it', () => {
  const DECIDE =
    'an SPDX licence id in the card (e.g. `license: apache-2.0`), a licence name from the catalogue (e.g. `license: llama3.1`) or a standard licence text would decide it'

  it('a restrictive clause', () => {
    const r = termsRequirement(facts({ clauses: [clause('non-commercial', 'only for research')] }))
    expect(r.id).toBe('terms')
    expect(r.verdict).toBe('fail')
    expect(r.evidence).toEqual(['LICENSE:3: “only for research”'])
  })

  it('an unreadable licence file', () => {
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', null, 'truncated')] }))
    expect(r).toEqual({
      id: 'terms',
      verdict: 'unknown',
      reason: `LICENSE is too large to read completely, so its terms cannot be checked; the licence as text, ${DECIDE}.`,
      evidence: ['LICENSE: truncated']
    })
  })

  it('an unrecognised licence', () => {
    const r = termsRequirement(facts({ licenseFiles: [licenseFile('LICENSE', null)] }))
    expect(r).toEqual({
      id: 'terms',
      verdict: 'unknown',
      reason: `The licence LICENSE is not recognised and no restriction was found in it; ${DECIDE}.`,
      evidence: ['LICENSE: Custom licence']
    })
  })

  it('use policies alone: three are cited', () => {
    const policies = ['USE_POLICY.md', 'AUP.md', 'POLICY.md', 'RULES.md'].map(file =>
      ident('llama3-aup', { file, component: 'use-policy' })
    )
    const r = termsRequirement(facts({ licenses: policies }))
    expect(r).toEqual({
      id: 'terms',
      verdict: 'unknown',
      reason: `Only a use policy was found, no licence granting the freedoms; ${DECIDE}.`,
      evidence: ['USE_POLICY.md: use-policy', 'AUP.md: use-policy', 'POLICY.md: use-policy']
    })
  })

  it('two open content licences are both named, comma-separated, in the plural', () => {
    const r = termsRequirement(
      facts({
        licenses: [ident('cc-by-4.0'), ident('cdla-permissive-2.0', { file: 'LICENSE-DATA-WEIGHTS' })]
      })
    )
    expect(r.verdict).toBe('pass')
    expect(r.reason).toBe(
      'Open terms (cc-by-4.0, cdla-permissive-2.0 are open content licences; the OSI has published no list of approved terms for parameters).'
    )
  })
})

describe('OSAID code: what is cited', () => {
  it('cites three training files and two data-processing files at most', () => {
    const files = [
      ...['train.py', 'pretrain.py', 'trainer.py', 'train_utils.py'].map(path => ({
        path,
        kinds: ['training']
      })),
      ...['prepare.py', 'dedup.py', 'tokenize_data.py'].map(path => ({ path, kinds: ['data-processing'] }))
    ]
    const r = codeRequirement(
      facts({ code: { kinds: new Set(['training', 'data-processing']), files, links: [] } })
    )
    expect(r).toEqual({
      id: 'code',
      verdict: 'pass',
      reason: 'Training code is included or linked (train.py, pretrain.py, trainer.py).',
      evidence: [
        'train.py (training)',
        'pretrain.py (training)',
        'trainer.py (training)',
        'prepare.py (data-processing)',
        'dedup.py (data-processing)'
      ]
    })
  })
})

describe('OSAID code: links that look like the model’s own code but do not say what they hold', () => {
  const NOTE = 'without saying it holds training code'
  const code = (name: string, url: string, text: string) =>
    codeRequirement(
      facts({
        name,
        cardText: '# M\n',
        code: { kinds: new Set(), files: [], links: [{ url, line: 3, kinds: [], text }] }
      })
    )
  const undescribedReason = (url: string) =>
    `No training, data-processing or inference code is included or linked from the card. The card links ${url} ${NOTE}; saying so (e.g. "training code: …") would count it.`

  it.each<[string, string, string, string]>([
    ['a three-letter word of the name', 'Owl-7B', 'https://example.org/o/owl-tools', 'tools'],
    [
      'a word of the name that only starts like a common one',
      'Heron-Chatbot',
      'https://example.org/o/chatbot',
      'site'
    ],
    [
      'a word of the name that only ends like a common one',
      'Wechat-7B',
      'https://example.org/o/wechat',
      'site'
    ],
    [
      'a repository with a query after its name',
      'Heron-7B',
      'https://example.org/o/heron?tab=readme',
      'site'
    ],
    ['a GitLab address as the text', 'Heron-7B', 'https://example.org/o/x', 'https://www.gitlab.com/o/x'],
    [
      'a plain-http git address as the text',
      'Heron-7B',
      'https://example.org/o/x',
      'http://git.example.org/o/x'
    ],
    ['“codebase” in the text', 'Heron-7B', 'https://example.org/o/x', 'the codebase']
  ])('%s is named as undescribed', (_name, name, url, text) => {
    const r = code(name, url, text)
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(undescribedReason(url))
    expect(r.evidence).toEqual([`README.md:3: ${url} (not described)`])
  })

  it.each<[string, string, string, string]>([
    ['a two-character word of the name', 'Heron-7B', 'https://example.org/o/llama-7b', 'weights'],
    ['a common word of the name (model)', 'Heron-Model', 'https://example.org/o/model-zoo', 'zoo'],
    ['a common word of the name (merged)', 'Heron-Merged', 'https://example.org/o/merged-things', 'things'],
    [
      'a common word of the name (quantised)',
      'Heron-Quantized',
      'https://example.org/o/quantized-kit',
      'kit'
    ],
    [
      'a word inside another word of the text (encoder)',
      'Heron-7B',
      'https://example.org/o/x',
      'the encoder'
    ],
    ['“git” inside a word of the text', 'Heron-7B', 'https://example.org/o/x', 'a digital twin'],
    ['a site with no repository path', 'Heron-7B', 'https://heron.example.org/heron', 'home page'],
    ['a repository of another name', 'Heron-7B', 'https://example.org/heron/other', 'other']
  ])('%s is not undescribed code', (_name, name, url, text) => {
    const r = code(name, url, text)
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      'No training, data-processing or inference code is included or linked from the card.'
    )
    expect(r.evidence).toEqual([])
  })
})
