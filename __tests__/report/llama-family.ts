// A repository of six model folders that each carry the same community licence and use policy,
// Llama-3-style, written in this project's own words: a 700 million monthly-active-user cap, an
// acceptable-use policy by reference, a "Built with" naming rule, attribution, a ban on improving
// other models with the outputs, termination and governing law. Used to check that reports scale.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const LLAMA_STYLE_LICENSE = `ORCA 3 COMMUNITY LICENSE AGREEMENT

Orca 3 Version Release Date: March 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification
of the Orca Materials set out here. "Orca Materials" means the model weights, the inference code
and the documentation that Driftwood Labs makes available under this Agreement.

1. License Rights and Redistribution.

a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free
limited license under Driftwood Labs' intellectual property to use, reproduce, distribute, copy,
create derivative works of, and make modifications to the Orca Materials.

b. Redistribution and Use.

i. If you distribute or make available the Orca Materials, or a product or service that uses any
of them, you shall provide a copy of this Agreement with it and shall prominently display "Built
with Orca" on a related website, user interface, blog post, about page, or product documentation.
If you use the Orca Materials to create, train, fine tune, or otherwise improve an AI model that is
distributed or made available, you shall also include "Orca" at the beginning of its name.

ii. You must retain in all copies of the Orca Materials that you distribute the following
attribution notice within a "Notice" text file: "Orca 3 is licensed under the Orca 3 Community
License, Copyright (c) Driftwood Labs. All Rights Reserved."

iii. Your use of the Orca Materials must comply with applicable laws and regulations and adhere to
the Acceptable Use Policy for the Orca Materials (available at https://driftwood.example/orca/use-policy),
which is hereby incorporated by reference into this Agreement.

iv. You will not use the Orca Materials or any output or results of the Orca Materials to improve
any other large language model (excluding Orca 3 or derivative works thereof).

2. Additional Commercial Terms. If, on the Orca 3 version release date, the monthly active users
of the products or services made available by or for Licensee, or Licensee's affiliates, is
greater than 700 million monthly active users in the preceding calendar month, you must request a
license from Driftwood Labs, which Driftwood Labs may grant to you in its sole discretion, and you
are not authorized to exercise any of the rights under this Agreement unless or until Driftwood
Labs otherwise expressly grants you such rights.

3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE ORCA MATERIALS AND ANY OUTPUT
AND RESULTS THEREFROM ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND.

4. Limitation of Liability. IN NO EVENT WILL DRIFTWOOD LABS BE LIABLE UNDER ANY THEORY OF LIABILITY
FOR ANY LOST PROFITS OR ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE
DAMAGES.

5. Intellectual Property. No trademark licenses are granted under this Agreement, and you may not
use the name or marks of Driftwood Labs except as required for reasonable and customary use in
describing and redistributing the Orca Materials or as set forth in Section 1.b.i.

6. Term and Termination. The term of this Agreement begins upon your acceptance of it or access to
the Orca Materials and continues until terminated. Driftwood Labs may terminate this Agreement if
you are in breach of any term or condition of this Agreement.

7. Governing Law and Jurisdiction. This Agreement is governed by the laws of the State of
California, and the courts of California have exclusive jurisdiction of any dispute arising from it.
`

export const LLAMA_STYLE_POLICY = `# Orca 3 Acceptable Use Policy

Driftwood Labs wants everyone to use Orca 3 safely. You agree you will not use, or allow others to
use, Orca 3 to:

1. Violate the law or others' rights, including engaging in or promoting terrorism, or the illegal
   distribution of information or materials to minors.
2. Engage in the unlicensed practice of any profession, including legal, medical or financial
   practice.
3. Plan or develop activities that present a risk of death or bodily harm, including military or
   warfare uses and the operation of critical infrastructure.
4. Intentionally deceive or mislead others, including generating disinformation or defamatory
   content.
`

export const LLAMA_MODEL_NAMES = [
  'Orca-3-1B',
  'Orca-3-3B',
  'Orca-3-8B',
  'Orca-3-8B-Instruct',
  'Orca-3-70B',
  'Orca-3-70B-Instruct'
]

function card(name: string): string {
  return `---
license: other
license_name: orca3
license_link: LICENSE
language:
  - en
pipeline_tag: text-generation
---
# ${name}

${name} is a decoder-only language model from Driftwood Labs, released as open weights.

## Training data

Pretrained on about 15 trillion tokens of publicly available online text; the mix is not published.

## Evaluation

Scores on common reading and reasoning benchmarks are in the release notes.
`
}

/** Writes the six-folder repository into a new temporary folder and returns its path. */
export function makeLlamaFamilyRepo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'moa-orca-'))
  writeFileSync(path.join(root, 'README.md'), '# Orca 3 models\n\nSix sizes of the Orca 3 family.\n')
  for (const name of LLAMA_MODEL_NAMES) {
    const dir = path.join(root, 'models', name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'LICENSE'), LLAMA_STYLE_LICENSE)
    writeFileSync(path.join(dir, 'USE_POLICY.md'), LLAMA_STYLE_POLICY)
    writeFileSync(path.join(dir, 'README.md'), card(name))
    writeFileSync(path.join(dir, 'config.json'), '{"model_type": "orca", "hidden_size": 4096}\n')
    writeFileSync(
      path.join(dir, 'model.safetensors'),
      'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 16060522560\n'
    )
  }
  return root
}
