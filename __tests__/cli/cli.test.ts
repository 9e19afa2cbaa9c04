import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { AUDIT_FORMATS, OPTIONS } from '../../src/cli/args.js'
import { runCli, type Io } from '../../src/cli/main.js'
import { POLICIES } from '../../src/config/schema.js'
import { VERSION } from '../../src/version.js'
import { corpus, makeRepo, removeRepo } from '../helpers/fixtures.js'
import { describeConformance } from '../helpers/shared.js'

async function cli(args: string[], cwd = process.cwd()) {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: s => (out += s), stderr: s => (err += s), cwd })
  return { code, out, err }
}

/** MOT entries the CLI itself writes for the bundled examples, saved in `dir`: project-owned MOT files. */
async function exampleMotFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  for (const example of ['open-model', 'llama-finetune', 'kestrel-restricted']) {
    const { out } = await cli(['audit', `examples/${example}`, '--format', 'mof'])
    const file = path.join(dir, `${example}.yml`)
    writeFileSync(file, out)
    files.push(file)
  }
  return files
}

describe('CLI', () => {
  it('exit 0 for the open example, 1 for the broken ones', async () => {
    expect((await cli(['audit', 'examples/open-model'])).code).toBe(0)
    expect((await cli(['audit', 'examples/llama-finetune'])).code).toBe(1)
    expect((await cli(['audit', 'examples/broken'])).code).toBe(1)
  })

  it('prints the JSON report of the contract', async () => {
    const { code, out } = await cli(['audit', 'examples/kestrel-restricted', '--format', 'json'])
    expect(code).toBe(1)
    const r = JSON.parse(out)
    expect(r.schemaVersion).toBe(1)
    expect(r.tool.name).toBe('model-openness-audit')
    expect(r.models[0]).toEqual(expect.objectContaining({ path: '.', card: 'README.md', osaid: 'fail' }))
    const cap = r.models[0].findings.find((f: { rule: string }) => f.rule === 'license/no-user-threshold')
    expect(cap).toMatchObject({
      file: 'LICENSE',
      line: 7,
      category: 'license-restriction',
      severity: 'error'
    })
    expect(cap.evidence).toContain('250,000,000 monthly active users')
  })

  it('usage and config errors exit 2 with a message, never a stack', async () => {
    const bad = await cli(['audit', '--format', 'yaml'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--format must be one of/)
    expect((await cli(['frobnicate'])).code).toBe(2)
    expect((await cli(['audit', 'no/such/dir'])).code).toBe(2)
    const dir = await makeRepo({ '.github/model-openness.yml': 'policy: osaid\nfailon: error\n' })
    try {
      const r = await cli(['audit', dir])
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/model-openness\.yml:2: failon: unknown key 'failon'/)
      expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('writes the MOT entry of a repository and classifies MOT files', async () => {
    const { code, out } = await cli(['audit', 'examples/open-model', '--format', 'mof'])
    expect(code).toBe(0)
    expect(out).toMatch(/framework:/)
    expect(out).toMatch(/Model parameters \(Final\)/)
    const dir = await makeRepo({})
    try {
      const files = await exampleMotFiles(dir)
      const res = await cli(['mof', ...files, '--format', 'json'])
      expect(res.code).toBe(0)
      const arr = JSON.parse(res.out)
      expect(arr).toHaveLength(3)
      for (const x of arr) expect([0, 1, 2, 3]).toContain(x.class)
      const single = JSON.parse((await cli(['mof', files[0], '--format', 'json'])).out)
      expect(single.progress).toHaveProperty('3')
    } finally {
      await removeRepo(dir)
    }
  })

  it('a broken MOT file exits 2 naming the file', async () => {
    const dir = await makeRepo({ 'x.yml': 'release: [unclosed\n' })
    try {
      const r = await cli(['mof', path.join(dir, 'x.yml')])
      expect(r.code).toBe(2)
      expect(r.err).toContain('x.yml')
    } finally {
      await removeRepo(dir)
    }
  })
})

describe('CLI usability', () => {
  it('--help lists every option and format, and exits 0; --version prints the version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    for (const [name, o] of Object.entries(OPTIONS)) {
      expect(help.out).toContain(`--${name}`)
      if ('short' in o) expect(help.out).toContain(`-${o.short}, --${name}`)
    }
    for (const f of AUDIT_FORMATS) expect(help.out).toContain(f)
    for (const p of POLICIES) expect(help.out).toContain(p)
    expect(help.out).toMatch(/Exit status: 0 verdict pass, 1 verdict fail, 2 usage or configuration error/)
    expect((await cli(['audit', '--help'])).out).toBe(help.out)
    const v = await cli(['--version'])
    expect(v).toEqual({ code: 0, out: `${VERSION}\n`, err: '' })
  })

  it.each([
    [['audit', '--frobnicate'], /unknown option '--frobnicate'/],
    [['audit', '--format'], /option '--format' needs a value/],
    [['audit', '--policy', 'open'], /--policy must be one of osaid, /],
    [['audit', '--fail-on', 'sometimes'], /--fail-on must be one of/],
    [['audit', '--api-deadline', 'soon'], /--api-deadline must be a positive number of seconds/],
    [['mof', 'x.yml', '--models', 'm.txt'], /--models: only for audit/],
    [['audit', '--summary', '--format', 'json'], /--summary is for the text format/],
    [['audit', '--color', '--no-color'], /not both/],
    [['mof', 'x.yml', '--policy', 'osaid'], /--policy: only for audit/],
    [['mof', 'x.yml', '--format', 'sarif'], /mof --format must be text or json/],
    [['mof'], /mof needs at least one YAML file/],
    [[], /missing command/],
    [['lint'], /unknown command 'lint'/]
  ])('%j is a usage error: exit 2, the message and the usage on stderr', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(message)
    expect(r.err).toMatch(/Usage:\n {2}model-openness audit \[PATH\.\.\.\]/)
    expect(r.err).toMatch(/Run 'model-openness --help'/)
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('audit on a file, a missing folder, mof on a missing file: exit 2 naming it', async () => {
    const file = await cli(['audit', 'package.json'])
    expect(file).toMatchObject({ code: 2, out: '' })
    expect(file.err).toMatch(/^model-openness: package\.json: not a folder/)
    expect((await cli(['audit', 'no/such/dir'])).err).toMatch(/no\/such\/dir: no such folder/)
    const mof = await cli(['mof', 'missing-entry.yml'])
    expect(mof).toMatchObject({ code: 2, out: '' })
    expect(mof.err).toBe('model-openness: missing-entry.yml: no such file\n')
    expect((await cli(['audit', '--config', 'nope.yml', 'examples/open-model'])).err).toMatch(
      /nope\.yml: configuration file not found/
    )
  })

  it('-o writes the report to a file and says so on stderr; a missing folder is exit 2', async () => {
    const dir = await makeRepo({})
    try {
      const r = await cli([
        'audit',
        'examples/kestrel-restricted',
        '-f',
        'json',
        '-o',
        path.join(dir, 'r.json')
      ])
      expect(r.code).toBe(1)
      expect(r.out).toBe('')
      expect(r.err).toMatch(/^model-openness: FAIL \(8 errors, 1 note\); report written to .*r\.json\n$/)
      expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).verdict).toBe('fail')
      const text = await cli(['audit', 'examples/open-model', '-o', path.join(dir, 'r.txt')], process.cwd())
      expect(text.code).toBe(0)
      expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b')
      const missing = await cli(['audit', 'examples/open-model', '-o', path.join(dir, 'no/such/r.json')])
      expect(missing.code).toBe(2)
      expect(missing.err).toMatch(/cannot write .*no\/such\/r\.json: the folder .*no\/such does not exist/)
      const folder = await cli(['audit', 'examples/open-model', '-o', dir])
      expect(folder.code).toBe(2)
      expect(folder.err).toMatch(/it is a folder/)
      const [motFile] = await exampleMotFiles(dir)
      const mof = await cli(['mof', motFile, '-o', path.join(dir, 'm.txt')])
      expect(mof.code).toBe(0)
      expect(readFileSync(path.join(dir, 'm.txt'), 'utf8')).toMatch(/^file +class/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('the format defaults to text; colour only on a terminal without NO_COLOR, or with --color', async () => {
    const run = async (args: string[], io: Partial<Io>) => {
      let out = ''
      await runCli(args, { stdout: s => (out += s), stderr: () => undefined, cwd: process.cwd(), ...io })
      return out
    }
    const args = ['audit', 'examples/kestrel-restricted']
    const plain = await run(args, {})
    expect(plain).toMatch(/^Model Openness Audit: FAIL {2}8 errors, 1 note/)
    expect(plain).not.toContain('\u001b')
    expect(await run(args, { isTTY: true, env: {} })).toContain('\u001b[31m')
    expect(await run(args, { isTTY: true, env: { NO_COLOR: '1' } })).not.toContain('\u001b')
    expect(await run(args, { isTTY: true, env: { NO_COLOR: '' } })).toContain('\u001b[')
    expect(await run([...args, '--no-color'], { isTTY: true, env: {} })).not.toContain('\u001b')
    expect(await run([...args, '--color'], { env: { NO_COLOR: '1' } })).toContain('\u001b[')
    expect(await run(args, { env: { FORCE_COLOR: '1' } })).toContain('\u001b[')
    // TERM=dumb cannot show escape sequences: no colour on that terminal, unless forced.
    expect(await run(args, { isTTY: true, env: { TERM: 'dumb' } })).not.toContain('\u001b')
    expect(await run(args, { isTTY: true, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).toContain('\u001b[')
    expect(await run(args, { isTTY: true, env: { TERM: 'xterm-256color' } })).toContain('\u001b[')
    // Wrapped to the terminal's width.
    const narrow = await run(args, { isTTY: true, columns: 70, env: { NO_COLOR: '1' } })
    expect(narrow.split('\n').every(l => [...l].length <= 70)).toBe(true)
  })

  it('--summary prints the verdict and one line per model', async () => {
    const r = await cli(['audit', 'examples/kestrel-restricted', '--summary'])
    expect(r.code).toBe(1)
    expect(r.out.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^Model Openness Audit: FAIL/),
      '',
      expect.stringMatching(
        /^ {2}fail {2}Kestrel-3B \(\.\) {2}OSAID fail {5}MOF unclassified, 0% of Class III {2}8 errors, 1 note$/
      )
    ])
  })

  it('exit status follows the verdict under --fail-on', async () => {
    expect((await cli(['audit', 'examples/kestrel-restricted', '--fail-on', 'never'])).code).toBe(0)
    expect((await cli(['audit', 'examples/open-model', '--policy', 'mof-class-1'])).code).toBe(1)
    expect((await cli(['audit', 'examples/open-model', '--fail-on', 'note'])).code).toBe(0)
  })
})

describeConformance('CLI on the shared corpus', () => {
  it('identifies the Llama 3.1 licence and use policy and lists their clauses in the JSON report', async () => {
    const dir = await makeRepo({
      LICENSE: { corpus: 'licenses/llama3.1-community-license.txt' },
      'USE_POLICY.md': { corpus: 'licenses/llama3.1-acceptable-use-policy.txt' }
    })
    try {
      const { code, out } = await cli(['audit', dir, '--format', 'json'])
      expect(code).toBe(1)
      const m = JSON.parse(out).models[0]
      expect(m.licenses.find((l: { file: string }) => l.file === 'LICENSE')).toMatchObject({
        id: 'llama3.1',
        source: 'file'
      })
      const types = m.clauses.map((c: { type: string }) => c.type)
      expect(types).toEqual(
        expect.arrayContaining(['user-threshold', 'acceptable-use-policy', 'naming-requirement'])
      )
      const cap = m.clauses.find((c: { type: string }) => c.type === 'user-threshold')
      expect(cap.file).toBe('LICENSE')
      expect(cap.quote).toMatch(/700 million monthly active users/)
      expect(corpus('licenses/llama3.1-community-license.txt')).toContain(cap.quote)
    } finally {
      await removeRepo(dir)
    }
  })
})
