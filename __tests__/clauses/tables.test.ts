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
      '年营业收入超过一千万元人民币的企业须获得书面授权。',
      'Firms generating over 2 million Canadian dollars a year need a paid licence.',
      'If your annual income is above fifty million yen, these terms do not apply to you.',
      '年收入超过五千万元人民币的企业不适用本许可。'
    ],
    nearMiss: [
      'Training the model cost roughly $3,000,000.',
      'The model predicted quarterly revenue of $5 million for the test company.'
    ],
    negation: ['There are no revenue limits of any kind.', 'This licence sets no revenue threshold.']
  },
  'field-of-use-restriction': {
    positive: [
      'You shall not deploy the model in weapons systems or for the surveillance of individuals.',
      '不得将本模型用于监控他人。',
      'None of these uses is allowed: weapons development, mass surveillance, biometric identification.',
      'Licensee shall not deploy the model in any prohibited sector.',
      '不得将本模型用于军事或监控目的。'
    ],
    nearMiss: [
      'The software is not designed for use in nuclear facilities.',
      'The Licensor does not provide medical advice.',
      'We evaluated the model on surveillance footage benchmarks.'
    ],
    negation: [
      'This licence does not impose any restrictions on fields of use.',
      'This licence does not restrict use in military or medical settings.'
    ]
  },
  'acceptable-use-policy': {
    positive: [
      'Your use of the weights must follow the Heron Acceptable Use Policy, as updated from time to time.',
      'Every deployment must observe the Orca Content Policy, which forms part of this licence.',
      'Breaching the Responsible Use Policy ends your rights under this grant.',
      'You agree to the Heron Usage Rules, which we may amend from time to time.',
      '您在使用本模型时必须遵循《行为准则》。'
    ],
    nearMiss: [
      'Report misuse of the model to abuse@example.org.',
      'Heron Usage Rules',
      'Questions about the use policy can be sent to legal@example.org.',
      'Please use the model lawfully.',
      'Our privacy policy describes which logs we keep.'
    ],
    negation: [
      'This licence has no acceptable use policy.',
      'These terms do not include any acceptable use policy.',
      'There are no usage rules beyond this licence.',
      '本协议不包含任何行为准则。'
    ]
  },
  'non-commercial': {
    positive: [
      'The model may not be used in any revenue-generating product.',
      'Commercial exploitation of the weights is prohibited.',
      '未经授权，不得将本模型用于商业用途。',
      'You shall not use the weights to make money.',
      'Use for private monetary gain is not permitted.',
      '本模型不得用于任何营利目的。',
      '商业用途须事先取得许可方的书面同意。',
      'Companies must register before putting the model into a commercial product.'
    ],
    nearMiss: [
      'Commercial support contracts are sold separately.',
      'Non-commercial organisations get a discount.',
      '"Licence Elements" means the attributes named in the title: Attribution, NonCommercial, NoDerivatives, ShareAlike.'
    ],
    negation: [
      'Commercial and non-commercial use are both allowed.',
      'The licence contains no non-commercial clause.',
      'Nothing here limits use to non-commercial settings.',
      'Commercial use is allowed; registration is optional.',
      '本模型可免费用于商业用途。'
    ]
  },
  'research-only': {
    positive: [
      'The checkpoint may be used only for academic research.',
      'You may not use the weights except for scientific study.',
      '本模型仅供科研使用。',
      'The weights are reserved for academic study.',
      'Use is confined to scientific research.',
      'You may not use the model for anything except scholarly research.',
      '本模型仅可用于科研目的。'
    ],
    nearMiss: [
      'Our research team trained the model on public data.',
      'The model helps research teams and product teams alike.',
      '本模型适用于研究和生产。',
      'Except for evaluation on your own servers, no use of the model that earns money is allowed.'
    ],
    negation: [
      'Use of the model is not limited to research.',
      'There is no research-only restriction on this model.',
      'Nothing in this licence limits use to research.'
    ]
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
      'Products using the model shall display "Powered by Heron".',
      'A derivative may not carry a name that drops the word "Heron".',
      '衍生模型须在产品页面显示“由 Heron 驱动”。',
      'Apps built on the model must display "Powered by Heron" in their footer.'
    ],
    nearMiss: [
      'The model was built with JAX.',
      'We welcome a "Built with Heron" badge on your site.',
      '我们欢迎您在产品中显示“由 Heron 驱动”。'
    ],
    negation: ['You are encouraged to display "Built with Heron".', 'No "Powered by" notice is required.']
  },
  'remote-restriction': {
    positive: [
      'The Licensor may suspend any copy of the model remotely through its licence server.',
      'The vendor can deactivate the weights on your servers over the internet at its discretion.',
      'If the licence key expires or is revoked by us, inference stops working.',
      '许可方有权通过远程方式暂停您部署的模型。',
      'We may push an update that disables features of the model on your devices.'
    ],
    nearMiss: [
      'The model can be served remotely from any cloud.',
      'We may disable telemetry in a future release.',
      'You can stop the remote server with Ctrl-C.'
    ],
    negation: [
      'The Licensor cannot disable your copy of the model remotely.',
      'The model has no licence server and no kill switch.',
      'We have no way to switch off copies you have downloaded remotely.'
    ]
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
    positive: [
      'Anyone you give the model to must accept the same use restrictions as you.',
      'Anyone you pass the weights to must be made subject to the use restrictions of Attachment A.',
      'Sublicensees shall be contractually bound to observe the prohibited uses listed in Section 3.',
      'The use limitations of this licence travel with the Model to each subsequent holder.',
      'You must make sure that your customers accept restrictions equivalent to those in this Agreement.',
      '再分发本模型的，应当要求第三方遵守本协议第五条的使用限制。',
      '下游使用者同样受本协议使用限制的约束。',
      'Whoever obtains the Model from you must be held to the same prohibitions that apply to you.',
      'Your terms of service must forbid every use that Section 4 forbids.',
      'The restrictions of Section 4 survive any transfer of the Model and bind each transferee.',
      '对衍生模型的再分发，须以不低于本协议的限制条件进行。'
    ],
    nearMiss: [
      'You may license your changes under any terms.',
      'The restrictions apply to you and to anyone acting on your behalf.',
      'The restrictions below apply to the Licensee only.',
      'You agree to comply with the restrictions set out in Attachment A.',
      'Modified copies must keep the same licence and their source must be given to recipients.',
      '你在使用本模型时须遵守以下限制。',
      'These limitations bind you while you hold a copy.',
      'The limitation of liability shall not apply to any party where the law prohibits such limitation.',
      'Each copy must include the copyright notice, this restriction and the disclaimer.'
    ],
    negation: [
      'The restrictions above apply only to you and not to your downstream recipients.',
      'These restrictions do not apply to downstream recipients of your fine-tuned models.',
      'Your customers are not bound by the restrictions that bind you.',
      'You need not pass these limitations on to anyone.',
      'Recipients of your fine-tuned model are free from the restrictions in Section 4.',
      'Nothing in this licence requires you to impose restrictions on your users.'
    ]
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
      'Licensed under CC BY-SA 4.0.',
      'Derivative models must be distributed under the terms of this same licence and no other.',
      'Any improvements you make to the weights, if shared, shall be shared on the same terms as this Licence.',
      'Combined works containing the Model must, as a whole, be licensed under this Licence.',
      'If you convey object code, you are required to provide the corresponding source under the terms of this License.',
      '对本模型进行修改后再发布的，须以本许可证授权。',
      '衍生作品应采用与本协议相同的许可条款发布。',
      'Adapted material you share must be released under this licence or a later version of it.',
      'Any system that incorporates a modified copy of the weights must itself be licensed on these terms.',
      '以本模型为基础开发的模型，须以本许可证开源发布。'
    ],
    nearMiss: [
      'You may share the model with your colleagues.',
      'The training data includes text under CC BY-SA.',
      'You may release your fine-tuned models under any licence, open or closed.',
      "You shall not distribute modified versions under this licence's name.",
      'Each copy you hand on must come with a copy of this licence.',
      '分发本模型时，须随附本协议的全文。',
      '衍生模型须按照本协议的规定使用。',
      'Fine-tuned versions must carry the same use restrictions as this Agreement.',
      'You may apply any licence you like to your own code that calls the Model.',
      'The Model itself is released under this licence.',
      '"Work" shall mean the work, in source or modified form, made available under this Licence.',
      'If you sue over a patent licensed to you under this licence for a derivative, your rights end.'
    ],
    negation: [
      'This is a permissive licence with no copyleft obligation.',
      'This licence has no share-alike requirement.',
      'Fine-tunes are not required to use this licence.',
      'The licence of your derivatives is up to you.'
    ]
  },
  attribution: {
    positive: [
      'You must keep the copyright notice in every copy.',
      'Any paper using the model must credit its authors.',
      'Every redistributed copy has to preserve the legal notices shipped with the weights.',
      'Whoever republishes the checkpoint is obliged to name the original research group as its source.',
      'You must not delete or obscure the attribution lines at the top of the model card.',
      'Licensee will not remove, alter or hide any proprietary notices of the Licensor.',
      'A copy of these terms has to accompany every distribution of the weights.',
      'If you modify a file, you must mark it with a prominent statement that it was modified.',
      'Redistributions must keep the names of the original authors in the README.',
      'You agree that you will not:\n(a) sell the Model; or\n(b) strip any copyright notice from it.',
      '转载或分发本模型时，不得删除原作者的署名信息。',
      '使用本模型产出的学术成果须注明引用来源。',
      'Redistributors are required to reproduce the original author credits in the release notes.',
      'Any derivative work must state prominently that it differs from the original Model.',
      'The Licensee shall ensure that the names of the contributors are not removed from the files.',
      'It is a condition of this licence that the NOTICE file travels with every copy.',
      '您应当在产品文档中标注本模型的原始作者。'
    ],
    nearMiss: [
      'The authors can be reached by e-mail.',
      'We thank the authors of the dataset for their work.',
      'The copyright notice in this file belongs to Example Labs.',
      'You are free to remove the example notebooks from your copy.',
      'The Licensor will not alter the copyright status of outputs.',
      'Credit card details are never stored.',
      'You must include the use restrictions of Section 4 in any licence you grant for the Model.',
      'Derived models must include "Heron" in their names.',
      '若您发布衍生模型，须在模型名称中包含“Heron”字样。',
      "The authors' names appear in the AUTHORS file.",
      'Acknowledgements: we thank our funders.',
      'The Model must not be used for automated credit scoring.'
    ],
    negation: [
      'No attribution is required.',
      'Attribution is appreciated but not mandatory.',
      'You may, if you wish, mention the authors in your documentation.',
      'You can, but need not, list the developers in your credits.'
    ]
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
