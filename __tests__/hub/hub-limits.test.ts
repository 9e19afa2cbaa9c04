// Caps and credentials on the Hub path: a file past the engine's 2 MiB cap is read cut exactly as
// in a checkout (the same report), and a redirect to another host never carries HF_TOKEN.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { runCli } from '../../src/cli/main.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'
import { startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

const require = createRequire(import.meta.url)
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

const bigCard =
  '---\nlicense: apache-2.0\n---\n# Wren\n\n## Training data\n\nOpen web text.\n\n' +
  'Filler paragraph about evaluation runs and their settings.\n'.repeat(50_000)
const files = {
  'README.md': bigCard,
  LICENSE: LIST['Apache-2.0'].licenseText,
  'model.safetensors':
    'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'b'.repeat(64) + '\nsize 900000000\n'
}

let hub: HubStandIn
let cdn: http.Server
const cdnAuth: Array<string | null> = []

beforeAll(async () => {
  cdn = http.createServer((req, res) => {
    cdnAuth.push(req.headers.authorization ?? null)
    res.end(LIST['Apache-2.0'].licenseText)
  })
  await new Promise<void>(r => cdn.listen(0, '127.0.0.1', r))
  hub = await startHubStandIn({
    grantedTokens: ['hf_secret'],
    models: {
      'wren-lab/wren': {
        files: {
          'README.md': { content: Buffer.from(files['README.md']) },
          LICENSE: { content: Buffer.from(files.LICENSE) },
          'model.safetensors': { content: Buffer.from('x'), lfs: { oid: 'b'.repeat(64), size: 900000000 } }
        }
      }
    }
  })
})
afterAll(async () => {
  await hub.close()
  cdn.closeAllConnections()
  await new Promise<void>(r => cdn.close(() => r()))
})

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

describe('Hub limits', () => {
  it('a card past the 2 MiB cap is read cut, exactly as in a folder', async () => {
    expect(Buffer.byteLength(bigCard)).toBeGreaterThan(2 * 1024 * 1024)
    const dir = await makeRepo(files)
    try {
      const folder = JSON.parse((await cli(['audit', dir, '--format', 'json'])).out)
      const remote = await cli(['audit', 'hf:wren-lab/wren', '--format', 'json'], {
        HF_ENDPOINT: hub.endpoint
      })
      expect(remote.err).toBe('')
      const r = JSON.parse(remote.out)
      delete r.models[0].source
      expect(r).toEqual(folder)
      expect(JSON.stringify(r)).toMatch(/only its first 2 MB were read/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('a redirect to another host does not carry the token', async () => {
    const redirecting = http.createServer((req, res) => {
      if (req.url?.includes('/resolve/')) {
        res.writeHead(302, { location: `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/blob` })
        return res.end()
      }
      // Everything else as the stand-in answers it.
      const proxied = http.request(`${hub.endpoint}${req.url}`, { headers: req.headers }, up => {
        res.writeHead(up.statusCode ?? 500, up.headers)
        up.pipe(res)
      })
      proxied.end()
    })
    await new Promise<void>(r => redirecting.listen(0, '127.0.0.1', r))
    try {
      const r = await cli(['audit', 'hf:wren-lab/wren', '--format', 'json'], {
        HF_ENDPOINT: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`,
        HF_TOKEN: 'hf_secret'
      })
      expect(r.err).toBe('')
      expect(cdnAuth.length).toBeGreaterThan(0)
      expect(cdnAuth.every(a => a === null)).toBe(true)
      expect(hub.authorizations).toContain('Bearer hf_secret')
    } finally {
      redirecting.closeAllConnections()
      await new Promise<void>(r => redirecting.close(() => r()))
    }
  })
})

describe('Hub concurrency', () => {
  it('a list of models keeps at most 4 requests in flight over the whole run', async () => {
    const slow = await startHubStandIn({
      delayMs: 30,
      models: Object.fromEntries(
        ['a', 'b', 'c', 'd'].map(n => [
          `flock/${n}`,
          {
            files: {
              'README.md': { content: Buffer.from(`---\nlicense: mit\n---\n# ${n}\n`) },
              LICENSE: { content: Buffer.from(LIST['MIT'].licenseText) },
              'USE_POLICY.md': { content: Buffer.from('# Use policy\n\nBe kind.\n') },
              'config.json': { content: Buffer.from('{"architectures": ["FlockModel"]}') },
              'docs/README.md': { content: Buffer.from('# Docs\n') }
            }
          }
        ])
      )
    })
    try {
      const r = await cli(
        ['audit', 'hf:flock/a', 'hf:flock/b', 'hf:flock/c', 'hf:flock/d', '--format', 'json'],
        {
          HF_ENDPOINT: slow.endpoint
        }
      )
      expect(r.err).toBe('')
      expect(JSON.parse(r.out).models).toHaveLength(4)
      expect(slow.requests.length).toBeGreaterThan(20)
      expect(slow.maxInFlight()).toBeGreaterThan(1)
      expect(slow.maxInFlight()).toBeLessThanOrEqual(4)
    } finally {
      await slow.close()
    }
  })
})
