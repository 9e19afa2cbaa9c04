// A restriction spelled so that a program misreads it (invisible characters, look-alike letters,
// entities, emphasis or a line break inside the word) is still found, and its quote is the line as
// written in the file. Each licence is the MIT text with one added sentence.
import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'
import { detectClauses as detectAll } from '../../src/clauses/index.js'
import { NON_RESTRICTIVE_CLAUSES } from '../../src/types.js'
import { allFindings, auditFiles } from '../helpers/audit.js'

const require = createRequire(import.meta.url)
/** Restrictive clauses only: MIT's own notice requirement is an attribution clause. */
const detectClauses = (text: string, file: string) =>
  detectAll(text, file).filter(c => !NON_RESTRICTIVE_CLAUSES.has(c.type))
const MIT = (require('spdx-license-list/full.js') as Record<string, { licenseText: string }>).MIT.licenseText

/** MIT with our sentence inserted as its own paragraph after the permission notice; the sentence's line. */
function mitWith(sentence: string): { text: string; line: number } {
  const cut = MIT.indexOf('THE SOFTWARE IS PROVIDED')
  const head = `${MIT.slice(0, cut)}${sentence}\n\n`
  return { text: head + MIT.slice(cut), line: MIT.slice(0, cut).split('\n').length }
}

const TRICKS: Array<[string, string]> = [
  ['plain words', 'You may run these weights for non-commercial purposes only.'],
  ['a zero-width space inside the word', 'You may run these weights for non-com\u200bmercial purposes only.'],
  [
    'a zero-width joiner and a word joiner',
    'You may run these weights for non-co\u200dmmer\u2060cial purposes only.'
  ],
  ['a soft hyphen inside the word', 'You may run these weights for non-commer\u00adcial purposes only.'],
  [
    'Cyrillic look-alike letters',
    'You may run these weights for non-\u0441\u043emm\u0435r\u0441i\u0430l purposes only.'
  ],
  ['Greek look-alike letters', 'You may run these weights for n\u03bfn-c\u03bfmmercial purposes only.'],
  [
    'fullwidth letters',
    'You may run these weights for \uff4e\uff4f\uff4e\uff0d\uff43\uff4f\uff4d\uff4d\uff45\uff52\uff43\uff49\uff41\uff4c purposes only.'
  ],
  ['a word hyphenated over a line break', 'You may run these weights for non-commer-\ncial purposes only.'],
  ['a soft hyphen at a line end', 'You may run these weights for non-commer\u00ad\ncial purposes only.'],
  ['emphasis inside the word', 'You may run these weights for non-com**mercial** purposes only.'],
  ['underscores inside the word', 'You may run these weights for non-com_mer_cial purposes only.'],
  [
    'an inline HTML tag inside the word',
    'You may run these weights for non-com<b>mercial</b> purposes only.'
  ],
  ['a decimal HTML entity', 'You may run these weights for non-&#99;ommercial purposes only.'],
  [
    'a hexadecimal HTML entity without its semicolon',
    'You may run these weights for non-c&#x6f;mmercial purposes only.'
  ],
  ['a named entity for a soft hyphen', 'You may run these weights for non-commer&shy;cial purposes only.'],
  [
    'a bidi isolate inside the word',
    'You may run these weights for non-com\u2066mercial\u2069 purposes only.'
  ]
]

describe('restrictions hidden by encoding are still found', () => {
  it.each(TRICKS)('%s: non-commercial at the sentence line, quoted verbatim', (_name, sentence) => {
    const { text, line } = mitWith(sentence)
    const clauses = detectClauses(text, 'LICENSE')
    expect(clauses.map(c => [c.type, c.line])).toEqual([['non-commercial', line]])
    // the quote is a slice of the file as written (the trick included), not of the normalised text
    expect(text).toContain(clauses[0]!.quote)
    expect(clauses[0]!.quote.startsWith('You may run these weights for ')).toBe(true)
  })

  it('the MIT text alone, and with a sentence allowing commercial use, has no restriction', () => {
    expect(detectClauses(MIT, 'LICENSE')).toEqual([])
    expect(
      detectClauses(mitWith('You may run these weights for com\u200bmercial purposes.').text, 'LICENSE')
    ).toEqual([])
  })

  it('in an audit, the hidden restriction fails the check at its line with the verbatim quote', async () => {
    const { text, line } = mitWith(
      'You may run these weights for non-\u0441\u043emm\u0435r\u0441i\u0430l purposes only.'
    )
    const r = await auditFiles({ LICENSE: text, 'README.md': '---\nlicense: mit\n---\n# Tiny model\n' })
    const f = allFindings(r).filter(x => x.rule === 'license/no-non-commercial')
    expect(f.map(x => [x.severity, x.file, x.line])).toEqual([['error', 'LICENSE', line]])
    expect(r.models[0]!.osaid).toBe('fail')
    expect(r.models[0]!.clauses.find(c => c.type === 'non-commercial')!.quote).toContain(
      'non-\u0441\u043emm\u0435r\u0441i\u0430l'
    )
    expect(r.verdict).toBe('fail')
  })
})

describe('license/hidden-text', () => {
  it('a zero-width space inside a word and a right-to-left override are each reported at their line', async () => {
    const { text, line } = mitWith('You may run these weights for com\u200bmercial purposes.')
    const r = await auditFiles({
      LICENSE: text,
      'README.md': '---\nlicense: mit\n---\n# Tiny model\n\nUse it \u202eylno hcraeser\u202c freely.\n'
    })
    const f = allFindings(r).filter(x => x.rule === 'license/hidden-text')
    expect(f.map(x => [x.severity, x.file, x.line, x.evidence])).toEqual([
      ['error', 'LICENSE', line, 'U+200B'],
      ['error', 'README.md', 6, 'U+202E']
    ])
    expect(f[0]!.category).toBe('license-unrecognized')
    expect(f[0]!.message).toMatch(/displays differently from what it says/)
  })

  it('a byte order mark, right-to-left marks in Hebrew text and plain text give no finding', async () => {
    const r = await auditFiles({
      LICENSE: '\ufeff' + MIT,
      'README.md':
        '---\nlicense: mit\n---\n# Tiny model\n\n\u05de\u05d5\u05d3\u05dc \u200fMIT\u200f \u05e8\u05d9\u05e9\u05d9\u05d5\u05df\n'
    })
    expect(allFindings(r).filter(x => x.rule === 'license/hidden-text')).toEqual([])
  })
})
