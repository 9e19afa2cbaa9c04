// `model-openness audit hf:OWNER/NAME` against a local stand-in of the Hub, through the CLI entry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { reportSchema } from '../../src/report/schema.js'
import { modelFromFolder, startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

const OPEN = path.resolve('examples/open-model')
const KESTREL = path.resolve('examples/kestrel-restricted')

let hub: HubStandIn

async function cli(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd,
    env: { HF_ENDPOINT: hub.endpoint, ...env }
  })
  return { code, out, err }
}

/** The report without where it was read, to compare a Hub audit with the same files in a folder. */
function withoutSource(report: { models: Array<Record<string, unknown>> }) {
  return { ...report, models: report.models.map(({ source: _source, ...m }) => m) }
}

const WEIGHTS = /\.(safetensors|gguf|bin|pt|pth|onnx|ckpt|h5|msgpack)$/

beforeAll(async () => {
  hub = await startHubStandIn({
    grantedTokens: ['hf_granted'],
    pageSize: 3,
    models: {
      'heron-lab/heron-7b': await modelFromFolder(OPEN),
      'kestrel-ai/kestrel-2': await modelFromFolder(KESTREL),
      // A publisher's own configuration would silence everything: it is never applied.
      'kestrel-ai/kestrel-2-selfwaived': await (async () => {
        const m = await modelFromFolder(KESTREL)
        m.files['.github/model-openness.yml'] = {
          content: Buffer.from('fail-on: never\nwaivers:\n  - rule: "*"\n    reason: ours\n')
        }
        return m
      })(),
      'gate-keepers/guarded': { ...(await modelFromFolder(OPEN)), gated: 'manual' },
      'quiet-org/private-model': { ...(await modelFromFolder(OPEN)), private: true }
    }
  })
})
afterAll(() => hub.close())

describe('audit hf:OWNER/NAME', () => {
  it('gives the same report as the same files in a folder, named as on the Hub, without requesting weights', async () => {
    const folder = await cli(['audit', OPEN, '--format', 'json'])
    hub.requests.length = 0
    const remote = await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'])
    expect(remote.err).toBe('')
    expect(remote.code).toBe(folder.code)
    const r = JSON.parse(remote.out)
    expect(reportSchema.safeParse(r).success).toBe(true)
    expect(withoutSource(r)).toEqual(withoutSource(JSON.parse(folder.out)))
    // Files as the Hub names them, and where they were read.
    expect(r.models[0].card).toBe('README.md')
    expect(r.models[0].licenses[0].file).toBe('LICENSE')
    expect(r.models[0].source).toEqual({
      kind: 'hub',
      id: 'heron-lab/heron-7b',
      revision: expect.stringMatching(/^[0-9a-f]{40}$/),
      url: `${hub.endpoint}/heron-lab/heron-7b`
    })
    // The listing was followed across pages (3 entries a page), and read at one commit.
    const trees = hub.requests.filter(p => p.includes('/tree/'))
    expect(trees.length).toBeGreaterThan(2)
    expect(trees.some(p => p.includes('cursor='))).toBe(true)
    // What the audit reads was fetched; the weights (an LFS file) count as present but were never asked for.
    const resolved = hub.requests
      .filter(p => p.includes('/resolve/'))
      .map(p => p.split('/').slice(5).join('/'))
    expect(resolved.sort()).toEqual(['LICENSE', 'README.md', 'config.json'])
    expect(hub.requests.filter(p => WEIGHTS.test(p))).toEqual([])
    expect(r.models[0].osaidRequirements.find((x: { id: string }) => x.id === 'parameters').verdict).toBe(
      'pass'
    )
  })

  it('a restrictive model: same findings at the same lines as its folder, exit 1', async () => {
    const folder = await cli(['audit', KESTREL, '--format', 'json'])
    const remote = await cli(['audit', 'hf:kestrel-ai/kestrel-2', '--format', 'json'])
    expect(remote.code).toBe(1)
    expect(folder.code).toBe(1)
    const r = JSON.parse(remote.out)
    expect(withoutSource(r)).toEqual(withoutSource(JSON.parse(folder.out)))
    expect(
      r.models[0].findings.find((f: { rule: string }) => f.rule === 'license/no-user-threshold')
    ).toMatchObject({
      file: 'LICENSE',
      line: 7,
      severity: 'error'
    })
  })

  it('the text and Markdown reports name the model by its Hub id and link its files on the Hub', async () => {
    const text = await cli(['audit', 'hf:kestrel-ai/kestrel-2', '--no-color'])
    expect(text.out).toMatch(/^Kestrel-3B \(hf:kestrel-ai\/kestrel-2\) +FAIL/m)
    const md = await cli(['audit', 'hf:kestrel-ai/kestrel-2', '--format', 'markdown'])
    expect(md.out).toMatch(
      new RegExp(
        `\\[LICENSE:7\\]\\(${hub.endpoint.replace(/\./g, '\\.')}/kestrel-ai/kestrel-2/blob/[0-9a-f]{40}/LICENSE#L7\\)`
      )
    )
  })

  it('the configuration is the auditor’s: waivers name Hub models as hf:OWNER/NAME; the model’s own is ignored', async () => {
    const own = await cli(['audit', 'hf:kestrel-ai/kestrel-2-selfwaived', '--format', 'json'])
    expect(own.code).toBe(1)
    expect(JSON.parse(own.out).failOn).toBe('error')
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-waive-'))
    try {
      await fs.mkdir(path.join(dir, '.github'))
      await fs.writeFile(
        path.join(dir, '.github/model-openness.yml'),
        'waivers:\n  - rule: license/no-user-threshold\n    path: hf:kestrel-ai/kestrel-2\n    reason: we have a separate licence\n'
      )
      const single = JSON.parse(
        (await cli(['audit', 'hf:kestrel-ai/kestrel-2', '--format', 'json'], {}, dir)).out
      )
      const rules = (r: { models: Array<{ findings: Array<{ rule: string }> }> }, i = 0) =>
        r.models[i].findings.map(f => f.rule)
      expect(rules(single)).not.toContain('license/no-user-threshold')
      expect(rules(single)).toContain('license/no-non-commercial')
      const list = JSON.parse(
        (
          await cli(
            ['audit', 'hf:kestrel-ai/kestrel-2', 'hf:kestrel-ai/kestrel-2-selfwaived', '--format', 'json'],
            {},
            dir
          )
        ).out
      )
      expect(rules(list, 0)).not.toContain('license/no-user-threshold')
      expect(rules(list, 1)).toContain('license/no-user-threshold')
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  it('a missing model exits 2 saying it was not found; a missing revision says so', async () => {
    const r = await cli(['audit', 'hf:nobody/nothing-here'])
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toMatch(/^model-openness: model nobody\/nothing-here was not found on the Hub/)
    expect(r.err).not.toMatch(/\n\s+at /)
    const rev = await cli(['audit', 'hf:heron-lab/heron-7b@no-such-branch'])
    expect(rev.code).toBe(2)
    expect(rev.err).toMatch(/revision 'no-such-branch' of model heron-lab\/heron-7b was not found/)
  })

  it('a gated model exits 2 saying what access is needed; with a granted HF_TOKEN it is audited', async () => {
    const anonymous = await cli(['audit', 'hf:gate-keepers/guarded'])
    expect(anonymous.code).toBe(2)
    expect(anonymous.err).toMatch(
      /model gate-keepers\/guarded is gated: accept its licence on .*gate-keepers\/guarded/
    )
    expect(anonymous.err).toMatch(/HF_TOKEN/)
    const notGranted = await cli(['audit', 'hf:gate-keepers/guarded'], { HF_TOKEN: 'hf_other' })
    expect(notGranted.code).toBe(2)
    expect(notGranted.err).toMatch(/the token in HF_TOKEN has no access to it yet/)
    hub.authorizations.length = 0
    const granted = await cli(['audit', 'hf:gate-keepers/guarded', '--format', 'json'], {
      HF_TOKEN: 'hf_granted'
    })
    expect(granted.code).toBe(0)
    expect(hub.authorizations.length).toBeGreaterThan(0)
    expect(new Set(hub.authorizations)).toEqual(new Set(['Bearer hf_granted']))
  })

  it('a private model without a token is reported as not found, with the HF_TOKEN hint', async () => {
    const r = await cli(['audit', 'hf:quiet-org/private-model'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/not found on the Hub.*if it is private, set HF_TOKEN/)
    expect((await cli(['audit', 'hf:quiet-org/private-model'], { HF_TOKEN: 'hf_granted' })).code).toBe(0)
  })

  it('retries a 5xx and then audits; a file that keeps failing fails closed naming it', async () => {
    const sha = JSON.parse((await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'])).out).models[0]
      .source.revision
    hub.fail(`/heron-lab/heron-7b/resolve/${sha}/LICENSE`, 503, 1)
    hub.requests.length = 0
    const once = await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'])
    expect(once.code).toBe(0)
    expect(hub.requests.filter(p => p.endsWith('/LICENSE'))).toHaveLength(2)

    hub.fail(`/heron-lab/heron-7b/resolve/${sha}/LICENSE`, 500, Infinity)
    const always = await cli(['audit', 'hf:heron-lab/heron-7b', '--format', 'json'])
    hub.fail(`/heron-lab/heron-7b/resolve/${sha}/LICENSE`, 500, 0)
    expect(always.code).toBe(1)
    const r = JSON.parse(always.out)
    expect(r.verdict).toBe('fail')
    const closed = r.findings.find((f: { rule: string }) => f.rule === 'hub/unreadable-file')
    expect(closed).toMatchObject({ file: 'LICENSE', severity: 'error' })
    expect(closed.message).toMatch(
      /LICENSE of hf:heron-lab\/heron-7b could not be fetched from the Hub \(HTTP 500 after 4 tries\)/
    )
  })

  it('the listing failing for good exits 2 naming the model', async () => {
    hub.fail('/api/models/heron-lab/heron-7b', 502, Infinity)
    const r = await cli(['audit', 'hf:heron-lab/heron-7b'])
    hub.fail('/api/models/heron-lab/heron-7b', 502, 0)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /the information of model heron-lab\/heron-7b could not be read: HTTP 502 after 4 tries/
    )
  })

  it('a list of models gives one report, each model named by its Hub id', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-list-'))
    try {
      await fs.writeFile(
        path.join(dir, 'models.txt'),
        '# the models we depend on\nheron-lab/heron-7b\n\nhf:kestrel-ai/kestrel-2  # restrictive\n'
      )
      const r = await cli(['audit', '--models', 'models.txt', '--format', 'json'], {}, dir)
      expect(r.err).toBe('')
      expect(r.code).toBe(1)
      const report = JSON.parse(r.out)
      expect(reportSchema.safeParse(report).success).toBe(true)
      expect(report.verdict).toBe('fail')
      expect(report.models.map((m: { path: string; verdict: string }) => [m.path, m.verdict])).toEqual([
        ['hf:heron-lab/heron-7b', 'pass'],
        ['hf:kestrel-ai/kestrel-2', 'fail']
      ])
      expect(report.models[1].source.id).toBe('kestrel-ai/kestrel-2')
      // The same list as arguments gives the same report.
      const args = await cli(
        ['audit', 'hf:heron-lab/heron-7b', 'hf:kestrel-ai/kestrel-2', '--format', 'json'],
        {},
        dir
      )
      expect(JSON.parse(args.out).models.map((m: { path: string }) => m.path)).toEqual([
        'hf:heron-lab/heron-7b',
        'hf:kestrel-ai/kestrel-2'
      ])
      // A bad line names the file and line; a missing model in the list exits 2.
      await fs.writeFile(path.join(dir, 'bad.txt'), 'heron-lab/heron-7b\n../../etc/passwd\n')
      const bad = await cli(['audit', '--models', 'bad.txt'], {}, dir)
      expect(bad.code).toBe(2)
      expect(bad.err).toMatch(/bad\.txt:2: '\.\.\/\.\.\/etc\/passwd' is not a Hub model id/)
      await fs.writeFile(path.join(dir, 'gone.txt'), 'heron-lab/heron-7b\nnobody/gone\n')
      const gone = await cli(['audit', '--models', 'gone.txt'], {}, dir)
      expect(gone.code).toBe(2)
      expect(gone.err).toMatch(/model nobody\/gone was not found on the Hub/)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
