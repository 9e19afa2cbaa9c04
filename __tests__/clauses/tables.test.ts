// One table per clause type, in our own words: sentences the type must be found in (positive),
// sentences that sound related but restrict nothing of that kind (nearMiss), and sentences that say
// the restriction does not exist (negation). A new clause type adds one table here.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import type { ClauseType } from '../../src/types.js'

interface Table {
  positive: string[]
  nearMiss: string[]
  negation: string[]
}

const TABLES: Record<ClauseType, Table> = {
  'user-threshold': {
    positive: [
      'Should more than three million individuals use your app in any month, this grant lapses.',
      'Deployments serving over 50,000 daily active users need a separate enterprise licence.',
      '若您的服务月活跃用户超过五千万，须另行申请授权。'
    ],
    nearMiss: [
      'The evaluation set has 2,000,000 user prompts.',
      'Licensees with revenue above $5M pay a fee.'
    ],
    negation: ['The licence places no cap on the number of users.']
  },
  'revenue-threshold': {
    positive: [
      'Organisations whose annual turnover exceeds EUR 20 million must negotiate a commercial agreement.',
      '年营业收入超过一千万元人民币的企业须获得书面授权。'
    ],
    nearMiss: ['Training the model cost roughly $3,000,000.'],
    negation: ['There are no revenue limits of any kind.']
  },
  'field-of-use-restriction': {
    positive: [
      'You shall not deploy the model in weapons systems or for the surveillance of individuals.',
      '不得将本模型用于监控他人。'
    ],
    nearMiss: ['The software is not designed for use in nuclear facilities.'],
    negation: ['This licence does not impose any restrictions on fields of use.']
  },
  'acceptable-use-policy': {
    positive: [
      'Your use of the weights must follow the Heron Acceptable Use Policy, as updated from time to time.'
    ],
    nearMiss: ['Report misuse of the model to abuse@example.org.'],
    negation: ['This licence has no acceptable use policy.']
  },
  'non-commercial': {
    positive: [
      'The model may not be used in any revenue-generating product.',
      'Commercial exploitation of the weights is prohibited.',
      '未经授权，不得将本模型用于商业用途。'
    ],
    nearMiss: [
      'Commercial support contracts are sold separately.',
      'Non-commercial organisations get a discount.'
    ],
    negation: ['Commercial and non-commercial use are both allowed.']
  },
  'research-only': {
    positive: [
      'The checkpoint may be used only for academic research.',
      'You may not use the weights except for scientific study.',
      '本模型仅供科研使用。'
    ],
    nearMiss: ['Our research team trained the model on public data.'],
    negation: ['Use of the model is not limited to research.']
  },
  'output-use-restriction': {
    positive: [
      'Text produced by the model must not be used to train another language model.',
      'Outputs may be used for personal projects only.',
      '不得使用本模型的输出训练其他模型。'
    ],
    nearMiss: ['The model produces outputs in English and French.'],
    negation: ['This licence does not impose any restrictions on outputs.']
  },
  'geographic-restriction': {
    positive: [
      'No licence is granted to companies established in Ruritania.',
      'The rights apply in the European Union only.',
      '本模型不得向居住在境外的个人提供。'
    ],
    nearMiss: [
      'This agreement is governed by the laws of Ireland.',
      'You must comply with export controls of the United States.'
    ],
    negation: ['The licence is granted without territorial limitation.']
  },
  'naming-requirement': {
    positive: [
      'Every derived model must include the word "Heron" in its name.',
      'Products using the model shall display "Powered by Heron".'
    ],
    nearMiss: ['The model was built with JAX.'],
    negation: ['You are encouraged to display "Built with Heron".']
  },
  'remote-restriction': {
    positive: ['The Licensor may suspend any copy of the model remotely through its licence server.'],
    nearMiss: ['The model can be served remotely from any cloud.'],
    negation: ['The Licensor cannot disable your copy of the model remotely.']
  },
  'no-redistribution': {
    positive: [
      'You may not give copies of the weights to anyone else.',
      'The checkpoints must not be uploaded to public hubs.',
      '不得向任何第三方分发本模型的权重。'
    ],
    nearMiss: ['You may not distribute the Program except as expressly provided under this License.'],
    negation: ['You may redistribute the model to anyone.']
  },
  'no-derivatives': {
    positive: [
      'The weights shall not be fine-tuned or merged with other weights.',
      'Licensed under CC BY-NC-ND 4.0.',
      '不得对本模型进行任何修改。'
    ],
    nearMiss: ['You may not alter any copyright notices.'],
    negation: ['You may modify the model with or without changes to its weights.']
  },
  'restrictions-flow-down': {
    positive: ['Anyone you give the model to must accept the same use restrictions as you.'],
    nearMiss: ['You may license your changes under any terms.'],
    negation: ['The restrictions above apply only to you and not to your downstream recipients.']
  },
  'termination-at-will': {
    positive: [
      'The Licensor may revoke this licence at any time for any reason.',
      'We may end your permission whenever we choose.'
    ],
    nearMiss: ['This licence ends automatically if you breach it.'],
    negation: ['This licence is irrevocable.']
  },
  'share-alike': {
    positive: [
      'Modified versions you distribute must be licensed under this Licence.',
      'Licensed under CC BY-SA 4.0.'
    ],
    nearMiss: ['You may share the model with your colleagues.'],
    negation: ['This is a permissive licence with no copyleft obligation.']
  },
  attribution: {
    positive: [
      'You must keep the copyright notice in every copy.',
      'Any paper using the model must credit its authors.'
    ],
    nearMiss: ['The authors can be reached by e-mail.'],
    negation: ['No attribution is required.']
  }
}

const typesIn = (text: string): string[] => detectClauses(text, 'LICENSE').map(c => c.type)

describe.each(Object.entries(TABLES))('%s', (type, table) => {
  it.each(table.positive.map(t => [t]))('found: %s', text => {
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === type)
    expect(found.length).toBeGreaterThan(0)
    // whole sentence, verbatim, from its start
    for (const c of found) expect(text.startsWith(c.quote) || text.includes(c.quote)).toBe(true)
  })
  it.each(table.nearMiss.map(t => [t]))('near miss: %s', text => {
    expect(typesIn(text)).not.toContain(type)
  })
  it.each(table.negation.map(t => [t]))('negation: %s', text => {
    expect(typesIn(text)).not.toContain(type)
  })
})

describe('quotes are whole sentences', () => {
  it('quotes the sentence with its qualifier, from where it starts, not the next item number', () => {
    const text = [
      'Terms of use.',
      'With respect to the vision models included in the release, the rights granted',
      'above are not granted to anyone resident in the European Union.',
      '1. You shall not use the model for weapons development.',
      '2. You shall not use the model for surveillance.'
    ].join('\n')
    const found = detectClauses(text, 'LICENSE')
    const geo = found.find(c => c.type === 'geographic-restriction')!
    expect(geo).toMatchObject({
      line: 2,
      quote:
        'With respect to the vision models included in the release, the rights granted\nabove are not granted to anyone resident in the European Union.'
    })
    const fields = found.filter(c => c.type === 'field-of-use-restriction')
    expect(fields.map(c => [c.line, c.quote])).toEqual([
      [4, 'You shall not use the model for weapons development.'],
      [5, 'You shall not use the model for surveillance.']
    ])
  })

  it('a list item under an introduction is read with it', () => {
    const text =
      'You may not use outputs of the model:\n- to train any other large language model;\n- to rank search results.'
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === 'output-use-restriction')
    expect(found.map(c => c.line)).toContain(2)
  })

  it('splits Chinese sentences on 。；！？', () => {
    const found = detectClauses('本模型仅供学术研究使用。您可以自由分发本模型！', 'LICENSE')
    expect(found.map(c => [c.type, c.quote])).toEqual([['research-only', '本模型仅供学术研究使用。']])
  })
})
