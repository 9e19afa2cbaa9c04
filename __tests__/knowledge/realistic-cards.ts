// Realistic model repositories, written for these tests in the manner of real Hugging Face and
// GitHub model repos (not copies of them). Used by realistic.test.ts.

export const SAFETENSORS_LFS =
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2f0c9b1e3a5d7f9b1c3e5a7d9f1b3c5e7a9d1f3b5c7e9a1d3f5b7c9e1a3d\nsize 2020000000\n'

export const CONFIG_JSON = JSON.stringify(
  {
    architectures: ['GPTNeoXForCausalLM'],
    hidden_size: 2048,
    num_attention_heads: 16,
    num_hidden_layers: 16,
    vocab_size: 50304,
    model_type: 'gpt_neox'
  },
  null,
  2
)
export const GEN_CONFIG =
  '{\n  "bos_token_id": 0,\n  "eos_token_id": 0,\n  "transformers_version": "4.40.0"\n}\n'
export const TOKENIZER_JSON = '{"version":"1.0","truncation":null,"padding":null,"added_tokens":[]}\n'

/** Files every transformers repo ships beside its weights. */
export function hfFiles(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'config.json': CONFIG_JSON,
    'generation_config.json': GEN_CONFIG,
    'tokenizer.json': TOKENIZER_JSON,
    'tokenizer_config.json': '{"model_max_length": 2048}\n',
    'special_tokens_map.json': '{"bos_token": "<|endoftext|>"}\n',
    'model.safetensors': SAFETENSORS_LFS,
    ...extra
  }
}

// ---------------------------------------------------------------- OSI validation: passed

export const PYTHIA = `---
language:
- en
tags:
- pytorch
- causal-lm
- pythia
license: apache-2.0
datasets:
- EleutherAI/pile
---

The *Pythia Scaling Suite* is a collection of models developed to facilitate
interpretability research [(see paper)](https://arxiv.org/pdf/2304.01373.pdf).
It contains two sets of eight models of sizes 70M, 160M, 410M, 1B, 1.4B, 2.8B, 6.9B, and 12B.
For each size, there are two models: one trained on the Pile, and one trained on the Pile after
the dataset has been globally deduplicated. All 8 model sizes are trained on the exact same data,
in the exact same order. We also provide 154 intermediate checkpoints per model, hosted on
Hugging Face as branches.

## Model Details

- Developed by: [EleutherAI](http://eleuther.ai)
- Model type: Transformer-based Language Model
- Language: English
- Learn more: [Pythia's GitHub repository](https://github.com/EleutherAI/pythia)
 for training procedure, config files, and details on how to use.
 [See paper](https://arxiv.org/pdf/2304.01373.pdf) for more evidence and implementation details.
- Library: [GPT-NeoX](https://github.com/EleutherAI/gpt-neox)
- License: Apache 2.0
- Contact: to ask questions about this model, join the [EleutherAI Discord](https://discord.gg/zBGx3azzUn).

| Pythia model | Non-Embedding Params | Layers | Model Dim | Heads | Batch Size | Learning Rate |
| ------------ | -------------------- | ------ | --------- | ----- | ---------- | ------------- |
| 1B           | 805,736,448          | 16     | 2048      | 8     | 2M         | 3.0 x 10<sup>-4</sup> |

## Uses and Limitations

### Intended Use

The primary intended use of Pythia is research on the behavior, functionality, and limitations
of large language models. You may also further fine-tune and adapt Pythia-1B for deployment, as
long as your use is in accordance with the Apache 2.0 license.

### Out-of-scope use

The Pythia Suite is **not** intended for deployment. It is not a in itself a product and cannot
be used for human-facing interactions.

### Quickstart

Pythia models can be loaded and used via the following code, demonstrated here for the third
\`pythia-70m-deduped\` checkpoint:

\`\`\`python
from transformers import GPTNeoXForCausalLM, AutoTokenizer

model = GPTNeoXForCausalLM.from_pretrained(
  "EleutherAI/pythia-1b",
  revision="step3000",
)
\`\`\`

Revision/branch \`step143000\` corresponds exactly to the model checkpoint on the \`main\` branch
of each model.

## Training

### Training data

[The Pile](https://pile.eleuther.ai/) is a 825GiB general-purpose dataset in English. It was
created by EleutherAI specifically for training large language models. It contains texts from 22
diverse sources, roughly broken down into five categories: academic writing (e.g. arXiv), internet
(e.g. CommonCrawl), prose (e.g. Project Gutenberg), dialogue (e.g. YouTube subtitles), and
miscellaneous (e.g. GitHub, Enron Emails). See [the Pile paper](https://arxiv.org/abs/2101.00027)
for a breakdown of all data sources, methodology, and a discussion of ethical implications.
Consult [the datasheet](https://arxiv.org/abs/2201.07311) for more detailed documentation about
the Pile and its component datasets. The Pile can be downloaded from the
[official website](https://pile.eleuther.ai/), or from a
[community mirror](https://the-eye.eu/public/AI/pile/).
The Pile was **not** deduplicated before being used to train Pythia-1B.

### Training procedure

All models were trained on the exact same data, in the exact same order. Each model saw
299,892,736,000 tokens during training, and 143 checkpoints for each model are saved every
2,097,152,000 tokens, spaced evenly throughout training. The data was tokenized with the
GPT-NeoX-20B tokenizer and packed into sequences of 2048 tokens.

See [GitHub](https://github.com/EleutherAI/pythia) for more details on training procedure,
including [how to reproduce it](https://github.com/EleutherAI/pythia/blob/main/README.md#reproducing-training).
Pythia uses the same tokenizer as [GPT-NeoX-20B](https://huggingface.co/EleutherAI/gpt-neox-20b).

## Evaluations

All 16 *Pythia* models were evaluated using the [LM Evaluation
Harness](https://github.com/EleutherAI/lm-evaluation-harness). You can access the results by
model and step at \`results/json/*\` in the [GitHub repository](https://github.com/EleutherAI/pythia/tree/main/results/json/).

## Citation

\`\`\`
@article{biderman2023pythia,
  title={Pythia: A Suite for Analyzing Large Language Models Across Training and Scaling},
  author={Biderman, Stella and others},
  year={2023}
}
\`\`\`
`

export const OLMO = `---
license: apache-2.0
datasets:
- allenai/dolma
language:
- en
library_name: transformers
---

<img src="https://allenai.org/olmo/olmo-7b-animation.gif" alt="OLMo Logo" width="800" style="margin-left:'auto' margin-right:'auto' display:'block'"/>

# Model Card for OLMo 7B

OLMo is a series of **O**pen **L**anguage **Mo**dels designed to enable the science of language
models. The OLMo models are trained on the [Dolma](https://huggingface.co/datasets/allenai/dolma)
dataset. We release all code, checkpoints, logs (coming soon), and details involved in training
these models.

## Model Details

| Size | Training Tokens | Layers | Hidden Size | Attention Heads | Context Length |
|------|--------|---------|-------------|-----------------|----------------|
| [OLMo 7B](https://huggingface.co/allenai/OLMo-7B) | 2.5 Trillion | 32 | 4096 | 32 | 2048 |

### Model Description

- **Developed by:** Allen Institute for AI (AI2)
- **Supported by:** Databricks, Kempner Institute for the Study of Natural and Artificial Intelligence at Harvard University, AMD, CSC (Lumi Supercomputer), UW
- **Model type:** a Transformer style autoregressive language model.
- **Language(s) (NLP):** English
- **License:** The code and model are released under Apache 2.0.
- **Contact:** Technical inquiries: \`olmo at allenai dot org\`. Press: \`press at allenai dot org\`
- **Date cutoff:** Feb./March 2023 based on Dolma dataset version.

### Model Sources

- **Project Page:** https://allenai.org/olmo
- **Repositories:**
    - Core repo (training, inference, fine-tuning etc.): https://github.com/allenai/OLMo
    - Evaluation code: https://github.com/allenai/OLMo-Eval
    - Further fine-tuning code: https://github.com/allenai/open-instruct
- **Paper:** [Link](https://arxiv.org/abs/2402.00838)
- **Technical blog post:** https://blog.allenai.org/olmo-open-language-model-87ccfc95f580
- **W&B Logs:** https://wandb.ai/ai2-llm/OLMo-7B/reports/OLMo-7B--Vmlldzo2NzQyMzk5

## Uses

### Inference

Quickly get inference running with the following:

\`\`\`python
from transformers import AutoModelForCausalLM, AutoTokenizer
olmo = AutoModelForCausalLM.from_pretrained("allenai/OLMo-7B-hf")
\`\`\`

### Fine-tuning

Model fine-tuning can be done from the final checkpoint (the \`main\` revision of this model) or
many intermediate checkpoints. Two recipes for tuning are available.
1. Fine-tune with the OLMo repository:
\`\`\`bash
torchrun --nproc_per_node=8 scripts/train.py {path_to_train_config} --data.paths=[{path_to_data}/input_ids.npy]
\`\`\`
2. Further fine-tuning support is being developing in AI2's Open Instruct repository. Details are [here](https://github.com/allenai/open-instruct).

## Evaluation

Core model results for the 7B model are found below.

| | Llama 7B | Falcon 7B | MPT 7B | **OLMo 7B** |
| --- | --- | --- | --- | --- |
| arc_challenge | 44.5 | 47.5 | 46.5 | 48.5 |
| hellaswag | 76.2 | 78.1 | 77.6 | 76.4 |

## Model Details

### Data

For training data details, please see the [Dolma](https://huggingface.co/datasets/allenai/dolma)
documentation. Dolma is a three-trillion-token corpus built from a diverse mix of web content
(Common Crawl), academic publications (peS2o), code (The Stack), books (Project Gutenberg),
encyclopedic material (Wikipedia, Wikibooks) and social media (Reddit). Each source was
language-filtered with a fastText classifier, quality-filtered with Gopher and C4 rules,
deduplicated at URL and paragraph level with Bloom filters, and PII was masked; the
[Dolma toolkit](https://github.com/allenai/dolma) that does this is open source.

### Architecture

OLMo 7B architecture with peer models for comparison.

| | **OLMo 7B** | Llama 2 7B | OpenLM 7B | Falcon 7B | PaLM 8B |
|------|------|------|------|------|------|
| d_model | 4096 | 4096 | 4096 | 4544 | 4096 |
| num heads | 32 | 32 | 32 | 71 | 16 |

### Hyperparameters

AdamW optimizer parameters are shown below.

| Size | Peak LR | Betas | Epsilon | Weight Decay |
|------|------------|-----------------|-------------|--------------|
| 7B | 3.0E-4 | (0.9, 0.99) | 1.0E-5 | 0.1 |

## Environmental Impact

OLMo 7B variants were either trained on MI250X GPUs at the LUMI supercomputer, or A100-40GB GPUs
provided by MosaicML.

## Bias, Risks, and Limitations

Like any base language model or fine-tuned model without safety filtering, it is relatively easy
for a user to prompt these models to generate harmful and generally sensitive content.

## Citation

**BibTeX:**

\`\`\`
@article{Groeneveld2023OLMo,
  title={OLMo: Accelerating the Science of Language Models},
  journal={Preprint},
  year={2024}
}
\`\`\`

## Model Card Contact

For errors in this model card, contact Nathan or Akshita, \`{nathanl, akshitab} at allenai dot org\`.
`

export const AMBER = `---
license: apache-2.0
language:
- en
pipeline_tag: text-generation
library_name: transformers
tags:
- nlp
- llm
---
# Amber

<center><img src="amber_logo.png" alt="amber logo" width="300"/></center>

We present Amber, the first model in the LLM360 family. Amber is an 7B English language model
with the LLaMA architecture.

## About LLM360

LLM360 is an initiative for comprehensive and fully open-sourced LLMs, where all training details,
model checkpoints, intermediate results, and additional analyses are made available to the
community. Our goal is to advance the field by inviting the community to deepen the understanding
of LLMs together.

## Evaluations

| Metric | Score |
|---|---|
| ARC-C | 42.57 |
| HellaSwag | 73.91 |
| MMLU | 28.53 |

## Final 10 Checkpoints

| Checkpoints | |
| ----------- | ----------- |
| [Checkpoint 358](https://huggingface.co/LLM360/Amber/tree/ckpt_358) | [Checkpoint 353](https://huggingface.co/LLM360/Amber/tree/ckpt_353) |

[Get all 360 checkpoints](https://huggingface.co/LLM360/Amber/tree/main)

## Amber Training Details

Amber is trained with the code in [amber-train](https://github.com/LLM360/amber-train). The data
is prepared with [amber-data-prep](https://github.com/LLM360/amber-data-prep): it downloads each
source, tokenizes it with the LLaMA tokenizer and splits it into 360 chunks of 3.5B tokens.

### DataMix

| Subset | Tokens (Billion) |
| ----------- | ----------- |
| Arxiv | 30.00 |
| Book | 28.86 |
| C4 | 197.67 |
| Refined-Web | 665.01 |
| StarCoder | 291.92 |
| StackExchange | 21.75 |
| Wikipedia | 23.90 |
| Total | 1259.13 |

The full data mix is available at [LLM360/AmberDatasets](https://huggingface.co/datasets/LLM360/AmberDatasets).
RedPajama-v1 subsets were taken as released, with no further filtering; the Falcon RefinedWeb and
StarCoder subsets were sampled to the token counts above.

### Hyperparameters

| Hyperparameter | Value |
| ----------- | ----------- |
| Total Parameters | 6.7B |
| Hidden Size | 4096 |
| Max Learning Rate | 3e-4 |

# Loading Amber

\`\`\`python
from transformers import LlamaTokenizer, LlamaForCausalLM
tokenizer = LlamaTokenizer.from_pretrained("LLM360/Amber", revision="ckpt_356")
\`\`\`

# Citation

**BibTeX:**

\`\`\`bibtex
@misc{liu2023llm360,
      title={LLM360: Towards Fully Transparent Open-Source LLMs},
      year={2023},
      eprint={2312.06550},
      archivePrefix={arXiv}
}
\`\`\`
`

export const CRYSTALCODER = `---
license: apache-2.0
language:
- en
pipeline_tag: text-generation
library_name: transformers
tags:
- llm
- code
---

# CrystalCoder

<div align="center">
  <img src="crystalcoder_logo.jpg" width="40%"/>
</div>

CrystalCoder is a 7B parameter language model, distinctively trained on the SlimPajama and
StarCoder datasets. This model excels in balancing natural language processing and coding
capabilities.

## Model Description

- **Model type:** Language model with the same architecture as LLaMA-7B
- **Language(s) (NLP):** English
- **License:** Apache 2.0
- **Resources for more information:**
  - [Training Code](https://github.com/LLM360/crystalcoder-train)
  - [Data Preparation](https://github.com/LLM360/crystalcoder-data-prep)
  - [Metrics](https://github.com/LLM360/Analysis360)
  - [Fully processed CrystalCoder pretraining data](https://huggingface.co/datasets/LLM360/CrystalCoderDatasets)

## Training Data

<table>
  <tr>
    <th>Stage</th>
    <th>Dataset</th>
    <th>Tokens</th>
    <th>Processing</th>
  </tr>
  <tr>
    <td>Stage 1</td>
    <td>SlimPajama (half)</td>
    <td>345B</td>
    <td>deduplicated SlimPajama release, sampled at 50%</td>
  </tr>
  <tr>
    <td>Stage 2</td>
    <td>SlimPajama (other half) + StarCoder (Python, HTML, JavaScript, CSS)</td>
    <td>459B</td>
    <td>StarCoder data filtered to four languages; files tokenized with the LLaMA tokenizer and FIM-transformed</td>
  </tr>
  <tr>
    <td>Stage 3</td>
    <td>StarCoder Python and web subsets</td>
    <td>100B</td>
    <td>re-sampled after removing files that fail to parse</td>
  </tr>
</table>

The SlimPajama source is [cerebras/SlimPajama-627B](https://huggingface.co/datasets/cerebras/SlimPajama-627B) and
the code comes from [bigcode/starcoderdata](https://huggingface.co/datasets/bigcode/starcoderdata).

## Training

CrystalCoder was trained on the Cerebras Condor Galaxy 1 (CG-1), a 4 exaFLOPS, 54 million core,
64-node cloud AI supercomputer.

## Evaluation

| Benchmark | CrystalCoder |
|---|---|
| HumanEval pass@1 | 28.38 |
| MMLU 5-shot | 48.78 |

## Citation

\`\`\`bibtex
@misc{liu2023llm360,
      title={LLM360: Towards Fully Transparent Open-Source LLMs},
      year={2023}
}
\`\`\`
`

export const T5 = `---
language:
- en
- fr
- ro
- de
datasets:
- c4
tags:
- summarization
- translation
license: apache-2.0
---

# Model Card for T5 Base

![model image](https://camo.githubusercontent.com/623b4dea0b653f2ad3f36c71ebfe749a677ac0a1/68747470733a2f2f6d69726f2e6d656469756d2e636f6d2f6d61782f343030362f312a44304a31674e51663876727255704b657944387750412e706e67)

#  Table of Contents

1. [Model Details](#model-details)
2. [Uses](#uses)
3. [Training Details](#training-details)
4. [Evaluation](#evaluation)

# Model Details

## Model Description

The developers of the Text-To-Text Transfer Transformer (T5) write:

> With T5, we propose reframing all NLP tasks into a unified text-to-text-format where the input
> and output are always text strings, in contrast to BERT-style models that can only output either
> a class label or a span of the input.

T5-Base is the checkpoint with 220 million parameters.

- **Developed by:** Colin Raffel, Noam Shazeer, Adam Roberts, Katherine Lee, Sharan Narang, Michael Matena, Yanqi Zhou, Wei Li, Peter J. Liu.
- **Model type:** Language model
- **Language(s) (NLP):** English, French, Romanian, German
- **License:** Apache 2.0
- **Resources for more information:**
  - [Research paper](https://jmlr.org/papers/volume21/20-074/20-074.pdf)
  - [Google's T5 Blog Post](https://ai.googleblog.com/2020/02/exploring-transfer-learning-with-t5.html)
  - [GitHub Repo](https://github.com/google-research/text-to-text-transfer-transformer): the code used to preprocess C4, pre-train and fine-tune T5.

# Uses

## Direct Use and Downstream Use

The developers write in a blog post that the model:

> Our text-to-text framework allows us to use the same model, loss function, and hyperparameters on any NLP task.

# Training Details

## Training Data

The model is pre-trained on the Colossal Clean Crawled Corpus (C4), which was developed and
released in the context of the same research paper. C4 was built from the April 2019 Common Crawl
snapshot: only lines ending in terminal punctuation were kept, pages with fewer than five
sentences or with words from a bad-words list were discarded, pages were deduplicated on
three-sentence spans and non-English pages were removed with langdetect. It is available as the
[c4 dataset](https://huggingface.co/datasets/allenai/c4) and through TensorFlow Datasets.

The model was pre-trained on a **multi-task mixture of unsupervised (1.) and supervised tasks (2.)**.
Thereby, the following datasets were being used for (1.) and (2.):

1. **Datasets used for Unsupervised denoising objective**:

- [C4](https://huggingface.co/datasets/c4)
- [Wiki-DPR](https://huggingface.co/datasets/wiki_dpr)

2. **Datasets used for Supervised text-to-text language modeling objective**

- Sentence acceptability judgment
  - CoLA [Warstadt et al., 2018](https://arxiv.org/abs/1805.12471)
- Question Answering
  - BoolQ [Clark et al., 2019](https://arxiv.org/abs/1905.10044)

## Training Procedure

In their [abstract](https://jmlr.org/papers/volume21/20-074/20-074.pdf), the model developers write:

> In this paper, we explore the landscape of transfer learning techniques for NLP by introducing a
> unified framework that converts every language problem into a text-to-text format.

# Evaluation

## Testing Data, Factors & Metrics

The developers evaluated the model on 24 tasks, see the [research paper](https://jmlr.org/papers/volume21/20-074/20-074.pdf) for full details.

# Citation

**BibTeX:**

\`\`\`bibtex
@article{2020t5,
  author  = {Colin Raffel and others},
  title   = {Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer},
  journal = {Journal of Machine Learning Research},
  year    = {2020}
}
\`\`\`
`

// ---------------------------------------------------------------- OSI validation: failed

export const LLAMA2 = `---
extra_gated_heading: You need to share contact information with Meta to access this model
extra_gated_prompt: >-
  ### LLAMA 2 COMMUNITY LICENSE AGREEMENT

  "Agreement" means the terms and conditions for use, reproduction, distribution and
  modification of the Llama Materials set forth herein.
extra_gated_fields:
  First Name: text
  Last Name: text
  Country: country
  Affiliation: text
  I accept the terms and conditions: checkbox
extra_gated_button_content: Submit
language:
- en
pipeline_tag: text-generation
tags:
- facebook
- meta
- pytorch
- llama
- llama-2
license: llama2
---
# **Llama 2**
Llama 2 is a collection of pretrained and fine-tuned generative text models ranging in scale from
7 billion to 70 billion parameters. This is the repository for the 7B pretrained model, converted
for the Hugging Face Transformers format.

## Model Details
*Note: Use of this model is governed by the Meta license. In order to download the model weights
and tokenizer, please visit the [website](https://ai.meta.com/resources/models-and-libraries/llama-downloads/)
and accept our License before requesting access here.*

The Llama 2 models are a family of large language models published by Meta.

**Model Developers** Meta

**Input** Models input text only.

**Output** Models generate text only.

**Model Architecture** Llama 2 is an auto-regressive language model that uses an optimized
transformer architecture.

**Licence** Use is governed by a custom commercial licence, see [the download page](https://ai.meta.com/resources/models-and-libraries/llama-downloads/)

**Paper** [the Llama 2 paper](arxiv.org/abs/2307.09288)

## Intended Use
**Intended Use Cases** Llama 2 is intended for commercial and research use in English.

**Out-of-scope Uses** Use in any manner that violates applicable laws or regulations. Use in any
other way that is prohibited by the Acceptable Use Policy and Licensing Agreement for Llama 2.

## Hardware and Software
**Training Factors** We used custom training libraries, Meta's Research Super Cluster, and
production clusters for pretraining.

## Training Data
**Overview** Pretraining used 2 trillion tokens drawn from publicly available sources; tuning
added public instruction datasets and more than a million newly annotated examples. No Meta user
data is in either.

**Data Freshness** The pretraining data has a cutoff of September 2022, but some tuning data is
more recent, up to July 2023.

## Evaluation Results

|Model|Size|Code|Commonsense Reasoning|World Knowledge|
|---|---|---|---|---|
|Llama 2|7B|16.8|63.9|48.9|

## Reporting Issues
Report bugs or other problems with the models here:
- Model issues: [the llama repository](http://github.com/facebookresearch/llama)
`

export const GROK = `---
license: apache-2.0
pipeline_tag: text-generation
library_name: grok
tags:
- grok-1
---
# Grok-1

This repository contains the weights of the Grok-1 open-weights model. You can find the code in
the [GitHub Repository](https://github.com/xai-org/grok-1/tree/main).

# Download instruction
Clone the repo & download the \`int8\` checkpoint to the \`checkpoints\` directory by executing this
command in the repo root directory:

\`\`\`shell
git clone https://github.com/xai-org/grok-1.git && cd grok-1
pip install huggingface_hub[hf_transfer]
huggingface-cli download xai-org/grok-1 --repo-type model --include ckpt-0/* --local-dir checkpoints --local-dir-use-symlinks False
\`\`\`

Then, you can run:

\`\`\`shell
pip install -r requirements.txt
python run.py
\`\`\`

You should be seeing output from the language model.

Due to the large size of the model (314B parameters), a multi-GPU machine is required to test the
model with the example code.

p.s. we're hiring: https://x.ai/careers
`

export const PHI2 = `---
license: mit
license_link: https://huggingface.co/microsoft/phi-2/resolve/main/LICENSE
language:
- en
pipeline_tag: text-generation
tags:
- nlp
- code
---

## Model Summary

Phi-2 is a Transformer with **2.7 billion** parameters. It was trained using the same data
sources as [Phi-1.5](https://huggingface.co/microsoft/phi-1.5), augmented with a new data source
that consists of various NLP synthetic texts and filtered websites (for safety and educational
value). When assessed against benchmarks testing common sense, language understanding, and
logical reasoning, Phi-2 showcased a nearly state-of-the-art performance among models with less
than 13 billion parameters.

Our model hasn't been fine-tuned through reinforcement learning from human feedback. The intention
behind crafting this open-source model is to provide the research community with a non-restricted
small model to explore vital safety challenges.

## How to Use

Phi-2 has been integrated in the \`transformers\` version 4.37.0, please ensure that you are using
a version equal or higher than it.

## Sample Code

\`\`\`python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

torch.set_default_device("cuda")

model = AutoModelForCausalLM.from_pretrained("microsoft/phi-2", torch_dtype="auto", trust_remote_code=True)
tokenizer = AutoTokenizer.from_pretrained("microsoft/phi-2", trust_remote_code=True)
\`\`\`

## Limitations of Phi-2

* Generate Inaccurate Code and Facts: The model may produce incorrect code snippets and statements.

## Training

### Model

* Architecture: a Transformer-based model with next-word prediction objective
* Context length: 2048 tokens
* Dataset size: 250B tokens, combination of NLP synthetic data created by AOAI GPT-3.5 and filtered
  web data from Falcon RefinedWeb and SlimPajama, which was assessed by AOAI GPT-4.
* Training tokens: 1.4T tokens
* GPUs: 96xA100-80G
* Training time: 14 days

### Software

* [PyTorch](https://github.com/pytorch/pytorch)
* [DeepSpeed](https://github.com/microsoft/DeepSpeed)
* [Flash-Attention](https://github.com/HazyResearch/flash-attention)

### License

The model is licensed under the [MIT license](https://huggingface.co/microsoft/phi-2/resolve/main/LICENSE).

## Trademarks

This project may contain trademarks or logos for projects, products, or services.
`

export const MIXTRAL = `---
license: apache-2.0
language:
- fr
- it
- de
- es
- en
inference: false
---
# Model Card for Mixtral-8x7B
The Mixtral-8x7B Large Language Model (LLM) is a pretrained generative Sparse Mixture of Experts.
The Mistral-8x7B outperforms Llama 2 70B on most benchmarks we tested.

For full details of this model please read our [release blog post](https://mistral.ai/news/mixtral-of-experts/).

## Warning
This repo contains weights that are compatible with [vLLM](https://github.com/vllm-project/vllm)
serving of the model as well as Hugging Face [transformers](https://github.com/huggingface/transformers)
library. It is based on the original Mixtral torrent release, but the file format and parameter
names are different.

## Run the model

\`\`\`python
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "mistralai/Mixtral-8x7B-v0.1"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id)
\`\`\`

## Notice
Mixtral-8x7B is a pretrained base model and therefore does not have any moderation mechanisms.

# The Mistral AI Team
Albert Jiang, Alexandre Sablayrolles, Arthur Mensch, Blanche Savary, Chris Bamford.
`

// ---------------------------------------------------------------- would pass with another licence

export const BLOOM = `---
license: bigscience-bloom-rail-1.0
language:
- ak
- ar
- en
- fr
- zh
programming_language:
- C
- Java
- Python
pipeline_tag: text-generation
---

<img src="https://cdn-uploads.huggingface.co/production/uploads/1657124309515-5f17f0a0925b9863e28ad517.png" alt="BigScience Logo" width="800" style="margin-left:'auto' margin-right:'auto' display:'block'"/>

BigScience Large Open-science Open-access Multilingual Language Model
Version 1.3 / 6 July 2022

Current Checkpoint: **Training Iteration  95000**

Link to paper: [here](https://arxiv.org/abs/2211.05100)

---

# Model Details

BLOOM is an autoregressive Large Language Model (LLM), trained to continue text from a prompt on
vast amounts of text data using industrial-scale computational resources.

## Basics
*This section provides information about the model type, version, license, funders, release date,
developers, and contact information.*

**Developed by:** BigScience ([website](https://bigscience.huggingface.co))

**Model Type:** Transformer-based Language Model

**License:** RAIL License v1.0 ([link](https://huggingface.co/spaces/bigscience/license) / [article and FAQ](https://bigscience.huggingface.co/blog/the-bigscience-rail-license))

## Technical Specifications

### Model Architecture and Objective

* Modified from Megatron-LM GPT2 (see [paper](https://arxiv.org/abs/1909.08053), [BLOOM Megatron code](https://github.com/bigscience-workshop/Megatron-DeepSpeed)):
* Decoder-only architecture
* 176,247,271,424 parameters

### Compute infrastructure

#### Software

* Megatron-DeepSpeed ([Github link](https://github.com/bigscience-workshop/Megatron-DeepSpeed))
* DeepSpeed ([Github link](https://github.com/microsoft/DeepSpeed))
* PyTorch (pytorch-1.11 w/ CUDA-11.5; see [Github link](https://github.com/pytorch/pytorch))

# Training

*This section provides information about the training data, the speed and size of training elements,
and the environmental impact of training.*

## Training Data

*This section provides a high-level overview of the training data. It is relevant for anyone who
wants to know the basics of what the model is learning.*

Details for each dataset are provided in individual [Data Cards](https://huggingface.co/spaces/bigscience/BigScienceCorpus),
and the sizes of each of their contributions to the aggregated training data are presented in an
[Interactive Corpus Map](https://huggingface.co/spaces/bigscience-catalogue-lm-data/corpus-map).

Training data includes:

- 46 natural languages
- 13 programming languages
- In 1.6TB of pre-processed text, converted into 350B unique tokens (see [the tokenizer section](#tokenization) for more.)

The corpus, called ROOTS, was assembled from a catalogue of community-selected sources and from
OSCAR web data. The [data preparation code](https://github.com/bigscience-workshop/data-preparation)
documents each step: deduplication, removal of personal information and filtering of low-quality
documents per language. The processed corpus can be requested through the
[ROOTS search tool and dataset](https://huggingface.co/bigscience-data).

## Tokenization

The BLOOM tokenizer ([link](https://huggingface.co/bigscience/tokenizer)) is a learned subword
tokenizer trained using a byte-level Byte Pair Encoding (BPE) algorithm.

## Training procedure

Training was run with [Megatron-DeepSpeed](https://github.com/bigscience-workshop/Megatron-DeepSpeed);
the training scripts and configurations are in [bigscience-workshop/bigscience](https://github.com/bigscience-workshop/bigscience/tree/master/train/tr11-176B-ml).

# Uses

## Out-of-scope Uses

Using the model in [high-stakes](#high-stakes) settings is out of scope for this model.

### Misuse and Malicious Use

Intentionally using the model for harm, violating [human rights](#human-rights), or other kinds of
malicious activities, is a misuse of this model.
`

export const STARCODER2 = `---
pipeline_tag: text-generation
inference: true
widget:
- text: 'def print_hello_world():'
  example_title: Hello world
  group: Python
datasets:
- bigcode/the-stack-v2-train
license: bigcode-openrail-m
library_name: transformers
tags:
- code
model-index:
- name: starcoder2-15b
  results:
  - task:
      type: text-generation
    dataset:
      name: CruxEval-I
      type: cruxeval-i
    metrics:
    - type: pass@1
      value: 48.1
---

# StarCoder2

<center>
    <img src="https://huggingface.co/datasets/bigcode/admin_private/resolve/main/starcoder2_banner.png" alt="SC2" width="900" height="600">
</center>

##  Table of Contents

1. [Model Summary](#model-summary)
2. [Use](#use)
3. [Limitations](#limitations)
4. [Training](#training)
5. [License](#license)

## Model Summary

StarCoder2-15B model is a 15B parameter model trained on 600+ programming languages from
[The Stack v2](https://huggingface.co/datasets/bigcode/the-stack-v2-train), with opt-out requests
excluded. The model uses Grouped Query Attention, a context window of 16,384 tokens with a sliding
window attention of 4,096 tokens, and was trained using the Fill-in-the-Middle objective on 4+
trillion tokens. The model was trained with [NVIDIA NeMo™ Framework](https://www.nvidia.com/en-us/ai-data-science/generative-ai/nemo-framework/)
using the NVIDIA Eos Supercomputer built with NVIDIA DGX H100 systems.

- **Project Website:** [bigcode-project.org](https://www.bigcode-project.org)
- **Paper:** [Link](https://huggingface.co/papers/2402.19173)
- **Point of Contact:** [contact@bigcode-project.org](mailto:contact@bigcode-project.org)
- **Languages:** 600+ Programming languages

## Use

### Intended use

The model was trained on GitHub code as well as additional selected data sources such as Arxiv and
Wikipedia. As such it is _not_ an instruction model.

### Generation
Here are some examples to get started with the model. You can find a script for fine-tuning in
StarCoder2's [GitHub repository](https://github.com/bigcode-project/starcoder2/).

\`\`\`python
from transformers import AutoModelForCausalLM, AutoTokenizer
checkpoint = "bigcode/starcoder2-15b"
\`\`\`

## Limitations

The model has been trained on source code from 600+ programming languages.

# Training

## Model

- **Architecture:** Transformer decoder with grouped-query and sliding window attention and Fill-in-the-Middle objective
- **Pretraining steps:** 1 million
- **Pretraining tokens:** 4+ trillion
- **Precision:** bfloat16

## Training data

The Stack v2 is built from the Software Heritage archive. Files were selected by licence (permissive
or unlicensed), near-duplicates were removed with MinHash, opted-out repositories were excluded, PII
(emails, keys, IP addresses) was redacted, and auto-generated and data files were filtered with
heuristics. The data-processing pipeline is published at
[bigcode-project/bigcode-dataset](https://github.com/bigcode-project/bigcode-dataset).

## Hardware

- **GPUs:** 1024 x H100

## Software

- **Framework:** [NeMo Framework](https://www.nvidia.com/en-us/ai-data-science/generative-ai/nemo-framework/)
- **Neural networks:** [PyTorch](https://github.com/pytorch/pytorch)

# License

The model is licensed under the BigCode OpenRAIL-M v1 license agreement. You can find the full
agreement [here](https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement).
`

export const FALCON = `---
language:
- en
- de
- es
- fr
license: other
license_name: falcon-llm-license
license_link: https://falconllm.tii.ae/falcon-terms-and-conditions.html
datasets:
- tiiuae/falcon-refinedweb
pipeline_tag: text-generation
---

# 🚀 Falcon2-11B

**Falcon2-11B is an 11B parameters causal decoder-only model built by [TII](https://www.tii.ae)
and trained on over 5,000B tokens of [RefinedWeb](https://huggingface.co/datasets/tiiuae/falcon-refinedweb)
enhanced with curated corpora. The model is made available under the
[TII Falcon License 2.0](https://falconllm-staging.tii.ae/falcon-2-terms-and-conditions.html), the
permissive Apache 2.0-based software license which includes an
[acceptable use policy](https://falconllm-staging.tii.ae/falcon-2-acceptable-use-policy.html) that
promotes the responsible use of AI.**

## Training Details

### Training Data

Falcon2-11B was trained over 5,000B tokens of [RefinedWeb](https://huggingface.co/datasets/tiiuae/falcon-refinedweb),
a high-quality filtered and deduplicated web dataset which we enhanced with curated corpora. It
followed a four stage training strategy.

#### Preprocessing

RefinedWeb was produced with the Macrodata Refinement pipeline: URL filtering against a blocklist,
text extraction with trafilatura, language identification with fastText, repetition and quality
heuristics, line-wise corrections, then fuzzy (MinHash) and exact-substring deduplication.

### Training Procedure

Falcon2-11B was trained on 1024 A100 40GB GPUs for the majority of the training, using a 3D
parallelism strategy (TP=8, PP=1, DP=128) combined with ZeRO and Flash-Attention 2. The training
code is available at [tiiuae/falcon-training](https://github.com/tiiuae/falcon-training).

#### Training Hyperparameters

| **Hyperparameter** | **Value**  | **Comment**                            |
|--------------------|------------|-------------------------------------------|
| Precision          | \`bfloat16\` |                                           |
| Optimizer          | AdamW      |                                           |
| Max learning rate  | 3.7e-4     | Following a linear warm-up, then cosine decay to 1.89e-5 across 4.5 T tokens.  |

## License

Falcon2-11B is licensed under TII Falcon License 2.0, the permissive Apache 2.0-based software
license which includes an acceptable use policy that promotes the responsible use of AI.
`

export const FALCON_LICENSE = `TII Falcon License 2.0

1. Definitions

"License" shall mean the terms and conditions for use, reproduction, and distribution as defined
by Sections 1 through 12 of this document, including the Acceptable Use Policy.

5. Acceptable Use

You must not use the Work or any Derivative Work for any purpose that is in breach of the
Acceptable Use Policy published at https://falconllm-staging.tii.ae/falcon-2-acceptable-use-policy.html,
which is hereby incorporated by reference and may be updated from time to time.

8. Use restrictions

You agree that you will not use the Work or Derivative Works to violate applicable laws, to
exploit or harm minors, to generate disinformation, or to provide medical advice.
`

// ---------------------------------------------------------------- structural variants

/** The template of huggingface_hub, half filled in, nested headings, data in a datasheet file. */
export const NESTED_DATASHEET = `---
license: apache-2.0
language:
- en
library_name: transformers
pipeline_tag: text-generation
---

# Model Card for Wren-1.3B

<!-- Provide a quick summary of what the model is/does. -->

Wren-1.3B is a small decoder-only language model trained from scratch by the Wren project.

## Model Details

### Model Description

- **Developed by:** The Wren project
- **Model type:** Causal language model
- **Language(s) (NLP):** English
- **License:** Apache-2.0
- **Finetuned from model [optional]:** [More Information Needed]

### Model Sources [optional]

- **Repository:** https://github.com/wren-project/wren
- **Paper [optional]:** [More Information Needed]
- **Demo [optional]:** [More Information Needed]

## Uses

### Direct Use

Text completion and research on small language models.

### Out-of-Scope Use

[More Information Needed]

## How to Get Started with the Model

\`\`\`python
from transformers import pipeline
pipe = pipeline("text-generation", model="wren-project/wren-1.3b")
\`\`\`

## Training Details

### Training Data

<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about as well as documentation related to data pre-processing or additional filtering. -->

The pretraining corpus is documented in [DATASHEET.md](DATASHEET.md).

### Training Procedure

#### Preprocessing [optional]

See the datasheet.

#### Training Hyperparameters

- **Training regime:** bf16 mixed precision

#### Speeds, Sizes, Times [optional]

[More Information Needed]

## Evaluation

### Testing Data, Factors & Metrics

#### Testing Data

[More Information Needed]

### Results

[More Information Needed]

## Technical Specifications [optional]

### Compute Infrastructure

#### Hardware

8 x A100 80GB

#### Software

The training code is in [wren-project/wren](https://github.com/wren-project/wren) (\`wren/train.py\` and the configs in \`configs/\`).
`

export const DATASHEET = `# Datasheet for the Wren pretraining corpus

## Motivation

The corpus was assembled to train small English language models whose data can be fully inspected.

## Composition

| Source | Documents | Tokens | Where to get it |
|---|---|---|---|
| FineWeb-Edu (sample-100BT) | 9.7M | 18B | [HuggingFaceFW/fineweb-edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) |
| Wikipedia (English, 2024-03 dump) | 6.8M | 4.1B | [wikimedia/wikipedia](https://huggingface.co/datasets/wikimedia/wikipedia) |
| peS2o v2 | 1.1M | 3.2B | [allenai/peS2o](https://huggingface.co/datasets/allenai/peS2o) |

## Collection process

All sources were downloaded from the Hugging Face Hub in March 2024. No data was crawled by us.

## Preprocessing, cleaning and labelling

Documents shorter than 50 words were removed. Near-duplicates were removed across sources with
MinHash LSH (5-grams, 20 bands, threshold 0.8). Text was normalised to NFC and tokenized with the
GPT-NeoX tokenizer. No labelling was done.

## Uses, distribution and maintenance

The corpus is not redistributed by us; the scripts in \`data/\` rebuild it from the sources above.
`

/** A card whose only data information is `datasets:` metadata. */
export const DATASETS_ONLY = `---
license: apache-2.0
datasets:
- HuggingFaceFW/fineweb
- bigcode/starcoderdata
library_name: transformers
---

# Sparrow-350M

A 350M-parameter base model.

## Usage

\`\`\`python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("sparrow/sparrow-350m")
\`\`\`
`

/** The untouched huggingface_hub template, as auto-generated by Trainer.push_to_hub. */
export const PLACEHOLDERS = `---
library_name: transformers
license: apache-2.0
tags:
- generated_from_trainer
---

# Model Card for Model ID

<!-- Provide a quick summary of what the model is/does. -->

## Model Details

### Model Description

This is the model card of a 🤗 transformers model that has been pushed on the Hub. This model card has been automatically generated.

- **Developed by:** [More Information Needed]
- **Model type:** [More Information Needed]
- **License:** [More Information Needed]

## Training Details

### Training Data

<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about as well as documentation related to data pre-processing or additional filtering. -->

[More Information Needed]

### Training Procedure

#### Preprocessing [optional]

[More Information Needed]

#### Training Hyperparameters

- **Training regime:** [More Information Needed] <!--fp32, fp16 mixed precision, bf16 mixed precision, bf16 non-mixed precision, fp16 non-mixed precision, fp8 mixed precision -->

## Evaluation

[More Information Needed]
`

export const GATED_APACHE = `---
license: apache-2.0
extra_gated_prompt: "You agree to not use the model to conduct experiments that cause harm to human subjects."
extra_gated_fields:
  Company: text
  Country: country
  I agree to use this model for non-commercial use ONLY: checkbox
datasets:
- HuggingFaceFW/fineweb-edu
---

# Kestrel-3B

Kestrel-3B is an open-source language model trained on FineWeb-Edu.

## Training data

Trained on 1T tokens of [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu), which
was filtered with an educational-quality classifier and deduplicated with MinHash.

## Training code

Training scripts: https://github.com/kestrel-ai/kestrel-train
`

export const LINKED_WEIGHTS = `---
license: mit
---

# Tern-base

Tern-base is a 110M-parameter BERT-style encoder.

## Download

The weights are hosted on the Hub: [model.safetensors](https://huggingface.co/tern-ai/tern-base/resolve/main/model.safetensors).

## Training data

Pretrained on English Wikipedia ([wikimedia/wikipedia](https://huggingface.co/datasets/wikimedia/wikipedia),
20231101.en) and [BookCorpusOpen](https://huggingface.co/datasets/lucadiliello/bookcorpusopen). Articles
were split into sentences with spaCy, lowercased and tokenized with a 30k WordPiece vocabulary;
duplicate books were removed.

## Training

Pretraining code: [tern-ai/tern](https://github.com/tern-ai/tern) (\`pretrain.py\`, masked language modelling).
`

export const GGUF_LLAMA = `---
base_model: meta-llama/Llama-3.1-8B-Instruct
base_model_relation: quantized
license: llama3.1
pipeline_tag: text-generation
quantized_by: someone
tags:
- llama
- gguf
- imatrix
---

## Llamacpp imatrix Quantizations of Llama-3.1-8B-Instruct

Using <a href="https://github.com/ggerganov/llama.cpp/">llama.cpp</a> release b3472 for quantization.

Original model: https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct

Every quantisation here used an importance matrix computed on [this calibration set](https://gist.github.com/example/calibration-data)

## Download a file (not the whole branch) from below:

| Filename | Quant type | File Size | Description |
| -------- | ---------- | --------- | ----------- |
| [Llama-3.1-8B-Instruct-Q8_0.gguf](https://huggingface.co/someone/Llama-3.1-8B-Instruct-GGUF/blob/main/Llama-3.1-8B-Instruct-Q8_0.gguf) | Q8_0 | 8.54GB | Extremely high quality, generally unneeded but max available quant. |
| [Llama-3.1-8B-Instruct-Q4_K_M.gguf](https://huggingface.co/someone/Llama-3.1-8B-Instruct-GGUF/blob/main/Llama-3.1-8B-Instruct-Q4_K_M.gguf) | Q4_K_M | 4.92GB | Good quality, default size for must use cases, *recommended*. |

## Downloading using huggingface-cli

\`\`\`
pip install -U "huggingface_hub[cli]"
huggingface-cli download someone/Llama-3.1-8B-Instruct-GGUF --include "Llama-3.1-8B-Instruct-Q4_K_M.gguf" --local-dir ./
\`\`\`
`

/** A GGUF repo of a Llama model that declares Apache-2.0: the canonical open-washing case. */
export const GGUF_LLAMA_APACHE = GGUF_LLAMA.replace('license: llama3.1', 'license: apache-2.0').replace(
  '- gguf',
  '- gguf\n- open-source'
)

export const GGUF_QWEN = `---
base_model: Qwen/Qwen2.5-7B-Instruct
base_model_relation: quantized
license: apache-2.0
license_link: https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/LICENSE
language:
- en
pipeline_tag: text-generation
tags:
- chat
---

# Qwen2.5-7B-Instruct-GGUF

## Introduction

Qwen2.5 is the latest series of Qwen large language models. This repo contains the instruction-tuned
7B Qwen2.5 model in the GGUF Format. Quantization: q2_K, q3_K_M, q4_0, q4_K_M, q5_0, q5_K_M, q6_K, q8_0.

For more details, please refer to our [blog](https://qwenlm.github.io/blog/qwen2.5/), [GitHub](https://github.com/QwenLM/Qwen2.5), and [Documentation](https://qwen.readthedocs.io/en/latest/).

## Quickstart

See the [llama.cpp guide](https://qwen.readthedocs.io/en/latest/run_locally/llama.cpp.html) for how to run it.
`

export const LORA = `---
base_model: meta-llama/Llama-2-7b-hf
library_name: peft
license: mit
tags:
- lora
- sft
- trl
datasets:
- timdettmers/openassistant-guanaco
---

# guanaco-llama2-7b-lora

This model is a fine-tuned version of [meta-llama/Llama-2-7b-hf](https://huggingface.co/meta-llama/Llama-2-7b-hf)
on the [openassistant-guanaco](https://huggingface.co/datasets/timdettmers/openassistant-guanaco) dataset.
It is a fully open-source chat adapter.

## Training procedure

Trained with \`scripts/finetune_lora.py\` (TRL SFTTrainer, QLoRA 4-bit, r=64, alpha=16, lr 2e-4, 1 epoch).
The dataset is the highest-rated path of each OpenAssistant conversation tree, filtered to English.

### Framework versions

- PEFT 0.7.1
`

export const MERGE = `---
base_model:
- mistralai/Mistral-7B-v0.1
- meta-llama/Meta-Llama-3-8B
library_name: transformers
license: apache-2.0
tags:
- mergekit
- merge
---
# franken-merge-8B

This is a merge of pre-trained language models created using [mergekit](https://github.com/cg123/mergekit).

## Merge Details
### Merge Method

This model was merged using the SLERP merge method.

### Models Merged

The following models were included in the merge:
* [mistralai/Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1)
* [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)

### Configuration

\`\`\`yaml
merge_method: slerp
dtype: bfloat16
\`\`\`
`

export const OPEN_WORDING = `---
license: apache-2.0
datasets:
- HuggingFaceFW/fineweb-edu
tags:
- text-generation
---

# Finch-1B

Finch-1B is an open-weights language model. It is released under the Apache-2.0 open-source licence,
and all training code, data and intermediate checkpoints are public.

We built Finch with open-source libraries (PyTorch, Hugging Face Transformers) and it is compatible
with open-source tools such as llama.cpp and vLLM. We thank the open-source community for their
feedback.

## Training data

Finch-1B was trained on 500B tokens of [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu),
the subset of FineWeb filtered with an educational-quality classifier (score >= 3), deduplicated
with MinHash per Common Crawl snapshot.

## Training code

The training and data-processing code is at [finch-lm/finch](https://github.com/finch-lm/finch).
`

export const OPEN_CLAIMS_FAILING = `---
license: apache-2.0
model_name: OpenSource-Chat-7B
tags:
- open-source
- chat
---

# OpenSource-Chat-7B

OpenSource-Chat-7B is a fully open-source chat model that anyone can use. We are proud to release it
as open source.

## Usage

\`\`\`python
from transformers import AutoModelForCausalLM
\`\`\`
`

/** The card `Trainer.push_to_hub()` writes. */
export const TRAINER_AUTOCARD = `---
license: apache-2.0
base_model: distilbert/distilbert-base-uncased
tags:
- generated_from_trainer
datasets:
- stanfordnlp/imdb
metrics:
- accuracy
model-index:
- name: distilbert-imdb
  results:
  - task:
      name: Text Classification
      type: text-classification
    dataset:
      name: imdb
      type: imdb
    metrics:
    - name: Accuracy
      type: accuracy
      value: 0.9316
---

<!-- This model card has been generated automatically according to the information the Trainer had access to. You
should probably proofread and complete it, then remove this comment. -->

# distilbert-imdb

This model is a fine-tuned version of [distilbert/distilbert-base-uncased](https://huggingface.co/distilbert/distilbert-base-uncased) on the imdb dataset.
It achieves the following results on the evaluation set:
- Loss: 0.2285
- Accuracy: 0.9316

## Model description

More information needed

## Intended uses & limitations

More information needed

## Training and evaluation data

More information needed

## Training procedure

### Training hyperparameters

The following hyperparameters were used during training:
- learning_rate: 2e-05
- train_batch_size: 16
- seed: 42
- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08
- num_epochs: 2

### Framework versions

- Transformers 4.44.2
- Pytorch 2.4.0+cu121
`

/** A GitHub project README: code in the repository, weights on the Hub, data in a section. */
export const GITHUB_README = `# Heron: a small open language model

<p align="center">
  <a href="https://huggingface.co/heron-lm">🤗 Models</a> | <a href="https://arxiv.org/abs/2501.00001">📄 Paper</a>
</p>

Heron is a family of small language models trained from scratch. This repository contains the code
to prepare the data, train the models and evaluate them.

## Models

| Model | Params | Download |
|---|---|---|
| Heron-160M | 160M | [🤗 Hugging Face](https://huggingface.co/heron-lm/heron-160m) |
| Heron-1B | 1.1B | [🤗 Hugging Face](https://huggingface.co/heron-lm/heron-1b) |

## Quick start

\`\`\`python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("heron-lm/heron-1b")
\`\`\`

## Data

Heron is pretrained on a 300B-token mix of [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu)
(70%), [The Stack v2 (smol)](https://huggingface.co/datasets/bigcode/the-stack-v2-train-smol-ids) (20%) and
[OpenWebMath](https://huggingface.co/datasets/open-web-math/open-web-math) (10%). \`data/prepare.py\` downloads
the sources, removes near-duplicates with MinHash and tokenizes them into shards.

## Training

\`\`\`bash
torchrun --nproc_per_node 8 train.py --config configs/heron-1b.yaml
\`\`\`

## License

Code and weights are released under the Apache 2.0 license.
`
