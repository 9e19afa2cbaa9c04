// Our own paraphrases, several per clause type, and near-misses that must not match.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import type { ClauseType } from '../../src/types.js'

const MATCH: [ClauseType, string][] = [
  [
    'user-threshold',
    'If your service has more than 50 million monthly active users you must ask us for a licence.'
  ],
  ['user-threshold', 'This grant does not apply to organisations serving over 100,000,000 users.'],
  [
    'user-threshold',
    'Products whose daily active users (DAU) exceed two million need a commercial agreement.'
  ],
  ['user-threshold', 'Free use is limited to applications with fewer than 10,000 registered users.'],
  ['revenue-threshold', 'Companies with annual revenue of $1M or more must purchase an enterprise licence.'],
  ['revenue-threshold', 'If your yearly turnover exceeds two million US dollars, this licence ends.'],
  ['revenue-threshold', 'Entities earning more than EUR 5,000,000 in annual revenue are not covered.'],
  ['revenue-threshold', 'Commercial use is free until your gross revenue reaches USD 100,000 per year.'],
  ['revenue-threshold', 'A licence fee is owed once your yearly billing passes two million euros.'],
  ['field-of-use-restriction', 'You may not use the Model for military applications or weapons development.'],
  ['field-of-use-restriction', 'The model shall not be used for mass surveillance or predictive policing.'],
  ['field-of-use-restriction', 'You agree not to use the weights to provide medical advice.'],
  [
    'field-of-use-restriction',
    'Prohibited uses include:\n- nuclear applications\n- law enforcement profiling'
  ],
  [
    'acceptable-use-policy',
    'Your use must comply with our Acceptable Use Policy at https://example.com/aup.'
  ],
  [
    'acceptable-use-policy',
    'Use of the model is subject to the Example Prohibited Use Policy, incorporated by reference.'
  ],
  ['acceptable-use-policy', 'Licensee shall follow the Usage Policy published by the Licensor.'],
  ['acceptable-use-policy', 'Every deployment shall respect the Code of Practice attached as Annex 3.'],
  ['acceptable-use-policy', 'You may run the weights only after you have agreed to the Fair Use Charter.'],
  ['non-commercial', 'The weights may be used for non-commercial purposes only.'],
  ['non-commercial', 'You may not use the model for any commercial purpose.'],
  ['non-commercial', 'This checkpoint is released under CC BY-NC 4.0.'],
  ['non-commercial', 'Commercial use requires prior written permission from the authors.'],
  ['non-commercial', 'Not for commercial use.'],
  ['non-commercial', 'The Licensee is obliged to abstain from any use of the weights for a lucrative end.'],
  [
    'non-commercial',
    'This grant does not extend to any use inside an app that is sold to customers for a fee.'
  ],
  ['non-commercial', 'The checkpoint is released for non-profit teaching and research purposes only.'],
  [
    'non-commercial',
    'This licence shall not be read as entitling anyone to offer the model as a paid service.'
  ],
  [
    'remote-restriction',
    'The vendor may, without notice or liability, throttle or block your access to the hosted endpoint.'
  ],
  [
    'remote-restriction',
    'Where the activation server cannot confirm your subscription, inference shall be suspended.'
  ],
  ['remote-restriction', 'This copy can be switched off remotely by the vendor at any moment.'],
  ['remote-restriction', 'If validation fails, the assistant stops responding until you renew.'],
  [
    'attribution',
    'Each redistributed copy shall reprint the attribution notice in its accompanying documentation.'
  ],
  ['attribution', 'Bundled builds must repeat our copyright line in the about box.'],
  ['research-only', 'The model is provided for research purposes only.'],
  ['research-only', 'You may use it solely for academic research.'],
  ['research-only', 'Use is limited to research and evaluation purposes only.'],
  ['research-only', 'Access is granted exclusively for non-profit research.'],
  ['research-only', 'Each institution shall limit its use of the weights to the experiments of its own lab.'],
  ['research-only', '使用者仅能将该模型用于高校内部的学术研究。'],
  ['naming-requirement', 'Every deployment must identify it by its exact name, "Osier-7B", to end users.'],
  [
    'naming-requirement',
    "Apps built on the Model are required to return the model's name in their API responses."
  ],
  ['naming-requirement', 'If you share a derivative, call it "Tamsin-<handle>" so people know its origin.'],
  ['naming-requirement', 'The Licensee shall incorporate the mention "Hecho con Osier" on its product page.'],
  ['output-use-restriction', 'You may not use outputs of the model to train a competing model.'],
  ['output-use-restriction', 'Generated outputs must not be used to develop other large language models.'],
  ['output-use-restriction', 'You will not use any output to improve any other AI system.'],
  ['output-use-restriction', 'Any Outputs remain subject to the restrictions in Section 2.'],
  ['output-use-restriction', 'Outputs are free for any use except to train another language model.'],
  ['output-use-restriction', 'You shall not strip the watermark from images generated with the Model.'],
  // outputs as the subject, kept for internal use, passed on or denied a use later in their clause
  [
    'output-use-restriction',
    'Responses returned by the API are licensed to you for internal evaluation only and may not be resold or passed on to others.'
  ],
  ['output-use-restriction', 'Summaries produced by the Model are for your internal business purposes.'],
  ['output-use-restriction', 'Generations are for your own internal use; you may not sell them to anyone.'],
  ['output-use-restriction', 'Neither the weights nor anything the model produces may be sold.'],
  ['output-use-restriction', 'No image generated with the Model may be used in political advertising.'],
  ['output-use-restriction', 'Pictures you create with the app can’t be used on merchandise.'],
  ['output-use-restriction', 'Outputs may not be represented as medical advice.'],
  ['output-use-restriction', 'Generated text may no longer be used to train other models.'],
  ['output-use-restriction', '(Generated images may not be sold.)'],
  // a person must check, or a mark must be put on, what the model made before it is used
  [
    'output-use-restriction',
    'Text generated by the assistant must be checked by a qualified lawyer before it is sent to a client.'
  ],
  [
    'output-use-restriction',
    'Each image generated with the tool must be watermarked before it is posted online.'
  ],
  // the sentence before names the outputs; "such answers" speaks of them
  [
    'output-use-restriction',
    'The assistant’s answers may be published. Such answers may not, however, be fed into another model’s training set.'
  ],
  [
    'output-use-restriction',
    'Performance results for the Model may not be disclosed without our written consent.'
  ],
  // a table whose header names the outputs
  [
    'output-use-restriction',
    '| What you may do with outputs | Allowed |\n|---|---|\n| Quote them in a paper | Yes |\n| Train a rival model on them | No |'
  ],
  ['geographic-restriction', 'This licence does not apply in the European Union.'],
  ['geographic-restriction', 'Use of the weights is confined to educational purposes within Japan.'],
  [
    'geographic-restriction',
    'Customers in Canada must obtain a separate agreement before deploying the Model.'
  ],
  ['geographic-restriction', 'The weights must not be used by persons located in an embargoed country.'],
  ['geographic-restriction', '本许可的使用地区以新加坡为限。'],
  // a place qualifying a use, "the US", everywhere but a place, a defined class of places
  ['geographic-restriction', 'Japan deployment is not permitted.'],
  ['geographic-restriction', 'Non-EU persons may not download the checkpoint.'],
  ['geographic-restriction', 'Hosting is permitted in the US only.'],
  ['geographic-restriction', 'You may run it anywhere except Tasmania.'],
  ['geographic-restriction', 'The weights are licensed worldwide, excluding Crimea.'],
  [
    'geographic-restriction',
    'Access is granted only to organisations with a registered office in an Eligible Country.'
  ],
  ['geographic-restriction', 'Companies based in a territory listed in Schedule 4 may not use the Model.'],
  ['geographic-restriction', 'All rights in the territory of Brazil are reserved to the Licensor.'],
  [
    'geographic-restriction',
    "All rights in the territory of the People's Republic of China, including Hong Kong and Macao, are reserved to the Licensor."
  ],
  ['geographic-restriction', 'All rights in Canada are withheld.'],
  [
    'geographic-restriction',
    'The Licensor does not license the Model to, and you shall not serve, any company organised under the laws of a country in Annex B.'
  ],
  ['geographic-restriction', '被许可方声明其并非位于受制裁的国家。'],
  ['geographic-restriction', 'Licence for the Territory only.'],
  // where the model must be kept
  ['geographic-restriction', 'Providers must keep every copy of the weights within Canadian data centres.'],
  [
    'geographic-restriction',
    'The Licensee shall host the Model on servers located within the European Union.'
  ],
  [
    'geographic-restriction',
    "Model files shall not be kept on any servers situated outside the Licensee's own country."
  ],
  // front-matter fields that name the territory
  ['geographic-restriction', 'license_territory: "Mexico only"'],
  ['geographic-restriction', 'license_regions: worldwide except Tonga'],
  ['geographic-restriction', 'You shall not offer the Model to anyone located in an Excluded Territory.'],
  [
    'field-of-use-restriction',
    'Nothing in these terms shall be read as permitting the use of the Model for predictive policing.'
  ],
  ['geographic-restriction', 'The rights granted are not available to residents of the United Kingdom.'],
  [
    'geographic-restriction',
    'The Territory means the world, excluding mainland China and Russia, where this licence is granted.'
  ],
  [
    'geographic-restriction',
    'If you are domiciled in the EU, no licence is granted to you for the multimodal models.'
  ],
  ['naming-requirement', 'You must prominently display "Powered by Example" in your product.'],
  ['naming-requirement', 'Any derived model must include "Foo" at the beginning of its name.'],
  ['naming-requirement', 'Products built on the model shall state “Built with Foo” in their documentation.'],
  ['naming-requirement', 'The name of every fine-tuned model must start with the prefix "Foo-".'],
  ['remote-restriction', 'We reserve the right to remotely disable access to the model.'],
  [
    'remote-restriction',
    'The Licensor reserves the right to restrict (remotely or otherwise) usage of the Model.'
  ],
  ['remote-restriction', 'The provider reserves the right to suspend use of the model at any time.'],
  ['remote-restriction', '许可方可遥距停用被许可方的软件。'],
  // keys renewed at the licensor's will, the copy locking itself, the means named in the sentence before
  [
    'remote-restriction',
    'The activation code must be refreshed monthly; the vendor may refuse renewal, in which case the software stops working.'
  ],
  [
    'remote-restriction',
    "Licence tokens lapse every week and are reissued only at the Licensor's discretion."
  ],
  ['remote-restriction', 'Ashcombe may decline to re-authorise any device that has not checked in.'],
  [
    'remote-restriction',
    'You may use the app offline if it contacts our licence server every 10 days; otherwise it will lock.'
  ],
  [
    'remote-restriction',
    'This release checks in with the vendor on launch and can be shut off remotely by the vendor.'
  ],
  [
    'remote-restriction',
    'Our entitlement service may reduce throughput for deployments that exceed their plan.'
  ],
  ['remote-restriction', 'Inference will cease if the heartbeat to the licence server fails.'],
  ['remote-restriction', 'The runtime halts when the licence check fails.'],
  [
    'remote-restriction',
    'Nothing in these terms shall prevent the Licensor from pushing updates that disable the software.'
  ],
  ['remote-restriction', 'The Supplier may remotely deactivate the scoring module at any site.'],
  ['remote-restriction', '本平台保留对违规账号采取限制调用等技术措施的权利。'],
  ['remote-restriction', '模型每月需联网校验一次，校验失败会自动锁定。'],
  [
    'remote-restriction',
    'The Licensor keeps the right to disable any installation remotely, and nothing in this licence limits that right.'
  ],
  ['no-redistribution', 'You may not redistribute the model weights.'],
  ['no-redistribution', 'Redistribution is not permitted.'],
  ['no-redistribution', 'You shall not share or publish the checkpoints with any third party.'],
  ['no-redistribution', 'The weights may not be distributed to anyone.'],
  ['no-derivatives', 'You may not modify the model.'],
  ['no-derivatives', 'No derivative works may be created; licensed under CC BY-ND 4.0.'],
  ['no-derivatives', 'You must not fine-tune or adapt the weights.'],
  ['no-derivatives', 'Licensee shall not create derivative works of the Model.'],
  ['no-derivatives', 'Nothing in this licence shall be construed as allowing you to retrain the weights.'],
  ['no-derivatives', 'Customers must not alter or translate the weights.'],
  ['no-derivatives', 'The Licensee shall abstain from adapting the Model.'],
  ['no-redistribution', 'Nothing in these terms permits the Licensee to sell copies of the Model.'],
  ['restrictions-flow-down', 'Derivatives of the model shall remain subject to the same restrictions.'],
  [
    'restrictions-flow-down',
    'You must include these use restrictions as an enforceable provision in any agreement with your users.'
  ],
  ['restrictions-flow-down', 'You shall require all of your users to comply with this section.'],
  [
    'restrictions-flow-down',
    'Each Distributor must transfer to acquirers of the Weights the limitations of use in this Licence.'
  ],
  ['termination-at-will', 'We may terminate this licence at any time, for any reason.'],
  ['termination-at-will', 'The Licensor reserves the right to terminate your access at its sole discretion.'],
  ['termination-at-will', 'Example Corp can revoke this license at any time without cause.'],
  ['termination-at-will', 'The Licensor may rescind the contract unilaterally, at any time.'],
  [
    'termination-at-will',
    "| Event | Effect |\n|---|---|\n| Licensor's notice, for any reason | Licence ends at once |"
  ],
  ['termination-at-will', 'license_revocable: "yes, at the licensor\'s discretion"'],
  [
    'termination-at-will',
    "| Event | Licensor may terminate? |\n|---|---|\n| Your breach | Yes |\n| No reason at all | Yes, on 7 days' notice |"
  ],
  // the act as a participle or a noun, the licensor by name or as "which", breach the ground of a denied act only
  ['termination-at-will', 'This permission is held at will and may be ended by Corvid whenever it likes.'],
  [
    'termination-at-will',
    'If we decide to withdraw the licence, for whatever reason, you must delete the weights.'
  ],
  ['termination-at-will', 'The licence lasts only for as long as Marlow elects to keep it in force.'],
  [
    'termination-at-will',
    'Marlow may cancel the licence. Such cancellation may occur at any time and need not be explained.'
  ],
  [
    'termination-at-will',
    'The Licensee may not end this agreement early. That limit does not bind the Licensor, which may terminate at any time without cause.'
  ],
  ['termination-at-will', '授權人得隨時終止本授權，無須敘明理由。'],
  [
    'termination-at-will',
    "The Vendor may terminate this Order Form for convenience and may, on termination, disable the Customer's keys remotely."
  ],
  ['termination-at-will', '作者保留随时收回使用许可的权利。'],
  [
    'termination-at-will',
    'The Licensor shall not terminate this Licence except for breach, provided however that the Licensor may terminate it for convenience at any time during the first year.'
  ],
  ['share-alike', 'Adaptations must be shared under the same license.'],
  ['share-alike', 'This work is licensed under CC BY-SA 4.0 (ShareAlike).'],
  ['share-alike', 'Any modified version must be distributed under the same terms.'],
  ['share-alike', 'You shall not place an adaptation under a licence other than this one.'],
  ['attribution', 'You must give appropriate credit to the authors.'],
  ['attribution', 'Redistributions must retain the above copyright notice.'],
  ['attribution', 'You must include the following attribution notice in all copies.'],
  ['attribution', 'Please attribute the original model in your publications.'],
  ['attribution', 'Notices of authorship in the files must not be deleted.'],
  ['attribution', 'Each release has to identify the original authors in the way they ask.'],
  ['attribution', 'Every redistributor shall indicate the copyright holders in its manual.'],
  ['attribution', 'Display "Built with Orla" in your footer and retain our copyright notice.'],
  ['attribution', 'Use it freely; the sole condition is that each copy keeps the NOTICE file.'],
  ['attribution', 'Anyone you pass the weights to must be given the text of these terms.']
]

const NO_MATCH: [ClauseType, string][] = [
  ['user-threshold', 'The dataset contains 2 million user reviews.'],
  ['user-threshold', 'The model serves users around the world.'],
  ['revenue-threshold', 'There is no revenue sharing under this licence.'],
  ['revenue-threshold', 'Training cost about $1,000,000 in compute.'],
  [
    'field-of-use-restriction',
    'You must comply with export control laws and may not export the model for nuclear or weapons end uses to embargoed countries.'
  ],
  [
    'field-of-use-restriction',
    'The software is not intended for use in the operation of nuclear facilities.'
  ],
  ['field-of-use-restriction', 'The model was evaluated on military history questions.'],
  ['field-of-use-restriction', 'The weights are not intended for clinical diagnosis.'],
  ['user-threshold', 'A 10 % discount applies to orders covering more than 500 seats.'],
  [
    'acceptable-use-policy',
    'Our chat app has a Conduct Policy, shown here for information only; this licence does not refer to it.'
  ],
  ['output-use-restriction', 'This licence does not limit how you use what the model writes for you.'],
  ['acceptable-use-policy', 'This licence has no acceptable use policy.'],
  ['acceptable-use-policy', 'You may use the model for any purpose.'],
  ['non-commercial', 'Commercial support is available from the authors.'],
  ['non-commercial', 'You may use the model for commercial and non-commercial purposes.'],
  ['non-commercial', 'The authors shall not be liable for any commercial damages.'],
  ['non-commercial', 'Permission is granted to use, copy, modify and sell the software.'],
  ['research-only', 'This research was funded by a public grant.'],
  ['research-only', 'The model is not only for research but also for production use.'],
  ['research-only', 'You may use it for internal research and development and commercial products.'],
  ['output-use-restriction', 'You may use the outputs for any purpose, including training other models.'],
  ['output-use-restriction', 'If you use outputs to train a model, you must name it after us.'],
  [
    'output-use-restriction',
    'Outputs are for your own use and you may use them for any purpose, including selling them.'
  ],
  ['output-use-restriction', 'Summaries produced by the Model may be shared with anyone.'],
  ['output-use-restriction', 'Text generated by the assistant should ideally be checked by a lawyer.'],
  ['output-use-restriction', 'You may publish benchmark results obtained with the Model.'],
  ['output-use-restriction', 'The results reported in our paper were obtained on eight GPUs.'],
  ['output-use-restriction', 'Our team may use outputs for internal research purposes.'],
  ['output-use-restriction', 'There are no restrictions on outputs: do with them however you wish.'],
  ['output-use-restriction', 'The model no longer requires a licence key; outputs are no longer restricted.'],
  ['output-use-restriction', 'Any feedback given on the Model helps us improve it.'],
  [
    'output-use-restriction',
    '| What you may do with the model | Allowed |\n|---|---|\n| Quote it in a paper | Yes |\n| Sell it | No |'
  ],
  [
    'geographic-restriction',
    'You must comply with all applicable export laws and may not export the model to Iran, Cuba or North Korea.'
  ],
  ['geographic-restriction', 'This agreement is governed by the laws of the United Kingdom.'],
  ['geographic-restriction', 'The model was trained in the European Union.'],
  ['geographic-restriction', 'You may run it anywhere except in production without a support contract.'],
  ['geographic-restriction', 'The weights are licensed worldwide, excluding warranties.'],
  ['geographic-restriction', 'Access is granted to organisations in every Eligible Country and elsewhere.'],
  ['geographic-restriction', 'Providers may keep copies of the weights within Canadian data centres.'],
  ['geographic-restriction', 'Model files may be kept on servers situated outside your country.'],
  ['geographic-restriction', 'You must keep the weights within the limits of this licence.'],
  ['geographic-restriction', 'All rights not expressly granted are reserved to the Licensor.'],
  ['geographic-restriction', 'license_territory: worldwide'],
  ['geographic-restriction', '被许可方并非必须位于中国境内。'],
  ['geographic-restriction', 'Japan use cases include customer support.'],
  ['geographic-restriction', 'You retain all rights in Brazil.'],
  ['geographic-restriction', 'All rights in outputs made in Japan are retained by you.'],
  ['naming-requirement', 'You may not use our trademarks or logos.'],
  ['naming-requirement', 'This model was built with PyTorch.'],
  ['naming-requirement', 'Licensees shall not sell apps made with the Model to paying customers.'],
  [
    'geographic-restriction',
    'You must not use the Model to profile users in India or to discriminate against residents of Brazil.'
  ],
  [
    'geographic-restriction',
    'Licensees in the EU must obtain consent from the people whose data they process.'
  ],
  [
    'naming-requirement',
    'Neither the name of the copyright holder nor the names of its contributors may be used to endorse products.'
  ],
  ['remote-restriction', 'Users interacting with it remotely through a network must be offered the source.'],
  ['remote-restriction', 'The model can be deployed remotely on any server.'],
  ['remote-restriction', 'You may decline to renew your licence key at any time.'],
  ['remote-restriction', 'Licence keys renew automatically each year.'],
  ['remote-restriction', 'Customers may revoke their own access tokens at any time from the dashboard.'],
  ['remote-restriction', '| Remote kill switch | None |'],
  ['remote-restriction', "The subscription term is renewed only at the Licensor's discretion."],
  [
    'remote-restriction',
    'The software checks for updates on launch; you can switch this off in the settings.'
  ],
  ['remote-restriction', 'Nothing in these terms limits your right to use the software offline.'],
  ['remote-restriction', 'We may reduce the price for deployments that exceed their plan.'],
  ['no-redistribution', 'You may redistribute the model in any form.'],
  [
    'no-redistribution',
    'You may not distribute the Program except as expressly provided under this License.'
  ],
  ['no-derivatives', 'The contents of the NOTICE file do not modify the License.'],
  ['no-derivatives', 'You may not remove or alter any copyright notices.'],
  ['no-derivatives', 'You may modify the model and create derivative works.'],
  ['restrictions-flow-down', 'You may license your modifications under any terms you like.'],
  ['termination-at-will', 'This licence terminates automatically if you breach its terms.'],
  ['termination-at-will', 'You may terminate this licence at any time by deleting your copies.'],
  ['termination-at-will', 'The licence is irrevocable.'],
  ['termination-at-will', 'The Customer can end the subscription at any time in the account settings.'],
  ['termination-at-will', '| Revocable at will | No ✅ |'],
  ['termination-at-will', 'Revocable at will? ✘'],
  ['termination-at-will', 'license_revocable: "no"'],
  [
    'termination-at-will',
    "| Event | Licensee may terminate? |\n|---|---|\n| No reason at all | Yes, on 7 days' notice |"
  ],
  ['termination-at-will', '| Event | Licensor may terminate? |\n|---|---|\n| No reason at all | No |'],
  [
    'termination-at-will',
    '| Event | Effect |\n|---|---|\n| Your breach, after notice | Licence ends at once |'
  ],
  [
    'termination-at-will',
    'The Licensor may revoke any access token at any time, whereupon the app will stop working.'
  ],
  ['termination-at-will', '授權人得隨時以遠端方式暫停被授權人之授權金鑰。'],
  ['termination-at-will', '用户可随时注销账号，终止使用本服务。'],
  ['termination-at-will', '本公司得隨時以遠端方式限制使用者帳號之存取權限。'],
  ['termination-at-will', 'This licence lasts for as long as the Licensee elects to keep using the model.'],
  ['termination-at-will', 'The Licensee may end the licence at any time, for whatever reason.'],
  ['termination-at-will', 'The Licensor shall not terminate this licence except for breach.'],
  ['share-alike', 'You may provide additional or different license terms for your modifications.'],
  ['attribution', 'No attribution is required.'],
  ['attribution', 'Please indicate the intended use when you request access.']
]

describe('paraphrases that must match', () => {
  it.each(MATCH)('%s: %s', (type, text) => {
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === type)
    expect(found.length).toBeGreaterThan(0)
    for (const c of found) expect(text.includes(c.quote)).toBe(true)
  })
})

describe('near-misses that must not match', () => {
  it.each(NO_MATCH)('%s: %s', (type, text) => {
    expect(detectClauses(text, 'LICENSE').filter(c => c.type === type)).toEqual([])
  })
})

describe('use policies', () => {
  it('a use-policy file is an acceptable-use-policy clause at its first restriction, even without a policy phrase', () => {
    const found = detectClauses('Please be kind.\nDo not harm people.', 'USAGE_POLICY.md')
    expect(found).toEqual([
      { type: 'acceptable-use-policy', file: 'USAGE_POLICY.md', line: 2, quote: 'Do not harm people.' }
    ])
  })
  it('a use policy that asks only for lawful use, its title and its reporting line are no clauses', () => {
    const text = [
      '# Usage Policy',
      '',
      'We want our models used safely. By using them you agree to comply with all applicable laws.',
      '',
      'Report violations of this policy to abuse@example.org.'
    ].join('\n')
    expect(detectClauses(text, 'USAGE_POLICY.md')).toEqual([])
  })
  it('a contact line points to an address; a clause that merely mentions contacting is read', () => {
    expect(
      detectClauses(
        'Questions about this licence may be sent to the legal team at legal@example.org.',
        'LICENSE'
      )
    ).toEqual([])
    expect(
      detectClauses('For help, contact our staff at the e-mail address on the website.', 'LICENSE')
    ).toEqual([])
    const types = (text: string): string[] => detectClauses(text, 'LICENSE').map(c => c.type)
    expect(
      types(
        'Every running copy must contact our licence server at least once a day and stops working if we revoke the key.'
      )
    ).toContain('remote-restriction')
    expect(
      types('We may end your access at any time, for any reason, without needing to contact you beforehand.')
    ).toContain('termination-at-will')
  })
  it('a policy incorporated by name or URL is a clause although its text is absent', () => {
    const found = detectClauses(
      'Use of the Model must adhere to the Acme Responsible Use Guide (https://acme.example/rug).',
      'LICENSE'
    )
    expect(found.map(c => c.type)).toContain('acceptable-use-policy')
  })
})

describe('a denial silences its own clause only', () => {
  const types = (text: string): string[] => [...new Set(detectClauses(text, 'LICENSE').map(c => c.type))]
  it.each([
    [
      'This grant places no restriction on generated text, but you must not share the weights.',
      'no-redistribution'
    ],
    ['Although these terms set no limit on users, you may not use the model commercially.', 'non-commercial'],
    [
      'There is no cap on seats, and the Licensor may revoke this licence at any time for any reason.',
      'termination-at-will'
    ],
    [
      'You must not hand the checkpoint to others, but the licence imposes no other restriction.',
      'no-redistribution'
    ]
  ])('%s', (text, type) => {
    expect(types(text)).toEqual([type])
  })
  it('a second denial after the first stays a denial', () => {
    expect(
      types('This licence does not impose any restrictions on outputs, and you need not credit us.')
    ).toEqual([])
  })
})
