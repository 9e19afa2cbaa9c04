// The finer branches of the license-* rules that license-rules.test.ts leaves open: licences stated
// in the card's prose, catalogue ids on the allow-list, base licences read on the Hub, clause
// findings. Each case lists every finding (found by mutation testing: `npm run mutate`).
import { describe, expect, it } from '@jest/globals'
import { parseConfigText } from '../../src/config/load.js'
import type { CardLicenseFacts, ModelFacts } from '../../src/analyze/facts.js'
import { allowed, licenseAllowList } from '../../src/rules/license-allow-list.js'
import { licenseInheritance } from '../../src/rules/license-inheritance.js'
import { licenseMismatch } from '../../src/rules/license-mismatch.js'
import { licenseMissing } from '../../src/rules/license-missing.js'
import { licenseNotOpen } from '../../src/rules/license-not-open.js'
import { restrictionRules } from '../../src/rules/license-restrictions.js'
import { licenseUnrecognized } from '../../src/rules/license-unrecognized.js'
import type { ModelRule, Report } from '../../src/rules/types.js'
import { termsRequirement } from '../../src/verdicts/osaid.js'
import { clause, facts, ident, licenseFile } from '../verdicts/facts-builder.js'

function run(rule: ModelRule, f: ModelFacts, config = ''): Report[] {
  const out: Report[] = []
  rule.check(f, r => out.push(r), { config: parseConfigText(config, 'c.yml'), today: '2026-12-01' })
  return out
}

function cardLicense(value: string, id: string | null, line: number | undefined = 2): CardLicenseFacts {
  return {
    value,
    licenseName: null,
    licenseLink: null,
    line,
    identification: ident(id, { file: null, source: 'card', line, name: id ?? value }),
    isHubId: true
  }
}

const prose = (id: string | null, over = {}) =>
  ident(id, { file: 'README.md', source: 'card-text', line: 9, name: `${id} (prose)`, ...over })

describe('license-mismatch: the card’s prose', () => {
  it('prose that disagrees with the card metadata is reported at the prose line', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('mit', 'MIT'),
      proseLicenses: [prose('Apache-2.0')]
    })
    expect(run(licenseMismatch, f)).toEqual([
      {
        message:
          'The card’s text says the model is under Apache-2.0 (prose), but its metadata declares `mit` (MIT).',
        file: 'README.md',
        line: 9,
        evidence: 'Apache-2.0 ≠ MIT'
      }
    ])
  })

  it('prose that agrees with the metadata, case aside, is not reported', () => {
    const f = facts({ cardLicense: cardLicense('mit', 'MIT'), proseLicenses: [prose('mit')] })
    expect(run(licenseMismatch, f)).toEqual([])
  })

  it('without card metadata, prose is compared with the licence files', () => {
    const f = facts({
      licenseFiles: [licenseFile('LICENSE', 'Apache-2.0', 'text', { name: 'Apache License 2.0' })],
      proseLicenses: [prose('MIT', { file: null }), prose('apache-2.0')]
    })
    expect(run(licenseMismatch, f)).toEqual([
      {
        message: 'The card’s text says the model is under MIT (prose), but LICENSE is Apache License 2.0.',
        file: undefined,
        line: 9,
        evidence: 'MIT ≠ Apache-2.0'
      }
    ])
  })

  it('prose with no metadata and no licence file has nothing to disagree with', () => {
    expect(run(licenseMismatch, facts({ proseLicenses: [prose('MIT')] }))).toEqual([])
  })

  it('prose about the code or without an id is not compared; prose about the weights is', () => {
    const f = facts({
      cardLicense: cardLicense('mit', 'MIT'),
      proseLicenses: [
        prose('Apache-2.0', { component: 'code' }),
        prose(null),
        prose('GPL-3.0-only', { component: 'weights' })
      ]
    })
    expect(run(licenseMismatch, f).map(r => r.evidence)).toEqual(['GPL-3.0-only ≠ MIT'])
  })

  it('a licence file without an id, or not a licence, is not compared with the card', () => {
    const notice = licenseFile('NOTICE', 'Apache-2.0')
    notice.file = { ...notice.file, role: 'notice' }
    const f = facts({
      cardLicense: cardLicense('mit', 'MIT'),
      licenseFiles: [licenseFile('LICENSE', null), notice]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })

  it('the card is compared with every licence file; one that agrees is enough', () => {
    const f = facts({
      cardLicense: cardLicense('mit', 'MIT'),
      licenseFiles: [licenseFile('LICENSE-A', 'Apache-2.0'), licenseFile('LICENSE-B', 'MIT')]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })
})

describe('license/allow-list: ids outside SPDX', () => {
  it.each([
    ['a catalogue id on the list', 'llama3.1', ['llama3.1'], true],
    ['a catalogue id, case aside', 'Llama3.1', ['llama3.1'], true],
    ['a catalogue id not on the list', 'llama3.1', ['mit'], false],
    ['an OR branch that is on the list', 'llama3.1 OR (mit)', ['mit'], true],
    ['an AND of which one part is off the list', 'llama3.1 AND mit', ['mit'], false],
    ['an AND wholly on the list', 'llama3.1 and mit', ['mit', 'llama3.1'], true],
    ['a Hub id on the list for an SPDX id', 'Apache-2.0', ['apache-2.0'], true],
    ['an SPDX id off the list', 'GPL-3.0-only', ['apache-2.0'], false]
  ])('%s', (_name, id, list, expected) => {
    expect(allowed(id, list)).toBe(expected)
  })

  it('a licence file off the list is reported on its file, without a line', () => {
    const f = facts({ cardText: '# M\n', licenses: [ident('llama3.1', { name: 'Llama 3.1', line: 3 })] })
    expect(run(licenseAllowList, f, 'allow-licenses: [mit]\n')).toEqual([
      {
        message: 'Llama 3.1 (llama3.1) is not on the allow-list (mit).',
        file: 'LICENSE',
        line: undefined,
        evidence: 'llama3.1'
      }
    ])
  })
})

describe('license-inheritance: finer branches', () => {
  const hubBase = {
    id: 'org/restricted',
    licenseId: 'acme-house-licence',
    source: 'hub' as const,
    clauses: ['non-commercial' as const, 'non-commercial' as const, 'attribution' as const],
    licenseFile: 'LICENSE.md'
  }

  it('a base read on the Hub brings its own clauses, named once, with its licence file', () => {
    const f = facts({
      cardText: '---\nbase_model: org/restricted\n---\n# M\n',
      licenses: [],
      baseModels: [hubBase]
    })
    f.card!.metadataLines['base_model'] = 2
    const [r, ...rest] = run(licenseInheritance, f)
    expect(rest).toEqual([])
    expect(r.message).toMatch(
      /^Derived from org\/restricted, licensed under acme-house-licence, but declared as `no licence`: that drops what the base licence imposes \(it [^;]+\)\. A derivative must keep the base model's licence\.$/
    )
    expect(r).toMatchObject({
      file: 'README.md',
      line: 2,
      evidence: 'org/restricted → acme-house-licence (LICENSE.md)'
    })
  })

  it('names the first declared licence when the card metadata has none', () => {
    const f = facts({ licenses: [ident('MIT'), ident('Apache-2.0')], baseModels: [hubBase] })
    expect(run(licenseInheritance, f)[0].message).toContain('but declared as `mit`:')
  })

  it('the card’s licence value is what it is declared as', () => {
    const f = facts({
      cardLicense: cardLicense('MIT', 'MIT'),
      licenses: [ident('MIT')],
      baseModels: [hubBase]
    })
    expect(run(licenseInheritance, f)[0].message).toContain('but declared as `MIT`:')
  })

  it('a base whose clauses are all non-restrictive imposes nothing', () => {
    const f = facts({ baseModels: [{ ...hubBase, clauses: ['attribution', 'share-alike'] }] })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('declaring the base licence id itself, case aside, keeps it', () => {
    const f = facts({ licenses: [ident('ACME-HOUSE-LICENCE')], baseModels: [hubBase] })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('a derivative that carries every restriction of the base keeps it', () => {
    const f = facts({ licenses: [ident('mit')], baseModels: [hubBase], clauses: [clause('non-commercial')] })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('a derivative that carries only some of the base’s restrictions drops the others', () => {
    const base = { ...hubBase, clauses: ['non-commercial' as const, 'user-threshold' as const] }
    const f = facts({ licenses: [ident('mit')], baseModels: [base], clauses: [clause('non-commercial')] })
    const [r] = run(licenseInheritance, f)
    expect(r.message).toMatch(/\(it caps the number of users\)\./)
  })

  it('each base is judged: the unknown one is a note, the restricted one an error, at its own line', () => {
    const f = facts({
      cardText: '# M\n',
      baseModels: [
        { id: 'org/mystery', licenseId: null, source: 'unknown', line: 7 },
        { ...hubBase, line: 8 }
      ]
    })
    const found = run(licenseInheritance, f)
    expect(found.map(r => [r.line, r.severity])).toEqual([
      [7, 'note'],
      [8, undefined]
    ])
  })
})

describe('license-missing: finer branches', () => {
  it('a licence stated in the card’s prose is a licence; one for the code only is not', () => {
    expect(run(licenseMissing, facts({ licenses: [prose('MIT')] }))).toEqual([])
    expect(run(licenseMissing, facts({ licenses: [prose('MIT', { component: 'code' })] }))).toHaveLength(1)
    expect(run(licenseMissing, facts({ licenses: [prose(null)] }))).toHaveLength(1)
  })

  it('a licence file of another role (e.g. data) is not the model’s licence', () => {
    const data = licenseFile('DATA_LICENSE', 'cc-by-4.0')
    data.file = { ...data.file, role: 'other' }
    expect(run(licenseMissing, facts({ licenseFiles: [data] }))).toHaveLength(1)
  })

  it('a blank card licence is none, reported on its line', () => {
    const f = facts({ cardText: '# M\n', cardLicense: cardLicense('  ', null, 4) })
    expect(run(licenseMissing, f)).toEqual([
      {
        message:
          "No licence found for the repository: add a LICENSE file and a `license:` key to the model card's front matter.",
        file: 'README.md',
        line: 4
      }
    ])
    expect(run(licenseMissing, facts({ cardLicense: cardLicense(' UNKNOWN ', null) }))).toHaveLength(1)
  })
})

describe('license/osi-approved: finer branches', () => {
  it('each distinct closed id is reported once, case aside', () => {
    const f = facts({
      licenses: [
        ident('cc-by-nc-4.0', { name: 'NC' }),
        ident('llama2', { name: 'Llama 2', file: 'LICENSE-2' }),
        ident('Llama2', { name: 'Llama 2', file: 'LICENSE-3' })
      ]
    })
    expect(run(licenseNotOpen, f).map(r => [r.file, r.evidence])).toEqual([
      ['LICENSE', 'cc-by-nc-4.0'],
      ['LICENSE-2', 'llama2']
    ])
  })

  it('an OSI licence passes under the permissive policy too', () => {
    expect(run(licenseNotOpen, facts({ licenses: [ident('mit')] }), 'policy: permissive\n')).toEqual([])
  })
})

describe('license-unrecognized: finer branches', () => {
  const withTerms = (f: ModelFacts) => {
    f.osaidRequirements = [termsRequirement(f)]
    return f
  }

  it('a file that leads outside the repository is left to unsafe-path, and no terms finding follows', () => {
    const f = withTerms(facts({ cardText: '# M\n', licenseFiles: [licenseFile('LICENSE', null, 'unsafe')] }))
    expect(f.osaidRequirements[0].verdict).toBe('unknown')
    expect(run(licenseUnrecognized, f)).toEqual([])
  })

  it('an unreadable file is reported once; the unknown terms are not reported again', () => {
    const f = withTerms(facts({ cardText: '# M\n', licenseFiles: [licenseFile('LICENSE', null, 'binary')] }))
    expect(run(licenseUnrecognized, f)).toHaveLength(1)
  })

  it('an unrecognised use-policy text is not an unrecognised licence', () => {
    const policy = licenseFile('USE_POLICY.md', null)
    policy.file = { ...policy.file, role: 'use-policy' }
    const f = facts({ licenseFiles: [policy], licenses: [] })
    expect(run(licenseUnrecognized, f)).toEqual([])
  })

  it('an unknown card licence is reported even when the file is recognised', () => {
    const f = withTerms(
      facts({ cardLicense: cardLicense('acme-1.0', null), licenseFiles: [licenseFile('LICENSE', 'mit')] })
    )
    expect(run(licenseUnrecognized, f).map(r => r.evidence)).toEqual(['acme-1.0'])
  })

  it('terms unknown with no card licence line: the finding has no line', () => {
    const f = withTerms(
      facts({
        cardText: '# M\n',
        licenses: [ident(null, { file: null, source: 'card', name: 'heron-terms' })]
      })
    )
    const found = run(licenseUnrecognized, f)
    expect(found).toEqual([{ message: `OSAID terms: ${f.osaidRequirements[0].reason}`, file: 'README.md' }])
    expect('line' in found[0]).toBe(false)
  })

  it('terms that pass or fail give no terms finding', () => {
    for (const f of [facts({ licenseFiles: [licenseFile('LICENSE', 'mit')] }), facts()]) {
      expect(run(licenseUnrecognized, withTerms(f))).toEqual([])
    }
  })
})

describe('clause rules', () => {
  // The rule for non-commercial clauses, found by what it reports rather than by its id.
  const nc = restrictionRules.find(r => run(r, facts({ clauses: [clause('non-commercial')] })).length > 0)!

  it('one finding per clause position, quoting the text', () => {
    const f = facts({
      cardText: '# M\n',
      clauses: [
        clause('non-commercial', 'first'),
        clause('non-commercial', 'same line again'),
        { ...clause('non-commercial', 'later'), line: 9 },
        clause('user-threshold', 'not this rule')
      ]
    })
    const found = run(nc, f)
    expect(found.map(r => [r.file, r.line, r.evidence])).toEqual([
      ['LICENSE', 3, 'first'],
      ['LICENSE', 9, 'later']
    ])
    expect(found[0].message).toBe(found[1].message)
    expect(found[0].message).not.toMatch(/\{\{/)
    expect(found[0].message.length).toBeGreaterThan(0)
  })

  it('a catalogue clause is reported at the card licence line with the catalogue summary', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('cc-by-nc-4.0', 'cc-by-nc-4.0', 3),
      clauses: [
        {
          type: 'non-commercial',
          file: null,
          line: null,
          quote: 'license: cc-by-nc-4.0',
          source: 'catalogue',
          summary: 'No commercial use.'
        }
      ]
    })
    expect(run(nc, f).map(r => [r.file, r.line, r.evidence])).toEqual([
      ['README.md', 3, 'No commercial use.']
    ])
  })

  it('a catalogue clause without a summary quotes the card; a clause with a file but no line has none', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('cc-by-nc-4.0', 'cc-by-nc-4.0', 3),
      clauses: [
        { type: 'non-commercial', file: null, line: null, quote: 'license: cc-by-nc-4.0' },
        {
          type: 'non-commercial',
          file: 'LICENSE',
          line: null,
          quote: 'no line',
          source: 'catalogue',
          summary: 'S'
        }
      ]
    })
    expect(run(nc, f).map(r => [r.file, r.line, r.evidence])).toEqual([
      ['README.md', 3, 'license: cc-by-nc-4.0'],
      ['LICENSE', undefined, 'S']
    ])
  })
})
