// Wording classes of issue 11's tuning, in our own words: each row is a sentence and the exact set of
// clause types it must give, a positive next to its negative neighbour (the same words with the
// restriction taken away, or a different thing passed on).
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'

const types = (text: string): string[] => [...new Set(detectClauses(text, 'LICENSE').map(c => c.type))].sort()

const CASES: [string, string[]][] = [
  // a restriction named as taken away (a changelog), next to the restriction itself
  ['The earlier non-commercial restriction has been lifted; v4 may be used commercially by anyone.', []],
  ['The research-only condition of the preview was dropped in the final release.', []],
  ['Version 3 removes the research-only condition; you may now use it commercially.', []],
  ['The separate usage policy that applied to v1 no longer applies.', []],
  ['v5 drops the mandatory "Made with" badge.', []],
  ['If the use restrictions are removed, this licence terminates.', []],
  ['Starting with v3, commercial use requires a paid licence.', ['non-commercial']],
  // "no longer" after a modal bans from now on
  ['You may no longer upload the weights to other hubs.', ['no-redistribution']],
  ['This restriction no longer applies.', []],

  // no-redistribution: the model as the source of what is passed on, or passed on "as a" form
  ['Benchmark scores obtained from the Model may not be published without our approval.', []],
  ['The weights shall not be redistributed.', ['no-redistribution']],
  ['You may not offer the Model to others as a hosted service.', ['field-of-use-restriction']],
  ['You may not make the weights available to the public.', ['no-redistribution']],
  ["You can't sell what the model writes as a training corpus.", ['output-use-restriction']],
  ['You may not sell the images you make with the model.', []],
  ['You may not sell the model or the images you make with it.', ['no-redistribution']],
  // derivatives pointed back to, or named after "of"
  ['Adapted versions may be made for internal testing. Such versions may not be given to anyone.', []],
  ['You may make copies for backup. Such copies may not be given to anyone.', ['no-redistribution']],
  ['Sharing of fine-tunes is prohibited.', []],
  ['Sharing of the checkpoint is prohibited.', ['no-redistribution']],
  // passing on conditioned on notices, not banned
  ['No right is granted to share the weights without keeping this licence attached.', []],
  ['No right is granted to share the weights without our written consent.', ['no-redistribution']],
  // the grant that does not reach the act, onward acts, rights of the act reserved
  ['This licence does not cover redistribution of the weights.', ['no-redistribution']],
  ["The licence doesn't permit sharing the checkpoint.", ['no-redistribution']],
  ['Onward distribution of the weights is not permitted.', ['no-redistribution']],
  ['All rights of redistribution are reserved to the Licensor.', ['no-redistribution']],
  // the receiving side, a named circle, one's own licence
  ['No one outside your lab may receive a copy of the weights.', ['no-redistribution']],
  ['Anyone may receive a copy of the weights from us.', []],
  ['The checkpoint may be shared only with students enrolled at your university.', ['no-redistribution']],
  [
    'The checkpoint may be shared only with users who have agreed to the use restrictions.',
    ['restrictions-flow-down']
  ],
  [
    'You may pass the weights to a colleague only if that colleague has signed his own licence with us.',
    ['no-redistribution']
  ],
  ['You may pass the weights to a colleague if you keep this notice.', []],
  // bundled into what is shipped, kept inside the premises, internal use only
  ['You may not bundle the checkpoint with any appliance that you sell.', ['no-redistribution']],
  ["Copies must not be sent outside the Licensee's premises.", ['no-redistribution']],
  ["You may send the weights outside the Licensee's premises.", []],
  [
    "The weights shall not be stored on or transmitted beyond the Licensee's own systems.",
    ['no-redistribution']
  ],
  ['For internal use only.', ['no-redistribution']],
  ['Outputs: internal use only.', ['output-use-restriction']],
  ['Licensee shall not Distribute (as defined in Section 1.5) the Model.', ['no-redistribution']],
  ['Licensee shall not distribute the Weights in France.', ['geographic-restriction']],
  // Chinese: handing a copy (拷给, 发给), an English act after a Chinese ban, a derivative before 后,
  // a non-transferable licence, the model as an instrument
  ['权重仅供本组使用，不准拷给其他人。', ['no-redistribution']],
  ['禁止 redistribute 本模型。', ['no-redistribution']],
  ['禁止 merge 后再分发。', ['no-derivatives']],
  ['授权方授予被许可方一项不可转让的许可，仅限非商业用途。', ['non-commercial']],
  ['不得将本模型转让给任何第三方。', ['no-redistribution']],
  ['您不得利用本模型提供在线托管服务。', []],

  // restrictions-flow-down: rights downstream broader than the limits, terms imposed on recipients,
  // those downstream held not to use, a measure ("no weaker than"), limits flowed down by name
  [
    'You may not give any sublicensee rights that are broader than the use restrictions in Section 5.',
    ['restrictions-flow-down']
  ],
  ['You may give any sublicensee rights that are broader than those you received.', []],
  [
    'Any release of a fine-tune must impose the conditions of Section 4 on its recipients.',
    ['restrictions-flow-down']
  ],
  ['You may not impose any further conditions on recipients.', []],
  [
    'Resellers shall oblige their clients not to use the Model for any purpose prohibited by Clause 2.',
    ['restrictions-flow-down']
  ],
  [
    'Each recipient of the weights shall be bound not to use them for weapons development.',
    ['field-of-use-restriction', 'restrictions-flow-down']
  ],
  ['You shall not use the weights for weapons development.', ['field-of-use-restriction']],
  ['Onward licences must contain use restrictions no weaker than these.', ['restrictions-flow-down']],
  ['Onward licences may contain any terms.', []],
  [
    'No right is granted to release a Derivative on terms that allow any use that Clause 3 prohibits.',
    ['restrictions-flow-down']
  ],
  ['The use restrictions apply only to you and not to your customers.', []],
  ['We hope that recipients will respect these restrictions.', []],
  ['Recipients must respect these restrictions.', ['restrictions-flow-down']],
  ['再许可时，应将禁止性用途条款告知被许可人并要求其遵守。', ['restrictions-flow-down']],
  ['restrictions_flow_down: true', ['restrictions-flow-down']],
  ['restrictions_flow_down: false', []]
]

describe('wording classes: detected types and their negative neighbours', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(types(text)).toEqual([...expected].sort())
  })
})
