// The license-* rules (other than the clause rules), run on facts: every branch with the full list
// of findings it reports (message, file, line, evidence, severity).
import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'
import { severityFor } from '../../src/rules/engine.js'
import { licenseAllowList } from '../../src/rules/license-allow-list.js'
import { licenseInheritance } from '../../src/rules/license-inheritance.js'
import { licenseMismatch } from '../../src/rules/license-mismatch.js'
import { licenseMissing } from '../../src/rules/license-missing.js'
import { licenseNotOpen } from '../../src/rules/license-not-open.js'
import { licenseUnrecognized } from '../../src/rules/license-unrecognized.js'
import type { ModelFacts, CardLicenseFacts } from '../../src/analyze/facts.js'
import type { ModelRule, Report } from '../../src/rules/types.js'
import { termsRequirement } from '../../src/verdicts/osaid.js'
import { clause, facts, ident, licenseFile } from '../verdicts/facts-builder.js'

function run(rule: ModelRule, f: ModelFacts, config = ''): Report[] {
  const out: Report[] = []
  rule.check(f, r => out.push(r), { config: parseConfigText(config, 'c.yml'), today: '2026-12-01' })
  return out
}

function cardLicense(
  value: string | null,
  id: string | null,
  over: Partial<CardLicenseFacts> = {}
): CardLicenseFacts {
  return {
    value,
    licenseName: null,
    licenseLink: null,
    line: 2,
    identification:
      id === undefined ? null : ident(id, { file: null, source: 'card', line: 2, name: id ?? value ?? '' }),
    isHubId: true,
    ...over
  }
}

describe('license-missing', () => {
  it('reports a model with no licence file and no card licence, on the card', () => {
    expect(run(licenseMissing, facts({ cardText: '# M\n' }))).toEqual([
      {
        message:
          "No licence found for the repository: add a LICENSE file and a `license:` key to the model card's front matter.",
        file: 'README.md',
        line: undefined
      }
    ])
  })
  it('names a nested model', () => {
    const f = facts({ cardText: '# M\n' })
    f.model.path = 'models/a'
    expect(run(licenseMissing, f)[0].message).toMatch(/^No licence found for model models\/a:/)
  })
  it('`license: unknown` is no licence', () => {
    expect(
      run(licenseMissing, facts({ cardText: '# M\n', cardLicense: cardLicense('unknown', null) }))
    ).toHaveLength(1)
  })
  it('a licence file, a use policy or a card licence is enough', () => {
    expect(run(licenseMissing, facts({ licenseFiles: [licenseFile('LICENSE', 'mit')] }))).toEqual([])
    const policy = {
      ...licenseFile('USE_POLICY.md', null),
      file: { path: 'USE_POLICY.md', role: 'use-policy' as const, size: 1 }
    }
    expect(run(licenseMissing, facts({ licenseFiles: [policy] }))).toEqual([])
    expect(run(licenseMissing, facts({ cardLicense: cardLicense('mit', 'mit') }))).toEqual([])
  })
  it('a NOTICE file alone is not a licence', () => {
    const notice = {
      ...licenseFile('NOTICE', null),
      file: { path: 'NOTICE', role: 'notice' as const, size: 1 }
    }
    expect(run(licenseMissing, facts({ licenseFiles: [notice] }))).toHaveLength(1)
  })
})

describe('license/osi-approved', () => {
  it('reports a licence that is not open, once per id, on its file', () => {
    const f = facts({
      licenses: [
        ident('cc-by-nc-4.0', { name: 'CC BY-NC 4.0' }),
        ident('CC-BY-NC-4.0', { file: null, source: 'card', line: 3, name: 'CC BY-NC 4.0' })
      ]
    })
    expect(run(licenseNotOpen, f)).toEqual([
      {
        message: 'CC BY-NC 4.0 is not an OSI-approved licence.',
        file: 'LICENSE',
        line: undefined,
        evidence: 'cc-by-nc-4.0'
      }
    ])
  })
  it('a card licence is reported on the card line', () => {
    const f = facts({
      cardText: '# M\n',
      licenses: [ident('llama2', { file: null, source: 'card', line: 3, name: 'Llama 2' })]
    })
    expect(run(licenseNotOpen, f)).toEqual([
      { message: 'Llama 2 is not an OSI-approved licence.', file: 'README.md', line: 3, evidence: 'llama2' }
    ])
  })
  it('open content licences pass, except under the permissive policy', () => {
    const f = facts({ licenses: [ident('cc-by-4.0', { name: 'CC BY 4.0' })] })
    expect(run(licenseNotOpen, f)).toEqual([])
    expect(run(licenseNotOpen, f, 'policy: permissive\n')).toEqual([
      {
        message:
          'CC BY 4.0 is an open content licence, not an OSI-approved licence (the permissive policy asks for OSI licences).',
        file: 'LICENSE',
        line: undefined,
        evidence: 'cc-by-4.0'
      }
    ])
  })
  it('OSI licences, unidentified texts and use policies are not reported', () => {
    const f = facts({
      licenses: [ident('apache-2.0'), ident(null), ident('llama2-aup', { component: 'use-policy' })]
    })
    expect(run(licenseNotOpen, f)).toEqual([])
  })
})

describe('license-mismatch', () => {
  it('reports a card licence that no licence file agrees with', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('mit', 'MIT', {
        identification: ident('MIT', { file: null, source: 'card', name: 'MIT License' })
      }),
      licenseFiles: [licenseFile('LICENSE', 'Apache-2.0', 'text', { name: 'Apache License 2.0' })]
    })
    expect(run(licenseMismatch, f)).toEqual([
      {
        message: 'The card declares `mit` (MIT License) but LICENSE is Apache License 2.0.',
        file: 'README.md',
        line: 2,
        evidence: 'mit ≠ Apache-2.0'
      }
    ])
  })
  it('agrees when one id of an expression matches, case and `+` aside', () => {
    const f = facts({
      cardLicense: cardLicense('mit', 'MIT OR Apache-2.0'),
      licenseFiles: [licenseFile('LICENSE', 'apache-2.0+')]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })
  it('only general or weights licence files are compared; no card id, no finding', () => {
    const code = licenseFile('LICENSE-CODE', 'Apache-2.0', 'text', { component: 'code' })
    expect(
      run(licenseMismatch, facts({ cardLicense: cardLicense('mit', 'MIT'), licenseFiles: [code] }))
    ).toEqual([])
    const weights = licenseFile('LICENSE-WEIGHTS', 'Apache-2.0', 'text', { component: 'weights' })
    expect(
      run(licenseMismatch, facts({ cardLicense: cardLicense('mit', 'MIT'), licenseFiles: [weights] }))
    ).toHaveLength(1)
    expect(
      run(
        licenseMismatch,
        facts({ cardLicense: cardLicense('other', null), licenseFiles: [licenseFile('LICENSE', 'MIT')] })
      )
    ).toEqual([])
  })
})

describe('license/allow-list', () => {
  const f = () =>
    facts({
      cardText: '# M\n',
      licenses: [
        ident('Apache-2.0', { name: 'Apache 2.0' }),
        ident('GPL-3.0-only', { file: null, source: 'card', line: 4, name: 'GPL 3.0' }),
        ident('llama2-aup', { component: 'use-policy' }),
        ident(null)
      ]
    })
  it('off without a list', () => {
    expect(run(licenseAllowList, f())).toEqual([])
    expect(run(licenseAllowList, f(), 'allow-licenses: []\n')).toEqual([])
  })
  it('reports every identified licence off the list, where it is declared', () => {
    expect(run(licenseAllowList, f(), 'allow-licenses: [apache-2.0, mit]\n')).toEqual([
      {
        message: 'GPL 3.0 (GPL-3.0-only) is not on the allow-list (apache-2.0, mit).',
        file: 'README.md',
        line: 4,
        evidence: 'GPL-3.0-only'
      }
    ])
  })
})

describe('license-inheritance', () => {
  const llama = { id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' as const, line: 5 }
  it('reports a derivative that drops its base licence’s restrictions', () => {
    const f = facts({
      cardText: '---\nlicense: mit\nbase_model: x\n---\n# M\n',
      cardLicense: cardLicense('mit', 'mit'),
      licenses: [ident('mit', { file: null, source: 'card' })],
      baseModels: [llama],
      baseModelRelation: 'adapter'
    })
    const [r] = run(licenseInheritance, f)
    expect(r.message).toMatch(
      /^Derived from meta-llama\/Llama-2-7b-hf, licensed under .+, but declared as `mit`: that drops what the base licence imposes \(it .*caps the number of users.*\)\. An adapter must keep the base model's licence\.$/
    )
    expect(r).toMatchObject({ file: 'README.md', line: 5, evidence: 'meta-llama/Llama-2-7b-hf → llama2' })
  })
  it('no finding when the derivative keeps the base licence, its family, or all its clauses', () => {
    const keep = facts({ licenses: [ident('llama2', { file: null, source: 'card' })], baseModels: [llama] })
    expect(run(licenseInheritance, keep)).toEqual([])
    const clauses = [
      'user-threshold',
      'acceptable-use-policy',
      'output-use-restriction',
      'field-of-use-restriction'
    ] as const
    const all = facts({ baseModels: [llama], clauses: clauses.map(t => clause(t)) })
    expect(run(licenseInheritance, all).length).toBeLessThanOrEqual(1)
  })
  it('an open base licence imposes nothing', () => {
    const f = facts({ baseModels: [{ id: 'org/open', licenseId: 'apache-2.0', source: 'hub' }] })
    expect(run(licenseInheritance, f)).toEqual([])
  })
  it('a base model of unknown licence is a note, pointing to hub-lookup', () => {
    const f = facts({
      cardText: '# M\n',
      baseModels: [{ id: 'org/mystery', licenseId: null, source: 'unknown' }]
    })
    expect(run(licenseInheritance, f)).toEqual([
      {
        message:
          'Base model org/mystery is not in the catalogue of known models, so its licence could not be checked (set `hub-lookup: true` to ask the Hugging Face Hub).',
        file: 'README.md',
        line: undefined,
        evidence: 'org/mystery',
        severity: 'note'
      }
    ])
    expect(run(licenseInheritance, f, 'hub-lookup: true\n')[0].message).toMatch(
      /the Hugging Face Hub did not name one either/
    )
  })
  it.each([
    ['finetune', 'A fine-tune'],
    ['quantized', 'A quantisation'],
    ['merge', 'A merge'],
    [null, 'A derivative']
  ])('relation %s is named “%s”', (relation, noun) => {
    const f = facts({ licenses: [ident('mit')], baseModels: [llama], baseModelRelation: relation })
    expect(run(licenseInheritance, f)[0].message).toContain(`${noun} must keep the base model's licence.`)
  })
})

describe('license-unrecognized', () => {
  const withTerms = (f: ModelFacts) => {
    f.osaidRequirements = [termsRequirement(f)]
    return f
  }
  it.each([
    [
      'binary',
      'LICENSE is binary: it holds NUL bytes; its terms cannot be checked, so the OSAID terms are unknown.'
    ],
    [
      'lfs-pointer',
      'LICENSE is a Git LFS pointer, not the text; its terms cannot be checked, so the OSAID terms are unknown.'
    ],
    ['error', 'LICENSE is not readable; its terms cannot be checked, so the OSAID terms are unknown.']
  ] as const)('a %s licence file', (state, message) => {
    expect(
      run(licenseUnrecognized, withTerms(facts({ licenseFiles: [licenseFile('LICENSE', null, state)] })))
    ).toEqual([{ message, file: 'LICENSE' }])
  })
  it('an unrecognised text with no clause, at line 1', () => {
    expect(
      run(licenseUnrecognized, withTerms(facts({ licenseFiles: [licenseFile('LICENSE', null)] })))
    ).toEqual([
      {
        message:
          'LICENSE matches no known licence and no clause was found in it, so the OSAID terms are unknown. State its SPDX id (or a catalogue name) in the card, or use a standard text.',
        file: 'LICENSE',
        line: 1
      }
    ])
  })
  it('an unrecognised text with a clause is judged by the clause rules instead', () => {
    const l = { ...licenseFile('LICENSE', null), clauses: [clause('non-commercial')] }
    expect(run(licenseUnrecognized, facts({ licenseFiles: [l], clauses: l.clauses }))).toEqual([])
  })
  it('missing, unsafe, truncated and notice files are left to other rules', () => {
    const notice = {
      ...licenseFile('NOTICE', null, 'binary'),
      file: { path: 'NOTICE', role: 'notice' as const, size: 1 }
    }
    const f = withTerms(
      facts({
        licenseFiles: [
          notice,
          licenseFile('GONE', null, 'missing'),
          licenseFile('OUT', null, 'unsafe'),
          licenseFile('BIG', null, 'truncated')
        ]
      })
    )
    expect(run(licenseUnrecognized, f)).toEqual([])
  })
  it('a card licence the audit does not know', () => {
    const f = withTerms(facts({ cardText: '# M\n', cardLicense: cardLicense('acme-1.0', null) }))
    expect(run(licenseUnrecognized, f)).toEqual([
      {
        message: "The card's licence `acme-1.0` is not a licence this audit knows.",
        file: 'README.md',
        line: 2,
        evidence: 'acme-1.0'
      }
    ])
  })
  it('`other` and `unknown` are not unknown licences by themselves', () => {
    for (const v of ['other', 'unknown', 'OTHER']) {
      const f = facts({ cardLicense: cardLicense(v, null), licenseFiles: [licenseFile('LICENSE', 'mit')] })
      expect(run(licenseUnrecognized, withTerms(f))).toEqual([])
    }
  })
  it('terms unknown for another reason: the terms reason, on the card licence line', () => {
    const f = withTerms(
      facts({
        cardText: '# M\n',
        cardLicense: cardLicense('other', null),
        licenses: [ident(null, { file: null, source: 'card', name: 'heron-terms' })]
      })
    )
    expect(run(licenseUnrecognized, f)).toEqual([
      { message: `OSAID terms: ${f.osaidRequirements[0].reason}`, file: 'README.md', line: 2 }
    ])
  })
  it.each([
    ['fail', 'error'],
    ['warn', 'warning'],
    ['ignore', 'off']
  ])('unknown-license: %s → %s; an explicit rules: entry wins', (effect, severity) => {
    expect(severityFor(licenseUnrecognized, parseConfigText(`unknown-license: ${effect}\n`, 'c.yml'))).toBe(
      severity
    )
    expect(
      severityFor(
        licenseUnrecognized,
        parseConfigText(`unknown-license: ${effect}\nrules:\n  license-unrecognized: note\n`, 'c.yml')
      )
    ).toBe('note')
  })
})
