// Licence texts the detectors have never seen: our own texts in the manner of licences outside the
// corpus (Falcon/TII, BLOOM RAIL, BigCode OpenRAIL-M, Qwen, Yi, Gemma, AI2 ImpACT, Cohere, OpenMDW),
// near-misses, and formatting variants (Markdown, hard wraps, CRLF, HTML entities, long paragraphs).
// Written for these tests; no text is copied from the corpus.
import { MAX_QUOTE } from '../../src/clauses/toolkit/quote.js'
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'
import type { Clause, ClauseType } from '../../src/types.js'
import { RESTRICTIVE } from '../licenses/corpus-data.js'

function check(text: string, file = 'LICENSE'): Clause[] {
  const found = detectClauses(text, file)
  const lines = text.split('\n')
  for (const c of found) {
    expect(c.quote.length).toBeGreaterThan(0)
    expect(c.quote.length).toBeLessThanOrEqual(MAX_QUOTE)
    expect(text.includes(c.quote)).toBe(true)
    // the quote starts on the reported line (a clause wrapped over two lines quotes both, verbatim)
    expect(lines[c.line! - 1]!.includes(c.quote.split(/\r?\n/)[0]!)).toBe(true)
  }
  return found
}

// [type, sentence] that must be found
const MATCH: [ClauseType, string][] = [
  // Falcon / TII style
  [
    'revenue-threshold',
    'Where the attributable revenue of You and Your affiliates from the Work exceeds $1M annually, You shall pay the Licensor a royalty of 10% of such revenue.'
  ],
  [
    'revenue-threshold',
    'This grant does not extend to any entity whose annual gross revenue exceeds ten million US dollars.'
  ],
  [
    'revenue-threshold',
    'Organisations with an annual turnover above €20 million must purchase a commercial licence.'
  ],
  [
    'acceptable-use-policy',
    'Your use of the Work is subject to the acceptable use policy available at https://falcon.example.org/terms, as amended.'
  ],
  // BLOOM RAIL / BigCode OpenRAIL-M style
  [
    'field-of-use-restriction',
    'You shall not use the Model or any Derivative for military purposes, for mass surveillance, or to provide medical advice.'
  ],
  [
    'acceptable-use-policy',
    'You shall not use the Model or any Derivative for any of the purposes listed in Attachment A (Use Restrictions).'
  ],
  [
    'restrictions-flow-down',
    'You must include the use restrictions of Attachment A in any agreement under which You distribute the Model or a Derivative.'
  ],
  [
    'restrictions-flow-down',
    'Any agreement governing the use or distribution of a Derivative must contain, as a minimum, the use restrictions of this License.'
  ],
  ['restrictions-flow-down', 'You shall pass these restrictions on to every downstream user of the Model.'],
  // Qwen style
  [
    'user-threshold',
    'If you are commercially using the Materials, and your product or service has more than 100 million monthly active users, you shall request a license from us.'
  ],
  [
    'naming-requirement',
    "If you are commercially using the Materials, you must include 'Built with Qwen' or 'Improved using Qwen' in the product documentation."
  ],
  // Yi style
  [
    'non-commercial',
    'If you plan to use the Models for commercial purposes, you must first register with the Licensor and obtain a written authorization.'
  ],
  [
    'non-commercial',
    'Commercial use of the Model is permitted only after you have obtained authorization from the Licensor.'
  ],
  // Gemma style
  [
    'acceptable-use-policy',
    'Use of the Model is subject to the Prohibited Use Policy at https://ai.example.com/prohibited-use, which is incorporated herein by reference.'
  ],
  [
    'field-of-use-restriction',
    'You may not use nor allow others to use the Model to:\n1. Facilitate or promote terrorism or violent extremism.'
  ],
  // AI2 ImpACT style
  [
    'no-redistribution',
    'You may not distribute High Risk Artifacts or any Derivative of them to any third party.'
  ],
  [
    'no-redistribution',
    'You may not distribute, sublicense or make available to any third party the Model weights.'
  ],
  [
    'no-redistribution',
    'You may not distribute, sublicense or otherwise make the Model available to any third party.'
  ],
  [
    'no-redistribution',
    'You may not share, sell, rent, lease, or otherwise provide the Model to any third party.'
  ],
  // Cohere style
  [
    'non-commercial',
    'This model is licensed under CC-BY-NC-4.0 and also requires adhering to our Acceptable Use Policy.'
  ],
  [
    'acceptable-use-policy',
    'This model is licensed under CC-BY-NC-4.0 and also requires adhering to our Acceptable Use Policy.'
  ],
  // geography
  [
    'geographic-restriction',
    "The license granted herein is valid only within the territory of the People's Republic of China."
  ],
  ['geographic-restriction', 'You may not use the Model in the European Union.'],
  ['geographic-restriction', 'The Model may not be used or deployed outside the United States.'],
  ['geographic-restriction', 'This license does not permit any use of the Model outside the United States.'],
  // remote, termination
  ['remote-restriction', 'The Licensor may remotely disable or restrict your access to the Model.'],
  [
    'termination-at-will',
    'We may terminate or suspend this License at our discretion, with or without notice.'
  ],
  ['termination-at-will', 'The Licensor may revoke this license at any time, for any reason or no reason.'],
  // thresholds
  [
    'user-threshold',
    'If the DAU of your product exceeds 1 million, you must apply to us for a commercial license.'
  ],
  ['user-threshold', 'A separate license is required once your daily active users exceed 1 million.'],
  ['user-threshold', 'This License does not apply if your service has more than one million users.'],
  // research-only, ND, NR
  ['research-only', 'You may use the Model solely for non-commercial research purposes.'],
  ['non-commercial', 'You may use the Model solely for non-commercial research purposes.'],
  ['research-only', 'The Model is made available for academic research use only.'],
  ['no-derivatives', 'You may not modify, adapt, or create derivative works of the Model.'],
  [
    'no-derivatives',
    'You shall not modify, translate, adapt or otherwise create derivative works based on the Model.'
  ],
  [
    'output-use-restriction',
    'You shall not use the outputs of the Model to train, improve or fine-tune any other language model.'
  ]
]

const MORE: [ClauseType, string][] = [
  ['termination-at-will', 'Licensor may, at its sole discretion, terminate this Agreement.'],
  ['no-redistribution', 'Distribution of the Model weights is prohibited.'],
  ['no-derivatives', 'You may not create, train or release derivative models.'],
  [
    'restrictions-flow-down',
    'Any derivative model must be released under this same License and carry these use restrictions.'
  ],
  [
    'geographic-restriction',
    'The Model may only be used by individuals and organisations located in the United States.'
  ],
  ['geographic-restriction', 'This license is not available to entities in the Russian Federation.'],
  [
    'revenue-threshold',
    'If your annual revenue is greater than or equal to ten million dollars ($10,000,000), you need an enterprise license.'
  ]
]
MATCH.push(...MORE)

// [type, sentence] that must NOT be found
const NO_MATCH: [ClauseType, string][] = [
  ['geographic-restriction', 'You must comply with all applicable export control laws of the United States.'],
  [
    'geographic-restriction',
    'You may not export the Model to any country outside the United States in violation of U.S. export regulations.'
  ],
  ['geographic-restriction', "The Licensor is a company incorporated in the People's Republic of China."],
  [
    'geographic-restriction',
    'This Agreement shall be governed by the laws of the People’s Republic of China, excluding its conflict of laws rules.'
  ],
  [
    'geographic-restriction',
    'This license does not affect any statutory rights you may have as a consumer in the European Union.'
  ],
  [
    'geographic-restriction',
    'The Model is available worldwide, including the European Union and the United Kingdom.'
  ],
  [
    'geographic-restriction',
    'You may not use the Model to target people in the European Union on the basis of their ethnicity.'
  ],
  ['geographic-restriction', 'You may not use the Model to violate the laws of the European Union.'],
  [
    'geographic-restriction',
    'You may use the Model anywhere, including in China, India and the United States.'
  ],
  ['termination-at-will', 'We may update this policy from time to time.'],
  ['termination-at-will', 'We may modify these terms at any time by posting a new version.'],
  [
    'termination-at-will',
    'This License terminates automatically if you fail to comply with any of its terms.'
  ],
  ['remote-restriction', 'You may access the Model remotely through our API.'],
  ['revenue-threshold', 'There is no royalty and no revenue sharing: you keep 100% of the revenue you earn.'],
  ['revenue-threshold', 'Training the model cost about ten million US dollars.'],
  ['user-threshold', 'Our app already has more than 1 million users who love it.'],
  ['research-only', 'This model is the result of research by the Example Lab.'],
  ['research-only', 'You may use the Model for research, commercial or any other purpose.'],
  ['non-commercial', 'You may use the Model for commercial purposes without charge.'],
  ['non-commercial', 'Commercial use is permitted.'],
  ['no-derivatives', 'You may modify the Model and distribute your modifications.'],
  ['no-derivatives', 'You may not remove or modify any copyright, patent or trademark notices.'],
  [
    'no-redistribution',
    'You may distribute the Model to third parties provided that you include this license.'
  ],
  ['no-redistribution', 'You may not sublicense the trademarks of the Licensor.'],
  [
    'field-of-use-restriction',
    'The Model was trained on data that may include military history and medical literature.'
  ],
  ['acceptable-use-policy', 'There are no restrictions on the field of use.'],
  ['naming-requirement', 'The model was built with JAX and trained on TPUs.'],
  ['geographic-restriction', 'Access from sanctioned countries is not allowed.'],
  ['remote-restriction', 'Licensor reserves the right to update the Model remotely.'],
  [
    'no-redistribution',
    'Distribution of the Model is permitted, but sharing of your credentials is prohibited.'
  ],
  ['no-derivatives', 'You may create derivative models and release them under any terms.'],
  [
    'output-use-restriction',
    'You own the outputs you generate and may use them for any purpose, including training other models.'
  ]
]

describe('unseen licence sentences that must match', () => {
  it.each(MATCH)('%s: %s', (type, text) => {
    const found = check(text).filter(c => c.type === type)
    expect(found.length).toBeGreaterThan(0)
  })
})

describe('unseen near-misses that must not match', () => {
  it.each(NO_MATCH)('%s: %s', (type, text) => {
    expect(check(text).filter(c => c.type === type)).toEqual([])
  })
})

// Whole documents: types that must be present, types that must be absent.
interface DocCase {
  name: string
  text: string
  file?: string
  has: ClauseType[]
  not?: ClauseType[]
}

const FALCON_STYLE = `Sandpiper LLM License, Version 1.0

1. Definitions
"Work" means the model weights, source code and documentation made available under this License.

2. Grant of Copyright License
Subject to the terms of this License, the Licensor grants You a worldwide, royalty-free (except as stated in Section 3), non-exclusive license to use, reproduce, modify and distribute the Work.

3. Commercial Use
You may use the Work for commercial purposes. Where the attributable revenue of You and Your affiliates from all products and services that use the Work exceeds $1M annually, You shall pay the Licensor a royalty of 10% of such attributable revenue.

4. Acceptable Use
Your use of the Work must comply with the Acceptable Use Policy published at https://sandpiper.example.org/aup, which we may update from time to time.

5. Attribution
You must retain this License and the attribution notice "Sandpiper LLM by the Example Institute" in all copies of the Work.
`

const RAIL_STYLE = `Kestrel Responsible AI License 1.0

Section III: Conditions of Use
5. Use-based restrictions. You shall not use the Model or any Derivative of the Model for any of the purposes
set out in Attachment A. You must include the use restrictions of Attachment A in any agreement under which
You distribute the Model or a Derivative, and You must give notice to subsequent recipients that the Model is
subject to those restrictions.

6. The Output You Generate. The Licensor claims no rights in the Output. You are accountable for the Output.

Attachment A - Use Restrictions
You shall not use the Model or any Derivative of the Model:
(a) in any way that breaks applicable national or international law;
(b) to exploit or harm minors in any way;
(c) to generate false information with the purpose of harming others;
(d) to provide medical advice or interpret medical results;
(e) for fully automated decisions that affect an individual's legal rights;
(f) for predictive policing or social scoring.
`

const QWEN_STYLE = `Wren LICENSE AGREEMENT

Release Date: 2025-01-01

By clicking to agree or by using or distributing any portion or element of the Materials, you will be deemed to have recognized and accepted the content of this Agreement, which is effective immediately.

1. Definitions
a. "Materials" shall mean the model weights, code and documentation distributed under this Agreement.

2. Grant of Rights
You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under our intellectual property rights to use, reproduce, distribute, copy, create derivative works of, and make modifications to the Materials.

3. Redistribution
a. You must give all other recipients of the Materials or derivative works a copy of this Agreement;
b. If you are commercially using the Materials, you shall include "Built with Wren" or "Improved using Wren" in the related product documentation.

4. Restrictions
If you are commercially using the Materials, and your product or service has more than 100 million monthly active users, you shall request a license from us. You cannot exercise your rights under this Agreement without our express authorization.

5. Rules of use
You may not use the Materials or any output therefrom to improve any other large language model (excluding Wren or derivative works thereof).
`

const YI_STYLE = `Finch Series Models Community License Agreement

1. Grant. The Licensor grants you a non-exclusive, worldwide, non-transferable, revocable license to use the Finch Series Models for academic research.
2. Commercial Use. If you plan to use the Finch Series Models or Derivatives for commercial purposes, you must first register with the Licensor and obtain written authorization; without it, commercial use is not permitted.
3. Restrictions. You shall not use the Finch Series Models for any activity that endangers national security or undermines social stability.
`

const GEMMA_POLICY = `# Heron Prohibited Use Policy

We may update this policy from time to time.

You may not use nor allow others to use Heron or its model derivatives to:

1. Generate any content, including the outputs or results generated by Heron, that infringes, misappropriates, or otherwise violates any individual's or entity's rights.
2. Perform or facilitate dangerous, illegal, or malicious activities, including facilitation of terrorism or the development of weapons;
3. Engage in the impersonation or the harassment of another person;
4. Generate sexually explicit content, except for scientific, educational, documentary or artistic purposes.
`

const IMPACT_HR = `ImPACT-style License for High Risk Artifacts

Use Restrictions. You agree not to use the Artifacts or Derivatives for military surveillance, for the development of weapons, or to discriminate against any individual or group.

Derivative Impact Reports. If You create a Derivative, You must publish a Derivative Impact Report describing its intended uses and risks, and You must require all users of the Derivative to comply with these Use Restrictions.

No Redistribution. You may not distribute the Artifacts or any Derivatives to any third party; access is limited to You and Your authorised personnel.
`

const COHERE_STYLE = `---
license: cc-by-nc-4.0
---

# Model Card for Plover

**License**: This model is released under [CC-BY-NC-4.0](https://creativecommons.org/licenses/by-nc/4.0/) and also requires adhering to the [Plover Acceptable Use Policy](https://plover.example/aup).
`

const OPENMDW_STYLE = `Open Model Weights Licence (permissive)

Permission is hereby granted, free of charge, to any person obtaining a copy of the Model Materials, to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Model Materials, and to permit persons to whom the Model Materials are furnished to do so, for any purpose and without restriction on the field of use, subject to the following condition:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Model Materials.

You may use the outputs of the Model for any purpose, including to train or improve other models. Nothing in this licence restricts commercial use.

THE MODEL MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
`

const NOTICE_APACHE = `Snowbird Embed
Copyright 2025 Example Computing, Inc.

This product includes software developed at Example Computing, Inc.
The model weights are licensed under the Apache License, Version 2.0.
`

const MARKDOWN = [
  '# Plover Model License',
  '',
  '## 1. Grant',
  '',
  'Subject to this Agreement, Licensor grants **You** a non-exclusive licence to use the Model **solely for',
  'non-commercial research purposes**.',
  '',
  '## 2. Restrictions',
  '',
  '1. You may not use the Model in the **European Union**.',
  '2. If your products have more than',
  '   10 million daily active users, you must request a commercial licence.',
  '3. Research &amp; development by companies whose annual revenue exceeds',
  '   USD 5,000,000 requires a paid licence.',
  '4. **You may not** modify, adapt, or create derivative works of the Model.',
  '5. The Licensor may remotely disable or restrict',
  '   access to the Model.',
  ''
].join('\r\n')

const LONG_PARAGRAPH =
  'This Model License Agreement is entered into by you and the Licensor. ' +
  'The Licensor grants you a limited license to the Model, and every capitalised term has the meaning given in the Definitions. '.repeat(
    40
  ) +
  'You may not distribute, sublicense or otherwise make the Model available to any third party, and you may use the Model solely for non-commercial research purposes. ' +
  'Words that describe the general spirit of the agreement and carry no obligation at all. '.repeat(60) +
  'Licensor may terminate this Agreement at any time, for any reason or no reason, by notice to you.'

const DOCS: DocCase[] = [
  {
    name: 'Falcon/TII style',
    text: FALCON_STYLE,
    has: ['revenue-threshold', 'acceptable-use-policy', 'attribution'],
    not: ['non-commercial', 'termination-at-will', 'geographic-restriction', 'user-threshold']
  },
  {
    name: 'BLOOM RAIL / OpenRAIL-M style',
    text: RAIL_STYLE,
    has: ['field-of-use-restriction', 'acceptable-use-policy', 'restrictions-flow-down'],
    not: ['no-derivatives', 'no-redistribution', 'non-commercial', 'geographic-restriction']
  },
  {
    name: 'Qwen style',
    text: QWEN_STYLE,
    has: ['user-threshold', 'naming-requirement', 'output-use-restriction', 'attribution'],
    not: ['non-commercial', 'research-only', 'no-derivatives', 'no-redistribution']
  },
  {
    name: 'Yi style',
    text: YI_STYLE,
    has: ['non-commercial', 'field-of-use-restriction'],
    not: ['geographic-restriction', 'termination-at-will']
  },
  {
    name: 'Gemma prohibited-use policy style',
    text: GEMMA_POLICY,
    file: 'PROHIBITED_USE_POLICY.md',
    has: ['acceptable-use-policy', 'field-of-use-restriction'],
    not: ['termination-at-will', 'non-commercial']
  },
  {
    name: 'AI2 ImpACT high-risk style',
    text: IMPACT_HR,
    has: ['field-of-use-restriction', 'no-redistribution', 'restrictions-flow-down'],
    not: ['non-commercial', 'geographic-restriction']
  },
  {
    name: 'Cohere style card (CC-BY-NC + AUP)',
    text: COHERE_STYLE,
    file: 'README.md',
    has: ['non-commercial', 'acceptable-use-policy'],
    not: ['no-derivatives', 'research-only']
  },
  {
    name: 'OpenMDW style permissive',
    text: OPENMDW_STYLE,
    has: ['attribution'],
    not: [...RESTRICTIVE]
  },
  {
    name: 'Apache NOTICE file',
    text: NOTICE_APACHE,
    file: 'NOTICE',
    has: [],
    not: [...RESTRICTIVE]
  },
  {
    name: 'Markdown with CRLF, bold, hard wraps and entities',
    text: MARKDOWN,
    has: [
      'research-only',
      'non-commercial',
      'geographic-restriction',
      'user-threshold',
      'revenue-threshold',
      'no-derivatives',
      'remote-restriction'
    ]
  },
  {
    name: 'very long single paragraph',
    text: LONG_PARAGRAPH,
    has: ['no-redistribution', 'research-only', 'non-commercial', 'termination-at-will']
  }
]

describe('unseen licence documents', () => {
  it.each(DOCS.map(d => [d.name, d] as const))('%s', (_name, d) => {
    const found = check(d.text, d.file ?? 'LICENSE')
    const types = new Set(found.map(c => c.type))
    expect(d.has.filter(t => !types.has(t))).toEqual([])
    expect((d.not ?? []).filter(t => types.has(t))).toEqual([])
  })
})

describe('clauses split across lines', () => {
  const lineOf = (text: string, type: ClauseType): Clause => {
    const c = check(text).find(x => x.type === type)
    expect(c).toBeDefined()
    return c!
  }

  it('reports the line where the clause starts, with a verbatim quote (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [
        'Example Licence',
        '',
        'You may use the Model solely for',
        'non-commercial research purposes.',
        '',
        'If your products have more than',
        '700 million monthly active users, you must request a licence.'
      ].join(eol)
      const r = lineOf(text, 'research-only')
      expect(r.line).toBe(3)
      expect(r.quote).toBe(`You may use the Model solely for${eol}non-commercial research purposes.`)
      const u = lineOf(text, 'user-threshold')
      expect(u.line).toBe(6)
      expect(u.quote).toContain('700 million monthly active users')
    }
  })

  it('Markdown list items keep their own lines', () => {
    const lines = MARKDOWN.split('\r\n')
    const at = (type: ClauseType): number => lineOf(MARKDOWN, type).line!
    expect(at('geographic-restriction')).toBe(lines.findIndex(l => l.includes('European Union')) + 1)
    expect(at('user-threshold')).toBe(lines.findIndex(l => l.startsWith('2. If your products')) + 1)
    expect(at('revenue-threshold')).toBe(lines.findIndex(l => l.startsWith('3. Research')) + 1)
    expect(at('remote-restriction')).toBe(lines.findIndex(l => l.startsWith('5. The Licensor')) + 1)
    expect(at('research-only')).toBe(lines.findIndex(l => l.includes('**solely for')) + 1)
  })
})

describe('attribution by passing on the agreement', () => {
  it.each([
    'You shall give every other recipient of the Materials, or of works derived from them, a copy of this Agreement.',
    'You must provide all recipients of the Model or any Derivative with a copy of this License.'
  ])('%s', text => {
    expect(check(text, 'LICENSE').map(c => c.type)).toContain('attribution')
  })
})
