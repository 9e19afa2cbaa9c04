// Passages in our own words where a clause's roles are spread over a list or over two sentences,
// or where a document's furniture (title, reporting line) surrounds it: each case asserts the
// clause type, the line it is reported on and the whole-sentence quote, or that nothing is found.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'

const of = (text: string, type: string, file = 'LICENSE'): [number, string][] =>
  detectClauses(text, file)
    .filter(c => c.type === type)
    .map(c => [c.line!, c.quote])

describe('clause frames across sentences and lists', () => {
  it('a list of prohibited uses (military, surveillance, biometric) under one introduction', () => {
    const text = [
      'You may not use the Model or its outputs:',
      '(a) in any military application;',
      '(b) to watch people in public places, including by tracking their location;',
      '(c) to process biometric data in order to identify people.'
    ].join('\n')
    expect(of(text, 'field-of-use-restriction')).toEqual([
      [2, 'in any military application;'],
      [4, 'to process biometric data in order to identify people.']
    ])
  })

  it('a restricted field defined in one sentence and banned in the next is found at the ban', () => {
    const text =
      '"Excluded Sector" means defence and policing.\nLicensee shall not deploy the Model in any restricted sector.'
    expect(of(text, 'field-of-use-restriction')).toEqual([
      [2, 'Licensee shall not deploy the Model in any restricted sector.']
    ])
  })

  it('a use-policy file: not its title, not its reporting line, but its first prohibition', () => {
    const text = [
      '# Heron Acceptable Use Policy',
      '',
      'Report violations of this policy to abuse@example.org.',
      '',
      'You agree not to use Heron to deceive people about who wrote a text.'
    ].join('\n')
    expect(of(text, 'acceptable-use-policy', 'USE_POLICY.md')).toEqual([
      [5, 'You agree not to use Heron to deceive people about who wrote a text.']
    ])
  })

  it('a usage policy that asks only for lawful use is no acceptable-use policy', () => {
    const text = '# Usage policy\n\nUse the model only in ways that comply with applicable law.'
    expect(of(text, 'acceptable-use-policy', 'USAGE_POLICY.md')).toEqual([])
  })

  it('registration before commercial use gates commerce, in English and in Chinese', () => {
    expect(
      of('Businesses must sign up with us before any commercial deployment of the model.', 'non-commercial')
    ).toEqual([[1, 'Businesses must sign up with us before any commercial deployment of the model.']])
    expect(of('希望将本模型用于商业用途的用户，须先完成登记。', 'non-commercial')).toEqual([
      [1, '希望将本模型用于商业用途的用户，须先完成登记。']
    ])
  })

  it('the licensor switching use off by remote means, and the model switching itself off', () => {
    expect(of('Acme may disable or suspend the Model by remote means.', 'remote-restriction')).toEqual([
      [1, 'Acme may disable or suspend the Model by remote means.']
    ])
    expect(of('本模型需联网激活，激活失败时将无法使用。', 'remote-restriction')).toEqual([
      [1, '本模型需联网激活，激活失败时将无法使用。']
    ])
    expect(of('You may run the Model offline; it never contacts our servers.', 'remote-restriction')).toEqual(
      []
    )
  })

  it('research-only in Chinese, and a denial of it', () => {
    expect(of('本模型权重仅限学术研究使用。', 'research-only')).toEqual([[1, '本模型权重仅限学术研究使用。']])
    expect(of('本许可不限于学术研究用途。', 'research-only')).toEqual([])
  })
  it('duties on what is passed on, at the line where each sentence starts (c3 classes)', () => {
    const text = [
      'Osprey Model Terms', // 1
      '', // 2
      'You may share the weights provided that the person receiving them has to accept the same', // 3
      'usage limits that bind you.', // 4
      '', // 5
      'Source code for the complete program must be made available to anyone you give a binary to.', // 6
      '', // 7
      'Papers reporting results obtained with the model shall cite our technical report.', // 8
      '', // 9
      'You must not call your modified version "Osprey".', // 10
      '', // 11
      'This project has a share-and-share-alike spirit.', // 12
      '', // 13
      '衍生作品无须采用本许可证。' // 14
    ].join('\n')
    expect(of(text, 'restrictions-flow-down')).toEqual([
      [
        3,
        'You may share the weights provided that the person receiving them has to accept the same\nusage limits that bind you.'
      ]
    ])
    expect(of(text, 'share-alike')).toEqual([
      [6, 'Source code for the complete program must be made available to anyone you give a binary to.']
    ])
    expect(of(text, 'attribution')).toEqual([
      [8, 'Papers reporting results obtained with the model shall cite our technical report.']
    ])
    expect(of(text, 'naming-requirement')).toEqual([
      [10, 'You must not call your modified version "Osprey".']
    ])
  })
})
