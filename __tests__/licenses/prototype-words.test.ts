// Words that name Object's own properties ("constructor", "toString", "valueOf") are words like any
// other: the word tables that normalise spelling and read numbers must not find Object's members.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import { normalizeLicenseText, normalizePhrase } from '../../src/licenses/normalize.js'

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']

describe('words named like Object members', () => {
  it.each(WORDS)('normalising a licence keeps "%s" as the word it is', word => {
    const text = `The ${word} of this licence may use the Software.`
    const normalised = normalizeLicenseText(text, { keepTitle: true })
    expect(normalised).toContain(word.toLowerCase())
    expect(normalised).not.toContain('native code')
    expect(normalizePhrase(`${word} licence`)).toBe(`${word.toLowerCase()} license`)
  })

  it.each(WORDS)('"%s" users is no user count', word => {
    const text = `Use by more than ${word} users requires a separate licence from the Licensor.`
    expect(detectClauses(text, 'LICENSE').filter(c => c.type === 'user-threshold')).toEqual([])
  })

  it('a real count beside them is still read', () => {
    const text = 'Use by more than 5,000 users per month requires a separate licence from the Licensor.'
    expect(detectClauses(text, 'LICENSE').map(c => c.type)).toContain('user-threshold')
  })
})
