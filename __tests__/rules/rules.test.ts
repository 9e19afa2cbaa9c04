// A table of passing and failing cases per rule, built from small texts written here, standard
// licence texts (spdx-license-list) and, for the cases on real model licences, the shared corpus
// (those run as a conformance suite). Each case names the rule and whether it must fire.
import { describe, expect, it } from '@jest/globals'
import { LFS_POINTER, spdxText, type FileSpec } from '../helpers/fixtures.js'
import { describeConformance } from '../helpers/shared.js'
import { allFindings, auditFiles } from '../helpers/audit.js'

const MIT = spdxText('MIT')
const APACHE = spdxText('Apache-2.0')
const OPEN_CARD = `---
license: apache-2.0
datasets:
  - example/corpus
---
# Open model

## Training Data

Trained on the Example Corpus (https://huggingface.co/datasets/example/corpus), 2T tokens collected
from Common Crawl snapshots 2023-06 to 2023-50, Wikipedia and public-domain books. Documents were
deduplicated with MinHash, filtered for quality with a classifier and for language with fastText;
the selection criteria and filtering code are in the repository.

## Training Procedure

Trained with train.py.
`

interface Case {
  name: string
  rule: string
  fires: boolean
  files: Record<string, FileSpec>
  config?: string
  /** Expected file and line of the finding, when it fires. */
  at?: { file?: string; line?: number }
}

const cases: Case[] = [
  // license-missing
  {
    name: 'no licence anywhere',
    rule: 'license-missing',
    fires: true,
    files: { 'README.md': '# A model\n\n## Training data\nstuff\n' }
  },
  { name: 'empty repository', rule: 'license-missing', fires: true, files: {} },
  {
    name: 'LICENSE file present',
    rule: 'license-missing',
    fires: false,
    files: { LICENSE: MIT, 'README.md': '# m\n' }
  },
  {
    name: 'card licence only',
    rule: 'license-missing',
    fires: false,
    files: { 'README.md': '---\nlicense: mit\n---\n# m\n' }
  },
  {
    name: 'license: unknown counts as none',
    rule: 'license-missing',
    fires: true,
    files: { 'README.md': '---\nlicense: unknown\n---\n# m\n' }
  },
  // card-missing
  {
    name: 'weights without a card',
    rule: 'card-missing',
    fires: true,
    files: { LICENSE: MIT, 'model.safetensors': LFS_POINTER }
  },
  {
    name: 'card present',
    rule: 'card-missing',
    fires: false,
    files: { LICENSE: MIT, 'README.md': '# m\n', 'model.safetensors': LFS_POINTER }
  },
  {
    name: 'binary README',
    rule: 'card-missing',
    fires: true,
    files: { LICENSE: MIT, 'README.md': Buffer.from([0, 1, 2, 3, 0, 5]) }
  },
  // metadata-invalid
  {
    name: 'broken YAML',
    rule: 'metadata-invalid',
    fires: true,
    files: { 'README.md': '---\nlicense: mit\ndatasets: [x\n---\n' },
    at: { file: 'README.md' }
  },
  {
    name: 'license other without name/link',
    rule: 'metadata-invalid',
    fires: true,
    files: { 'README.md': '---\nlicense: other\n---\n' },
    at: { file: 'README.md', line: 2 }
  },
  {
    name: 'bad base_model_relation',
    rule: 'metadata-invalid',
    fires: true,
    files: { LICENSE: MIT, 'README.md': '---\nlicense: mit\nbase_model_relation: finetuned\n---\n' },
    at: { line: 3 }
  },
  {
    name: 'not a Hub id',
    rule: 'metadata-invalid',
    fires: true,
    files: { 'README.md': '---\nlicense: Apache 2.0\n---\n' },
    at: { line: 2 }
  },
  {
    name: 'valid metadata',
    rule: 'metadata-invalid',
    fires: false,
    files: { LICENSE: MIT, 'README.md': '---\nlicense: mit\nbase_model_relation: finetune\ntags: [a]\n---\n' }
  },
  {
    name: 'license_link to a file not in the repository',
    rule: 'metadata-invalid',
    fires: true,
    files: {
      'README.md': '---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE_AGREEMENT.txt\n---\n'
    },
    at: { file: 'README.md', line: 4 }
  },
  {
    name: 'license_link to a file in the repository',
    rule: 'metadata-invalid',
    fires: false,
    files: {
      'README.md': '---\nlicense: other\nlicense_name: acme\nlicense_link: docs/terms.md\n---\n',
      'docs/terms.md': MIT
    }
  },
  {
    name: 'license key given twice',
    rule: 'metadata-invalid',
    fires: true,
    files: { LICENSE: MIT, 'README.md': '---\nlicense: mit\nlicense: mit\n---\n' },
    at: { file: 'README.md', line: 3 }
  },
  {
    name: 'license_link leaving the root',
    rule: 'unsafe-path',
    fires: true,
    files: { 'README.md': '---\nlicense: other\nlicense_name: acme\nlicense_link: ../../LICENSE\n---\n' },
    at: { file: 'README.md', line: 4 }
  },
  {
    name: 'card with CRLF front matter',
    rule: 'metadata-invalid',
    fires: false,
    files: {
      LICENSE: MIT,
      'README.md':
        '---\r\nlicense: mit\r\nbase_model_relation: finetune\r\ntags:\r\n- text-generation\r\n---\r\n# m\r\n'
    }
  },
  {
    name: 'corpus card with CRLF front matter',
    rule: 'metadata-invalid',
    fires: false,
    files: { 'README.md': { corpus: 'cards/hf-ilyagusev-saiga-llama3-8b-gguf.md' } }
  },
  // license-mismatch
  {
    name: 'card MIT, file Apache',
    rule: 'license-mismatch',
    fires: true,
    files: { LICENSE: APACHE, 'README.md': '---\nlicense: mit\n---\n' },
    at: { file: 'README.md', line: 2 }
  },
  {
    name: 'card Apache, file Apache',
    rule: 'license-mismatch',
    fires: false,
    files: { LICENSE: APACHE, 'README.md': '---\nlicense: apache-2.0\n---\n' }
  },
  {
    name: 'card llama3.1, file Llama 3.1 licence',
    rule: 'license-mismatch',
    fires: false,
    files: {
      LICENSE: { corpus: 'licenses/llama3.1-community-license.txt' },
      'README.md': '---\nlicense: llama3.1\n---\n'
    }
  },
  {
    name: 'card mit, file Llama 3 licence',
    rule: 'license-mismatch',
    fires: true,
    files: {
      LICENSE: { corpus: 'licenses/llama3-community-license.txt' },
      'README.md': '---\nlicense: mit\n---\n'
    }
  },
  // license-unrecognized
  {
    name: 'unknown licence text',
    rule: 'license-unrecognized',
    fires: true,
    files: { LICENSE: 'Do whatever pleases you with these bits, friend.\n', 'README.md': '# m\n' },
    at: { file: 'LICENSE' }
  },
  {
    name: 'binary LICENSE',
    rule: 'license-unrecognized',
    fires: true,
    files: { LICENSE: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'README.md': '# m\n' }
  },
  {
    name: 'MIT text',
    rule: 'license-unrecognized',
    fires: false,
    files: { LICENSE: MIT, 'README.md': '# m\n' }
  },
  // unsafe-path
  {
    name: 'LICENSE links to /etc/passwd',
    rule: 'unsafe-path',
    fires: true,
    files: { LICENSE: { symlink: '/etc/passwd' }, 'README.md': '# m\n' },
    at: { file: 'LICENSE' }
  },
  {
    name: 'link inside the repository',
    rule: 'unsafe-path',
    fires: false,
    files: { 'LICENSE.txt': MIT, LICENSE: { symlink: 'LICENSE.txt' }, 'README.md': '# m\n' }
  },
  // restriction rules
  {
    name: 'Llama 2 user cap',
    rule: 'license/no-user-threshold',
    fires: true,
    files: { LICENSE: { corpus: 'licenses/llama2-community-license.txt' } },
    at: { file: 'LICENSE' }
  },
  { name: 'Apache has no cap', rule: 'license/no-user-threshold', fires: false, files: { LICENSE: APACHE } },
  {
    name: 'CC BY-NC non-commercial',
    rule: 'license/no-non-commercial',
    fires: true,
    files: { LICENSE: spdxText('CC-BY-NC-4.0') }
  },
  { name: 'MIT is commercial', rule: 'license/no-non-commercial', fires: false, files: { LICENSE: MIT } },
  {
    name: 'Llama 3.2 AUP: EU exclusion',
    rule: 'license/no-geographic-restriction',
    fires: true,
    files: {
      LICENSE: { corpus: 'licenses/llama3.2-community-license.txt' },
      'USE_POLICY.md': { corpus: 'licenses/llama3.2-acceptable-use-policy.txt' }
    },
    at: { file: 'USE_POLICY.md' }
  },
  {
    name: 'Llama 3.2 licence alone: no EU exclusion',
    rule: 'license/no-geographic-restriction',
    fires: false,
    files: { LICENSE: { corpus: 'licenses/llama3.2-community-license.txt' } }
  },
  {
    name: 'Llama 2 output restriction',
    rule: 'license/no-output-use-restriction',
    fires: true,
    files: { LICENSE: { corpus: 'licenses/llama2-community-license.txt' } }
  },
  {
    name: 'Llama 3.1 no output restriction',
    rule: 'license/no-output-use-restriction',
    fires: false,
    files: { LICENSE: { corpus: 'licenses/llama3.1-community-license.txt' } }
  },
  {
    name: 'catalogue clauses from metadata only',
    rule: 'license/no-user-threshold',
    fires: true,
    files: { 'README.md': '---\nlicense: llama3.1\n---\n# m\n' },
    at: { file: 'README.md', line: 2 }
  },
  {
    name: 'restriction waived',
    rule: 'license/no-user-threshold',
    fires: false,
    files: { LICENSE: { corpus: 'licenses/llama2-community-license.txt' } },
    config: 'waivers:\n  - rule: license/no-user-threshold\n    reason: approved\n    expires: 2099-01-01\n'
  },
  {
    name: 'expired waiver no longer waives',
    rule: 'license/no-user-threshold',
    fires: true,
    files: { LICENSE: { corpus: 'licenses/llama2-community-license.txt' } },
    config: 'waivers:\n  - rule: license/no-user-threshold\n    reason: approved\n    expires: 2020-01-01\n'
  },
  {
    name: 'expired waiver is reported',
    rule: 'config/waiver-expired',
    fires: true,
    files: { LICENSE: MIT },
    config: 'waivers:\n  - rule: license/no-user-threshold\n    reason: approved\n    expires: 2020-01-01\n'
  },
  // license/osi-approved
  {
    name: 'DeepSeek licence is not OSI',
    rule: 'license/osi-approved',
    fires: true,
    files: { LICENSE: { corpus: 'licenses/deepseek-model-license.txt' } }
  },
  { name: 'Apache is OSI', rule: 'license/osi-approved', fires: false, files: { LICENSE: APACHE } },
  {
    name: 'CC-BY-4.0 is OSI-open enough under osaid',
    rule: 'license/osi-approved',
    fires: false,
    files: { 'README.md': '---\nlicense: cc-by-4.0\n---\n' }
  },
  {
    name: 'CC-BY-4.0 under permissive',
    rule: 'license/osi-approved',
    fires: true,
    files: { 'README.md': '---\nlicense: cc-by-4.0\n---\n' },
    config: 'policy: permissive\n'
  },
  // allow-list
  {
    name: 'MIT not on allow-list',
    rule: 'license/allow-list',
    fires: true,
    files: { LICENSE: MIT },
    config: 'allow-licenses: [apache-2.0]\n'
  },
  {
    name: 'Apache on allow-list',
    rule: 'license/allow-list',
    fires: false,
    files: { LICENSE: APACHE },
    config: 'allow-licenses: [apache-2.0]\n'
  },
  // license-inheritance
  {
    name: 'Llama 3.1 fine-tune labelled MIT',
    rule: 'license-inheritance',
    fires: true,
    files: {
      LICENSE: MIT,
      'README.md': '---\nlicense: mit\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# m\n'
    },
    at: { file: 'README.md', line: 3 }
  },
  {
    name: 'Llama fine-tune labelled Apache',
    rule: 'license-inheritance',
    fires: true,
    files: { 'README.md': '---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\n---\n# m\n' }
  },
  {
    name: 'Llama fine-tune keeping llama3.1',
    rule: 'license-inheritance',
    fires: false,
    files: { 'README.md': '---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# m\n' }
  },
  {
    name: 'Mistral 7B fine-tune labelled MIT',
    rule: 'license-inheritance',
    fires: false,
    files: { 'README.md': '---\nlicense: mit\nbase_model: mistralai/Mistral-7B-v0.1\n---\n# m\n' }
  },
  {
    name: 'unknown base model is a note',
    rule: 'license-inheritance',
    fires: true,
    files: { 'README.md': '---\nlicense: mit\nbase_model: someone/obscure-model-7b\n---\n# m\n' }
  },
  // open-washing
  {
    name: 'open source claim over research-only licence',
    rule: 'open-washing',
    fires: true,
    files: {
      LICENSE: { corpus: 'licenses/mistral-research-license.txt' },
      'README.md': '# Falcon-ish\n\nThis is a fully open-source model.\n'
    },
    at: { file: 'README.md', line: 3 }
  },
  {
    name: 'honest open weights',
    rule: 'open-washing',
    fires: false,
    files: {
      LICENSE: { corpus: 'licenses/llama3-community-license.txt' },
      'README.md': '# M\n\nWe release open weights for research and products.\n'
    }
  },
  // OSAID requirements
  {
    name: 'Apache model without data information',
    rule: 'osaid/data-information',
    fires: true,
    files: {
      LICENSE: APACHE,
      'README.md': '---\nlicense: apache-2.0\n---\n# M\n\nTrained on publicly available data.\n',
      'model.safetensors': LFS_POINTER
    }
  },
  {
    name: 'data described and located',
    rule: 'osaid/data-information',
    fires: false,
    files: { LICENSE: APACHE, 'README.md': OPEN_CARD, 'train.py': 'print(1)\n' }
  },
  {
    name: 'no training code',
    rule: 'osaid/code',
    fires: true,
    files: { LICENSE: APACHE, 'README.md': OPEN_CARD }
  },
  {
    name: 'training code present',
    rule: 'osaid/code',
    fires: false,
    files: { LICENSE: APACHE, 'README.md': OPEN_CARD, 'train.py': 'print(1)\n' }
  },
  {
    name: 'gated weights',
    rule: 'osaid/parameters',
    fires: true,
    files: {
      LICENSE: APACHE,
      'README.md':
        '---\nlicense: apache-2.0\nextra_gated_prompt: Agree to share your contact information\n---\n# m\n',
      'model.safetensors': LFS_POINTER
    }
  },
  {
    name: 'weights present',
    rule: 'osaid/parameters',
    fires: false,
    files: {
      LICENSE: APACHE,
      'README.md': '---\nlicense: apache-2.0\n---\n# m\n',
      'model.safetensors': LFS_POINTER
    }
  },
  {
    name: 'off under open-weights',
    rule: 'osaid/data-information',
    fires: false,
    files: { LICENSE: APACHE, 'README.md': '# M\n' },
    config: 'policy: open-weights\n'
  },
  // card-incomplete
  {
    name: 'placeholder sections',
    rule: 'card-incomplete',
    fires: true,
    files: { LICENSE: MIT, 'README.md': '# M\n\n## Training Data\n\n[More Information Needed]\n' }
  },
  {
    name: 'rule switched off',
    rule: 'card-incomplete',
    fires: false,
    files: { LICENSE: MIT, 'README.md': '# M\n' },
    config: 'rules:\n  card-incomplete: off\n'
  },
  // mof/class
  {
    name: 'mof-class-3 on a bare repository',
    rule: 'mof/class',
    fires: true,
    files: { LICENSE: APACHE, 'README.md': '# M\n' },
    config: 'policy: mof-class-3\n'
  },
  {
    name: 'mof/class off under osaid',
    rule: 'mof/class',
    fires: false,
    files: { LICENSE: APACHE, 'README.md': '# M\n' }
  }
]

/** Cases that read a text of the shared corpus (a real model licence or card). */
function needsCorpus(c: (typeof cases)[number]): boolean {
  return Object.values(c.files).some(f => typeof f === 'object' && !Buffer.isBuffer(f) && 'corpus' in f)
}

describe.each(cases.filter(c => !needsCorpus(c)).map(c => [c.rule, c.name, c] as const))(
  '%s',
  (_r, _n, c) => {
    it(`${c.fires ? 'fires' : 'passes'}: ${c.name}`, () => checkCase(c))
  }
)

describeConformance('rule cases on corpus texts', () => {
  describe.each(cases.filter(needsCorpus).map(c => [c.rule, c.name, c] as const))('%s', (_r, _n, c) => {
    it(`${c.fires ? 'fires' : 'passes'}: ${c.name}`, () => checkCase(c))
  })
})

async function checkCase(c: (typeof cases)[number]): Promise<void> {
  {
    const report = await auditFiles(c.files, c.config)
    const hits = allFindings(report).filter(f => f.rule === c.rule)
    if (!c.fires) {
      expect(hits).toEqual([])
      return
    }
    expect(hits.length).toBeGreaterThan(0)
    if (c.at?.file) expect(hits.map(h => h.file)).toContain(c.at.file)
    if (c.at?.line) expect(hits.map(h => h.line)).toContain(c.at.line)
  }
}

describe('allow-list matching', () => {
  it.each([
    ['MIT', ['mit'], true],
    ['MIT OR GPL-2.0-only', ['MIT'], true],
    ['Apache-2.0 AND MIT', ['apache-2.0'], false],
    ['Apache-2.0 AND MIT', ['apache-2.0', 'mit'], true],
    ['GPL-2.0-or-later', ['GPL-3.0-only'], true],
    ['llama3.1', ['llama3.1'], true],
    ['llama3.1', ['apache-2.0'], false]
  ])('%s against %j → %s', async (id, list, expected) => {
    const { allowed } = await import('../../src/rules/license-allow-list.js')
    expect(allowed(id, list)).toBe(expected)
  })
})
