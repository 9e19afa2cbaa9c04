import { describe, expect, test } from '@jest/globals'
import { MofInputError, classifyMotEntry, classifyMotYaml } from '../../src/verdicts/mof/index.js'

const framework = { name: 'Model Openness Framework', version: '1.0', date: '2024-12-15' }

describe('malformed entries: class 0 with a warning, never a throw', () => {
  test.each([
    ['a string', 'just some text', /must be a mapping/],
    ['null', null, /must be a mapping/],
    ['a number', 42, /must be a mapping/],
    ['a list', [1, 2], /must be a mapping/],
    ['no release', { framework }, /no release/],
    ['release a string', { framework, release: 'x' }, /release must be a mapping/],
    ['release a list', { framework, release: [] }, /release must be a mapping/],
    ['no components', { framework, release: { name: 'm', license: {} } }, /no release.components/],
    [
      'components a mapping',
      { framework, release: { name: 'm', components: { name: 'Model card' } } },
      /must be a list/
    ],
    ['components a string', { framework, release: { name: 'm', components: 'Model card' } }, /must be a list/]
  ])('%s', (_label, entry, warning) => {
    let result: ReturnType<typeof classifyMotEntry> | undefined
    expect(() => {
      result = classifyMotEntry(entry)
    }).not.toThrow()
    expect(result?.class).toBe(0)
    expect(result?.progress).toEqual({ '1': 0, '2': 0, '3': 0 })
    expect(result?.components).toHaveLength(17)
    expect(result?.warnings.some(w => warning.test(w))).toBe(true)
  })

  test('bad items are skipped with a warning; the rest still counts', () => {
    const result = classifyMotEntry({
      framework,
      release: {
        name: 'm',
        license: { distribution: { name: 'MIT' }, code: 'Apache-2.0', data: { name: 7 } },
        components: [
          'Model card',
          { description: 'no name' },
          { name: 'Weights' },
          { name: 'Model card' },
          { name: 'Model architecture', license: 3 }
        ]
      }
    })
    expect(result.class).toBe(0)
    expect(result.components.find(c => c.name === 'Model card')).toMatchObject({
      status: 'conditional',
      license: 'MIT'
    })
    expect(result.components.find(c => c.name === 'Model architecture')?.status).toBe('invalid')
    const w = result.warnings.join('\n')
    expect(w).toMatch(/components\[0\]/)
    expect(w).toMatch(/components\[1\]/)
    expect(w).toMatch(/unknown component name "Weights"/)
    expect(w).toMatch(/release.license.code must be a mapping/)
    expect(w).toMatch(/release.license.data.name must be a string/)
    expect(w).toMatch(/Model architecture: license must be an SPDX id string/)
  })

  test('an entry without framework still classifies, with a warning', () => {
    const result = classifyMotEntry({ release: { name: 'm', components: [] } })
    expect(result.class).toBe(0)
    expect(result.warnings).toContain('MOT entry has no framework')
  })

  test('duplicate listings: a later licence overrides, a later omission inherits nothing new', () => {
    const result = classifyMotEntry({
      framework,
      release: {
        name: 'm',
        license: { distribution: { name: 'MIT' } },
        components: [
          { name: 'Model card', license: 'Proprietary' },
          { name: 'Model card' },
          { name: 'Data card' },
          { name: 'Data card', license: 'unlicensed' }
        ]
      }
    })
    expect(result.components.find(c => c.name === 'Model card')?.status).toBe('invalid')
    expect(result.components.find(c => c.name === 'Data card')?.status).toBe('unlicensed')
  })
})

describe('classifyMotYaml', () => {
  test('a YAML syntax error throws MofInputError with file and line', () => {
    const text = 'framework:\n  name: x\nrelease:\n  name: [unclosed\n  components: []\n'
    let caught: unknown
    try {
      classifyMotYaml(text, 'models/bad.yml')
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(MofInputError)
    expect(caught).toBeInstanceOf(Error)
    const err = caught as MofInputError
    expect(err.file).toBe('models/bad.yml')
    expect(err.line).toBeGreaterThanOrEqual(4)
    expect(err.message).toMatch(new RegExp(`^models/bad\\.yml:${err.line}: `))
  })

  test('a bad indentation error names its line', () => {
    expect(() => classifyMotYaml('release:\n  name: a\n bad: b\n', 'x.yml')).toThrow(/^x\.yml:3: /)
  })

  test('valid YAML of the wrong shape is not an input error: class 0 with a warning', () => {
    expect(classifyMotYaml('- a\n- b\n', 'list.yml')).toMatchObject({ class: 0 })
    expect(classifyMotYaml('', 'empty.yml').warnings[0]).toMatch(/must be a mapping/)
  })
})
