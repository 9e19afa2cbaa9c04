// Forms that state a clause without a plain sentence, restated before the detectors read them
// (src/clauses/toolkit/restate.ts): table rows, questions with their answers, imperatives in a list
// of terms, informal Chinese modality and traditional Chinese. Each form has positives (type, line
// and verbatim quote), near-misses and negations, in our own words.
import { describe, expect, it } from '@jest/globals'
import { detectClauses } from '../../src/clauses/index.js'

interface Found {
  type: string
  line: number | null
  quote: string
}

const found = (text: string): Found[] =>
  detectClauses(text, 'LICENSE').map(c => ({ type: c.type, line: c.line, quote: c.quote }))

interface Form {
  /** Text → every clause it must give (type, line, quote). */
  positive: [string, Found[]][]
  /** Texts that give no clause at all. */
  nearMiss: string[]
  negation: string[]
}

const FORMS: Record<string, Form> = {
  'table rows': {
    positive: [
      [
        'Terms at a glance:\n\n| Redistribution | Not allowed |',
        [{ type: 'no-redistribution', line: 3, quote: '| Redistribution | Not allowed |' }]
      ],
      [
        '| Term | Value |\n|---|---|\n| Modification | Forbidden |\n| Commercial use | Yes |',
        [{ type: 'no-derivatives', line: 3, quote: '| Modification | Forbidden |' }]
      ],
      [
        '| Credit to the authors | Required |',
        [{ type: 'attribution', line: 1, quote: '| Credit to the authors | Required |' }]
      ],
      [
        '| Licensor may switch off deployed copies | Remotely, at any time |',
        [
          {
            type: 'remote-restriction',
            line: 1,
            quote: '| Licensor may switch off deployed copies | Remotely, at any time |'
          }
        ]
      ]
    ],
    nearMiss: [
      '| Sharing | Allowed |\n| Changes | Permitted |\n| Selling | Yes |',
      '| Model size | 7B parameters |\n| Context | 8k tokens |'
    ],
    negation: ['| Cap on users | None |', '| Usage limits | No |']
  },
  'tables with marks and summary tables': {
    positive: [
      [
        '| Right | Status |\n| --- | --- |\n| Redistribution | ❌ |\n| Private use | ✅ |',
        [{ type: 'no-redistribution', line: 3, quote: '| Redistribution | ❌ |' }]
      ],
      [
        '| Term | Value |\n| --- | --- |\n| Duration | Until withdrawn by Pellam at its sole discretion |',
        [
          {
            type: 'termination-at-will',
            line: 3,
            quote: '| Duration | Until withdrawn by Pellam at its sole discretion |'
          }
        ]
      ]
    ],
    nearMiss: [
      '| Permissions | Limitations |\n| --- | --- |\n| ✅ Modification | ❌ Warranty |\n| ✅ Distribution | ❌ Liability |',
      '| Right | Status |\n| --- | --- |\n| Modification | ✅ Permitted |'
    ],
    negation: ['| Notice in copies | Not required |', '| Research only | No |']
  },
  'marked items and checklists': {
    positive: [
      [
        '- ❌ Fine-tuning the weights',
        [{ type: 'no-derivatives', line: 1, quote: '❌ Fine-tuning the weights' }]
      ],
      [
        'Conditions:\n- [x] Attribution\n- [x] Copies stay within your own organisation',
        [
          { type: 'attribution', line: 2, quote: '[x] Attribution' },
          { type: 'no-redistribution', line: 3, quote: '[x] Copies stay within your own organisation' }
        ]
      ],
      [
        '- ✅ Keep the copyright notice in every copy',
        [{ type: 'attribution', line: 1, quote: '✅ Keep the copyright notice in every copy' }]
      ],
      // the same marks on lines without a list marker
      ['[x] Attribution', [{ type: 'attribution', line: 1, quote: '[x] Attribution' }]],
      ['Conditions:\n\n[x] ShareAlike', [{ type: 'share-alike', line: 3, quote: '[x] ShareAlike' }]],
      [
        '❌ Fine-tuning the weights',
        [{ type: 'no-derivatives', line: 1, quote: '❌ Fine-tuning the weights' }]
      ]
    ],
    nearMiss: [
      '- ✅ Modification\n- ✅ Redistribution',
      '- [x] Commercial use\n- [x] Private use',
      '✅ Modification\n[x] Commercial use'
    ],
    negation: ['- ❌ No restriction on sharing the weights']
  },
  'front matter values and gated form fields': {
    positive: [
      [
        '---\nextra_gated_prompt: "Approved users must not hand the weights to anyone."\n---',
        [
          {
            type: 'no-redistribution',
            line: 2,
            quote: '"Approved users must not hand the weights to anyone."'
          }
        ]
      ],
      [
        'extra_gated_fields:\n  I will not modify or fine-tune the model: checkbox',
        [{ type: 'no-derivatives', line: 2, quote: 'I will not modify or fine-tune the model' }]
      ]
    ],
    nearMiss: [
      'extra_gated_fields:\n  Affiliation: text\n  Country: country',
      'inference: false\ngated: true\nlibrary_name: transformers'
    ],
    negation: [
      'extra_gated_prompt: "This licence places no restriction on sharing the weights."',
      'terms:\n  commercial_use: yes\n  redistribution: allowed\n  credit_required: false\n  user_limit: none'
    ]
  },
  'table headers': {
    positive: [
      [
        '| Term | Requirement |\n|---|---|\n| Commercial exploitation | Not allowed |',
        [{ type: 'non-commercial', line: 3, quote: '| Commercial exploitation | Not allowed |' }]
      ],
      [
        '| Limitation | In force? |\n|---|---|\n| Redistribution of checkpoints | Yes |\n| Paid use | No |',
        [{ type: 'no-redistribution', line: 3, quote: '| Redistribution of checkpoints | Yes |' }]
      ],
      [
        '| Must I credit the authors? | |\n|---|---|\n| In a paper | Yes |',
        [{ type: 'attribution', line: 3, quote: '| In a paper | Yes |' }]
      ],
      [
        '| May I pass the checkpoint on? | No |',
        [{ type: 'no-redistribution', line: 1, quote: '| May I pass the checkpoint on? | No |' }]
      ]
    ],
    nearMiss: ['| Clause | Requirement |\n|---|---|', '| Is attribution required? | Remarks |\n|---|---|'],
    negation: ['| Limitation | In force? |\n|---|---|\n| Paid use | No |\n| Sharing | No |']
  },
  'keys with a scalar': {
    positive: [
      [
        'terms:\n  permit_modification: no\n  redistribution: "forbidden"\n  noncommercial: true',
        [
          { type: 'no-derivatives', line: 2, quote: 'permit_modification: no' },
          { type: 'no-redistribution', line: 3, quote: 'redistribution: "forbidden"' },
          { type: 'non-commercial', line: 4, quote: 'noncommercial: true' }
        ]
      ],
      ['copyleft: yes  # forks keep these terms', [{ type: 'share-alike', line: 1, quote: 'copyleft: yes' }]],
      [
        'redistribution_prohibited: true',
        [{ type: 'no-redistribution', line: 1, quote: 'redistribution_prohibited: true' }]
      ]
    ],
    nearMiss: ['license: other\nlicense_name: finch-community'],
    negation: ['derivatives_prohibited: false\ncommercial_use: permitted']
  },
  'keys over a list': {
    positive: [
      [
        'prohibited_uses:\n  - weapons development\n  - covert surveillance of individuals',
        [
          { type: 'field-of-use-restriction', line: 2, quote: 'weapons development' },
          { type: 'field-of-use-restriction', line: 3, quote: 'covert surveillance of individuals' }
        ]
      ],
      [
        // "user" is a word of terms too: the key splits into the fewest words, use + restrictions
        'use_restrictions:\n  - "Military applications"',
        [{ type: 'field-of-use-restriction', line: 2, quote: '"Military applications"' }]
      ]
    ],
    nearMiss: ['training_data:\n  - military history archives\n  - web crawl', 'languages:\n  - en\n  - de'],
    negation: ['restrictions:\n  - none', 'prohibited_uses: []']
  },
  'questions and answers': {
    positive: [
      [
        'Can I hand the weights to a friend? No.',
        [{ type: 'no-redistribution', line: 1, quote: 'Can I hand the weights to a friend? No.' }]
      ],
      [
        'Q: May we change the weights?\nA: No.',
        [{ type: 'no-derivatives', line: 1, quote: 'Q: May we change the weights?\nA: No.' }]
      ],
      [
        'Q: Can we put the weights on our own mirror? A: Only for our own staff; nobody else may download them.',
        [
          {
            type: 'no-redistribution',
            line: 1,
            quote: 'Q: Can we put the weights on our own mirror? A: Only for our own staff;'
          }
        ]
      ],
      [
        '问：可以修改模型吗？答：不可以。',
        [{ type: 'no-derivatives', line: 1, quote: '可以修改模型吗？答：不可以。' }]
      ],
      [
        'Can I pass the weights on? Absolutely not.',
        [{ type: 'no-redistribution', line: 1, quote: 'Can I pass the weights on? Absolutely not.' }]
      ],
      [
        'Do I have to keep your copyright notice? Yes, in every copy.',
        [
          {
            type: 'attribution',
            line: 1,
            quote: 'Do I have to keep your copyright notice? Yes, in every copy.'
          }
        ]
      ]
    ],
    nearMiss: [
      '使用本模型是否需要署名？无需署名，也无需保留任何声明。',
      'What happens if I break the terms? The licence ends after a thirty-day cure period.',
      'Can I fine-tune the model? Yes, as much as you like.',
      'Do I have to credit you? No, credit is welcome but optional.'
    ],
    negation: ['Is redistribution forbidden? No.', 'Is this a research-only licence? No.']
  },
  'imperatives in a list of terms': {
    positive: [
      [
        'Terms:\n- Acknowledge "Pellam Labs" in your paper.',
        [{ type: 'attribution', line: 2, quote: 'Acknowledge "Pellam Labs" in your paper.' }]
      ],
      [
        '- No forks and no fine-tunes.',
        [{ type: 'no-derivatives', line: 1, quote: 'No forks and no fine-tunes.' }]
      ]
    ],
    nearMiss: [
      'You may:\n- share the model with anyone\n- change it as you like',
      'Cite as:\n\nPellam et al. 2025'
    ],
    negation: ['- Share it freely; no conditions apply.']
  },
  'informal Chinese modality': {
    positive: [
      ['别把权重发到网上。', [{ type: 'no-redistribution', line: 1, quote: '别把权重发到网上。' }]],
      ['不要修改模型。', [{ type: 'no-derivatives', line: 1, quote: '不要修改模型。' }]]
    ],
    nearMiss: ['别人训练的模型不受本协议约束。', '本协议的主要目的在于说明使用方式。'],
    negation: ['本许可不要求您署名。']
  },
  // GitHub also reads a table whose rows have no outer pipes ("Term | Value" / "--- | ---")
  'tables without outer pipes': {
    positive: [
      [
        'Term | Value\n--- | ---\nRedistribution | Not permitted\nCommercial use | Allowed',
        [{ type: 'no-redistribution', line: 3, quote: 'Redistribution | Not permitted' }]
      ],
      [
        'Condition | Required\n:-- | :--:\nCopyright notice | Yes\nSame licence for modified versions | Yes',
        [
          { type: 'attribution', line: 3, quote: 'Copyright notice | Yes' },
          { type: 'share-alike', line: 4, quote: 'Same licence for modified versions | Yes' }
        ]
      ],
      [
        'Permissions | Conditions\n--- | ---\nModification | Disclose source',
        [{ type: 'share-alike', line: 3, quote: 'Modification | Disclose source' }]
      ]
    ],
    nearMiss: ['Use the CLI as `run | tee log.txt` to keep a log.'],
    negation: ['Term | Value\n--- | ---\nUser limit | None\nAttribution required | No']
  },
  'traditional Chinese': {
    positive: [
      ['禁止對本模型進行修改。', [{ type: 'no-derivatives', line: 1, quote: '禁止對本模型進行修改。' }]],
      [
        '授權方得透過遠端更新停用本軟體。',
        [{ type: 'remote-restriction', line: 1, quote: '授權方得透過遠端更新停用本軟體。' }]
      ],
      [
        '授權方可隨時終止本授權，無需說明理由。',
        [{ type: 'termination-at-will', line: 1, quote: '授權方可隨時終止本授權，無需說明理由。' }]
      ]
    ],
    nearMiss: ['本模型以「現狀」提供。'],
    negation: ['本授權不可撤銷。']
  },
  'Chinese semicolons': {
    positive: [
      // "；" ends a sentence: the quote starts after it
      [
        '您可以免费下载本模型；不得将本模型用于商业目的。',
        [{ type: 'non-commercial', line: 1, quote: '不得将本模型用于商业目的。' }]
      ],
      // unless the next clause refers back to this one (超出者, 超过…的，): one clause on both sides
      [
        '注册用户不超过一万名的平台可以免费使用；超出者须另行签订协议。',
        [
          {
            type: 'user-threshold',
            line: 1,
            quote: '注册用户不超过一万名的平台可以免费使用；超出者须另行签订协议。'
          }
        ]
      ]
    ],
    nearMiss: ['您可以免费下载本模型；也可以将其用于商业目的。'],
    negation: ['被许可人不得使用许可人的商标；惟为说明来源所需的提及，不在此限。']
  }
}

describe.each(Object.entries(FORMS))('%s', (_name, form) => {
  it.each(form.positive)('positive: %s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })
  it.each(form.nearMiss.map(t => [t]))('near miss: %s', text => {
    expect(found(text)).toEqual([])
  })
  it.each(form.negation.map(t => [t]))('negation: %s', text => {
    expect(found(text)).toEqual([])
  })
})
