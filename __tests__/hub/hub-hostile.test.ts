// What a Hub (or something posing as one) lists is hostile input: paths that climb out, absolute
// paths, backslashes and control characters are refused and never written; a next page on another
// host is never followed with the token; an older Hub without the tree listing falls back to
// `siblings`; the whole run keeps to one deadline.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { HubAccessError, HubClient, nextLink } from '../../src/hub/client.js'
import { createDeadline } from '../../src/hub/deadline.js'
import { checkRepoPath, lfsPointer, materializeHubModel } from '../../src/hub/materialize.js'
import { parseHubRef, parseModelList } from '../../src/hub/id.js'
import { modelFromFolder, startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

const OPEN = path.resolve('examples/open-model')
let hub: HubStandIn
let old: HubStandIn

const HOSTILE = [
  '../escape.txt',
  '/etc/evil',
  'a/../../b',
  'dir\\LICENSE',
  'bad\u0000name',
  '.git/config',
  'ok/./x'
]

beforeAll(async () => {
  const heron = await modelFromFolder(OPEN)
  hub = await startHubStandIn({
    models: { 'heron-lab/heron-7b': heron },
    extraTreeEntries: {
      'heron-lab/heron-7b': HOSTILE.map(p => ({ type: 'file', oid: 'x', size: 10, path: p }))
    }
  })
  old = await startHubStandIn({ models: { 'heron-lab/heron-7b': heron }, noTree: true })
})
afterAll(async () => {
  await hub.close()
  await old.close()
})

async function cli(args: string[], endpoint: string) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd: process.cwd(),
    env: { HF_ENDPOINT: endpoint }
  })
  return { code, out, err }
}

describe('hostile listings', () => {
  it('checkRepoPath refuses every path that could leave the folder, and keeps plain ones', () => {
    for (const p of HOSTILE.filter(x => x !== 'ok/./x')) expect(checkRepoPath(p)).not.toBeNull()
    expect(checkRepoPath('ok/./x')).toMatch(/"\." segment/)
    expect(checkRepoPath('C:/x')).toBe('an absolute path')
    expect(checkRepoPath('x'.repeat(300))).toMatch(/longer than 255 bytes/)
    expect(checkRepoPath('unet/diffusion_pytorch_model.safetensors')).toBeNull()
    expect(checkRepoPath('LICENSE')).toBeNull()
  })

  it('refused paths are unsafe-path errors; nothing is written outside, the rest is audited', async () => {
    const tmpBefore = new Set(await fs.readdir(os.tmpdir()))
    const r = await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'], hub.endpoint)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    const unsafe = report.findings.filter((f: { rule: string }) => f.rule === 'unsafe-path')
    expect(unsafe).toHaveLength(HOSTILE.length)
    for (const f of unsafe) expect(f).toMatchObject({ severity: 'error', category: 'unsafe-path' })
    expect(unsafe.map((f: { message: string }) => f.message).join('\n')).toContain(
      '"bad\\u0000name", a path with a control character'
    )
    expect(report.models[0].card).toBe('README.md')
    // Nothing was written next to the private folder, and the private folder is gone.
    const after = (await fs.readdir(os.tmpdir())).filter(n => !tmpBefore.has(n))
    expect(after.filter(n => n.startsWith('model-openness-hub-') || n === 'escape.txt' || n === 'b')).toEqual(
      []
    )
    expect(hub.requests.filter(p => p.includes('escape') || p.includes('evil'))).toEqual([])
  })

  it('a next page on another host is not followed', async () => {
    const evil = http.createServer((req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        link: '<http://elsewhere.invalid/steal>; rel="next"'
      })
      res.end('[]')
    })
    await new Promise<void>(r => evil.listen(0, '127.0.0.1', r))
    const deadline = createDeadline(5000)
    try {
      const client = new HubClient({
        endpoint: `http://127.0.0.1:${(evil.address() as AddressInfo).port}`,
        token: 'hf_secret',
        deadline
      })
      await expect(client.listFiles({ id: 'a/b' }, 'main', 100)).rejects.toThrow(
        /next page on another host \(elsewhere\.invalid\)/
      )
    } finally {
      deadline.dispose()
      await new Promise<void>(r => evil.close(() => r()))
    }
    expect(nextLink('<https://h/a?cursor=1>; rel="next", <https://h/a>; rel="first"')).toBe(
      'https://h/a?cursor=1'
    )
    expect(nextLink('<https://h/a>; rel="prev"')).toBeUndefined()
    expect(nextLink(null)).toBeUndefined()
  })
})

describe('an older Hub, ids and deadlines', () => {
  it('without the tree listing, siblings are listed and weight-named files count as weights', async () => {
    old.requests.length = 0
    const r = await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'], old.endpoint)
    const report = JSON.parse(r.out)
    expect(r.err).toBe('')
    expect(
      report.models[0].osaidRequirements.find((x: { id: string }) => x.id === 'parameters').verdict
    ).toBe('pass')
    expect(old.requests.filter(p => /safetensors/.test(p))).toEqual([])
  })

  it('materializes LFS files as the pointers git stores', async () => {
    const deadline = createDeadline(10_000)
    try {
      const m = await materializeHubModel(new HubClient({ endpoint: hub.endpoint, deadline }), {
        id: 'heron-lab/heron-7b'
      })
      try {
        const pointer = await fs.readFile(path.join(m.dir, 'model.safetensors'), 'utf8')
        expect(pointer).toBe(await fs.readFile(path.join(OPEN, 'model.safetensors'), 'utf8'))
        expect(pointer).toBe(
          lfsPointer('4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393', 2200000000)
        )
        expect(m.fetched).toEqual(['LICENSE', 'README.md', 'config.json'])
        // A file the audit does not read keeps its name and size, not its content.
        const train = await fs.stat(path.join(m.dir, 'scripts/train.py'))
        expect(train.size).toBe((await fs.stat(path.join(OPEN, 'scripts/train.py'))).size)
      } finally {
        await m.cleanup()
      }
      await expect(fs.stat(m.dir)).rejects.toThrow()
    } finally {
      deadline.dispose()
    }
  })

  it('one deadline bounds the run: a Hub that never answers is given up on', async () => {
    const silent = http.createServer(() => undefined)
    await new Promise<void>(r => silent.listen(0, '127.0.0.1', r))
    const started = Date.now()
    try {
      let err = ''
      const code = await runCli(['audit', 'hf:a/b', '--api-deadline', '1'], {
        stdout: () => undefined,
        stderr: s => (err += s),
        cwd: process.cwd(),
        env: { HF_ENDPOINT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` }
      })
      expect(code).toBe(2)
      expect(err).toMatch(/model a\/b could not be read: the 1 s API deadline passed/)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      silent.closeAllConnections()
      await new Promise<void>(r => silent.close(() => r()))
    }
  })

  it('a Hub that refuses connections is retried, then the model is named as unreadable (exit 2)', async () => {
    const closed = http.createServer()
    await new Promise<void>(r => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>(r => closed.close(() => r()))
    const r = await cli(['audit', 'hf:a/b'], `http://127.0.0.1:${port}`)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /the information of model a\/b could not be read: the request failed \(.+\) after 4 tries/
    )
  })

  it('ids: OWNER/NAME[@REV] with or without hf:, lists with comments; anything else refused', () => {
    expect(parseHubRef('hf:org/model-1.5@v2')).toEqual({ id: 'org/model-1.5', revision: 'v2' })
    expect(parseHubRef('org/model')).toEqual({ id: 'org/model' })
    expect(parseHubRef('hf:org/m@refs/pr/3')).toEqual({ id: 'org/m', revision: 'refs/pr/3' })
    for (const bad of ['hf:../x', 'hf:a/b/c', 'hf:a/..', 'hf:', 'hf:a/b@', 'hf:a/b@../x', 'hf:a b/c'])
      expect(() => parseHubRef(bad)).toThrow(/not a Hub model id|must be followed/)
    expect(parseModelList('# list\n a/b \n\nc/d@main # pinned\n', 'm.txt')).toEqual([
      { id: 'a/b' },
      { id: 'c/d', revision: 'main' }
    ])
    expect(() => parseModelList('a/b\nnot an id\n', 'm.txt')).toThrow(/^m\.txt:2: /)
    expect(new HubAccessError('gated', 'a/b', 'x').kind).toBe('gated')
  })
})
