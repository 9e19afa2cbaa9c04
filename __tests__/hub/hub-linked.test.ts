// Files a card names as its terms — `license_link:` and links in its text — are fetched as the
// engine reads them, so the Hub audit matches the folder's; a link to weights never fetches them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { runCli } from '../../src/cli/main.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'
import { startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

const require = createRequire(import.meta.url)
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'c'.repeat(64)}\nsize 3000000000\n`
const CARD = [
  '---',
  'license: other',
  'license_name: finch-terms',
  'license_link: legal/finch-agreement.txt',
  '---',
  '# Finch-2B',
  '',
  '| Component | Licence |',
  '| --- | --- |',
  '| Weights | [weights terms](docs/weights-terms.txt) |',
  '| Code | [code](docs/code-notes.txt) |',
  '',
  'Read the [model terms](docs/usage.txt) before use. Download the [licensed weights](model.safetensors).',
  ''
].join('\n')
const FILES: Record<string, string> = {
  'README.md': CARD,
  'legal/finch-agreement.txt':
    'Finch Model Agreement\n\nYou may use the model for research and evaluation only.\nCommercial use is not permitted.\n',
  'docs/weights-terms.txt': LIST['CC-BY-NC-4.0'].licenseText,
  'docs/code-notes.txt': LIST['MIT'].licenseText,
  'docs/usage.txt': 'You must not use Finch or its outputs to develop competing models.\n',
  'docs/unrelated.txt': 'Notes on tokenisation.\n',
  'model.safetensors': POINTER
}

let hub: HubStandIn
beforeAll(async () => {
  hub = await startHubStandIn({
    models: {
      'finch-lab/finch-2b': {
        files: Object.fromEntries(
          Object.entries(FILES).map(([p, text]) =>
            p.endsWith('.safetensors')
              ? [
                  p,
                  { content: Buffer.from('never requested'), lfs: { oid: 'c'.repeat(64), size: 3000000000 } }
                ]
              : [p, { content: Buffer.from(text) }]
          )
        )
      }
    }
  })
})
afterAll(() => hub.close())

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd: process.cwd(),
    env
  })
  return { code, out, err }
}

describe('files a card links to as terms', () => {
  it('are fetched and read as in the folder; other files and linked weights are not fetched', async () => {
    const dir = await makeRepo(FILES)
    try {
      const folder = JSON.parse((await cli(['audit', dir, '--format', 'json'])).out)
      hub.requests.length = 0
      const remote = await cli(['audit', 'hf:finch-lab/finch-2b', '--format', 'json'], {
        HF_ENDPOINT: hub.endpoint
      })
      expect(remote.err).toBe('')
      const r = JSON.parse(remote.out)
      delete r.models[0].source
      expect(r).toEqual(folder)
      // The linked texts were read: their licences and clauses are in the report.
      const files = r.models[0].licenses.map((l: { file: string | null }) => l.file)
      expect(files).toEqual(expect.arrayContaining(['legal/finch-agreement.txt', 'docs/weights-terms.txt']))
      const resolved = hub.requests
        .filter(p => p.includes('/resolve/'))
        .map(p => p.split('/').slice(5).join('/'))
      expect(resolved).toEqual(
        expect.arrayContaining([
          'README.md',
          'legal/finch-agreement.txt',
          'docs/weights-terms.txt',
          'docs/usage.txt'
        ])
      )
      expect(resolved).not.toContain('docs/unrelated.txt')
      expect(resolved).not.toContain('model.safetensors')
      expect(hub.requests.filter(p => p.endsWith('.safetensors'))).toEqual([])
    } finally {
      await removeRepo(dir)
    }
  })
})
