// One case per branch of the OSAID "data information" requirement, verdict and reason.
import { describe, expect, it } from '@jest/globals'
import { dataInformationRequirement } from '../../src/verdicts/osaid.js'
import type { DataInformationFacts } from '../../src/analyze/facts.js'
import { facts } from './facts-builder.js'

const CARD = '# M\n'
function data(over: Partial<DataInformationFacts>): DataInformationFacts {
  return {
    level: 'partial',
    described: false,
    obtainable: false,
    datasets: [],
    missing: [],
    reason: 'names X but does not say Y.',
    evidence: ['described: README.md:5 “X”'],
    ...over
  }
}

describe('OSAID data information', () => {
  it('no card: fails, saying so in plain words', () => {
    const r = dataInformationRequirement(facts())
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(
      'There is no model card, so nothing describes the training data or says where to obtain it.'
    )
    expect(r.reason).not.toMatch(/the card there is/)
  })

  it('described and obtainable: passes with the card’s reason and evidence', () => {
    const r = dataInformationRequirement(
      facts({
        cardText: CARD,
        dataInformation: data({
          level: 'complete',
          described: true,
          obtainable: true,
          reason: 'names Dolma.'
        })
      })
    )
    expect(r).toEqual({
      id: 'data-information',
      verdict: 'pass',
      reason: 'The card names Dolma.',
      evidence: ['described: README.md:5 “X”']
    })
  })

  it('a pass on a derivative of a base that publishes nothing fails on the base', () => {
    const r = dataInformationRequirement(
      facts({
        cardText: CARD,
        dataInformation: data({ level: 'complete', described: true, obtainable: true }),
        baseModels: [{ id: 'meta-llama/Llama-2-7b-hf', licenseId: 'llama2', source: 'catalogue' }]
      })
    )
    expect(r.verdict).toBe('fail')
    expect(r.reason).toMatch(/whose training data information is not published/)
  })

  it.each<[string, Partial<DataInformationFacts>, string]>([
    [
      'nothing',
      { level: 'none' },
      'The training data is not described: the card names X but does not say Y.'
    ],
    [
      'described only',
      { described: true },
      'The training data is described but not obtainable: the card names X but does not say Y.'
    ],
    [
      'obtainable only',
      { obtainable: true },
      'The training data can be obtained but is not described: the card names X but does not say Y.'
    ],
    ['partly', {}, 'The training data is only partly described: the card names X but does not say Y.']
  ])('%s: fails, saying which half is missing', (_name, over, reason) => {
    const r = dataInformationRequirement(facts({ cardText: CARD, dataInformation: data(over) }))
    expect(r.verdict).toBe('fail')
    expect(r.reason).toBe(reason)
  })

  it('a failing derivative says it needs the base model’s data information too', () => {
    const r = dataInformationRequirement(
      facts({
        cardText: CARD,
        dataInformation: data({}),
        baseModels: [{ id: 'org/base', licenseId: null, source: 'unknown' }],
        baseModelRelation: 'finetune'
      })
    )
    expect(r.reason).toMatch(
      / As a fine-tune of org\/base, it also needs the base model's training code and data information, linked or described\.$/
    )
  })
})
