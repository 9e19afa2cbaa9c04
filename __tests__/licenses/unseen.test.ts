// Identification of licence files as they appear in real repositories: SPDX texts with small edits,
// notices that only name a licence, several licences in one file, and model licences with edited
// headers. OSI texts must never yield a restrictive clause.
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { detectClauses } from '../../src/clauses/index.js'
import { identifyLicenseText, isOpenSourceLicense } from '../../src/licenses/identify.js'
import { corpusText, RESTRICTIVE } from './corpus-data.js'
import { describeConformance } from '../helpers/shared.js'

const require = createRequire(resolve(process.cwd(), 'package.json'))
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>
const spdx = (id: string): string => LIST[id]!.licenseText

const MIT_BODY = spdx('MIT')
  .replace(/^MIT License\s*/, '')
  .replace(/Copyright \(c\) <year> <copyright holders>\s*/, '')

const MIT_PROJECT = `MIT License

Copyright (c) 2023-2025 The Sandpiper Authors
Copyright (c) 2022 Example Research Lab, University of Somewhere
Portions Copyright (c) 2021 Jane Doe <jane@example.org>

${MIT_BODY}

---

## Third-party notices

This project bundles the tokenizer from the Foo project, which is distributed under the
BSD 3-Clause License:

Copyright (c) 2019, Foo Developers. All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted
provided that the conditions of the BSD 3-Clause License are met. See https://opensource.org/license/bsd-3-clause
for the full text.
`

const APACHE = spdx('Apache-2.0')
const APACHE_NO_APPENDIX = APACHE.slice(0, APACHE.indexOf('END OF TERMS AND CONDITIONS'))
const APACHE_WITH_PREAMBLE = `Copyright 2025 Example Computing, Inc.

This product includes software and model weights developed at Example Computing, Inc.
Licensed under the Apache License, Version 2.0 (the "License"); the full text of the License follows.

${APACHE}`

const BSD3 = spdx('BSD-3-Clause')
  .replace('Copyright (c) <year> <owner>.', 'Copyright (c) 2024, Example University Machine Learning Group.')
  .replace('Copyright (c) <year> <owner>', 'Copyright (c) 2024, Example University Machine Learning Group')
  .replace(/Neither the name of the copyright holder/, 'Neither the name of Example University')

/** GPL-3.0 converted to Markdown: headings, bold section titles, reflowed paragraphs. */
function gplMarkdown(): string {
  const text = spdx('GPL-3.0-only')
  const paras = text.split(/\n\s*\n/).map(p => p.replace(/\s*\n\s*/g, ' ').trim())
  return paras
    .map(p => {
      if (/^GNU GENERAL PUBLIC LICENSE$/.test(p)) return '# GNU General Public License'
      if (/^\d+\. [A-Z][^.]{2,60}\.$/.test(p)) return `### ${p}`
      if (/^(Preamble|TERMS AND CONDITIONS)$/.test(p)) return `## ${p}`
      return p.replace(/"([^"]{2,40})"/g, '**"$1"**')
    })
    .join('\n\n')
}

const DUAL = `Model weights: Apache License 2.0
Code: MIT License

MIT License

Copyright (c) 2025 Example Labs

${MIT_BODY}`

const TWO_TEXTS = `${spdx('MIT').replace('<year> <copyright holders>', '2025 Example Labs')}

--------------------------------------------------------------------------------

${APACHE}`

const CASES: [string, string, string, string | null][] = [
  ['MIT with a project copyright block and third-party notices', 'LICENSE', MIT_PROJECT, 'MIT'],
  ['Apache-2.0 without the APPENDIX', 'LICENSE', APACHE_NO_APPENDIX, 'Apache-2.0'],
  ['Apache-2.0 with a NOTICE preamble', 'LICENSE', APACHE_WITH_PREAMBLE, 'Apache-2.0'],
  ['BSD-3-Clause with the organisation filled in', 'LICENSE', BSD3, 'BSD-3-Clause'],
  ['GPL-3.0 in Markdown', 'LICENSE.md', gplMarkdown(), 'GPL-3.0-only'],
  ['Apache 2.0 named for weights, MIT text for code', 'LICENSE', DUAL, 'Apache-2.0 AND MIT'],
  ['MIT text followed by Apache text', 'LICENSE', TWO_TEXTS, 'MIT AND Apache-2.0'],
  [
    'a one-line CC-BY-4.0 notice',
    'LICENSE.md',
    'This model is released under the CC-BY-4.0 license.\n',
    'CC-BY-4.0'
  ],
  [
    'a Markdown notice',
    'LICENSE.md',
    '# License\n\nThe weights in this repository are released under the **Creative Commons Attribution 4.0 International** license.\n',
    'CC-BY-4.0'
  ],
  [
    'CRLF Apache notice',
    'LICENSE',
    'Apache License\r\nVersion 2.0, January 2004\r\nhttp://www.apache.org/licenses/\r\n',
    'Apache-2.0'
  ]
]

describe('identification of edited OSI texts and notices', () => {
  it.each(CASES)('%s', (_name, file, text, id) => {
    const r = identifyLicenseText(text, file)
    expect(r.id).toBe(id)
    if (id) expect(r.confidence).toBeGreaterThan(0.5)
  })

  it.each(CASES.filter(c => c[3] !== null && isOpenSourceLicense(c[3])))(
    '%s carries no restrictive clause',
    (_name, file, text) => {
      const bad = detectClauses(text, file).filter(c => RESTRICTIVE.has(c.type))
      expect(bad).toEqual([])
    }
  )
})

describe('custom texts are not mistaken for a known licence', () => {
  it.each([
    [
      'a custom research licence that reuses MIT wording',
      `Sandpiper Research License\n\nPermission is hereby granted to any person obtaining a copy of the Model to use and copy the Model solely for non-commercial research purposes, subject to the following conditions: the above copyright notice shall be included in all copies; you may not distribute the Model to any third party; commercial use requires a separate agreement.\n`
    ],
    [
      'a custom licence mentioning Apache for a dependency',
      `Heron Model License\n\nThe Heron weights may be used for research only. The tokenizer bundled with Heron is licensed under the Apache License 2.0, but this License governs the weights. You may not use the weights for commercial purposes.\n`
    ]
  ])('%s', (_name, text) => {
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id === null || !isOpenSourceLicense(r.id)).toBe(true)
  })
})

describeConformance('corpus model licences with edited headers', () => {
  const llama = corpusText('licenses/llama3.1-community-license.txt')
  it.each([
    ['a different release date', llama.replace('July 23, 2024', 'July 24, 2024')],
    [
      'a project note prepended',
      `This model is fine-tuned from Llama 3.1 8B. Its weights remain under the licence below.\n\n${llama}`
    ],
    ['the date line removed', llama.replace(/^.*Version Release Date.*$/m, '')],
    ['CRLF line ends', llama.replace(/\n/g, '\r\n')]
  ])('Llama 3.1 with %s', (_name, text) => {
    const r = identifyLicenseText(text, 'LICENSE')
    expect(r.id).toBe('llama3.1')
  })

  it('the Llama 3.1 use policy is still the policy, not the licence', () => {
    const r = identifyLicenseText(corpusText('licenses/llama3.1-acceptable-use-policy.txt'), 'USE_POLICY.md')
    expect(r.entry).toBe('llama3.1-aup')
  })
})
