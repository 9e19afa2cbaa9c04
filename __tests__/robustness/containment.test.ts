// Nothing outside the workspace is read or written: the configuration is read through SafeFs, the
// action's path inputs must lie in the workspace (outputs also in RUNNER_TEMP), and no report is
// written through a symbolic link. Config errors name the file and line, never the values.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { splitFrontMatter } from '../../src/card/front-matter.js'
import { ConfigError, loadConfig, parseConfigText } from '../../src/config/load.js'
import { resolveInputPaths } from '../../src/inputs.js'
import { writeFileNoFollow } from '../../src/paths/contained.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

const SECRET = 'do-not-echo-this-value'

async function cli(args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { stdout: s => (out += s), stderr: s => (err += s), cwd: process.cwd() })
  return { code, out, err }
}

let outside: string
beforeAll(async () => {
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-outside-'))
  await fs.writeFile(path.join(outside, 'config.yml'), `rules:\n  ${SECRET}: off\n`)
})
afterAll(async () => removeRepo(outside))

describe('the configuration is read only inside the audited root', () => {
  it('a config symlinked to a file outside the root: exit 2, the file named, its content never shown', async () => {
    const dir = await makeRepo({
      LICENSE: 'MIT License\n',
      '.github/model-openness.yml': { symlink: path.join(outside, 'config.yml') }
    })
    try {
      const { code, out, err } = await cli(['audit', dir, '--format', 'json'])
      expect(code).toBe(2)
      expect(out).toBe('')
      expect(err).toMatch(
        /\.github\/model-openness\.yml: a symbolic link that leads outside the audited root; the configuration was not read/
      )
      expect(err).not.toContain(SECRET)
      expect(err).not.toContain(outside)
    } finally {
      await removeRepo(dir)
    }
  })

  it('a config symlinked inside the root is read', async () => {
    const dir = await makeRepo({
      'configs/audit.yml': 'policy: permissive\n',
      '.github/model-openness.yml': { symlink: '../configs/audit.yml' }
    })
    try {
      const { config, file } = await loadConfig(dir)
      expect([config.policy, file]).toEqual(['permissive', '.github/model-openness.yml'])
    } finally {
      await removeRepo(dir)
    }
  })

  it('a config named by the action must be inside the workspace', async () => {
    const dir = await makeRepo({ LICENSE: 'MIT License\n' })
    try {
      await expect(
        loadConfig(dir, path.join(outside, 'config.yml'), 'cfg.yml', { within: dir })
      ).rejects.toThrow('cfg.yml: the configuration file must be inside the workspace')
    } finally {
      await removeRepo(dir)
    }
  })
})

describe('config YAML errors name the file and line, never the values', () => {
  const fail = (text: string): ConfigError => {
    try {
      parseConfigText(text, '.github/model-openness.yml')
    } catch (err) {
      return err as ConfigError
    }
    throw new Error('expected a ConfigError')
  }

  it('an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd']
    ])
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    const e = fail(lines.join('\n') + '\n')
    expect(e).toBeInstanceOf(ConfigError)
    expect([e.message, e.line]).toEqual([
      '.github/model-openness.yml:2: not valid YAML: an alias expands to too many values (a YAML alias bomb)',
      2
    ])
  })

  it('an alias to an anchor never defined', () => {
    const e = fail(`policy: osaid\nignore:\n  - *${SECRET}\n`)
    expect([e.message, e.line]).toEqual([
      '.github/model-openness.yml:3: not valid YAML: an alias refers to an anchor that is not defined before it',
      3
    ])
  })

  it('a broken quote does not quote the text', () => {
    const e = fail(`policy: osaid\nignore:\n  - "${SECRET}\n`)
    expect(e.message).toMatch(/^\.github\/model-openness\.yml:\d+: not valid YAML: /)
    expect(e.message).not.toContain(SECRET)
  })

  it('the CLI exits 2 on an alias bomb in the config, with the file and line', async () => {
    const dir = await makeRepo({ '.github/model-openness.yml': 'a: &a [1, 1]\nb: [*a, *a, *nope]\n' })
    try {
      const { code, err } = await cli(['audit', dir])
      expect(code).toBe(2)
      expect(err).toMatch(/\.github\/model-openness\.yml:2: not valid YAML: an alias refers to an anchor/)
      expect(err).not.toMatch(/internal error/i)
    } finally {
      await removeRepo(dir)
    }
  })
})

describe('action path inputs stay inside the workspace', () => {
  let ws: string
  beforeAll(async () => {
    ws = await makeRepo({ 'models/a/README.md': '# a\n', 'escape/.keep': '' })
    await fs.rm(path.join(ws, 'escape'), { recursive: true })
    await fs.symlink(outside, path.join(ws, 'escape'))
  })
  afterAll(async () => removeRepo(ws))

  it('a folder inside the workspace is accepted; outputs may go to RUNNER_TEMP', async () => {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-temp-'))
    try {
      const r = await resolveInputPaths(
        { path: 'models/a', reportFile: 'out/report.json', sarifFile: path.join(temp, 'r.sarif') },
        ws,
        temp
      )
      expect(r).toEqual({
        root: path.join(ws, 'models/a'),
        reportFile: path.join(ws, 'out/report.json'),
        sarifFile: path.join(temp, 'r.sarif')
      })
    } finally {
      await removeRepo(temp)
    }
  })

  it.each([
    ['path', { path: '/etc' }, "input 'path': must name a folder inside the workspace (GITHUB_WORKSPACE)"],
    ['path', { path: '../..' }, "input 'path': must name a folder inside the workspace (GITHUB_WORKSPACE)"],
    ['path', { path: 'escape' }, "input 'path': must name a folder inside the workspace (GITHUB_WORKSPACE)"],
    [
      'report-file',
      { path: '.', reportFile: '/etc/report.json' },
      "input 'report-file': must name a file inside the workspace or RUNNER_TEMP"
    ],
    [
      'sarif-file',
      { path: '.', sarifFile: 'escape/results.sarif' },
      "input 'sarif-file': must name a file inside the workspace or RUNNER_TEMP"
    ]
  ])('%s outside the workspace is refused: %j', async (key, inputs, message) => {
    const err = await resolveInputPaths(inputs, ws).catch(e => e as ConfigError)
    expect(err).toBeInstanceOf(ConfigError)
    expect([(err as ConfigError).message, (err as ConfigError).key]).toEqual([message, key])
  })

  it('a report is never written through a symbolic link', async () => {
    const target = path.join(outside, 'victim.txt')
    await fs.writeFile(target, 'untouched\n')
    await fs.symlink(target, path.join(ws, 'report.json'))
    await expect(writeFileNoFollow(path.join(ws, 'report.json'), '{}')).rejects.toThrow(
      'report.json is a symbolic link; the report is never written through one'
    )
    expect(await fs.readFile(target, 'utf8')).toBe('untouched\n')
    await writeFileNoFollow(path.join(ws, 'out/fresh.json'), '{"ok":true}')
    expect(await fs.readFile(path.join(ws, 'out/fresh.json'), 'utf8')).toBe('{"ok":true}')
  })
})

describe('front matter keys that name Object.prototype members', () => {
  it('`constructor`, `__proto__` and `toString` are ordinary keys, with no false duplicate', () => {
    const fm = splitFrontMatter('---\nlicense: mit\nconstructor: x\n__proto__: y\ntoString: z\n---\n# m\n')
    expect(fm.problems).toEqual([])
    expect(Object.entries(fm.metadataLines)).toEqual([
      ['license', 2],
      ['constructor', 3],
      ['__proto__', 4],
      ['toString', 5]
    ])
    expect(Object.keys(fm.metadata)).toEqual(['license', 'constructor', '__proto__', 'toString'])
  })

  it('a key that really repeats is still reported, with both lines', () => {
    const fm = splitFrontMatter('---\nconstructor: a\nconstructor: b\n---\n')
    expect(fm.problems.map(p => [p.line, p.severity])).toEqual([[3, 'error']])
    expect(fm.problems[0]!.message).toMatch(/`constructor` appears more than once \(lines 2 and 3\)/)
  })
})
