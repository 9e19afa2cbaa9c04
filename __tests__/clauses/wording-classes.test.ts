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

  // no-redistribution: the model as the source of what is passed on, or passed on "as a" form; what
  // the model produces (scores, images) passed on is an output use, as the benchmark labels it
  [
    'Benchmark scores obtained from the Model may not be published without our approval.',
    ['output-use-restriction']
  ],
  ['The weights shall not be redistributed.', ['no-redistribution']],
  ['You may not offer the Model to others as a hosted service.', ['field-of-use-restriction']],
  ['You may not make the weights available to the public.', ['no-redistribution']],
  ["You can't sell what the model writes as a training corpus.", ['output-use-restriction']],
  ['You may not sell the images you make with the model.', ['output-use-restriction']],
  [
    'You may not sell the model or the images you make with it.',
    ['no-redistribution', 'output-use-restriction']
  ],
  // derivatives pointed back to, or named after "of"
  ['Adapted versions may be made for internal testing. Such versions may not be given to anyone.', []],
  ['You may make copies for backup. Such copies may not be given to anyone.', ['no-redistribution']],
  ['Sharing of fine-tunes is prohibited.', ['no-derivatives']],
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
  ['restrictions_flow_down: false', []],
  // research-only: theses, "anything other than", rights other than research reserved, R&D confined;
  // not: a fact ("has only been tested"), a named copy or plan, a carve-out from another ban, a denied label
  ['The weights may be used only as needed to prepare a thesis or dissertation.', ['research-only']],
  ['The weights may be used to prepare a thesis.', []],
  ['You must not use the checkpoint for anything other than academic research.', ['research-only']],
  ['You may use the checkpoint for anything other than weapons research.', []],
  ['All rights other than the right to use the weights for scholarly study are reserved.', ['research-only']],
  ['All rights not expressly granted are reserved.', []],
  ['The model has only been tested in research settings.', []],
  ['The Evaluation Copy may not be transferred to anyone.', ['no-redistribution']],
  ['Not research-only: you may use it in products.', []],
  ['Research-only? No.', []],
  ['Research-only? Yes.', ['research-only']],
  [
    'Licensee shall not publish benchmark scores except as approved in the Research Plan.',
    ['output-use-restriction']
  ],
  [
    'Other than for your own evaluation, the outputs shall not be harvested to train other models.',
    ['output-use-restriction']
  ],
  [
    '"Permitted Purpose" means:\n(a) academic research; and\n(b) teaching.\nNo other use is licensed.',
    ['research-only']
  ],

  // non-commercial: charging anyone, commercial users gated, paid courses; not: a warranty, a mark,
  // the outputs after a contrast or after "use of", a threshold taken up by 超过的
  ["You can't charge anyone for access to the model.", ['non-commercial']],
  ["We don't charge anyone for access to the model.", []],
  ['Hobbyists use it free; commercial users need a paid licence.', ['non-commercial']],
  ['Commercial users are welcome.', []],
  ['The model may not be used in any paid course or paid tutoring.', ['non-commercial']],
  ['The model is provided without any warranty of fitness for a commercial purpose.', []],
  ['Commercial use of the logo requires our consent.', []],
  ['Commercial use of the model requires our consent.', ['non-commercial']],
  [
    'The Model is free for any use, but completions from the hosted API may not be used commercially.',
    ['output-use-restriction']
  ],
  ['The commercial use of generated images is reserved to the Licensor.', ['output-use-restriction']],
  ["You can't use it in apps that show ads.", ['non-commercial']],
  ['本模型可自由使用，但生成的内容不得用于商业目的。', ['output-use-restriction']],
  ['乙方月活跃用户数不得超过十万人；超过的，应当另行签订商业许可合同。', ['user-threshold']],
  // acceptable-use-policy: an annex's own heading, the licence's Community Terms, a policy that asks only for
  // the law, a list of places, an annex of uses flowed down; next to policies that bind
  [
    'Annex B: Use Restrictions. You agree not to use the Model for mass surveillance.',
    ['field-of-use-restriction']
  ],
  [
    'You shall not use the Model for any of the purposes listed in Annex B (Use Restrictions).',
    ['acceptable-use-policy']
  ],
  ['The Community Terms apply to every user of the Model.', []],
  ['Use of the Model is subject to the Acme Community Guidelines.', ['acceptable-use-policy']],
  ['Our usage policy asks only that you follow applicable law.', []],
  ['Your use must comply with our Acceptable Use Policy.', ['acceptable-use-policy']],
  [
    'Persons resident in a country listed in the Restricted Countries Annex may not use the Model.',
    ['geographic-restriction']
  ],
  [
    'The Reseller shall flow down the Prohibited Uses in Annex C to each of its customers.',
    ['restrictions-flow-down']
  ],
  ['用户须遵守《模型内容规范》。', ['acceptable-use-policy']],
  // uses banned by reference to an annex (acceptable-use-policy) or passed on to customers (flow-down);
  // naming: a wish, a duty denied, naming left free
  ['Licensee shall not use the Model for any purpose set out in Annex 2.', ['acceptable-use-policy']],
  ['The Licensee may use the Model for the purposes set out in Annex 2.', []],
  [
    'Resellers shall oblige their customers to refrain from the uses listed in Annex 2.',
    ['restrictions-flow-down']
  ],
  ['We would appreciate a "Made with Heron" line in your credits.', []],
  ['You must show "Made with Heron" in your credits.', ['naming-requirement']],
  ['You don\'t have to display "Built with Heron" anywhere.', []],
  ['衍生模型可自由命名，本许可无命名要求。', []]
]

describe('wording classes: detected types and their negative neighbours', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(types(text)).toEqual([...expected].sort())
  })
})

/** Each clause found, as "type@line" (the line a clause is quoted at). */
const placed = (text: string): string[] =>
  [...new Set(detectClauses(text, 'LICENSE').map(c => `${c.type}@${c.line}`))].sort()

// Structure that states a term without a sentence: a table whose columns are the verdicts, a
// front-matter block whose last key opens a list, a key with a flow list, a label with its value,
// and the line each clause is quoted at.
const PLACED: [string, string[]][] = [
  // a tick under "Not permitted" forbids the row's use; one under "Permitted" grants it
  [
    '| Purpose | Permitted | Not permitted |\n|---|---|---|\n| Teaching | ✔ | |\n| Weapons design | | ✔ |',
    ['field-of-use-restriction@4']
  ],
  [
    '| Purpose | Permitted | Not permitted |\n|---|---|---|\n| Teaching | ✔ | |\n| Weapons design | ✔ | |',
    []
  ],
  [
    '| Place | Permitted | Not permitted |\n|---|---|---|\n| Canada | ✔ | |\n| Brazil | | ✔ |',
    ['geographic-restriction@4']
  ],
  // a conditions column beside the verdicts holds the terms of the grant
  [
    '| Deployment | Permitted | Not permitted | Conditions |\n|---|---|---|---|\n| Mobile app | ✔ | | below 200k monthly users |',
    ['user-threshold@3']
  ],
  [
    '| Deployment | Permitted | Not permitted | Conditions |\n|---|---|---|---|\n| Mobile app | ✔ | | runs offline |',
    []
  ],
  // a block of keys read as one sentence: each line is a field, the last introduces its list
  [
    '---\nlicense: other\nlicense_name: wren-open\nforbidden_uses:\n  - nuclear facility control\n  - military targeting\n---',
    ['field-of-use-restriction@5', 'field-of-use-restriction@6']
  ],
  ['---\nlicense: other\nlicense_name: wren-open\ntags:\n  - weapons\n  - military\n---', []],
  [
    '---\nlicense: other\nlicense_name: wren-open\nexcluded_countries:\n  - Peru\n---',
    ['geographic-restriction@5']
  ],
  ['---\nlicense: other\nconditions:\n  - at most 40,000 monthly active users\n---', ['user-threshold@4']],
  ['prohibited_uses: [warfare, mass surveillance]', ['field-of-use-restriction@1']],
  ['derivative_name_prefix: required', ['naming-requirement@1']],
  // a label whose value confines says a term without a stop; a title or a label of a name does not
  ['Licence: academic research only, details in LICENSE', ['research-only@1']],
  ['Licence: Apache-2.0', []],
  ['Research Only Licence Agreement', []],
  ['Section 4: Prohibited Uses', []],
  ['Attribution: not required', []],
  // a bullet in capitals under a list of places is an item, not a heading
  ['restricted_regions:\n  - UK', ['geographic-restriction@2']],
  // naming: the model's name kept, a change of it banned, in any wording; other names are free
  ['Fine-tuned versions must keep the name of the original model.', ['naming-requirement@1']],
  ['When you share the Model, you may not give it another name.', ['naming-requirement@1']],
  ['Redistributed copies must not change the name of the Model.', ['naming-requirement@1']],
  ['You may not rename files in the repository.', []],
  [
    'No adapted checkpoint may be released under a name other than the original one.',
    ['naming-requirement@1']
  ],
  ['Whoever publishes a merge may give it any name they like.', []],
  ['You may rename your adapter freely.', []],
  ["The Licensee shall not change the Model's configuration file name.", []],
  ['經修改之版本不得以「青嵐」為名散布。', ['naming-requirement@1']],
  ['An adapted model may be shared only where its name contains the word "Wren".', ['naming-requirement@1']],
  // a place that qualifies a team or an office names who acts; those outside a place denied are confined
  ['The UK team may not grant exceptions on our behalf.', []],
  ['Our Japan support desk will not take calls outside office hours.', []],
  ['Your UK offices may not use the Model.', ['geographic-restriction@1']],
  ['Licensees outside Canada receive no rights under this licence.', ['geographic-restriction@1']],
  ['Our staff outside Canada do not work on weekends.', []],
  // a grant denied of a use named by a noun, a modal denied for every case, a condition before its grant
  ['Nothing in these terms permits commercial deployment of the Model.', ['non-commercial@1']],
  ['Nothing in these terms restricts commercial deployment of the Model.', []],
  ['Under no circumstances may the Model be used for weapons development.', ['field-of-use-restriction@1']],
  ['In no event shall the contributors be liable for damages arising from weapons development.', []],
  [
    'Provided that no user is located in an Embargoed Country, the Licensee may offer the Model online.',
    ['geographic-restriction@1']
  ],
  ['Provided that you have read the model card, you may offer the Model online.', []],
  // bullets of word processors and PDFs (▪, –) open list items under their introduction
  [
    'You must not:\n▪ serve the Model to users in Peru;\n▪ rent it out.',
    ['geographic-restriction@2', 'no-redistribution@3']
  ],
  [
    'You must not:\n– train on the Model for military targeting;\n– rent it out.',
    ['field-of-use-restriction@2', 'no-redistribution@3']
  ],
  // a charge in the passive as the condition of the grant; a small count that closes its clause
  [
    'Provided that no fee is charged to anyone for access to it, you may host the Model.',
    ['non-commercial@1']
  ],
  ['We host the Model and no fee is charged for access.', []],
  ['Provided that the number of seats does not exceed 12, you may install the Model.', ['user-threshold@1']],
  ['Provided that the number of seats is recorded, you may install the Model on 12 machines.', []],
  // every subject denied the modal; revenue as the purpose; a restriction removed, adverb and all
  [
    'Neither you nor your contractors, nor anyone else working on your behalf, may use the Model for profit.',
    ['non-commercial@1']
  ],
  ['Neither party shall be liable for delays caused by events beyond its control.', []],
  ['The grant holds only while the Model is not used to generate revenue.', ['non-commercial@1']],
  ['The research-only condition found in the first two releases of these terms is hereby removed.', []]
]

describe('structure: detected types and the line each is quoted at', () => {
  it.each(PLACED)('%s', (text, expected) => {
    expect(placed(text)).toEqual([...expected].sort())
  })
})

// Tuning of no-derivatives, share-alike and attribution after batch 17, in our own words: each row
// names the type it must give and the line of the clause; the negative neighbours must not give it.
const FOUND: [string, string, number][] = [
  // no-derivatives: "in no event", a ban parted from its act by a carve-out for leave, leave as the
  // only way in, the grant denied or reserved, sharing a derivative named as a noun, list items
  ['In no event shall the Licensee retrain the weights.', 'no-derivatives', 1],
  ['Customers shall not, except with our written approval, alter the Model.', 'no-derivatives', 1],
  [
    'You may not merge the weights with other checkpoints except as approved by us in writing.',
    'no-derivatives',
    1
  ],
  ['Only if we have given written consent may you fine-tune the Model.', 'no-derivatives', 1],
  ['This agreement does not permit modification of the weights.', 'no-derivatives', 1],
  ['Rights to adapt the Model are reserved to the Licensor.', 'no-derivatives', 1],
  ['Publication of fine-tuned versions is prohibited.', 'no-derivatives', 1],
  ['Schools may deploy the weights so long as no one retrains them.', 'no-derivatives', 1],
  [
    'None of these may be created from the weights:\n- pruned variants;\n- distilled students.',
    'no-derivatives',
    2
  ],
  ['Converting the checkpoint to a different architecture is forbidden.', 'no-derivatives', 1],
  ["Labs may inspect the Model's outputs but must not retrain the Model.", 'no-derivatives', 1],
  ['You must not:\n▪ upload merged checkpoints built from the Model.', 'no-derivatives', 2],
  ['本模型之衍生作品不得公开发布。', 'no-derivatives', 1],
  // share-alike: fine-tunes, "alike", a front-matter field, other terms banned, "except under this
  // licence", a proviso, the derivative's licence said to be this one, Chinese sameness first
  ['Fine-tunes you publish have to carry the same licence.', 'share-alike', 1],
  ['Adapted versions are to be licensed alike.', 'share-alike', 1],
  ['---\nlicence_for_modifications: same-as-base\n---', 'share-alike', 2],
  ['It is forbidden to release a modified model under terms other than these.', 'share-alike', 1],
  ['No adapted version may be shared except under this licence.', 'share-alike', 1],
  [
    'Provided always that modified weights are shared under this licence, you may publish them.',
    'share-alike',
    1
  ],
  ['If you ship a fine-tune, its licence must be this one.', 'share-alike', 1],
  ['改过的模型要开源，而且得用相同的协议。', 'share-alike', 1],
  // attribution: an imperative after a leading condition or a softening adverb, the licence file,
  // passing on without the notice under a ban, "say so" after a change, failure as a breach, headers
  ['When you pass the model on, hand every recipient a copy of this licence.', 'attribution', 1],
  ['Simply keep the license file next to the weights.', 'attribution', 1],
  ['No licence is given to share the Model without a copy of these terms.', 'attribution', 1],
  ['Each file you modify must say so at its top.', 'attribution', 1],
  ['Provided always that changed files carry a note saying so, you may share them.', 'attribution', 1],
  ['Failing to acknowledge the original authors is a breach of this agreement.', 'attribution', 1],
  ['Remove no copyright headers from these files.', 'attribution', 1],
  ['The licence header at the top of each file must not be deleted.', 'attribution', 1],
  [
    'You shall:\n▪ keep the LICENSE file with each copy;\n▪ say in the changelog what you modified.',
    'attribution',
    2
  ],
  ['转发时必须把原作者带上。', 'attribution', 1],
  ['散布本模型者，应重制著作权声明。', 'attribution', 1]
]
const NOT_FOUND: [string, string][] = [
  ['In no event shall the Licensor be liable for modified versions.', 'no-derivatives'],
  ['The no-derivatives term of version 1 was removed.', 'no-derivatives'],
  ['NoDerivatives? That element is not part of this licence.', 'no-derivatives'],
  ['Nobody outside the lab may get a copy; this does not change if they pay.', 'no-derivatives'],
  ['The Licensor is not liable for how modified versions perform.', 'no-derivatives'],
  ['You may not release a derivative under a name that hides its origin.', 'no-derivatives'],
  ['We intend to move the next release to a copyleft licence.', 'share-alike'],
  ['Copyleft licences are explained in the FAQ.', 'share-alike'],
  ['Fine-tunes do not have to stay under this licence.', 'share-alike'],
  ['The base model we started from uses a copyleft licence.', 'share-alike'],
  ['Modifications are covered by this licence only while you keep them private.', 'share-alike'],
  ['Attribution: optional.', 'attribution'],
  ['Please cite our report if the Model helps your work.', 'attribution'],
  ['The Model may not inform decisions on credit, lending or insurance.', 'attribution'],
  ['You acknowledge that the weights are provided without support.', 'attribution'],
  ['Reports may not be published without a visible notice that they were automated.', 'attribution'],
  [
    'You may add your own copyright statement to your changes, provided you follow this licence.',
    'attribution'
  ]
]

describe('wording classes after batch 17: type and line', () => {
  it.each(FOUND)('%s', (text, type, line) => {
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === type)
    expect(found.map(c => c.line)).toContain(line)
  })
  it.each(NOT_FOUND)('%s', (text, type) => {
    expect(types(text)).not.toContain(type)
  })
})

// termination-at-will, no-redistribution, restrictions-flow-down, research-only, remote-restriction:
// each row a sentence, the clause type and the line it is reported on (or none, with type '')
const LINES: [string, string, number][] = [
  // the grant that lasts as the licensor wills; a power no one may hinder; a term not renewed
  ['The permission remains in force at the discretion of the Licensor.', 'termination-at-will', 1],
  [
    'Nothing in these terms stops Quillon from withdrawing the licence at its sole discretion.',
    'termination-at-will',
    1
  ],
  [
    'Each yearly term ends unless renewed, and we may refuse to renew it at our sole discretion.',
    'termination-at-will',
    1
  ],
  [
    'You may keep running the weights only until the Licensor, at its option and with no reason given, revokes the licence.',
    'termination-at-will',
    1
  ],
  [
    'You shall not sell copies, and the Licensor may end the licence for convenience.',
    'termination-at-will',
    1
  ],
  // research-only: research as the use and products denied, in one sentence or the one before;
  // a plain summary's imperative; a question answered by a mark
  ['Run it for your experiments, never in a product.', 'research-only', 1],
  ['This checkpoint is for academic study. Do not put it into production.', 'research-only', 1],
  ['In a nutshell: use it for research and keep the credits.', 'research-only', 1],
  ['The model was tested in research settings and may not scale well in production.', '', 0],
  // no-redistribution: the act in a condition and "it" banned; copies kept on the licensee's own
  // devices; an aside between the negation and the act; "in no event"; "it" in a plain summary
  ['Where the Licensee hands the weights to another company, this is not permitted.', 'no-redistribution', 1],
  ['If a user gives the checkpoint to someone else, it is prohibited.', 'no-redistribution', 1],
  ['The weights may be stored only on machines operated by the Licensee.', 'no-redistribution', 1],
  ['You shall not, without asking us first, send the weights to anyone.', 'no-redistribution', 1],
  ['In no case may the Recipient upload the checkpoint to a public hub.', 'no-redistribution', 1],
  ['In short: keep it, but do not share it.', 'no-redistribution', 1],
  ['模型文件不得上传至任何公开网站。', 'no-redistribution', 1],
  ['The Licensee shall not sell any Output to a third party.', 'output-use-restriction', 1],
  // restrictions-flow-down: no broader rights downstream, obligations no less onerous, terms that
  // relax the limits, the licence's rules travelling with the model
  [
    'Sub-licensees shall receive no wider rights to use the Model than the Licensee has.',
    'restrictions-flow-down',
    1
  ],
  [
    'Customers must be bound by duties at least as onerous as those in Section 4.',
    'restrictions-flow-down',
    1
  ],
  [
    'You may not pass on a fine-tuned model under terms that loosen the use restrictions.',
    'restrictions-flow-down',
    1
  ],
  ['The rules of this licence travel with every copy of the weights.', 'restrictions-flow-down', 1],
  ['Customers may receive broader rights to use the Model than the Licensee has.', '', 0],
  // remote-restriction: a means the use depends on, withdrawn by the licensor; keys renewed at a named party's discretion
  ['Each run is checked against our licence server, which we may switch off.', 'remote-restriction', 1],
  ['Activation keys lapse monthly and are reissued at the discretion of Quillon.', 'remote-restriction', 1],
  // revenue-threshold: a size inside a model's name is no amount; acceptable-use-policy: a guide that is advisory only
  ['Fine-tunes of Heron-70B must carry "Heron" in their name.', '', 0],
  ['The linked Usage Guidelines are purely advisory and form no part of this licence.', '', 0],
  // a label question answered no, a key revocable, a power deleted
  ['Terminable at will?\nNo.', '', 0],
  ['API keys are revocable by the provider at any time.', 'remote-restriction', 1],
  ["The Licensor's power to revoke at will has been removed from this version.", '', 0]
]

const TUNED = new Set([
  'termination-at-will',
  'research-only',
  'no-redistribution',
  'restrictions-flow-down',
  'acceptable-use-policy',
  'revenue-threshold'
])

describe('wording classes: the type and the line it is reported on', () => {
  it.each(LINES)('%s', (text, type, line) => {
    const found = detectClauses(text, 'LICENSE').filter(c => c.type === type || type === '')
    if (type === '') expect(found.filter(c => TUNED.has(c.type))).toEqual([])
    else expect(found.map(c => c.line)).toEqual([line])
  })
})
