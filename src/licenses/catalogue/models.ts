// Model licences other than Llama: OpenRAIL family, Gemma, vendor community and research licences.
// Summaries are ours; texts not collected are marked in `note` and carry no markers (or markers
// taken from their published titles).
import type { CatalogueClause, CatalogueEntry } from './types.js'

const c = (type: CatalogueClause['type'], summary: string): CatalogueClause => ({ type, summary })

const RAIL: CatalogueClause[] = [
  c(
    'acceptable-use-policy',
    'Use-based restrictions (an attachment of prohibited uses) are part of the licence.'
  ),
  c(
    'field-of-use-restriction',
    'Forbids listed uses such as harming minors, disinformation, discrimination, medical advice or law enforcement.'
  ),
  c(
    'restrictions-flow-down',
    'The use-based restrictions must be carried into every licence of the model or its derivatives.'
  ),
  c('attribution', 'Copyright, patent, trademark and attribution notices must be retained.')
]
const REMOTE = c(
  'remote-restriction',
  'The licensor reserves the right to restrict usage (remotely or otherwise) that violates the licence.'
)

const RESEARCH_TEMPLATE: CatalogueClause[] = [
  c('research-only', 'Use is limited to non-commercial research.'),
  c('non-commercial', 'Commercial or production use is excluded.'),
  c(
    'field-of-use-restriction',
    'Forbids military uses and uses in the service of nuclear technology, surveillance and weapons.'
  ),
  c('termination-at-will', 'The licensor may terminate the licence at any time upon notice.'),
  c('attribution', 'Redistributions and publications must carry the licence notice.')
]

export const MODELS: readonly CatalogueEntry[] = [
  // ---- OpenRAIL family -------------------------------------------------------------------
  {
    id: 'openrail',
    hubId: true,
    name: 'OpenRAIL license family',
    family: 'openrail',
    url: 'https://huggingface.co/blog/open_rail',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: RAIL,
    aliases: ['open-rail', 'openrail-m']
  },
  {
    id: 'creativeml-openrail-m',
    hubId: true,
    name: 'CreativeML Open RAIL-M',
    version: '2022-08-22',
    family: 'openrail',
    url: 'https://huggingface.co/spaces/CompVis/stable-diffusion-license',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['CreativeML Open RAIL-M'], none: ['CreativeML Open RAIL++-M'] }
  },
  {
    id: 'openrail++',
    hubId: true,
    name: 'CreativeML Open RAIL++-M License',
    version: '2022-11-24',
    family: 'openrail',
    url: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['CreativeML Open RAIL++-M'] },
    aliases: ['openrail++-m', 'creativeml-openrail++-m']
  },
  {
    id: 'bigscience-bloom-rail-1.0',
    hubId: true,
    name: 'BigScience BLOOM RAIL 1.0',
    version: '1.0',
    family: 'openrail',
    url: 'https://huggingface.co/spaces/bigscience/license',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['BigScience RAIL License'], any: ['v1.0', 'bloom'] },
    note: 'Text not in the corpus; markers from the published title.'
  },
  {
    id: 'bigscience-openrail-m',
    hubId: true,
    name: 'BigScience OpenRAIL-M',
    family: 'openrail',
    url: 'https://bigscience.huggingface.co/blog/bigscience-openrail-m',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['BigScience Open RAIL-M'] },
    note: 'Text not in the corpus; markers from the published title.'
  },
  {
    id: 'bigcode-openrail-m',
    hubId: true,
    name: 'BigCode Open RAIL-M v1',
    version: '1',
    family: 'openrail',
    url: 'https://www.bigcode-project.org/docs/pages/bigcode-openrail',
    urls: ['https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement'],
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['BigCode Open RAIL-M'] },
    note: 'Text not in the corpus; markers from the published title.'
  },
  {
    id: 'deepseek-license',
    name: 'DeepSeek License Agreement',
    version: '1.0',
    family: 'openrail',
    url: 'https://github.com/deepseek-ai/DeepSeek-LLM/blob/main/LICENSE-MODEL',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [...RAIL, REMOTE],
    markers: { all: ['DeepSeek License Agreement'] },
    aliases: ['deepseek', 'deepseek-model-license']
  },
  // ---- Google -----------------------------------------------------------------------------
  {
    id: 'gemma',
    hubId: true,
    name: 'Gemma Terms of Use',
    family: 'gemma',
    url: 'https://ai.google.dev/gemma/terms',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'acceptable-use-policy',
        'Use must not be for the uses in the Gemma Prohibited Use Policy, incorporated by reference.'
      ),
      c(
        'restrictions-flow-down',
        'The use restrictions must be passed on as enforceable terms; models trained on Gemma outputs count as Model Derivatives.'
      ),
      c(
        'remote-restriction',
        'Google reserves the right to restrict (remotely or otherwise) usage it believes violates the terms.'
      ),
      c(
        'attribution',
        'Distributions must carry a notice that Gemma is provided under the Gemma Terms of Use.'
      )
    ],
    markers: { all: ['Gemma Terms of Use'], any: ['Gemma Services', 'Model Derivatives'] },
    policy: 'gemma-prohibited-use-policy',
    useAt: 'https://ai.google.dev/gemma/prohibited_use_policy'
  },
  {
    id: 'gemma-prohibited-use-policy',
    name: 'Gemma Prohibited Use Policy',
    family: 'gemma',
    url: 'https://ai.google.dev/gemma/prohibited_use_policy',
    spdx: null,
    osiApproved: false,
    kind: 'use-policy',
    clauses: [
      c('acceptable-use-policy', 'This document is the prohibited use policy itself.'),
      c(
        'field-of-use-restriction',
        'Lists prohibited uses (dangerous, illegal, harmful or deceptive activities).'
      )
    ],
    markers: { all: ['Gemma Prohibited Use Policy'], none: ['Gemma Terms of Use'] },
    policyOf: 'gemma'
  },
  // ---- Meta research licences -------------------------------------------------------------
  {
    id: 'fair-noncommercial-research-license',
    hubId: true,
    name: 'FAIR Noncommercial Research License',
    family: 'meta-research',
    url: 'https://huggingface.co/facebook/fair-noncommercial-research-license/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Neither the materials nor their outputs may be used commercially.'),
      c('research-only', 'Use is limited to noncommercial research uses.'),
      c('restrictions-flow-down', 'Derivative works may be distributed only under the same agreement.'),
      c('attribution', 'Publications must acknowledge the use of the research materials.'),
      c(
        'acceptable-use-policy',
        'Use must follow the FAIR Acceptable Use Policy, incorporated into the agreement.'
      )
    ],
    markers: { all: ['FAIR Noncommercial Research License'] },
    aliases: ['fair-noncommercial-research']
  },
  {
    id: 'opt-175b',
    name: 'OPT-175B License Agreement',
    family: 'meta-research',
    url: 'https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: RESEARCH_TEMPLATE,
    markers: { all: ['OPT-175B License Agreement'] },
    aliases: ['opt-175b-license']
  },
  // ---- Stability AI -----------------------------------------------------------------------
  {
    id: 'deepfloyd-if-license',
    hubId: true,
    name: 'DeepFloyd IF Research License Agreement',
    family: 'stability',
    url: 'https://github.com/deep-floyd/IF/blob/develop/LICENSE-MODEL',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: RESEARCH_TEMPLATE,
    markers: { all: ['DeepFloyd IF License Agreement'] }
  },
  {
    id: 'stability-sdxl-research',
    name: 'SDXL 0.9 Research License Agreement',
    version: '0.9',
    family: 'stability',
    url: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-0.9',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: RESEARCH_TEMPLATE,
    markers: { all: ['SDXL 0.9 Research License Agreement'] },
    aliases: ['sdxl-0.9-research-license']
  },
  {
    id: 'stability-ai-community',
    name: 'Stability AI Community License Agreement',
    family: 'stability',
    url: 'https://stability.ai/community-license-agreement',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'revenue-threshold',
        'Commercial use by organisations with more than USD 1,000,000 in annual revenue needs an enterprise licence.'
      ),
      c(
        'output-use-restriction',
        'Models and outputs may not be used to create or improve foundational generative AI models other than Stability ones.'
      ),
      c('naming-requirement', 'Products must display "Powered by Stability AI".'),
      c('attribution', 'Redistributions must carry the Stability AI Community License notice.'),
      c(
        'acceptable-use-policy',
        "Use must follow Stability AI's Acceptable Use Policy, incorporated by reference."
      )
    ],
    markers: { all: ['Stability AI Community License Agreement'] },
    aliases: ['stabilityai-ai-community', 'stability-community-license'],
    useAt: 'https://stability.ai/use-policy'
  },
  {
    id: 'stability-ai-noncommercial',
    name: 'Stability AI Non-Commercial (Research) Community License Agreement',
    family: 'stability',
    url: 'https://stability.ai/license',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Models and derivatives may be used for non-commercial purposes only.'),
      c(
        'field-of-use-restriction',
        'May not be used to let third parties use the model as part of a hosted service.'
      ),
      c('restrictions-flow-down', 'Derivative works remain subject to the agreement.'),
      c(
        'acceptable-use-policy',
        "Use must follow Stability AI's Acceptable Use Policy, incorporated by reference."
      ),
      c('attribution', 'Redistributions must carry the licence notice.')
    ],
    markers: {
      all: [],
      any: [
        'Stability AI Non-Commercial Research Community License Agreement',
        'Stability AI Non-Commercial Community License Agreement',
        'Stable Video Diffusion Non-Commercial Community License Agreement',
        'Stable Non-Commercial Research Community License Agreement'
      ]
    },
    aliases: [
      'stability-ai-nc-community',
      'sdxl-turbo-research-license',
      'stable-video-diffusion-community',
      'stable-video-diffusion-nc-community'
    ],
    useAt: 'https://stability.ai/use-policy'
  },
  // ---- Chinese vendors --------------------------------------------------------------------
  {
    id: 'flux-1-dev-non-commercial',
    name: 'FLUX.1 [dev] Non-Commercial License',
    family: 'flux',
    url: 'https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'non-commercial',
        'The model may be used only for non-commercial purposes; a commercial licence is sold apart.'
      ),
      c('attribution', 'Redistributions must carry the licence and its notice.')
    ],
    markers: { all: ['FLUX.1 [dev] Non-Commercial License'] },
    aliases: ['flux-1-dev-non-commercial-license', 'flux.1-dev-non-commercial-license'],
    note: 'Text not collected; identified by its title.'
  },
  {
    id: 'tongyi-qianwen',
    name: 'Tongyi Qianwen License Agreement',
    family: 'qwen',
    url: 'https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('user-threshold', 'Products with more than 100 million monthly active users must request a licence.'),
      c(
        'output-use-restriction',
        'The materials and their outputs may not be used to improve any other large language model.'
      ),
      c('attribution', 'Redistributions must carry the Tongyi Qianwen notice.')
    ],
    markers: {
      all: ['Tongyi Qianwen License Agreement'],
      none: ['Tongyi Qianwen Research License Agreement']
    },
    aliases: ['qwen', 'tongyi-qianwen-license', 'qwen-license']
  },
  {
    id: 'tongyi-qianwen-research',
    name: 'Tongyi Qianwen Research License Agreement',
    family: 'qwen',
    url: 'https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'For non-commercial purposes only; commercial use needs a separate licence.'),
      c('research-only', '"Non-Commercial" is defined as research or evaluation only.'),
      c(
        'output-use-restriction',
        'The materials and their outputs may not be used to improve any other large language model.'
      ),
      c('attribution', 'Redistributions must carry the Tongyi Qianwen Research notice.')
    ],
    markers: { all: ['Tongyi Qianwen Research License Agreement'] },
    aliases: ['qwen-research', 'tongyi-qianwen-research-license']
  },
  {
    id: 'yi-license',
    name: 'Yi Series Models Community License Agreement',
    version: '2.1',
    family: 'yi',
    url: 'https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Commercial use requires registration with, and a licence from, the licensor.'),
      c('field-of-use-restriction', 'May not be used for military or unlawful purposes.'),
      c('attribution', 'The source of the Yi models must be clearly attributed.')
    ],
    markers: { all: ['Yi Series Models Community License Agreement'] },
    aliases: ['yi', 'yi-model-license', 'yi-series-models-community-license']
  },
  {
    id: 'chatglm-6b-license',
    name: 'The ChatGLM-6B License',
    family: 'glm',
    url: 'https://github.com/THUDM/ChatGLM-6B/blob/main/MODEL_LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'field-of-use-restriction',
        "May not be used for military or illegal purposes or to undermine China's national security."
      ),
      c('termination-at-will', 'The grant is revocable.'),
      c('attribution', 'The licence notice must be included in all copies.')
    ],
    markers: { all: ['The ChatGLM-6B License'] },
    aliases: ['chatglm-6b', 'chatglm2-6b-license']
  },
  {
    id: 'chatglm3-6b-license',
    name: 'The ChatGLM3-6B License',
    family: 'glm',
    url: 'https://github.com/THUDM/ChatGLM3/blob/main/MODEL_LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Free for academic research; commercial use requires registration.'),
      c(
        'field-of-use-restriction',
        'May not be used for military or illegal purposes or to harm national security.'
      ),
      c('attribution', 'The licence notice must be included in all copies.')
    ],
    markers: { all: ['The ChatGLM3-6B License'] },
    aliases: ['chatglm3-6b', 'chatglm3']
  },
  {
    id: 'glm-4-license',
    name: 'GLM-4 Model License',
    family: 'glm',
    url: 'https://huggingface.co/THUDM/glm-4-9b/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Commercial use requires registration with the licensor.'),
      c('field-of-use-restriction', 'May not be used for military or illegal purposes.'),
      c('attribution', 'The licence notice must be included in all copies.')
    ],
    markers: { all: ['The glm-4-9b License'] },
    aliases: ['glm-4', 'glm4'],
    note: 'Text not in the corpus.'
  },
  {
    id: 'baichuan2-community',
    name: 'Baichuan 2 Model Community License Agreement',
    family: 'baichuan',
    url: 'https://huggingface.co/baichuan-inc/Baichuan2-7B-Base/blob/main/Community%20License%20for%20Baichuan%202%20Model.pdf',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('user-threshold', 'Free commercial use only while daily active users stay under 1 million.'),
      c(
        'field-of-use-restriction',
        'Software and cloud service providers are excluded from the free commercial grant.'
      ),
      c('non-commercial', 'Commercial use requires an application to, and written approval from, Baichuan.')
    ],
    markers: { all: ['Baichuan 2 Model Community License Agreement'] },
    aliases: ['baichuan2', 'baichuan', 'baichuan2-model-community-license'],
    note: 'Published as a PDF; text not in the corpus.'
  },
  {
    id: 'tencent-hunyuan-community',
    name: 'Tencent Hunyuan Community License Agreement',
    family: 'hunyuan',
    url: 'https://github.com/Tencent/HunyuanVideo/blob/main/LICENSE.txt',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'geographic-restriction',
        'Does not apply in the European Union, the United Kingdom and South Korea.'
      ),
      c(
        'user-threshold',
        'Products with more than 100 million monthly active users need a licence from Tencent.'
      ),
      c('output-use-restriction', 'Outputs may not be used to improve other AI models.'),
      c(
        'restrictions-flow-down',
        'The use restrictions must be included as enforceable terms in downstream agreements.'
      ),
      c('acceptable-use-policy', 'Use must follow the Acceptable Use Policy appended as Exhibit A.'),
      c('field-of-use-restriction', 'The appended policy lists prohibited uses.'),
      c('attribution', 'Redistributions must carry the Tencent Hunyuan notice.')
    ],
    markers: { all: ['Tencent Hunyuan Community License Agreement'] },
    aliases: ['tencent-hunyuan', 'hunyuan', 'tencent-hunyuan-community-license']
  },
  // ---- US vendors -------------------------------------------------------------------------
  {
    id: 'databricks-open-model',
    name: 'Databricks Open Model License',
    family: 'databricks',
    url: 'https://www.databricks.com/legal/open-model-license',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('user-threshold', 'Licensees above 700 million monthly active users must request a licence.'),
      c(
        'output-use-restriction',
        'DBRX and its outputs may not be used to improve other large language models.'
      ),
      c(
        'remote-restriction',
        'Databricks may restrict (remotely or otherwise) usage it believes violates the licence.'
      ),
      c('acceptable-use-policy', 'Use must follow the Databricks Open Model Acceptable Use Policy.'),
      c('attribution', 'Redistributions must carry the DBRX notice.')
    ],
    markers: { all: ['Databricks Open Model License'] },
    aliases: ['databricks-open-model-license', 'dbrx', 'dbrx-license'],
    useAt: 'https://www.databricks.com/legal/acceptable-use-policy-open-model'
  },
  {
    id: 'nvidia-open-model',
    name: 'NVIDIA Open Model License Agreement',
    family: 'nvidia',
    url: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('acceptable-use-policy', "Use must follow NVIDIA's Trustworthy AI terms."),
      c('field-of-use-restriction', 'Circumventing the safety guardrails terminates the licence.'),
      c('naming-requirement', 'Some models require a "Built on NVIDIA ..." notice.'),
      c('attribution', 'Distributions must include an attribution notice.')
    ],
    markers: { all: ['NVIDIA Open Model License'] },
    aliases: ['nvidia-open-model-license', 'nvidia-open-model-license-agreement']
  },
  {
    id: 'mistral-research',
    name: 'Mistral AI Research License',
    version: '0.1',
    family: 'mistral',
    url: 'https://mistral.ai/licenses/MRL-0.1.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('research-only', 'Models, derivatives and outputs may be used for research purposes only.'),
      c('non-commercial', 'Research purposes are non-profit and non-commercial.'),
      c('output-use-restriction', 'Outputs are subject to the same research-only restrictions.'),
      c('restrictions-flow-down', 'Derivatives are subject to the same restrictions.'),
      c(
        'attribution',
        'Distributions must state "Licensed by Mistral AI under the Mistral AI Research License".'
      )
    ],
    markers: { all: ['Mistral AI Research License'] },
    aliases: ['mrl', 'mrl-0.1', 'mistral-research-license']
  },
  {
    id: 'mistral-non-production',
    name: 'Mistral AI Non-Production License',
    version: '0.1',
    family: 'mistral',
    url: 'https://mistral.ai/licenses/MNPL-0.1.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Production and commercial use is excluded.'),
      c('research-only', 'Use is limited to testing, research and personal, non-production purposes.'),
      c('restrictions-flow-down', 'Derivatives are subject to the same restrictions.')
    ],
    markers: { all: ['Mistral AI Non-Production License'] },
    aliases: ['mnpl', 'mnpl-0.1'],
    note: 'Text not in the corpus.'
  },
  {
    id: 'grok2-community',
    hubId: true,
    name: 'Grok 2 Community License Agreement',
    family: 'xai',
    url: 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'output-use-restriction',
        'The materials and outputs may not be used to train or improve other foundational or general-purpose models.'
      ),
      c('acceptable-use-policy', "Use must follow xAI's Acceptable Use Policy."),
      c('attribution', 'Distributions must carry the licence notice.')
    ],
    markers: { all: ['Grok 2 Community License Agreement'] },
    note: 'Text not in the corpus; clauses from the published licence.'
  },
  // ---- Apple ------------------------------------------------------------------------------
  {
    id: 'apple-amlr',
    hubId: true,
    name: 'Apple Model License for Research',
    family: 'apple',
    url: 'https://huggingface.co/apple/deeplabv3-mobilevit-small/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('research-only', 'Use is limited to research purposes.'),
      c('non-commercial', 'Research purposes exclude commercial exploitation.'),
      c('restrictions-flow-down', 'Derivatives are limited to research purposes as well.'),
      c('attribution', 'Redistributions must carry the licence notice.')
    ],
    markers: { all: ['Apple Machine Learning Research Model'] },
    aliases: ['apple-ml-research-model-license', 'apple-machine-learning-research-model-license']
  },
  {
    id: 'apple-ascl',
    hubId: true,
    name: 'Apple Sample Code License',
    family: 'apple',
    url: 'https://developer.apple.com/support/downloads/terms/apple-sample-code/Apple-Sample-Code-License.pdf',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [c('attribution', 'Redistributions in source form must retain the notice and disclaimers.')],
    markers: {
      all: ['This Apple software is supplied to you by Apple'],
      none: ['Apple Machine Learning Research Model']
    },
    aliases: ['apple-sample-code-license'],
    note: 'Permissive, but grants no patent rights.'
  },
  // ---- AI2 ------------------------------------------------------------------------------
  {
    id: 'ai2-model-license',
    name: 'AI2 AI Model License Agreement',
    family: 'ai2',
    url: 'https://allenai.org/licenses/',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: RESEARCH_TEMPLATE,
    markers: { all: ['AI Model License Agreement', 'Allen Institute for Artificial Intelligence'] },
    aliases: ['ai2-ai-model-license']
  },
  ...(['lr', 'mr', 'hr'] as const).map((risk): CatalogueEntry => ({
    id: `ai2-impact-${risk}`,
    name: `AI2 ImpACT License - ${risk === 'lr' ? 'Low' : risk === 'mr' ? 'Medium' : 'High'} Risk Artifacts`,
    family: 'ai2',
    url: `https://allenai.org/licenses/impact-${risk}`,
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('acceptable-use-policy', 'Use-based restrictions are part of the licence.'),
      c(
        'field-of-use-restriction',
        'Forbids listed harmful uses (weapons, surveillance, disinformation and others).'
      ),
      c(
        'restrictions-flow-down',
        'Derivatives must be shared under the same terms, with a derivative impact report.'
      ),
      c('attribution', 'Notices must be retained.'),
      ...(risk === 'lr'
        ? []
        : [
            c(
              'no-redistribution',
              'Redistribution of the artifacts is limited to licensees who accept the same terms.'
            )
          ])
    ],
    markers: {
      all: [`ImpACT License`],
      any: [
        risk === 'lr' ? 'Low Risk Artifacts' : risk === 'mr' ? 'Medium Risk Artifacts' : 'High Risk Artifacts'
      ]
    },
    aliases: [`impact-${risk}`, `ai2-impact-license-${risk}`],
    note: 'Text not in the corpus; markers from the published titles.'
  })),
  // ---- TII Falcon -------------------------------------------------------------------------
  {
    id: 'falcon-tii-llm-1.0',
    name: 'TII Falcon LLM License 1.0',
    version: '1.0',
    family: 'falcon',
    url: 'https://huggingface.co/tiiuae/falcon-40b/blob/main/LICENSE.txt',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c(
        'revenue-threshold',
        'Commercial use above USD 1 million of attributable annual revenue owed royalties.'
      ),
      c('attribution', 'Distributions must carry the licence notice.')
    ],
    markers: { all: ['TII Falcon LLM License'], any: ['Version 1.0'] },
    aliases: ['falcon-llm-license', 'tii-falcon-llm-license'],
    note: 'Falcon-40B was later relicensed under Apache-2.0. Text not in the corpus.'
  },
  {
    id: 'falcon-tii-180b',
    name: 'Falcon-180B TII License 1.0',
    version: '1.0',
    family: 'falcon',
    url: 'https://huggingface.co/tiiuae/falcon-180B/blob/main/LICENSE.txt',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('acceptable-use-policy', 'Use must follow the Falcon acceptable use policy.'),
      c(
        'field-of-use-restriction',
        'Hosting use (offering the model as a service) needs a separate licence.'
      ),
      c('attribution', 'Distributions must carry the licence notice.')
    ],
    markers: { all: ['Falcon 180B TII License'] },
    aliases: ['falcon-180b-license', 'falcon-180b-tii-license'],
    note: 'Text not in the corpus.'
  },
  {
    id: 'falcon-tii-2.0',
    name: 'TII Falcon License 2.0',
    version: '2.0',
    family: 'falcon',
    url: 'https://falconllm.tii.ae/falcon-terms-and-conditions.html',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('acceptable-use-policy', 'Use must follow the Falcon acceptable use policy.'),
      c('attribution', 'Distributions must carry the licence notice.')
    ],
    markers: { all: ['TII Falcon License'], any: ['Version 2.0'] },
    aliases: ['falcon-license', 'tii-falcon-license', 'falcon-llm-license-2.0'],
    note: 'Text not in the corpus.'
  },
  // ---- Other Hub ids ----------------------------------------------------------------------
  {
    id: 'h-research',
    hubId: true,
    name: 'H Research License',
    family: 'h-company',
    url: 'https://huggingface.co/Hcompany/Holo1-3B/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('research-only', 'Use is limited to research.'),
      c('non-commercial', 'Commercial use is excluded.')
    ],
    note: 'Text not in the corpus.'
  },
  {
    id: 'intel-research',
    hubId: true,
    name: 'Intel Research Use License Agreement',
    family: 'intel',
    url: 'https://huggingface.co/OpenVINO/Llama-3.1-8B-Instruct-FastDraft-150M-int8-ov/blob/main/LICENSE.md',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('research-only', 'Use is limited to research.'),
      c('non-commercial', 'Commercial use is excluded.')
    ],
    markers: { all: ['Intel Research Use License Agreement'] },
    note: 'Text not in the corpus.'
  },
  {
    id: 'openmdw-1.1',
    hubId: true,
    name: 'Open Model, Data & Weights License Agreement v1.1',
    version: '1.1',
    family: 'openmdw',
    url: 'https://openmdw.ai/license/1-1/',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [c('attribution', 'Copies must retain the licence and notices.')],
    note: 'Permissive licence for models, data and weights; not on the SPDX list at 6.12.'
  },
  {
    id: 'lgpl-lr',
    hubId: true,
    name: 'Lesser General Public License For Linguistic Resources',
    family: 'gpl',
    url: 'https://www-igm.univ-mlv.fr/~unitex/lgpllr.html',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('share-alike', 'Modified linguistic resources must be released under the same licence.'),
      c('attribution', 'Notices must be retained.')
    ]
  },
  {
    id: 'exaone',
    name: 'EXAONE AI Model License Agreement 1.1 - NC',
    version: '1.1',
    family: 'lg',
    url: 'https://huggingface.co/LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct/blob/main/LICENSE',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('non-commercial', 'Commercial use is excluded.'),
      c('research-only', 'Use is limited to research.')
    ],
    markers: { all: ['EXAONE AI Model License Agreement'] },
    aliases: ['exaone-ai-model-license'],
    note: 'Text not in the corpus.'
  },
  {
    id: 'gpt-oss-usage-policy',
    name: 'gpt-oss usage policy',
    family: 'openai',
    url: 'https://github.com/openai/gpt-oss/blob/main/USAGE_POLICY',
    spdx: null,
    osiApproved: false,
    kind: 'use-policy',
    clauses: [
      c(
        'acceptable-use-policy',
        'Users agree to comply with applicable law and to use the models responsibly.'
      )
    ],
    markers: { all: ['By using OpenAI'], any: ['gpt-oss-120b', 'gpt-oss-20b'] },
    policyOf: 'apache-2.0'
  }
]

/** Hub licence families (no single text). */
export const FAMILIES: readonly CatalogueEntry[] = [
  {
    id: 'bsd',
    hubId: true,
    name: 'BSD license family',
    family: 'bsd',
    spdx: null,
    osiApproved: true,
    kind: 'license',
    clauses: [c('attribution', 'Copyright notices must be retained.')],
    note: 'Family; OSI approval assumed for the 2- and 3-clause variants.'
  },
  {
    id: 'gpl',
    hubId: true,
    name: 'GNU General Public License family',
    family: 'gpl',
    spdx: null,
    osiApproved: true,
    kind: 'license',
    clauses: [
      c('share-alike', 'Derivative works must be licensed under the same terms.'),
      c('attribution', 'Notices must be retained.')
    ]
  },
  {
    id: 'lgpl',
    hubId: true,
    name: 'GNU Lesser General Public License family',
    family: 'gpl',
    spdx: null,
    osiApproved: true,
    kind: 'license',
    clauses: [
      c('share-alike', 'Modifications of the library must be licensed under the same terms.'),
      c('attribution', 'Notices must be retained.')
    ]
  },
  {
    id: 'gfdl',
    hubId: true,
    name: 'GNU Free Documentation License family',
    family: 'gpl',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [
      c('share-alike', 'Modified versions must be released under the same licence.'),
      c('attribution', 'Notices must be retained.')
    ]
  },
  {
    id: 'cc',
    hubId: true,
    name: 'Creative Commons license family',
    family: 'cc',
    spdx: null,
    osiApproved: false,
    kind: 'license',
    clauses: [c('attribution', 'Creative Commons licences (except CC0) require attribution.')],
    note: 'Family; which CC licence is unknown.'
  }
]
