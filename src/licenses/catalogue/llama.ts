// Meta Llama community licences and their acceptable use policies.
// Differences that matter: Llama 2 and Llama 3 forbid using outputs to improve other large language
// models; 3.1 and later drop that rule and instead require the "Llama" name prefix for models trained
// on Llama outputs. Llama 3 asks for "Built with Meta Llama 3" and a "Llama 3" name prefix; 3.1+ ask
// for "Built with Llama" and a "Llama" prefix. The EU exclusion for multimodal models sits in the
// 3.2, 3.3 and 4 use policies, not in the licences.
import type { CatalogueClause, CatalogueEntry } from './types.js'

const MAU: CatalogueClause = {
  type: 'user-threshold',
  summary:
    'Licensees whose products had more than 700 million monthly active users on the release date must ask Meta for a separate licence.'
}
const AUP: CatalogueClause = {
  type: 'acceptable-use-policy',
  summary: 'Use must follow the Llama Acceptable Use Policy, incorporated by reference.'
}
const NOTICE: CatalogueClause = {
  type: 'attribution',
  summary: 'Redistributions must include a copy of the agreement and a NOTICE attribution line.'
}
const OUTPUTS: CatalogueClause = {
  type: 'output-use-restriction',
  summary: 'Outputs may not be used to improve any other large language model.'
}
const NAMING_31: CatalogueClause = {
  type: 'naming-requirement',
  summary:
    'Products must display "Built with Llama"; models trained on Llama or its outputs must start their name with "Llama".'
}
const AUP_LIST: CatalogueClause = {
  type: 'field-of-use-restriction',
  summary:
    'Lists prohibited uses (military, warfare, weapons, critical infrastructure, illegal activity, harassment, and more).'
}
const AUP_SELF: CatalogueClause = {
  type: 'acceptable-use-policy',
  summary: 'This document is the acceptable use policy itself.'
}
const EU: CatalogueClause = {
  type: 'geographic-restriction',
  summary:
    'Rights to multimodal models are not granted to individuals domiciled, or companies based, in the European Union (end users of products excepted).'
}

function licence(
  v: string,
  id: string,
  opts: {
    date: string
    url: string
    policyUrl: string
    title: string
    extra?: CatalogueClause[]
    aliases?: string[]
    /** Copies of the licence text at other addresses. */
    urls?: string[]
  }
): CatalogueEntry {
  return {
    id,
    hubId: true,
    name: `Llama ${v} Community License Agreement`,
    version: v,
    family: 'llama',
    url: opts.url,
    ...(opts.urls ? { urls: opts.urls } : {}),
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [MAU, ...(opts.extra ?? []), NOTICE, AUP],
    // the date line (any date: a copy may carry another), or a passage only the licence has
    markers: {
      all: [opts.title],
      any: [opts.date, opts.date.split(':')[0]!, 'monthly active users of the products or services']
    },
    aliases: opts.aliases,
    policy: `${id}-aup`,
    useAt: opts.policyUrl
  }
}

function policy(
  v: string,
  id: string,
  title: string,
  eu: boolean,
  url: string,
  urls?: string[]
): CatalogueEntry {
  return {
    id: `${id}-aup`,
    name: `Llama ${v} Acceptable Use Policy`,
    version: v,
    family: 'llama',
    url,
    ...(urls ? { urls } : {}),
    spdx: null,
    osiApproved: false,
    kind: 'use-policy',
    clauses: eu ? [AUP_SELF, AUP_LIST, EU] : [AUP_SELF, AUP_LIST],
    markers: { all: [], any: [title, `you will not use or allow others to use llama ${v} to`] },
    policyOf: id
  }
}

export const LLAMA: readonly CatalogueEntry[] = [
  licence('2', 'llama2', {
    title: 'Llama 2 Community License Agreement',
    date: 'Llama 2 Version Release Date: July 18, 2023',
    url: 'https://ai.meta.com/llama/license/',
    policyUrl: 'https://ai.meta.com/llama/use-policy',
    extra: [OUTPUTS],
    aliases: ['llama-2', 'llama 2', 'codellama', 'code-llama', 'llama2-community-license'],
    urls: [
      'https://github.com/meta-llama/llama/blob/main/LICENSE',
      'https://github.com/facebookresearch/llama/blob/main/LICENSE',
      'https://github.com/meta-llama/codellama/blob/main/LICENSE',
      'https://github.com/facebookresearch/codellama/blob/main/LICENSE',
      'https://www.llama.com/llama2/license/'
    ]
  }),
  licence('3', 'llama3', {
    title: 'Meta Llama 3 Community License Agreement',
    date: 'Meta Llama 3 Version Release Date: April 18, 2024',
    url: 'https://llama.meta.com/llama3/license/',
    policyUrl: 'https://llama.meta.com/llama3/use-policy',
    extra: [
      OUTPUTS,
      {
        type: 'naming-requirement',
        summary:
          'Products must display "Built with Meta Llama 3"; derived models must start their name with "Llama 3".'
      }
    ],
    aliases: ['llama-3', 'meta-llama-3', 'llama3-community-license'],
    urls: ['https://github.com/meta-llama/llama3/blob/main/LICENSE']
  }),
  licence('3.1', 'llama3.1', {
    title: 'Llama 3.1 Community License Agreement',
    date: 'Llama 3.1 Version Release Date: July 23, 2024',
    url: 'https://llama.meta.com/llama3_1/license/',
    policyUrl: 'https://llama.meta.com/llama3_1/use-policy',
    extra: [NAMING_31],
    aliases: ['llama-3.1', 'llama3_1', 'llama3.1-community-license'],
    urls: ['https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE']
  }),
  licence('3.2', 'llama3.2', {
    title: 'Llama 3.2 Community License Agreement',
    date: 'Llama 3.2 Version Release Date: September 25, 2024',
    url: 'https://www.llama.com/llama3_2/license/',
    policyUrl: 'https://www.llama.com/llama3_2/use-policy',
    extra: [NAMING_31],
    aliases: ['llama-3.2', 'llama3_2', 'llama3.2-community-license'],
    urls: ['https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE']
  }),
  licence('3.3', 'llama3.3', {
    title: 'Llama 3.3 Community License Agreement',
    date: 'Llama 3.3 Version Release Date: December 6, 2024',
    url: 'https://www.llama.com/llama3_3/license/',
    policyUrl: 'https://www.llama.com/llama3_3/use-policy',
    extra: [NAMING_31],
    aliases: ['llama-3.3', 'llama3_3', 'llama3.3-community-license'],
    urls: ['https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE']
  }),
  licence('4', 'llama4', {
    title: 'Llama 4 Community License Agreement',
    date: 'Llama 4 Version Effective Date: April 5, 2025',
    url: 'https://www.llama.com/llama4/license/',
    policyUrl: 'https://www.llama.com/llama4/use-policy',
    extra: [NAMING_31],
    aliases: ['llama-4', 'llama4-community-license'],
    urls: ['https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE']
  }),
  policy('2', 'llama2', 'llama 2 acceptable use policy', false, 'https://ai.meta.com/llama/use-policy'),
  policy(
    '3',
    'llama3',
    'meta llama 3 acceptable use policy',
    false,
    'https://llama.meta.com/llama3/use-policy'
  ),
  policy(
    '3.1',
    'llama3.1',
    'llama 3.1 acceptable use policy',
    false,
    'https://llama.meta.com/llama3_1/use-policy'
  ),
  policy(
    '3.2',
    'llama3.2',
    'llama 3.2 acceptable use policy',
    true,
    'https://www.llama.com/llama3_2/use-policy'
  ),
  policy(
    '3.3',
    'llama3.3',
    'llama 3.3 acceptable use policy',
    true,
    'https://www.llama.com/llama3_3/use-policy'
  ),
  policy('4', 'llama4', 'llama 4 acceptable use policy', true, 'https://www.llama.com/llama4/use-policy')
]
