// The questions the detectors ask of a sentence (toolkit/query.ts) answer as their plain
// definitions do, whichever way they take: a table with no word in the sentence is answered
// without reading it, a small table through the sentence's word index, a large one by scanning
// its words' numbers. Random sentences over a small vocabulary make every path and every answer
// (nothing, one, many) common.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDoc, type Sentence } from '../../src/clauses/toolkit/sentences.js'
import {
  allOf,
  firstOf,
  has,
  hasAny,
  nearWords,
  numberedTables,
  phrases,
  union,
  words
} from '../../src/clauses/toolkit/query.js'

const VOCABULARY = 'may not use the model for any commercial purpose licence share alike zeta omega'.split(
  ' '
)

// Tables compiled at load, as the detectors' are: of one word, of several, of a word no sentence has.
const TABLES: ReadonlySet<string>[] = [
  words('commercial'),
  words('may must shall'),
  words('use model purpose licence share alike the'),
  words('absent'),
  union(words('zeta'), ['omega', 'not'])
]
const PHRASES = [
  phrases('commercial purpose'),
  phrases('share alike, share the model, the'),
  phrases('may not use, not use the model'),
  phrases('absent words here')
]

function sentencesOf(text: string): Sentence[] {
  return parseDoc(text).sentences
}

const sentence = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 60 })
  .map(ws => `${ws.join(' ')}.`)

/** The plain definitions. */
function plainAll(s: Sentence, set: ReadonlySet<string>): number[] {
  const out: number[] = []
  s.tokens.forEach((t, i) => {
    if (set.has(t.w)) out.push(i)
  })
  return out
}
function plainPhraseStarts(s: Sentence, list: string[][]): number[] {
  const out: number[] = []
  for (let i = 0; i < s.tokens.length; i++)
    if (list.some(seq => seq.every((w, k) => s.tokens[i + k]?.w === w))) out.push(i)
  return out
}
function plainNear(s: Sentence, i: number, before: number, after: number, set: ReadonlySet<string>): number {
  for (let k = Math.max(0, i - before); k <= Math.min(s.tokens.length - 1, i + after); k++)
    if (k !== i && set.has(s.tokens[k]!.w)) return k
  return -1
}

function agreesOn(s: Sentence): void {
  // a word asked of a short sentence (read through) and of a long one (its word index)
  for (const w of [...VOCABULARY, 'absent']) expect(has(s, w)).toBe(s.tokens.some(t => t.w === w))
  for (const set of TABLES) {
    const all = plainAll(s, set)
    expect(allOf(s, set)).toEqual(all)
    expect(firstOf(s, set)).toBe(all.length > 0 ? all[0] : -1)
    expect(hasAny(s, set)).toBe(all.length > 0)
    for (const i of [0, Math.floor(s.tokens.length / 2), s.tokens.length - 1])
      expect(nearWords(s, i, 3, 5, set)).toBe(plainNear(s, i, 3, 5, set))
  }
  for (const list of PHRASES) {
    const starts = plainPhraseStarts(s, list.seqs as string[][])
    expect(list.all(s)).toEqual(starts)
    expect(list.first(s)).toBe(starts.length > 0 ? starts[0] : -1)
    expect(list.in(s)).toBe(starts.length > 0)
    const matches = list.matches(s)
    expect(matches.map(m => m.at)).toEqual(
      starts.flatMap(at =>
        (list.seqs as string[][]).filter(seq => seq.every((w, k) => s.tokens[at + k]?.w === w)).map(() => at)
      )
    )
  }
  // and again once the questions above may have built the sentence's word index
  for (const w of [...VOCABULARY, 'absent']) expect(has(s, w)).toBe(s.tokens.some(t => t.w === w))
}

describe('queries of a sentence', () => {
  it('answer as their plain definitions on random sentences', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), texts => {
        for (const s of sentencesOf(texts.join(' '))) agreesOn(s)
      }),
      { numRuns: 400, seed: 20261202 }
    )
  })

  it('answer "nothing" for a table none of whose words is in the sentence', () => {
    const [s] = sentencesOf('You may use the model.')
    expect(firstOf(s!, TABLES[3]!)).toBe(-1)
    expect(allOf(s!, TABLES[0]!)).toEqual([])
    expect(PHRASES[3]!.first(s!)).toBe(-1)
    expect(allOf(s!, TABLES[1]!)).toEqual([1])
  })

  it('read a sentence whose tokens were cut from another one (a clause before a denial)', () => {
    const [s] = sentencesOf('You may not use the model for any commercial purpose.')
    const cut: Sentence = { ...s!, tokens: s!.tokens.slice(5), index: new Map() }
    expect(allOf(s!, TABLES[0]!)).toEqual([8])
    expect(allOf(cut, TABLES[0]!)).toEqual([3])
    expect(PHRASES[0]!.first(cut)).toBe(3)
    expect(allOf(cut, TABLES[1]!)).toEqual([])
  })

  it('answer for a table compiled after the first question (it is read, not numbered)', () => {
    const [s] = sentencesOf('Share alike, the model may not be sold.')
    expect(hasAny(s!, TABLES[2]!)).toBe(true)
    const before = numberedTables()
    const late = words('sold bought')
    const latePhrase = phrases('be sold')
    expect(numberedTables()).toBe(before)
    expect(allOf(s!, late)).toEqual([7])
    expect(latePhrase.first(s!)).toBe(6)
    expect(firstOf(s!, words('absent'))).toBe(-1)
  })
})

describe('detection', () => {
  it('compiles no table while it reads a text (every table is built once, at load)', async () => {
    const { detectClauses } = await import('../../src/clauses/index.js')
    const text = [
      'You may not use the Model for commercial purposes or redistribute it outside the United States.',
      'Any derivative must be named "Foo-…" and shared alike under this Licence; keep all notices.',
      'Licensees with more than 700 million monthly active users or revenue above USD 10 million need a licence.',
      'We may terminate this licence at any time; you must pass these restrictions on to every recipient.',
      'The outputs may not be used to train other models. Use is permitted for research only.'
    ].join('\n')
    detectClauses(text, 'LICENSE')
    const after = numberedTables()
    expect(detectClauses(text, 'LICENSE').length).toBeGreaterThan(3)
    expect(numberedTables()).toBe(after)
  })
})

describe('word tables', () => {
  it('split a packed list at any white space, as /\\s+/ does', () => {
    const packed = ' must\tshall\nrequired\u00a0须\u3000應  ought '
    expect([...words(packed)]).toEqual(packed.split(/\s+/).filter(Boolean))
    expect([...words('Must SHALL', 'may')]).toEqual(['must', 'shall', 'may'])
  })
})
