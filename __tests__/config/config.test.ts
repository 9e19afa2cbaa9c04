import { afterEach, describe, expect, it } from '@jest/globals'
import { ConfigError, loadConfig, parseConfigText, withOverrides } from '../../src/config/load.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

const dirs: string[] = []
afterEach(async () => {
  while (dirs.length) await removeRepo(dirs.pop()!)
})

function errorOf(text: string): ConfigError {
  try {
    parseConfigText(text, '.github/model-openness.yml')
  } catch (e) {
    return e as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('config', () => {
  it('gives defaults from the schema', () => {
    const c = parseConfigText('', 'x.yml')
    expect(c).toMatchObject({
      policy: 'osaid',
      'fail-on': 'error',
      comment: 'always',
      rules: {},
      ignore: [],
      waivers: []
    })
  })

  it('accepts a full file', () => {
    const c = parseConfigText(
      'policy: open-weights\nfail-on: warning\nrules:\n  card-incomplete: off\nignore: ["data/**"]\nallow-licenses: [apache-2.0]\nwaivers:\n  - rule: license/no-user-threshold\n    path: models/a\n    reason: legal approved\n    expires: 2027-01-31\n',
      'x.yml'
    )
    expect(c.policy).toBe('open-weights')
    expect(c.waivers[0].expires).toBe('2027-01-31')
    expect(c.rules['card-incomplete']).toBe('off')
  })

  it.each([
    ['policy: osaid\nfail_on: error\n', 'fail_on', 2, /unknown key 'fail_on'/],
    ['policy: bogus\n', 'policy', 1, /policy/],
    ['rules:\n  license-missing: fatal\n', 'rules.license-missing', 2, /rules\.license-missing/],
    ['waivers:\n  - rule: x\n    expires: 2027-01-01\n', 'waivers.0.reason', 2, /reason/],
    ['waivers:\n  - rule: x\n    reason: ok\n    expires: soon\n', 'waivers.0.expires', 4, /expires/],
    ['waivers:\n  - rule: "*"\n    reason: ok\n    model: [a, b]\n', 'waivers.0.model', 4, /model/],
    ['ignore: "data/**"\n', 'ignore', 1, /ignore/],
    ['policy: [unclosed\n', undefined, 2, /not valid YAML/],
    [
      'rules:\n  card-incomplete: off\n  card-incomplet: warning\n',
      'rules.card-incomplet',
      3,
      /unknown rule 'card-incomplet' \(did you mean 'card-incomplete'\?\)/
    ],
    ['rules:\n  no-such-rule: off\n', 'rules.no-such-rule', 2, /unknown rule 'no-such-rule'/],
    ['waivers:\n  - rule: x\n    reason: ok\n', 'waivers.0.rule', 2, /unknown rule 'x'/]
  ])('%j is an error naming key and line', (text, key, line, message) => {
    const e = errorOf(text)
    expect(e).toBeInstanceOf(ConfigError)
    expect(e.key).toBe(key)
    expect(e.line).toBe(line)
    expect(e.message).toMatch(message)
    expect(e.message).toContain('.github/model-openness.yml')
  })

  it('takes a section whose entries are all commented out as empty', () => {
    const c = parseConfigText('rules:\n  # card-incomplete: off\nignore:\nwaivers:\n', 'x.yml')
    expect(c).toMatchObject({ rules: {}, ignore: [], waivers: [] })
  })

  it('reads ./ and / at the start of ignore patterns and waiver paths as the root', () => {
    const c = parseConfigText(
      'ignore: ["./data/**", "/vendor/**", "docs/**"]\nwaivers:\n  - rule: "*"\n    path: ./models/a\n    reason: ok\n',
      'x.yml'
    )
    expect(c.ignore).toEqual(['data/**', 'vendor/**', 'docs/**'])
    expect(c.waivers[0].path).toBe('models/a')
  })

  it('loads the default path when present and errors on a named missing file', async () => {
    const d = await makeRepo({ '.github/model-openness.yml': 'policy: permissive\n' })
    dirs.push(d)
    expect((await loadConfig(d)).config.policy).toBe('permissive')
    await expect(loadConfig(d, 'missing.yml')).rejects.toThrow(/not found/)
    const empty = await makeRepo({})
    dirs.push(empty)
    expect((await loadConfig(empty)).file).toBeNull()
  })

  it('lets inputs override only what they set', () => {
    const c = parseConfigText('policy: permissive\nfail-on: warning\n', 'x.yml')
    const o = withOverrides(c, { policy: undefined, 'fail-on': 'never' }, 'inputs')
    expect(o.policy).toBe('permissive')
    expect(o['fail-on']).toBe('never')
    expect(() => withOverrides(c, { policy: 'nope' }, 'inputs')).toThrow(ConfigError)
  })
})
