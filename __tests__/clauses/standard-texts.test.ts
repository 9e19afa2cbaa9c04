// Issue 11, done when: every OSI-approved SPDX text and every Creative Commons text gives zero false
// restrictions. Texts come from spdx-license-list (standard texts, not copied into the project).
// A Creative Commons licence restricts by design what its name says — NonCommercial (NC) and
// NoDerivatives (ND) — and nothing else; attribution and share-alike restrict no freedom.
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { CLAUSES, detectClauses } from '../../src/clauses/index.js'
import type { ClauseModule } from '../../src/clauses/clause.js'

const LIST = createRequire(import.meta.url)('spdx-license-list/full.js') as Record<
  string,
  { name: string; osiApproved: boolean; licenseText: string }
>
const RESTRICTIVE = new Set((CLAUSES as readonly ClauseModule[]).filter(c => c.restrictive).map(c => c.type))
const isCreativeCommons = (id: string): boolean => /^CC(?:-|0)/.test(id)
/** International and unported Creative Commons licences (English texts, no jurisdiction port). */
const INTERNATIONAL = /^CC-BY(?:-NC)?(?:-ND)?(?:-SA)?-\d\.\d$/

/** The restrictive clause types a licence has by design: the elements its identifier names. */
function byDesign(id: string): Set<string> {
  const out = new Set<string>()
  if (isCreativeCommons(id) && /-NC(?:-|$)/.test(id)) out.add('non-commercial')
  if (isCreativeCommons(id) && /-ND(?:-|$)/.test(id)) out.add('no-derivatives')
  return out
}

const ids = Object.keys(LIST).filter(id => LIST[id]!.osiApproved || isCreativeCommons(id))
const found = new Map(ids.map(id => [id, detectClauses(LIST[id]!.licenseText, 'LICENSE')]))

describe('standard licence texts (spdx-license-list)', () => {
  it('covers the OSI-approved licences and the Creative Commons family', () => {
    expect(ids.filter(id => LIST[id]!.osiApproved).length).toBeGreaterThanOrEqual(100)
    expect(ids.filter(isCreativeCommons).length).toBeGreaterThanOrEqual(40)
  })

  it('no OSI-approved or Creative Commons text has a restriction it does not have by design', () => {
    const falseRestrictions = ids.flatMap(id =>
      found
        .get(id)!
        .filter(c => RESTRICTIVE.has(c.type) && !byDesign(id).has(c.type))
        .map(c => `${id} ${c.type} (line ${c.line}): ${c.quote.slice(0, 100)}`)
    )
    expect(falseRestrictions).toEqual([])
  })

  it('finds the restrictions a Creative Commons licence has by design (NC, ND), in every language', () => {
    const missing = ids
      .filter(isCreativeCommons)
      .flatMap(id =>
        [...byDesign(id)].filter(t => !found.get(id)!.some(c => c.type === t)).map(t => `${id} ${t}`)
      )
    expect(missing).toEqual([])
    expect(ids.filter(id => byDesign(id).size > 0).length).toBeGreaterThanOrEqual(20)
  })

  it('finds attribution in every international Creative Commons BY text, and share-alike in the SA ones', () => {
    const international = ids.filter(id => INTERNATIONAL.test(id))
    expect(international.length).toBeGreaterThanOrEqual(20)
    const missing = international.flatMap(id => {
      const types = new Set(found.get(id)!.map(c => c.type))
      const want = ['attribution', ...(/-SA-/.test(id) ? ['share-alike'] : [])]
      return want.filter(t => !types.has(t as never)).map(t => `${id} ${t}`)
    })
    expect(missing).toEqual([])
  })

  it('finds no restriction at all in the public-domain dedications and the permissive classics', () => {
    for (const id of ['CC0-1.0', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'ISC', 'Zlib'])
      expect({
        id,
        restrictive: found
          .get(id)!
          .filter(c => RESTRICTIVE.has(c.type))
          .map(c => c.type)
      }).toEqual({
        id,
        restrictive: []
      })
  })

  it('the copyleft texts carry their share-alike clause', () => {
    const copyleft = [
      'GPL-2.0-only',
      'GPL-3.0-only',
      'AGPL-3.0-only',
      'LGPL-2.1-only',
      'LGPL-3.0-only',
      'MPL-2.0',
      'EPL-2.0',
      'EUPL-1.2',
      'OSL-3.0',
      'CC-BY-SA-4.0'
    ]
    expect(copyleft.filter(id => !found.get(id)!.some(c => c.type === 'share-alike'))).toEqual([])
  })

  it('a permissive text keeps its attribution clause and gets no share-alike or flow-down', () => {
    for (const id of ['MIT', 'BSD-3-Clause', 'Apache-2.0']) {
      const types = new Set(found.get(id)!.map(c => c.type))
      expect({ id, attribution: types.has('attribution') }).toEqual({ id, attribution: true })
      expect({
        id,
        shareAlike: types.has('share-alike'),
        flowDown: types.has('restrictions-flow-down')
      }).toEqual({
        id,
        shareAlike: false,
        flowDown: false
      })
    }
  })
})
