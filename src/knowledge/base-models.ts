// Catalogue of well-known model families: which licence governs the weights published under a
// Hugging Face Hub id. Licence ids are Hub licence ids where the Hub has one (llama3.1, gemma,
// apache-2.0, openrail++, …) and catalogue ids otherwise (deepseek-license, qwen-research, …);
// licence names and addresses are read from the licence catalogue and the SPDX list, not restated.
//
// These are facts about public releases as published on the Hub; a few families changed licence
// over time (noted per entry). Patterns are case-insensitive globs over "owner/name"; when several
// match, the most specific (most literal characters) wins.

import spdxLicenseList from 'spdx-license-list'
import { catalogueEntry } from '../licenses/catalogue/index.js'
import { HUB_TO_SPDX } from '../licenses/hub-ids.js'
import { globMatch, globSpecificity } from './glob.js'
import { trimEndChars, trimStartChars } from '../text/trim.js'

const SPDX_LIST = spdxLicenseList as Record<string, { name: string; url: string }>

export interface BaseModelEntry {
  pattern: string
  family: string
  licenseId: string
  /** Human-readable licence name, and any caveat worth showing next to it. */
  licenseName: string
  note?: string
}

export interface ResolvedBaseModel {
  /** The normalised id that was looked up. */
  id: string
  family: string
  licenseId: string
  pattern: string
  url?: string
  licenseName: string
  note?: string
  /** Set when the id is a re-upload/quantisation by a known mirror account, matched by its name. */
  mirrorOf?: string
}

/** The licence's name and address, from the catalogue of model licences or the SPDX list. */
function licenseFacts(licenseId: string): { name: string; url?: string } {
  const e = catalogueEntry(licenseId)
  if (e) return { name: e.name, ...(e.url ? { url: e.url } : {}) }
  const spdx = SPDX_LIST[HUB_TO_SPDX[licenseId.toLowerCase()] ?? licenseId]
  if (spdx) return { name: spdx.name, url: spdx.url }
  return { name: licenseId }
}

type Row = [pattern: string, family: string, licenseId: string, note?: string]

// Order does not matter: the most specific matching pattern wins.
const ROWS: Row[] = [
  // Meta Llama
  ['meta-llama/Llama-2-*', 'Llama 2', 'llama2'],
  ['meta-llama/LlamaGuard-7b', 'Llama Guard', 'llama2'],
  ['meta-llama/Meta-Llama-3-*', 'Llama 3', 'llama3'],
  ['meta-llama/Llama-3-*', 'Llama 3', 'llama3'],
  ['meta-llama/Meta-Llama-Guard-2-*', 'Llama Guard 2', 'llama3'],
  ['meta-llama/Llama-3.1-*', 'Llama 3.1', 'llama3.1'],
  ['meta-llama/Meta-Llama-3.1-*', 'Llama 3.1', 'llama3.1'],
  ['meta-llama/Llama-Guard-3-8B*', 'Llama Guard 3', 'llama3.1'],
  ['meta-llama/Prompt-Guard-86M', 'Prompt Guard', 'llama3.1'],
  ['meta-llama/Llama-3.2-*', 'Llama 3.2', 'llama3.2'],
  ['meta-llama/Llama-Guard-3-1B*', 'Llama Guard 3', 'llama3.2'],
  ['meta-llama/Llama-Guard-3-11B-Vision*', 'Llama Guard 3', 'llama3.2'],
  ['meta-llama/Llama-3.3-*', 'Llama 3.3', 'llama3.3'],
  ['meta-llama/Llama-4-*', 'Llama 4', 'llama4'],
  ['meta-llama/Llama-Guard-4-*', 'Llama Guard 4', 'llama4'],
  ['meta-llama/Llama-Prompt-Guard-2-*', 'Prompt Guard 2', 'llama4'],
  [
    'meta-llama/CodeLlama-*',
    'Code Llama',
    'llama2',
    'Code Llama is released under the Llama 2 Community License.'
  ],
  ['codellama/*', 'Code Llama', 'llama2', 'Code Llama is released under the Llama 2 Community License.'],
  ['facebook/musicgen-*', 'MusicGen', 'cc-by-nc-4.0'],
  ['facebook/audiogen-*', 'AudioGen', 'cc-by-nc-4.0'],
  ['facebook/nllb-200-*', 'NLLB-200', 'cc-by-nc-4.0'],
  ['facebook/galactica-*', 'Galactica', 'cc-by-nc-4.0'],
  ['facebook/seamless-m4t-*', 'SeamlessM4T', 'cc-by-nc-4.0'],
  ['facebook/spiritlm*', 'Spirit LM', 'fair-noncommercial-research-license'],
  ['facebook/sam-vit-*', 'Segment Anything', 'apache-2.0'],
  ['facebook/dinov2-*', 'DINOv2', 'apache-2.0'],
  ['facebook/esm2_*', 'ESM-2', 'mit'],
  ['facebook/wav2vec2-*', 'wav2vec 2.0', 'apache-2.0'],
  // Google
  ['google/gemma-*', 'Gemma', 'gemma'],
  ['google/gemma-2-*', 'Gemma 2', 'gemma'],
  ['google/gemma-3-*', 'Gemma 3', 'gemma'],
  ['google/gemma-3n-*', 'Gemma 3n', 'gemma'],
  ['google/codegemma-*', 'CodeGemma', 'gemma'],
  ['google/recurrentgemma-*', 'RecurrentGemma', 'gemma'],
  ['google/paligemma*', 'PaliGemma', 'gemma'],
  ['google/shieldgemma-*', 'ShieldGemma', 'gemma'],
  ['google/datagemma-*', 'DataGemma', 'gemma'],
  ['google/t5gemma-*', 'T5Gemma', 'gemma'],
  ['google/t5-*', 'T5', 'apache-2.0'],
  ['google/t5-v1_1-*', 'T5 v1.1', 'apache-2.0'],
  ['google-t5/t5-*', 'T5', 'apache-2.0'],
  ['t5-small', 'T5', 'apache-2.0'],
  ['t5-base', 'T5', 'apache-2.0'],
  ['t5-large', 'T5', 'apache-2.0'],
  ['t5-3b', 'T5', 'apache-2.0'],
  ['t5-11b', 'T5', 'apache-2.0'],
  ['google/flan-t5-*', 'Flan-T5', 'apache-2.0'],
  ['google/flan-ul2', 'Flan-UL2', 'apache-2.0'],
  ['google/ul2', 'UL2', 'apache-2.0'],
  ['google/mt5-*', 'mT5', 'apache-2.0'],
  ['google/byt5-*', 'ByT5', 'apache-2.0'],
  ['google/umt5-*', 'UMT5', 'apache-2.0'],
  ['google/long-t5-*', 'LongT5', 'apache-2.0'],
  ['google/switch-*', 'Switch Transformers', 'apache-2.0'],
  ['google-bert/bert-*', 'BERT', 'apache-2.0'],
  ['bert-base-*', 'BERT', 'apache-2.0'],
  ['bert-large-*', 'BERT', 'apache-2.0'],
  ['google/electra-*', 'ELECTRA', 'apache-2.0'],
  ['google/vit-*', 'ViT', 'apache-2.0'],
  ['google/siglip-*', 'SigLIP', 'apache-2.0'],
  ['google/siglip2-*', 'SigLIP 2', 'apache-2.0'],
  // Mistral AI
  ['mistralai/Mistral-7B*', 'Mistral 7B', 'apache-2.0'],
  ['mistralai/Mixtral-*', 'Mixtral', 'apache-2.0'],
  ['mistral-community/Mixtral-*', 'Mixtral', 'apache-2.0'],
  ['mistral-community/Mistral-7B*', 'Mistral 7B', 'apache-2.0'],
  ['mistralai/Mistral-Nemo-*', 'Mistral NeMo', 'apache-2.0'],
  ['mistralai/Mistral-Small-*', 'Mistral Small', 'apache-2.0'],
  ['mistralai/Mistral-Small-Instruct-2409', 'Mistral Small', 'mistral-research'],
  ['mistralai/Ministral-8B-Instruct-2410', 'Ministral', 'mistral-research'],
  ['mistralai/Ministral-3-*', 'Ministral 3', 'apache-2.0'],
  ['mistralai/Mistral-Large-Instruct-2407', 'Mistral Large', 'mistral-research'],
  ['mistralai/Mistral-Large-Instruct-2411', 'Mistral Large', 'mistral-research'],
  ['mistralai/Mistral-Large-3-*', 'Mistral Large 3', 'apache-2.0'],
  ['mistralai/Pixtral-12B-*', 'Pixtral', 'apache-2.0'],
  ['mistralai/Pixtral-Large-Instruct-2411', 'Pixtral Large', 'mistral-research'],
  [
    'mistralai/Codestral-22B-*',
    'Codestral',
    'mistral-research',
    'Codestral 22B is published under the Mistral AI Non-Production License (MNPL-0.1): research and non-production use only, like the MRL.'
  ],
  ['mistralai/Mamba-Codestral-7B-*', 'Codestral Mamba', 'apache-2.0'],
  ['mistralai/Mathstral-7B-*', 'Mathstral', 'apache-2.0'],
  ['mistralai/Devstral-*', 'Devstral', 'apache-2.0'],
  ['mistralai/Magistral-Small-*', 'Magistral', 'apache-2.0'],
  ['mistralai/Voxtral-*', 'Voxtral', 'apache-2.0'],
  // Qwen (Alibaba)
  ['Qwen/Qwen-7B*', 'Qwen', 'tongyi-qianwen'],
  ['Qwen/Qwen-14B*', 'Qwen', 'tongyi-qianwen'],
  ['Qwen/Qwen-72B*', 'Qwen', 'tongyi-qianwen'],
  ['Qwen/Qwen-1_8B*', 'Qwen', 'tongyi-qianwen-research'],
  ['Qwen/Qwen-VL*', 'Qwen-VL', 'tongyi-qianwen'],
  ['Qwen/Qwen-Audio*', 'Qwen-Audio', 'tongyi-qianwen'],
  ['Qwen/Qwen1.5-*', 'Qwen1.5', 'tongyi-qianwen'],
  ['Qwen/Qwen1.5-0.5B*', 'Qwen1.5', 'tongyi-qianwen-research'],
  ['Qwen/Qwen1.5-1.8B*', 'Qwen1.5', 'tongyi-qianwen-research'],
  ['Qwen/Qwen1.5-4B*', 'Qwen1.5', 'tongyi-qianwen-research'],
  ['Qwen/CodeQwen1.5-*', 'CodeQwen1.5', 'tongyi-qianwen'],
  ['Qwen/Qwen2-*', 'Qwen2', 'apache-2.0'],
  ['Qwen/Qwen2-72B*', 'Qwen2', 'tongyi-qianwen'],
  ['Qwen/Qwen2-Math-72B*', 'Qwen2-Math', 'tongyi-qianwen'],
  ['Qwen/Qwen2-VL-72B*', 'Qwen2-VL', 'qwen-license'],
  ['Qwen/Qwen2.5-*', 'Qwen2.5', 'apache-2.0'],
  ['Qwen/Qwen2.5-3B*', 'Qwen2.5', 'qwen-research'],
  ['Qwen/Qwen2.5-*-3B*', 'Qwen2.5', 'qwen-research'],
  ['Qwen/Qwen2.5-72B*', 'Qwen2.5', 'qwen-license'],
  ['Qwen/Qwen2.5-*-72B*', 'Qwen2.5', 'qwen-license'],
  ['Qwen/QwQ-*', 'QwQ', 'apache-2.0'],
  ['Qwen/QVQ-72B-*', 'QVQ', 'qwen-license'],
  ['Qwen/Qwen3-*', 'Qwen3', 'apache-2.0'],
  // DeepSeek
  ['deepseek-ai/deepseek-llm-*', 'DeepSeek LLM', 'deepseek-license'],
  ['deepseek-ai/deepseek-coder-*', 'DeepSeek Coder', 'deepseek-license'],
  ['deepseek-ai/deepseek-moe-*', 'DeepSeekMoE', 'deepseek-license'],
  ['deepseek-ai/deepseek-math-*', 'DeepSeekMath', 'deepseek-license'],
  ['deepseek-ai/deepseek-vl*', 'DeepSeek-VL', 'deepseek-license'],
  ['deepseek-ai/DeepSeek-V2*', 'DeepSeek-V2', 'deepseek-license'],
  ['deepseek-ai/DeepSeek-Coder-V2*', 'DeepSeek-Coder-V2', 'deepseek-license'],
  ['deepseek-ai/DeepSeek-V3', 'DeepSeek-V3', 'deepseek-license'],
  ['deepseek-ai/DeepSeek-V3-Base', 'DeepSeek-V3', 'deepseek-license'],
  ['deepseek-ai/DeepSeek-V3-0324', 'DeepSeek-V3', 'mit'],
  ['deepseek-ai/DeepSeek-V3.1*', 'DeepSeek-V3.1', 'mit'],
  ['deepseek-ai/DeepSeek-V3.2*', 'DeepSeek-V3.2', 'mit'],
  ['deepseek-ai/DeepSeek-R1*', 'DeepSeek-R1', 'mit'],
  [
    'deepseek-ai/DeepSeek-R1-Distill-Qwen-*',
    'DeepSeek-R1 Distill (Qwen2.5)',
    'mit',
    'Distilled from DeepSeek-R1 onto Qwen2.5 bases (Apache-2.0).'
  ],
  [
    'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
    'DeepSeek-R1 Distill (Llama 3.1)',
    'llama3.1',
    'The card declares MIT, but the weights derive from Llama-3.1-8B, whose licence continues to apply.'
  ],
  [
    'deepseek-ai/DeepSeek-R1-Distill-Llama-70B',
    'DeepSeek-R1 Distill (Llama 3.3)',
    'llama3.3',
    'The card declares MIT, but the weights derive from Llama-3.3-70B-Instruct, whose licence continues to apply.'
  ],
  // Microsoft
  ['microsoft/phi-1', 'Phi-1', 'mit'],
  ['microsoft/phi-1_5', 'Phi-1.5', 'mit'],
  ['microsoft/phi-2', 'Phi-2', 'mit'],
  ['microsoft/Phi-3*', 'Phi-3', 'mit'],
  ['microsoft/Phi-3.5-*', 'Phi-3.5', 'mit'],
  ['microsoft/phi-4*', 'Phi-4', 'mit'],
  ['microsoft/Phi-4-*', 'Phi-4', 'mit'],
  ['microsoft/DialoGPT-*', 'DialoGPT', 'mit'],
  ['microsoft/deberta-*', 'DeBERTa', 'mit'],
  ['microsoft/bitnet-b1.58-2B-4T*', 'BitNet', 'mit'],
  // TII Falcon
  ['tiiuae/falcon-7b*', 'Falcon', 'apache-2.0'],
  ['tiiuae/falcon-40b*', 'Falcon', 'apache-2.0'],
  ['tiiuae/falcon-rw-*', 'Falcon RefinedWeb', 'apache-2.0'],
  ['tiiuae/falcon-180B*', 'Falcon 180B', 'falcon-tii-180b'],
  ['tiiuae/falcon-11B*', 'Falcon 2', 'falcon-tii-2.0'],
  ['tiiuae/falcon-mamba-*', 'Falcon Mamba', 'falcon-tii-2.0'],
  ['tiiuae/Falcon3-*', 'Falcon 3', 'falcon-tii-2.0'],
  ['tiiuae/Falcon-H1-*', 'Falcon-H1', 'falcon-tii-2.0'],
  ['tiiuae/Falcon-E-*', 'Falcon-Edge', 'falcon-tii-2.0'],
  // Stability AI and Stable Diffusion
  ['stabilityai/stable-diffusion-2*', 'Stable Diffusion 2', 'openrail++'],
  ['stabilityai/stable-diffusion-xl-*', 'Stable Diffusion XL', 'openrail++'],
  [
    'stabilityai/stable-diffusion-3-*',
    'Stable Diffusion 3',
    'stability-ai-community',
    'SD3 Medium was first published under a non-commercial research licence (June 2024), then moved to the Community License.'
  ],
  ['stabilityai/stable-diffusion-3.5-*', 'Stable Diffusion 3.5', 'stability-ai-community'],
  ['stabilityai/stable-video-diffusion-*', 'Stable Video Diffusion', 'stability-ai-noncommercial'],
  ['stabilityai/sdxl-turbo', 'SDXL Turbo', 'stability-ai-noncommercial'],
  ['stabilityai/sd-turbo', 'SD Turbo', 'stability-ai-noncommercial'],
  ['stabilityai/stable-cascade*', 'Stable Cascade', 'stability-ai-noncommercial'],
  ['stabilityai/sv3d', 'SV3D', 'stability-ai-noncommercial'],
  ['stabilityai/stable-fast-3d', 'Stable Fast 3D', 'stability-ai-community'],
  ['stabilityai/stable-audio-open-*', 'Stable Audio Open', 'stability-ai-community'],
  ['stabilityai/stablelm-base-alpha-*', 'StableLM Alpha', 'cc-by-sa-4.0'],
  ['stabilityai/stablelm-3b-4e1t', 'StableLM 3B', 'cc-by-sa-4.0'],
  ['runwayml/stable-diffusion-v1-*', 'Stable Diffusion 1', 'creativeml-openrail-m'],
  ['runwayml/stable-diffusion-inpainting', 'Stable Diffusion 1', 'creativeml-openrail-m'],
  ['CompVis/stable-diffusion-v1-*', 'Stable Diffusion 1', 'creativeml-openrail-m'],
  ['CompVis/stable-diffusion-v-1-*', 'Stable Diffusion 1', 'creativeml-openrail-m'],
  ['stable-diffusion-v1-5/stable-diffusion-*', 'Stable Diffusion 1', 'creativeml-openrail-m'],
  ['black-forest-labs/FLUX.1-schnell', 'FLUX.1', 'apache-2.0'],
  ['black-forest-labs/FLUX.1-dev', 'FLUX.1', 'flux-1-dev-non-commercial'],
  // BigScience / BigCode
  ['bigscience/bloom*', 'BLOOM', 'bigscience-bloom-rail-1.0'],
  ['bigscience/bloomz*', 'BLOOMZ', 'bigscience-bloom-rail-1.0'],
  ['bigscience/mt0-*', 'mT0', 'apache-2.0'],
  ['bigscience/T0*', 'T0', 'apache-2.0'],
  ['bigcode/starcoder*', 'StarCoder', 'bigcode-openrail-m'],
  ['bigcode/starcoder2-*', 'StarCoder2', 'bigcode-openrail-m'],
  ['bigcode/santacoder', 'SantaCoder', 'bigcode-openrail-m'],
  ['bigcode/tiny_starcoder_py', 'StarCoder', 'bigcode-openrail-m'],
  // Fully open research releases
  ['allenai/OLMo-*', 'OLMo', 'apache-2.0'],
  ['allenai/OLMo-2-*', 'OLMo 2', 'apache-2.0'],
  ['allenai/Olmo-3-*', 'OLMo 3', 'apache-2.0'],
  ['allenai/OLMoE-*', 'OLMoE', 'apache-2.0'],
  ['allenai/Molmo-*', 'Molmo', 'apache-2.0'],
  ['allenai/Llama-3.1-Tulu-3-*', 'Tülu 3 (Llama 3.1)', 'llama3.1'],
  ['EleutherAI/pythia-*', 'Pythia', 'apache-2.0'],
  ['EleutherAI/gpt-neox-20b', 'GPT-NeoX', 'apache-2.0'],
  ['EleutherAI/gpt-j-6b', 'GPT-J', 'apache-2.0'],
  ['EleutherAI/gpt-neo-*', 'GPT-Neo', 'mit'],
  ['EleutherAI/polyglot-ko-*', 'Polyglot-Ko', 'apache-2.0'],
  ['EleutherAI/llemma_*', 'Llemma', 'llama2'],
  ['LLM360/Amber*', 'Amber', 'apache-2.0'],
  ['LLM360/CrystalCoder*', 'CrystalCoder', 'apache-2.0'],
  ['LLM360/CrystalChat*', 'CrystalCoder', 'apache-2.0'],
  ['LLM360/K2*', 'K2', 'apache-2.0'],
  ['ibm-granite/*', 'Granite', 'apache-2.0'],
  ['HuggingFaceTB/SmolLM*', 'SmolLM', 'apache-2.0'],
  ['HuggingFaceTB/SmolVLM*', 'SmolVLM', 'apache-2.0'],
  ['HuggingFaceH4/zephyr-7b-*', 'Zephyr', 'mit'],
  ['cerebras/Cerebras-GPT-*', 'Cerebras-GPT', 'apache-2.0'],
  ['cerebras/btlm-3b-8k-*', 'BTLM', 'apache-2.0'],
  ['togethercomputer/RedPajama-INCITE-*', 'RedPajama-INCITE', 'apache-2.0'],
  ['mosaicml/mpt-7b', 'MPT', 'apache-2.0'],
  ['mosaicml/mpt-30b', 'MPT', 'apache-2.0'],
  ['mosaicml/mpt-7b-chat', 'MPT', 'cc-by-nc-sa-4.0'],
  ['mosaicml/mpt-30b-chat', 'MPT', 'cc-by-nc-sa-4.0'],
  ['Snowflake/snowflake-arctic-*', 'Snowflake Arctic', 'apache-2.0'],
  ['ai21labs/Jamba-v0.1', 'Jamba', 'apache-2.0'],
  ['upstage/SOLAR-10.7B-v1.0', 'SOLAR', 'apache-2.0'],
  ['upstage/SOLAR-10.7B-Instruct-v1.0', 'SOLAR', 'cc-by-nc-4.0'],
  // OpenAI
  ['openai/whisper-*', 'Whisper', 'mit'],
  ['openai/gpt-oss-*', 'gpt-oss', 'apache-2.0'],
  ['openai/clip-vit-*', 'CLIP', 'mit'],
  ['openai-community/gpt2*', 'GPT-2', 'mit'],
  ['gpt2', 'GPT-2', 'mit'],
  ['gpt2-*', 'GPT-2', 'mit'],
  ['distilgpt2', 'DistilGPT2', 'apache-2.0'],
  ['distilbert-base-*', 'DistilBERT', 'apache-2.0'],
  ['distilbert/*', 'DistilBERT', 'apache-2.0'],
  ['roberta-*', 'RoBERTa', 'mit'],
  ['FacebookAI/roberta-*', 'RoBERTa', 'mit'],
  ['FacebookAI/xlm-roberta-*', 'XLM-RoBERTa', 'mit'],
  ['xlm-roberta-*', 'XLM-RoBERTa', 'mit'],
  // Other families with their own licences
  [
    '01-ai/Yi-*',
    'Yi',
    'yi-license',
    'The first Yi releases (Yi-6B/9B/34B, Yi-VL) shipped under the Yi community licence; 01.AI switched the Yi repositories to Apache-2.0 in 2024.'
  ],
  ['01-ai/Yi-1.5-*', 'Yi-1.5', 'apache-2.0'],
  ['01-ai/Yi-Coder-*', 'Yi-Coder', 'apache-2.0'],
  ['THUDM/chatglm*', 'ChatGLM', 'chatglm-6b-license'],
  ['zai-org/chatglm*', 'ChatGLM', 'chatglm-6b-license'],
  ['THUDM/GLM-4-*-0414', 'GLM-4-0414', 'mit'],
  ['zai-org/GLM-4.5*', 'GLM-4.5', 'mit'],
  ['zai-org/GLM-4.6*', 'GLM-4.6', 'mit'],
  ['baichuan-inc/*', 'Baichuan', 'baichuan2-community'],
  ['tencent/Hunyuan*', 'Hunyuan', 'tencent-hunyuan-community'],
  ['tencent/Tencent-Hunyuan-*', 'Hunyuan', 'tencent-hunyuan-community'],
  ['databricks/dbrx-*', 'DBRX', 'databricks-open-model'],
  ['databricks/dolly-v2-*', 'Dolly 2', 'mit'],
  ['nvidia/*Nemotron*', 'Nemotron', 'nvidia-open-model'],
  ['nvidia/Nemotron-4-340B-*', 'Nemotron-4', 'nvidia-open-model'],
  ['nvidia/Mistral-NeMo-Minitron-*', 'Minitron', 'nvidia-open-model'],
  [
    'nvidia/Llama-3.1-Nemotron-*',
    'Llama 3.1 Nemotron',
    'llama3.1',
    'NVIDIA terms apply in addition to the Llama 3.1 Community License.'
  ],
  [
    'nvidia/Llama-3_1-Nemotron-*',
    'Llama 3.1 Nemotron',
    'llama3.1',
    'NVIDIA terms apply in addition to the Llama 3.1 Community License.'
  ],
  [
    'nvidia/Llama-3.3-Nemotron-*',
    'Llama 3.3 Nemotron',
    'llama3.3',
    'NVIDIA terms apply in addition to the Llama 3.3 Community License.'
  ],
  [
    'nvidia/Llama-3_3-Nemotron-*',
    'Llama 3.3 Nemotron',
    'llama3.3',
    'NVIDIA terms apply in addition to the Llama 3.3 Community License.'
  ],
  ['nvidia/parakeet-tdt-0.6b-v2', 'Parakeet', 'cc-by-4.0'],
  ['xai-org/grok-1', 'Grok-1', 'apache-2.0'],
  ['xai-org/grok-2', 'Grok 2', 'grok2-community'],
  ['CohereForAI/c4ai-command-*', 'Command R', 'cc-by-nc-4.0'],
  ['CohereLabs/c4ai-command-*', 'Command R', 'cc-by-nc-4.0'],
  ['CohereForAI/aya-expanse-*', 'Aya Expanse', 'cc-by-nc-4.0'],
  ['CohereLabs/aya-expanse-*', 'Aya Expanse', 'cc-by-nc-4.0'],
  ['CohereForAI/aya-23-*', 'Aya 23', 'cc-by-nc-4.0'],
  ['CohereForAI/aya-101', 'Aya 101', 'apache-2.0'],
  ['LGAI-EXAONE/EXAONE-*', 'EXAONE', 'exaone']
]

export const BASE_MODEL_CATALOGUE: readonly BaseModelEntry[] = ROWS.map(
  ([pattern, family, licenseId, note]) => ({
    pattern,
    family,
    licenseId,
    licenseName: licenseFacts(licenseId).name,
    ...(note ? { note } : {})
  })
)

/**
 * Accounts that re-upload or quantise other organisations' models under the original name
 * ("TheBloke/Llama-2-7B-Chat-GGUF"). Their repositories are matched by model name alone.
 */
export const MIRROR_ACCOUNTS: ReadonlySet<string> = new Set(
  [
    'unsloth',
    'TheBloke',
    'bartowski',
    'lmstudio-community',
    'mlx-community',
    'NousResearch',
    'hugging-quants',
    'QuantFactory',
    'MaziyarPanahi',
    'second-state',
    'gaianet',
    'ggml-org',
    'RedHatAI',
    'neuralmagic',
    'mradermacher',
    'LoneStriker',
    'casperhansen',
    'solidrust'
  ].map(s => s.toLowerCase())
)

const MAX_ID = 256

/** Suffixes that quantisers and converters append to a model name. */
const QUANT_SUFFIXES = new Set([
  'gguf',
  'ggml',
  'gptq',
  'awq',
  'exl2',
  'mlx',
  'bnb',
  '4bit',
  '8bit',
  '3bit',
  '6bit',
  'fp8',
  'fp16',
  'bf16',
  'int4',
  'int8',
  'imatrix',
  'hqq',
  'onnx',
  'i1',
  'dynamic'
])

function stripQuantSuffixes(name: string): string {
  const parts = name.split(/[-_.]/)
  // Walk back over suffix tokens, keeping the separators of what remains.
  let keep = parts.length
  while (keep > 1) {
    const tok = parts[keep - 1].toLowerCase()
    const isQ =
      QUANT_SUFFIXES.has(tok) ||
      /^q\d[a-z0-9]{0,8}$/.test(tok) ||
      /^w\d{1,2}a\d{1,2}$/.test(tok) ||
      /^k$|^m$|^s$|^l$/.test(tok)
    if (!isQ) break
    keep--
  }
  if (keep === parts.length) return name
  // Find the cut position in the original string: after `keep` tokens and their separators.
  let pos = 0
  for (let i = 0; i < keep; i++) {
    pos += parts[i].length
    if (i < keep - 1) pos += 1
  }
  return name.slice(0, pos)
}

/**
 * Normalises a base-model reference to a Hub id: accepts full Hub URLs, strips revision
 * suffixes (`@main`, `:q4_k_m`), tree/blob paths, surrounding whitespace and quotes.
 * Returns '' when nothing id-like is left.
 */
export function normalizeBaseModelId(value: string): string {
  let s = value.trim().slice(0, 2048)
  s = trimStartChars(trimEndChars(s, '"\'`>'), '"\'`<').trim()
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/(.*)$/i.exec(s)
  if (url) {
    s = url[1]
    // Drop query and fragment.
    const cut = s.search(/[?#]/)
    if (cut >= 0) s = s.slice(0, cut)
    const segs = s.split('/').filter(x => x.length > 0)
    if (segs[0] === 'models') segs.shift()
    // huggingface.co/owner/name/tree/rev/... → owner/name
    s = segs.slice(0, Math.min(2, segs.length)).join('/')
  } else if (/^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(s)) {
    // A URL somewhere else (GitHub, a blog): not a Hub id.
    return ''
  } else {
    s = s.replace(/^models\//i, '')
  }
  // Revision and quantisation-tag suffixes.
  const at = s.indexOf('@')
  if (at > 0) s = s.slice(0, at)
  const colon = s.indexOf(':')
  if (colon > 0) s = s.slice(0, colon)
  s = trimEndChars(s, '/').trim()
  if (s.length > MAX_ID) s = s.slice(0, MAX_ID)
  return s
}

function bestMatch(id: string, byName: boolean): { entry: BaseModelEntry; score: number } | null {
  let best: { entry: BaseModelEntry; score: number } | null = null
  for (const entry of BASE_MODEL_CATALOGUE) {
    let pattern = entry.pattern
    if (byName) {
      const slash = pattern.indexOf('/')
      if (slash < 0 || pattern.slice(0, slash).includes('*')) continue
      pattern = pattern.slice(slash + 1)
      // A bare "*" (or nearly) would match every mirrored name: too weak to identify a family.
      if (pattern.replace(/\*/g, '').length < 4) continue
    }
    if (!globMatch(pattern, id)) continue
    const score = globSpecificity(pattern)
    if (!best || score > best.score) best = { entry, score }
  }
  return best
}

function toResult(id: string, entry: BaseModelEntry, mirrorOf?: string): ResolvedBaseModel {
  const url = licenseFacts(entry.licenseId).url
  return {
    id,
    family: entry.family,
    licenseId: entry.licenseId,
    pattern: entry.pattern,
    licenseName: entry.licenseName,
    ...(url ? { url } : {}),
    ...(entry.note ? { note: entry.note } : {}),
    ...(mirrorOf ? { mirrorOf } : {})
  }
}

/**
 * Looks up a base-model id (or Hub URL) in the catalogue. Re-uploads by well-known mirror and
 * quantisation accounts are matched by their model name. Returns null for unknown ids.
 */
export function resolveBaseModel(value: string): ResolvedBaseModel | null {
  const id = normalizeBaseModelId(value)
  if (!id) return null
  const direct = bestMatch(id, false)
  if (direct) return toResult(id, direct.entry)
  const slash = id.indexOf('/')
  if (slash > 0 && MIRROR_ACCOUNTS.has(id.slice(0, slash).toLowerCase())) {
    const name = id.slice(slash + 1)
    // Some quantisers prefix the original owner: "bartowski/google_gemma-3-12b-it-GGUF".
    const us = name.indexOf('_')
    if (us > 0) {
      const owned = `${name.slice(0, us)}/${name.slice(us + 1)}`
      const o = bestMatch(owned, false) ?? bestMatch(stripQuantSuffixes(owned), false)
      if (o) return toResult(id, o.entry, o.entry.pattern)
    }
    const m = bestMatch(name, true) ?? bestMatch(stripQuantSuffixes(name), true)
    if (m) return toResult(id, m.entry, m.entry.pattern)
  }
  return null
}

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$/

/**
 * Reads a card's `base_model` value: a string or a list of strings (merges). Anything else, and
 * entries that are not Hub ids, are reported as problems.
 */
export function parseBaseModelField(value: unknown): { ids: string[]; problems: string[] } {
  const ids: string[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const take = (v: unknown, where: string) => {
    if (typeof v !== 'string') {
      const kind = v === null ? 'null' : Array.isArray(v) ? 'a nested list' : typeof v
      problems.push(`base_model${where} should be a Hub model id (a string), not ${kind}.`)
      return
    }
    if (v.trim() === '') {
      problems.push(`base_model${where} is empty.`)
      return
    }
    const id = normalizeBaseModelId(v)
    if (!id || !ID_SHAPE.test(id)) {
      problems.push(`base_model${where} "${v.trim().slice(0, 120)}" is not a Hub model id (owner/name).`)
      return
    }
    if (!id.includes('/') && !resolveBaseModel(id)) {
      problems.push(`base_model${where} "${id}" has no owner; Hub ids are written owner/name.`)
    }
    const key = id.toLowerCase()
    if (seen.has(key)) {
      problems.push(`base_model${where} repeats "${id}".`)
      return
    }
    seen.add(key)
    ids.push(id)
  }
  if (value === undefined) return { ids, problems }
  if (Array.isArray(value)) {
    if (value.length === 0) problems.push('base_model is an empty list.')
    value.slice(0, 100).forEach((v, i) => take(v, `[${i}]`))
    if (value.length > 100)
      problems.push(`base_model lists ${value.length} models; only the first 100 were read.`)
  } else {
    take(value, '')
  }
  return { ids, problems }
}

/**
 * Families whose developers publish the training code and enough data information (datasets with
 * where to get them, and the processing) for OSAID: the OSI's validated systems (Pythia, OLMo,
 * Amber, CrystalCoder, T5), those that would pass but for their licence (BLOOM, StarCoder), and
 * releases documented the same way (GPT-NeoX/J/Neo on the Pile, K2, SmolLM).
 */
const OPEN_SOURCE_FAMILIES = new Set([
  'OLMo',
  'OLMo 2',
  'OLMo 3',
  'OLMoE',
  'Pythia',
  'GPT-NeoX',
  'GPT-J',
  'GPT-Neo',
  'Amber',
  'CrystalCoder',
  'K2',
  'SmolLM',
  'T5',
  'T5 v1.1',
  'mT5',
  'ByT5',
  'BLOOM',
  'BLOOMZ',
  'StarCoder',
  'StarCoder2',
  'SantaCoder'
])

/**
 * Whether a base model publishes its training code and data information: true for the families
 * above, false for any other catalogued family (open weights at most), null when not catalogued.
 */
export function baseModelPublishesDataAndCode(value: string): {
  known: boolean
  open: boolean
  family?: string
} {
  const r = resolveBaseModel(value)
  if (!r) return { known: false, open: false }
  return { known: true, open: OPEN_SOURCE_FAMILIES.has(r.family), family: r.family }
}
