// The scope a licence text states (licenses/scope.ts): which models its file, a section or a
// sentence covers, and whether that scope covers a given model — "yes", "no" or "unknown" (only
// "no" takes a clause away).
import { describe, expect, it } from '@jest/globals'
import {
  modelIdentity,
  scopeCovers,
  scopeOf,
  sentenceScope,
  sizeKey,
  textScope,
  type Scope
} from '../../src/licenses/scope.js'

const covers = (scope: Scope | null, name: string) => scopeCovers(scope!, modelIdentity([name]))

describe('sizes', () => {
  it.each([
    ['7B', '7b'],
    ['70b', '70b'],
    ['1.5B', '1.5b'],
    ['8x7B', '8x7b'],
    ['350M', '350m']
  ])('%s is the size %s', (text, key) => expect(sizeKey(text)).toBe(key))
  it.each(['3.2', 'B', '7', 'x7B', '7Bx', 'v2'])('%s is no size', text => expect(sizeKey(text)).toBeNull())
})

describe('what a phrase names', () => {
  it('names, sizes and variants, one group per alternative', () => {
    expect(scopeOf('the Heron-7B and Heron-70B-Vision models')!.groups).toEqual([
      { names: [{ family: 'heron', key: 'heron7b' }], sizes: ['7b'], variants: [] },
      { names: [{ family: 'heron', key: 'heron70bvision' }], sizes: ['70b'], variants: ['multimodal'] }
    ])
    expect(scopeOf('Heron 70B')!.groups).toEqual([
      { names: [{ family: 'heron', key: 'heron70b' }], sizes: ['70b'], variants: [] }
    ])
    expect(scopeOf('models of 7 billion parameters')!.groups).toEqual([
      { names: [], sizes: ['7b'], variants: [] }
    ])
  })
  it('words that are no model: a version, a defined term, a hyphenated adjective', () => {
    expect(scopeOf('Llama 3.2')).toBeNull()
    expect(scopeOf('the Use-Based Restrictions')).toBeNull()
    expect(scopeOf('Non-Commercial Terms')).toBeNull()
  })
})

describe('the scope a sentence states for itself', () => {
  it.each([
    [
      'With respect to any multimodal models included in Llama 3.2, the rights are not granted.',
      ['multimodal']
    ],
    ['For the 70B model, commercial use needs a licence.', ['70b']],
    ['This section applies only to the 7B and 13B models.', ['7b', '13b']],
    ['对于70B模型，不得用于商业用途。', ['70b']]
  ])('%s', (sentence, attributes) => {
    const scope = sentenceScope(sentence)!
    expect(scope.groups.flatMap(g => [...g.sizes, ...g.variants])).toEqual(attributes)
  })
  it.each([
    'Except for the 7B model, commercial use needs a licence.',
    'This restriction does not apply to the 7B model.',
    'You may not use outputs for the training of a 7B model.',
    'For the avoidance of doubt, you may not sell the model.',
    'With respect to the Model, you shall comply with the law.'
  ])('no scope: %s', sentence => expect(sentenceScope(sentence)).toBeNull())
})

describe('the scope of a licence text', () => {
  it('a title that names a model and a licence scopes the file; a section heading scopes its section', () => {
    const text = [
      'Heron-70B Research Licence', // 1
      '', // 2
      '1. Definitions', // 3
      '', // 4
      'Terms.', // 5
      '', // 6
      '## Additional terms for the vision models', // 7
      '', // 8
      'You may not use them for surveillance.', // 9
      '', // 10
      '## Warranty', // 11
      '', // 12
      'None.' // 13
    ].join('\n')
    const s = textScope(text)
    expect(s.file).toMatchObject({ line: 1, text: 'Heron-70B Research Licence' })
    expect(s.sections).toEqual([
      {
        groups: [{ names: [], sizes: [], variants: ['multimodal'] }],
        text: 'Additional terms for the vision models',
        from: 7,
        to: 10
      }
    ])
  })
  it('an opening statement of what the licence applies to scopes the file', () => {
    const s = textScope('HERON LICENCE\n\nThis licence applies only to the Heron-13B model.\n')
    expect(s.file).toMatchObject({ line: 3, text: 'the Heron-13B model' })
  })
  it('a hostile text of many scoped headings is read in one pass and keeps at most 200 sections', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `## Heron-${(i % 90) + 1}B\n\nTerms.`).join('\n\n')
    const started = Date.now()
    const s = textScope(text)
    expect(s.sections.length).toBe(200)
    expect(s.sections[0]).toMatchObject({ from: 5, to: 8 })
    expect(Date.now() - started).toBeLessThan(4000)
  })
  it('a licence that names no model has no scope', () => {
    expect(textScope('MIT License\n\nPermission is hereby granted, free of charge.\n')).toEqual({
      file: null,
      sections: []
    })
  })
})

describe('whether a scope covers a model', () => {
  const seventy = scopeOf('Heron-70B')
  it.each([
    ['Heron-70B', 'yes', 'the same name'],
    ['Heron-70B-Instruct', 'yes', 'a variant of the name'],
    ['Heron-7B', 'no', 'another member of the same family'],
    ['Plover-7B', 'unknown', 'another family: a fine-tune may carry the licence'],
    ['my-model', 'unknown', 'a name that says nothing']
  ])('Heron-70B covers %s: %s (%s)', (name, verdict) => expect(covers(seventy, name)).toBe(verdict))

  const size = scopeOf('the 70B model')
  it.each([
    ['heron-70b', 'yes'],
    ['heron-7b', 'no'],
    ['heron', 'unknown']
  ])('the 70B model covers %s: %s', (name, verdict) => expect(covers(size, name)).toBe(verdict))

  const vision = scopeOf('any multimodal models')
  it.each([
    ['Llama-3.2-11B-Vision-Instruct', 'yes'],
    ['Llama-3.2-1B-Instruct', 'no'],
    ['my-model', 'unknown'],
    // a name with digits but no size or variant (a checkout folder) says nothing of its modality
    ['audit-x1y2z3', 'unknown']
  ])('multimodal models cover %s: %s', (name, verdict) => expect(covers(vision, name)).toBe(verdict))

  it('several alternatives: any that covers the model is enough; all must exclude it', () => {
    const two = scopeOf('Heron-7B and Heron-13B')
    expect(covers(two, 'Heron-13B')).toBe('yes')
    expect(covers(two, 'Heron-70B')).toBe('no')
  })
})
