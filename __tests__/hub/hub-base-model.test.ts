// `--hub-lookup`: a fine-tune's base model that the catalogue does not know is read on the Hub —
// its card and licence files only — and inheritance uses the licence its own text states.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { runCli } from '../../src/cli/main.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'
import { startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

const require = createRequire(import.meta.url)
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

let hub: HubStandIn
const file = (text: string) => ({ content: Buffer.from(text) })

beforeAll(async () => {
  hub = await startHubStandIn({
    models: {
      // The card's metadata says only "other": the licence is in the LICENSE text.
      'plover-lab/plover-base': {
        cardData: { license: 'other' },
        files: {
          'README.md': file(
            '---\nlicense: other\nlicense_name: plover-terms\n---\n# Plover base\n\nA base model.\n'
          ),
          LICENSE: file(LIST['CC-BY-NC-4.0'].licenseText),
          'config.json': file('{"architectures": ["PloverForCausalLM"]}'),
          'model.safetensors': {
            content: Buffer.from('never requested'),
            lfs: { oid: 'a'.repeat(64), size: 5_000_000_000 }
          }
        }
      },
      // Only metadata, no texts: the Hub's card data is the fallback.
      'plover-lab/metadata-only': { cardData: { license: 'apache-2.0' }, files: {} }
    }
  })
})
afterAll(() => hub.close())

async function cli(args: string[], cwd: string) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd,
    env: { HF_ENDPOINT: hub.endpoint }
  })
  return { code, out, err }
}

describe('base models read on the Hub', () => {
  it('inheritance uses the base model’s own licence text, read without its weights or config', async () => {
    const dir = await makeRepo({
      'README.md':
        '---\nlicense: mit\nbase_model: plover-lab/plover-base\nbase_model_relation: finetune\n---\n# Plover chat\n\nA fine-tune.\n',
      LICENSE: LIST['MIT'].licenseText
    })
    try {
      hub.requests.length = 0
      const r = await cli(['audit', '.', '--hub-lookup', '--format', 'json'], dir)
      expect(r.err).toBe('')
      const m = JSON.parse(r.out).models[0]
      expect(m.baseModels).toEqual([
        { id: 'plover-lab/plover-base', licenseId: 'CC-BY-NC-4.0', source: 'hub' }
      ])
      const inherit = m.findings.find((f: { rule: string }) => f.rule === 'license-inheritance')
      expect(inherit).toMatchObject({ severity: 'error', file: 'README.md', line: 3 })
      expect(inherit.evidence).toBe('plover-lab/plover-base → CC-BY-NC-4.0 (LICENSE)')
      expect(inherit.message).toMatch(/non-commercial|commercial/i)
      expect(r.code).toBe(1)
      const resolved = hub.requests
        .filter(p => p.includes('/resolve/'))
        .map(p => p.split('/').slice(5).join('/'))
      expect(resolved.sort()).toEqual(['LICENSE', 'README.md'])
      // Off by default: the Hub is not asked.
      hub.requests.length = 0
      const off = await cli(['audit', '.', '--format', 'json'], dir)
      expect(hub.requests).toEqual([])
      expect(JSON.parse(off.out).models[0].baseModels[0]).toMatchObject({
        licenseId: null,
        source: 'unknown'
      })
    } finally {
      await removeRepo(dir)
    }
  })

  it('a base model without licence texts falls back to the Hub’s metadata; a missing one stays unknown', async () => {
    const dir = await makeRepo({
      'README.md':
        '---\nlicense: apache-2.0\nbase_model:\n- plover-lab/metadata-only\n- plover-lab/not-there\n---\n# Merge\n',
      LICENSE: LIST['Apache-2.0'].licenseText
    })
    try {
      const r = await cli(['audit', '.', '--hub-lookup', '--format', 'json'], dir)
      const m = JSON.parse(r.out).models[0]
      expect(m.baseModels).toEqual([
        { id: 'plover-lab/metadata-only', licenseId: 'Apache-2.0', source: 'hub' },
        { id: 'plover-lab/not-there', licenseId: null, source: 'unknown' }
      ])
      const note = m.findings.find(
        (f: { rule: string; evidence?: string }) => f.evidence === 'plover-lab/not-there'
      )
      expect(note).toMatchObject({ rule: 'license-inheritance', severity: 'note' })
    } finally {
      await removeRepo(dir)
    }
  })
})
