// Licence normalisation drops a title line (a short first line naming a licence) unless asked to
// keep it, and copyright lines unless asked to keep them. Identification needs the text both with
// and without its title: normalizeLicenseTextBothWays gives both, in one pass when there is none.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  isCopyrightLine,
  normalizeLicenseText,
  normalizeLicenseTextBothWays
} from '../../src/licenses/normalize.js'

const BODY = 'Permission is granted to use, copy and share the Kestrel weights for any purpose.\n'

describe('the title line', () => {
  it.each([
    // [first line, is it a title]
    ['Kestrel Open Weights License', true],
    ['KESTREL COMMUNITY LICENSE AGREEMENT', true],
    ['Terms of use', true],
    ['The final Kestrel licence, version 2, of the first of March 2025', true], // 12 words
    ['The final Kestrel licence, version 2, of the first of March 2025 ok', false], // 13 words
    ['Kestrel weights, released by the Kestrel team', false], // no licence word
    ['license '.repeat(5000), false] // one long line: counted no further than 13 words
  ])('%j: dropped only when it is a title', (first, title) => {
    const text = `${first}\n${BODY}`
    const withTitle = normalizeLicenseText(text, { keepTitle: true })
    const withoutTitle = normalizeLicenseText(text)
    expect(withTitle === withoutTitle).toBe(!title)
    expect(withTitle.endsWith(withoutTitle)).toBe(true)
    expect(normalizeLicenseTextBothWays(text)).toEqual({ withTitle, withoutTitle })
  })

  it('is the first line with words, after blank lines and list markers', () => {
    const text = `\n\n  \n1. Kestrel License\n${BODY}`
    const { withTitle, withoutTitle } = normalizeLicenseTextBothWays(text)
    expect(withTitle.startsWith('kestrel license ')).toBe(true)
    expect(withoutTitle.startsWith('permission ')).toBe(true)
  })

  it('both ways agree with the two calls on any text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Kestrel License',
        'Copyright 2024 Kestrel Labs',
        '(c) Kestrel',
        '',
        '- item',
        '<year>'
      ),
      fc.string({ maxLength: 60 }),
      fc.lorem({ maxCount: 20 })
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol)
        expect(normalizeLicenseTextBothWays(text)).toEqual({
          withTitle: normalizeLicenseText(text, { keepTitle: true }),
          withoutTitle: normalizeLicenseText(text)
        })
      }),
      { numRuns: 500 }
    )
  })
})

describe('copyright lines', () => {
  it.each([
    ['Copyright 2024 Kestrel Labs', true],
    ['Copyright (c) Kestrel Labs', true],
    ['© Kestrel Labs', true],
    ['All rights reserved.', true],
    ['Copyright Kestrel Labs, 2023', true],
    // A year among more than ten words after "Copyright" is a sentence, not a notice.
    ['Copyright law applies to the Kestrel weights in every country where they are used since 2023', false],
    ['Copyright ' + 'holder '.repeat(5000) + '2024', false],
    ['Copyright is held by the authors', false]
  ])('%j: %s', (line, copyright) => {
    expect(isCopyrightLine(line)).toBe(copyright)
  })
})
