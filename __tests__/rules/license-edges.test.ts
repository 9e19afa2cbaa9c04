// The branches of the license-* rules that license-rules and license-branches leave open, found by
// mutation testing (`MUTATE_TESTS='license-*' npm run mutate -- --mutate 'src/rules/license-*.ts'`):
// each case lists every finding the rule reports, with its message, file and line.
import { describe, expect, it } from '@jest/globals'
import type { CardLicenseFacts, LicenseFileFacts, ModelFacts } from '../../src/analyze/facts.js'
import { clauseLabel, clauseModule, ruleIdForClause } from '../../src/clauses/index.js'
import { parseConfigText } from '../../src/config/load.js'
import { getLicenseInfo } from '../../src/licenses/identify.js'
import { allowed, licenseAllowList } from '../../src/rules/license-allow-list.js'
import { licenseInheritance } from '../../src/rules/license-inheritance.js'
import { licenseMismatch } from '../../src/rules/license-mismatch.js'
import { licenseMissing } from '../../src/rules/license-missing.js'
import { licenseModified } from '../../src/rules/license-modified.js'
import { licenseNotOpen } from '../../src/rules/license-not-open.js'
import { restrictionRules } from '../../src/rules/license-restrictions.js'
import { licenseUnrecognized } from '../../src/rules/license-unrecognized.js'
import type { ModelRule, Report } from '../../src/rules/types.js'
import type { ClauseType } from '../../src/types.js'
import { termsRequirement } from '../../src/verdicts/osaid.js'
import { clause, facts, ident, licenseFile } from '../verdicts/facts-builder.js'

function run(rule: ModelRule, f: ModelFacts, config = ''): Report[] {
  const out: Report[] = []
  rule.check(f, r => out.push(r), { config: parseConfigText(config, 'c.yml'), today: '2026-12-01' })
  return out
}

function cardLicense(value: string | null, over: Partial<CardLicenseFacts> = {}): CardLicenseFacts {
  return {
    value,
    licenseName: null,
    licenseLink: null,
    line: 2,
    identification: null,
    isHubId: true,
    ...over
  }
}

/** A licence file identified as a standard text with sentences added. */
function modifiedFile(path: string, base: string, added: { line: number; text: string }[]): LicenseFileFacts {
  return licenseFile(path, `LicenseRef-${base}-modified`, 'text', {
    name: `${base} (modified)`,
    modifiedFrom: base,
    addedText: added
  })
}

describe('license/modified', () => {
  const sentence = 'The Software may not be used for commercial purposes.'

  it('quotes the one added sentence at its line, on the licence file', () => {
    const f = facts({ licenseFiles: [modifiedFile('LICENSE', 'MIT', [{ line: 23, text: sentence }])] })
    expect(run(licenseModified, f)).toEqual([
      {
        message: `LICENSE is the MIT text with sentences added or changed, so it is not MIT: “${sentence}”`,
        file: 'LICENSE',
        line: 23,
        evidence: sentence
      }
    ])
  })

  it('quotes the first of several added sentences and counts the others', () => {
    const f = facts({
      licenseFiles: [
        modifiedFile('LICENSE.txt', 'Apache-2.0', [
          { line: 180, text: sentence },
          { line: 182, text: 'Use by more than 100 people needs a separate licence.' },
          { line: 190, text: 'You must register before use.' }
        ])
      ]
    })
    expect(run(licenseModified, f)).toEqual([
      {
        message: `LICENSE.txt is the Apache-2.0 text with sentences added or changed (and 2 more), so it is not Apache-2.0: “${sentence}”`,
        file: 'LICENSE.txt',
        line: 180,
        evidence: sentence
      }
    ])
  })

  it('a quote longer than 300 characters is cut there with an ellipsis; one of exactly 300 is whole', () => {
    const long = 'You may not '.padEnd(301, 'x')
    const exact = long.slice(0, 300)
    const f = facts({
      licenseFiles: [
        modifiedFile('LICENSE-A', 'MIT', [{ line: 5, text: long }]),
        modifiedFile('LICENSE-B', 'MIT', [{ line: 6, text: exact }])
      ]
    })
    expect(run(licenseModified, f).map(r => [r.file, r.line, r.evidence])).toEqual([
      ['LICENSE-A', 5, `${exact}…`],
      ['LICENSE-B', 6, exact]
    ])
  })

  it('a standard text, one modified with nothing added, and an unreadable file are not reported', () => {
    const none = modifiedFile('LICENSE-NONE', 'MIT', [])
    const unlisted = licenseFile('LICENSE-UNLISTED', 'LicenseRef-MIT-modified', 'text', {
      modifiedFrom: 'MIT'
    })
    const noBase = licenseFile('LICENSE-NOBASE', 'MIT', 'text', { addedText: [{ line: 1, text: sentence }] })
    const f = facts({
      licenseFiles: [
        licenseFile('LICENSE', 'MIT'),
        none,
        unlisted,
        noBase,
        licenseFile('BIN', null, 'binary')
      ]
    })
    expect(run(licenseModified, f)).toEqual([])
  })
})

describe('license/osi-approved: modified standard texts', () => {
  const modified = ident('LicenseRef-MIT-modified', { name: 'MIT (modified)', modifiedFrom: 'MIT' })

  it('a modified text that adds no restriction is judged by its base licence', () => {
    expect(run(licenseNotOpen, facts({ licenses: [modified] }))).toEqual([])
    expect(run(licenseNotOpen, facts({ licenses: [modified], clauses: [clause('attribution')] }))).toEqual([])
  })

  it('a modified text with a restrictive clause is not the OSI licence', () => {
    const f = facts({ licenses: [modified], clauses: [clause('non-commercial')] })
    expect(run(licenseNotOpen, f)).toEqual([
      {
        message: 'MIT (modified) is not an OSI-approved licence.',
        file: 'LICENSE',
        line: undefined,
        evidence: 'LicenseRef-MIT-modified'
      }
    ])
  })

  it('a card licence without a card file is reported without a file', () => {
    const f = facts({ licenses: [ident('llama2', { file: null, source: 'card', line: 3, name: 'Llama 2' })] })
    expect(run(licenseNotOpen, f)).toEqual([
      { message: 'Llama 2 is not an OSI-approved licence.', file: undefined, line: 3, evidence: 'llama2' }
    ])
  })
})

describe('license-inheritance: edges', () => {
  const llama = { id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' as const, line: 5 }

  it('names the base licence and every restriction it imposes, in order', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('apache-2.0'),
      licenses: [ident('Apache-2.0', { file: null, source: 'card' })],
      baseModels: [llama],
      baseModelRelation: 'finetune'
    })
    const info = getLicenseInfo('llama2')!
    const imposed = [...new Set(info.clauses.map(c => c.type))].filter(t => clauseModule(t).restrictive)
    expect(imposed.length).toBeGreaterThan(1)
    expect(run(licenseInheritance, f)).toEqual([
      {
        message: `Derived from meta-llama/Llama-2-7b-hf, licensed under ${info.name}, but declared as \`apache-2.0\`: that drops what the base licence imposes (it ${imposed.map(clauseLabel).join('; ')}). A fine-tune must keep the base model's licence.`,
        file: 'README.md',
        line: 5,
        evidence: 'meta-llama/Llama-2-7b-hf → llama2'
      }
    ])
  })

  it('a Hub base whose licence is neither in the catalogue nor read imposes nothing', () => {
    const f = facts({
      licenses: [ident('MIT')],
      baseModels: [{ id: 'org/x', licenseId: 'acme-terms', source: 'hub' }]
    })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('declared licences without an id are skipped', () => {
    const f = facts({ licenses: [ident(null), ident('llama2')], baseModels: [llama] })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('another licence of the base’s model-licence family keeps its terms', () => {
    const base = { id: 'org/sd', licenseId: 'creativeml-openrail-m', source: 'catalogue' as const }
    const f = facts({ licenses: [ident('bigscience-openrail-m')], baseModels: [base] })
    expect(run(licenseInheritance, f)).toEqual([])
  })

  it('another Creative Commons licence is not the same terms: CC BY from CC BY-NC drops non-commercial', () => {
    const base = { id: 'org/nc', licenseId: 'cc-by-nc-4.0', source: 'hub' as const, line: 4 }
    const f = facts({ cardText: '# M\n', licenses: [ident('CC-BY-4.0')], baseModels: [base] })
    const found = run(licenseInheritance, f)
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain(`(it ${clauseLabel('non-commercial')})`)
    expect(found[0]).toMatchObject({ file: 'README.md', line: 4, evidence: 'org/nc → cc-by-nc-4.0' })
  })

  it.each(['distillation', 'constructor'])(
    'a relation outside the known four (%s) is named “A derivative”',
    relation => {
      const f = facts({ licenses: [ident('mit')], baseModels: [llama], baseModelRelation: relation })
      expect(run(licenseInheritance, f)[0].message).toMatch(
        /\. A derivative must keep the base model's licence\.$/
      )
    }
  )

  it('a base licence id outside the catalogue, in other case, is the declared one', () => {
    const base = {
      id: 'org/b',
      licenseId: 'Acme-House-Licence',
      source: 'hub' as const,
      clauses: ['non-commercial' as const]
    }
    expect(
      run(licenseInheritance, facts({ licenses: [ident('acme-house-licence')], baseModels: [base] }))
    ).toEqual([])
    expect(
      run(licenseInheritance, facts({ licenses: [ident('acme-other')], baseModels: [base] }))
    ).toHaveLength(1)
  })
})

describe('license/allow-list: edges', () => {
  it.each([
    [
      'a catalogue id WITH an exception, both on the list',
      'acme-1.0 WITH acme-exception',
      ['acme-1.0', 'acme-exception'],
      true
    ],
    ['a catalogue id WITH an exception off the list', 'acme-1.0 WITH acme-exception', ['acme-1.0'], false],
    [
      'an SPDX id WITH an exception, both listed',
      'GPL-2.0-only WITH Classpath-exception-2.0',
      ['GPL-2.0-only WITH Classpath-exception-2.0'],
      true
    ],
    ['a catalogue id in parentheses with extra spaces', '( llama3.1  )', ['llama3.1'], true],
    ['an empty list allows nothing', 'mit', [], false],
    ['a Hub id on the list that names another SPDX id', 'GPL-3.0-only', ['gpl-3.0'], true],
    ['an SPDX expression the list satisfies', 'MIT OR GPL-3.0-only', ['gpl-3.0'], true],
    ['parentheses need no spaces around them', 'llama3.1 AND(mit)', ['llama3.1', 'mit'], true],
    ['a dangling OR allows nothing more', 'llama3.1 OR', ['mit'], false],
    ['an OR between parenthesised catalogue ids', '(llama3.1) OR (acme-1.0)', ['acme-1.0'], true],
    ['an OR-branch off the list in parentheses', '(llama3.1) OR (acme-1.0)', ['mit'], false]
  ])('%s', (_name, id, list, expected) => {
    expect(allowed(id, list)).toBe(expected)
  })

  it('a card licence without a card file is reported on no file, at its line', () => {
    const f = facts({ licenses: [ident('llama2', { file: null, source: 'card', line: 6, name: 'Llama 2' })] })
    expect(run(licenseAllowList, f, 'allow-licenses: [mit]\n')).toEqual([
      {
        message: 'Llama 2 (llama2) is not on the allow-list (mit).',
        file: undefined,
        line: 6,
        evidence: 'llama2'
      }
    ])
  })
})

describe('license-missing: edges', () => {
  it('each licence link to a file that is not there is a warning at its line, beside a licence found', () => {
    const f = facts({
      cardText: '# M\n',
      licenseFiles: [licenseFile('LICENSE', 'mit')],
      brokenLicenseLinks: [
        { path: 'LICENSE-WEIGHTS.md', line: 12, text: 'weights licence' },
        { path: 'docs/TERMS', line: 14, text: 'terms' }
      ]
    })
    expect(run(licenseMissing, f)).toEqual([
      {
        message:
          'The card links to `LICENSE-WEIGHTS.md` as a licence, but that file is not in the repository: the terms it names could not be read.',
        file: 'README.md',
        line: 12,
        severity: 'warning'
      },
      {
        message:
          'The card links to `docs/TERMS` as a licence, but that file is not in the repository: the terms it names could not be read.',
        file: 'README.md',
        line: 14,
        severity: 'warning'
      }
    ])
  })

  it('a broken licence link with no licence at all: the warning and the missing licence', () => {
    const f = facts({ brokenLicenseLinks: [{ path: 'LICENSE', line: 3, text: 'licence' }] })
    expect(run(licenseMissing, f).map(r => [r.file, r.line, r.severity])).toEqual([
      [undefined, 3, 'warning'],
      [undefined, undefined, undefined]
    ])
  })

  it('a card licence key with no value is no licence', () => {
    const f = facts({ cardText: '# M\n', cardLicense: cardLicense(null, { line: 3 }) })
    expect(run(licenseMissing, f)).toEqual([
      {
        message:
          "No licence found for the repository: add a LICENSE file and a `license:` key to the model card's front matter.",
        file: 'README.md',
        line: 3
      }
    ])
  })

  it('a licence stated in the card’s prose for the weights counts', () => {
    const f = facts({ licenses: [ident('MIT', { source: 'card-text', component: 'weights' })] })
    expect(run(licenseMissing, f)).toEqual([])
  })

  it('an identification from a file that is not the licence (e.g. data) does not count', () => {
    const f = facts({ licenses: [ident('cc-by-4.0', { source: 'file', component: 'data' })] })
    expect(run(licenseMissing, f)).toHaveLength(1)
  })
})

describe('license-mismatch: edges', () => {
  const card = (value: string, id: string) =>
    cardLicense(value, { identification: ident(id, { file: null, source: 'card', name: id }) })

  it('ids of two expressions are compared one by one: a shared operator is no agreement', () => {
    const f = facts({
      cardText: '# M\n',
      cardLicense: card('mit or bsd', 'MIT OR BSD-3-Clause'),
      licenseFiles: [licenseFile('LICENSE', 'GPL-3.0-only OR Apache-2.0', 'text', { name: 'GPL or Apache' })]
    })
    expect(run(licenseMismatch, f)).toEqual([
      {
        message: 'The card declares `mit or bsd` (MIT OR BSD-3-Clause) but LICENSE is GPL or Apache.',
        file: 'README.md',
        line: 2,
        evidence: 'mit or bsd ≠ GPL-3.0-only OR Apache-2.0'
      }
    ])
  })

  it.each([
    ['AND', 'MIT AND Zlib', 'Apache-2.0 AND BSD-2-Clause'],
    ['WITH', 'GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-3.0-only WITH GCC-exception-3.1'],
    ['lower-case or', 'mit or zlib', 'apache-2.0 or bsd-2-clause']
  ])('two expressions that share only %s do not agree', (_op, cardId, fileId) => {
    const f = facts({ cardLicense: card('x', cardId), licenseFiles: [licenseFile('LICENSE', fileId)] })
    expect(run(licenseMismatch, f).map(r => r.evidence)).toEqual([`x ≠ ${fileId}`])
  })

  it('a card id that is one of the file’s ids agrees; so does prose naming one of the card’s ids', () => {
    const f = facts({
      cardLicense: card('mit', 'MIT'),
      licenseFiles: [licenseFile('LICENSE', 'Apache-2.0 OR MIT')],
      proseLicenses: [ident('Apache-2.0', { file: 'README.md', source: 'card-text', line: 9 })]
    })
    expect(run(licenseMismatch, f).map(r => r.evidence)).toEqual(['Apache-2.0 ≠ MIT'])
    const g = facts({
      cardLicense: card('mit', 'MIT OR Apache-2.0'),
      proseLicenses: [ident('Apache-2.0', { file: 'README.md', source: 'card-text', line: 9 })]
    })
    expect(run(licenseMismatch, g)).toEqual([])
  })

  it('parentheses need no spaces around them', () => {
    const f = facts({
      cardLicense: card('x', 'Zlib AND(Apache-2.0)'),
      licenseFiles: [licenseFile('LICENSE', 'Apache-2.0')]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })

  it('an id in parentheses, or with `+`, is the same id', () => {
    const f = facts({
      cardLicense: card('gpl', '(GPL-2.0+ WITH Classpath-exception-2.0)'),
      licenseFiles: [licenseFile('LICENSE', 'GPL-2.0')]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })

  it('a licence id that contains, starts or ends with an operator word is still an id', () => {
    const f = facts({
      cardLicense: card('x', 'LicenseRef-standard'),
      licenseFiles: [licenseFile('LICENSE', 'LicenseRef-sandbox')]
    })
    expect(run(licenseMismatch, f)).toHaveLength(1)
    const same = facts({
      cardLicense: card('oracle-vendor', 'Oracle-Vendor'),
      licenseFiles: [licenseFile('LICENSE', 'oracle-vendor')]
    })
    expect(run(licenseMismatch, same)).toEqual([])
  })

  it('an unreadable licence file is not compared with the card', () => {
    const f = facts({
      cardLicense: card('mit', 'MIT'),
      licenseFiles: [licenseFile('LICENSE', null, 'binary')]
    })
    expect(run(licenseMismatch, f)).toEqual([])
  })

  it('two ids in parentheses that differ do not agree', () => {
    const f = facts({
      cardLicense: card('mit', '(MIT)'),
      licenseFiles: [licenseFile('LICENSE', '(Apache-2.0)')]
    })
    expect(run(licenseMismatch, f).map(r => r.evidence)).toEqual(['mit ≠ (Apache-2.0)'])
  })
})

describe('license-unrecognized: edges', () => {
  const withTerms = (f: ModelFacts) => {
    f.osaidRequirements = [termsRequirement(f)]
    return f
  }

  it('`UNKNOWN` in capitals is not an unknown licence by itself', () => {
    const f = facts({ cardLicense: cardLicense('UNKNOWN'), licenseFiles: [licenseFile('LICENSE', 'mit')] })
    expect(run(licenseUnrecognized, withTerms(f))).toEqual([])
  })

  it('a card licence never identified, on a card without a file, is reported at its line', () => {
    const f = withTerms(facts({ cardLicense: cardLicense('acme-2.0', { line: 7 }) }))
    expect(run(licenseUnrecognized, f)).toEqual([
      {
        message: "The card's licence `acme-2.0` is not a licence this audit knows.",
        file: undefined,
        line: 7,
        evidence: 'acme-2.0'
      }
    ])
  })

  it('an empty card licence value is left to license-missing', () => {
    const f = withTerms(
      facts({ cardLicense: cardLicense(''), licenseFiles: [licenseFile('LICENSE', 'mit')] })
    )
    expect(run(licenseUnrecognized, f)).toEqual([])
  })

  it('every unreadable or unrecognised licence file is reported, each on its own file', () => {
    const f = withTerms(
      facts({ licenseFiles: [licenseFile('LICENSE', null, 'lfs-pointer'), licenseFile('LICENSE-2', null)] })
    )
    expect(run(licenseUnrecognized, f)).toEqual([
      {
        message:
          'LICENSE is a Git LFS pointer, not the text; its terms cannot be checked, so the OSAID terms are unknown.',
        file: 'LICENSE'
      },
      {
        message:
          'LICENSE-2 matches no known licence and no clause was found in it, so the OSAID terms are unknown. State its SPDX id (or a catalogue name) in the card, or use a standard text.',
        file: 'LICENSE-2',
        line: 1
      }
    ])
  })

  it('a readable licence file with no identification at all is unrecognised', () => {
    const f = withTerms(facts({ licenseFiles: [{ ...licenseFile('LICENSE', null), identification: null }] }))
    expect(run(licenseUnrecognized, f).map(r => [r.file, r.line])).toEqual([['LICENSE', 1]])
  })

  it('only the terms requirement counts: another requirement left unknown is no licence finding', () => {
    const f = facts({ licenseFiles: [licenseFile('LICENSE', 'mit')] })
    f.osaidRequirements = [
      { id: 'data-information', verdict: 'unknown', reason: 'the card says nothing.', evidence: [] },
      termsRequirement(f)
    ]
    expect(f.osaidRequirements[1].verdict).toBe('pass')
    expect(run(licenseUnrecognized, f)).toEqual([])
  })

  it('terms unknown with no card at all: the finding names no file', () => {
    const f = withTerms(
      facts({ licenses: [ident(null, { file: null, source: 'card', name: 'heron-terms' })] })
    )
    expect(f.osaidRequirements[0].verdict).toBe('unknown')
    expect(run(licenseUnrecognized, f)).toEqual([
      { message: `OSAID terms: ${f.osaidRequirements[0].reason}`, file: undefined }
    ])
  })
})

describe('clause rules: edges', () => {
  const byType = (type: ClauseType) => restrictionRules.find(r => r.meta.id === ruleIdForClause(type))!

  it('one model-scope rule per clause type, in the licence-restriction category, with the clause’s message', () => {
    for (const rule of restrictionRules) {
      expect(rule.scope).toBe('model')
      expect(rule.meta.category).toBe('license-restriction')
    }
    const nc = byType('non-commercial')
    const [r] = run(nc, facts({ clauses: [clause('non-commercial')] }))
    expect(r.message).toContain(clauseLabel('non-commercial'))
    expect(r.message).not.toMatch(/\{\{/)
  })

  it('a text clause keeps its quote even when it carries a summary; a catalogue clause with no card has no file', () => {
    const nc = byType('non-commercial')
    const f = facts({
      clauses: [
        {
          type: 'non-commercial',
          file: 'LICENSE',
          line: 4,
          quote: 'the quote',
          source: 'text',
          summary: 'S'
        },
        {
          type: 'non-commercial',
          file: null,
          line: null,
          quote: 'license: x',
          source: 'catalogue',
          summary: 'T'
        }
      ]
    })
    expect(run(nc, f).map(r => [r.file, r.line, r.evidence])).toEqual([
      ['LICENSE', 4, 'the quote'],
      [undefined, undefined, 'T']
    ])
  })

  it('a clause known from a file keeps its own line, even with a card licence line', () => {
    const nc = byType('non-commercial')
    const f = facts({
      cardText: '# M\n',
      cardLicense: cardLicense('cc-by-nc-4.0', { line: 2 }),
      clauses: [
        { ...clause('non-commercial', 'a'), line: 8 },
        { ...clause('non-commercial', 'b'), file: 'LICENSE-2', line: 8 }
      ]
    })
    expect(run(nc, f).map(r => [r.file, r.line, r.evidence])).toEqual([
      ['LICENSE', 8, 'a'],
      ['LICENSE-2', 8, 'b']
    ])
  })
})
