import { describe, expect, test } from '@jest/globals'
import YAML from 'yaml'
import {
  MOF_COMPONENTS,
  buildMotEntry,
  classifyMotEntry,
  classifyMotYaml,
  renderMotYaml,
  type MofInventory
} from '../../src/verdicts/mof/index.js'
import { readAnchor } from './helpers.js'
import { itConformance } from '../helpers/shared.js'

/** All 14 required components, each under its content type's preferred licence (type-wide). */
function openInventory(): MofInventory {
  return {
    name: 'Open-Model-1B',
    version: '1B',
    date: '2026-01-15',
    producer: 'Example Lab',
    type: 'language',
    architecture: 'transformer decoder',
    license: {
      distribution: 'Apache-2.0',
      code: 'Apache-2.0',
      data: 'CDLA-Permissive-2.0',
      document: 'CC-BY-4.0'
    },
    components: MOF_COMPONENTS.filter(c => c.required).map(c => ({ name: c.name, path: `path/${c.id}` }))
  }
}

function without(inv: MofInventory, name: string): MofInventory {
  return { ...inv, components: inv.components.filter(c => c.name !== name) }
}

function withLicense(inv: MofInventory, name: string, license: string | null): MofInventory {
  return { ...inv, components: inv.components.map(c => (c.name === name ? { ...c, license } : c)) }
}

const itCorpus = itConformance('MOT entry against the MOT schema')

describe('buildMotEntry', () => {
  test('14 required components under fitting open licences: Class I, no warnings', () => {
    const result = classifyMotEntry(buildMotEntry(openInventory()))
    expect(result.class).toBe(1)
    expect(result.progress).toEqual({ '1': 100, '2': 100, '3': 100 })
    expect(result.warnings).toEqual([])
    expect(result.components.filter(c => c.required).every(c => c.status === 'pass')).toBe(true)
  })

  test('removing the data card drops the model below Class III', () => {
    const result = classifyMotEntry(buildMotEntry(without(openInventory(), 'Data card')))
    expect(result.class).toBe(0)
    expect(result.progress['3']).toBeCloseTo((5 / 6) * 100, 10)
    expect(result.blocking['3']).toEqual(['Data card'])
  })

  test('removing a class-I component gives Class II; a class-II component gives Class III', () => {
    expect(classifyMotEntry(buildMotEntry(without(openInventory(), 'Datasets'))).class).toBe(2)
    expect(classifyMotEntry(buildMotEntry(without(openInventory(), 'Training code'))).class).toBe(3)
  })

  test('data information in the model card: the data card is recorded as included', () => {
    const inv = { ...without(openInventory(), 'Data card'), dataInfoInModelCard: true }
    const entry = buildMotEntry(inv)
    const dataCard = entry.release.components.find(c => c.name === 'Data card')
    expect(dataCard?.component_path).toBe('path/13')
    expect(classifyMotEntry(entry).class).toBe(1)
  })

  test('the research paper stands in for a missing technical report', () => {
    const result = classifyMotEntry(buildMotEntry(without(openInventory(), 'Technical report')))
    expect(result.class).toBe(1)
    const report = result.components.find(c => c.name === 'Technical report')
    expect(report?.status).toBe('missing')
    expect(report?.message).toMatch(/research paper stands in/)
  })

  test('Apache-2.0 weights: conditional pass with a warning, class kept', () => {
    const result = classifyMotEntry(
      buildMotEntry(withLicense(openInventory(), 'Model parameters (Final)', 'Apache-2.0'))
    )
    expect(result.class).toBe(1)
    const weights = result.components.find(c => c.name === 'Model parameters (Final)')
    expect(weights).toMatchObject({
      status: 'conditional',
      license: 'Apache-2.0',
      licenseSource: 'component'
    })
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/Model parameters \(Final\).*Apache-2\.0.*type-appropriate data/)
  })

  test("a 'Llama 2 Community License' string is not open: invalid, blocks Class III", () => {
    const inv = withLicense(openInventory(), 'Model parameters (Final)', 'Llama 2 Community License')
    const result = classifyMotEntry(buildMotEntry(inv))
    expect(result.class).toBe(0)
    expect(result.components.find(c => c.name === 'Model parameters (Final)')).toMatchObject({
      status: 'invalid',
      license: 'Llama 2 Community License'
    })
    expect(result.blocking['3']).toEqual(['Model parameters (Final)'])
  })

  test('licence strings compare literally: `Apache 2.0` is not Apache-2.0', () => {
    const inv = { ...openInventory(), license: { distribution: 'Apache 2.0' } }
    const result = classifyMotEntry(buildMotEntry(inv))
    expect(result.class).toBe(0)
    expect(result.components.filter(c => c.included).every(c => c.status === 'invalid')).toBe(true)
  })

  test('null licence = explicitly unlicensed, overriding the type-wide licence', () => {
    const entry = buildMotEntry(withLicense(openInventory(), 'Research paper', null))
    expect(entry.release.components.find(c => c.name === 'Research paper')?.license).toBe('unlicensed')
    const result = classifyMotEntry(entry)
    expect(result.class).toBe(2)
    expect(result.blocking['1']).toEqual(['Research paper'])
  })

  test('no licence anywhere: every included component is unlicensed', () => {
    const result = classifyMotEntry(buildMotEntry({ ...openInventory(), license: {} }))
    expect(result.class).toBe(0)
    expect(result.components.filter(c => c.included).every(c => c.status === 'unlicensed')).toBe(true)
  })

  test('an unknown component name is a programming error', () => {
    expect(() => buildMotEntry({ ...openInventory(), components: [{ name: 'Weights' }] })).toThrow(TypeError)
  })

  itCorpus('entry shape follows the MOT schema', () => {
    const entry = buildMotEntry({ ...openInventory(), type: 'llm', architecture: undefined })
    expect(entry.framework).toEqual({ name: 'Model Openness Framework', version: '1.0', date: '2024-12-15' })
    expect(entry.release.type).toBe('other')
    expect(entry.release.architecture).toBe('')
    const schema = JSON.parse(readAnchor('schema/mof_schema.json')) as {
      required: string[]
      properties: {
        release: {
          required: string[]
          properties: Record<string, { enum?: string[] }> & { components: { items: { properties: object } } }
        }
      }
    }
    for (const key of schema.required) expect(entry).toHaveProperty(key)
    const release = schema.properties.release
    for (const key of release.required) expect(entry.release).toHaveProperty(key)
    expect(release.properties.type?.enum).toContain(entry.release.type)
    expect(release.properties.architecture?.enum).toContain(entry.release.architecture)
    const allowed = Object.keys(release.properties.components.items.properties)
    for (const c of entry.release.components) for (const key of Object.keys(c)) expect(allowed).toContain(key)
    // Components come out in the MOT's configuration order.
    const order = MOF_COMPONENTS.map(c => c.name)
    const names = entry.release.components.map(c => c.name)
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names)
  })
})

describe('renderMotYaml', () => {
  test('round trip: the rendered YAML classifies like the entry', () => {
    for (const inv of [
      openInventory(),
      without(openInventory(), 'Data card'),
      withLicense(openInventory(), 'Model parameters (Final)', 'Apache-2.0'),
      withLicense(openInventory(), 'Research paper', null)
    ]) {
      const entry = buildMotEntry(inv)
      const text = renderMotYaml(entry)
      expect(YAML.parse(text)).toEqual(entry)
      expect(classifyMotYaml(text, 'built.yml')).toEqual(classifyMotEntry(entry))
    }
  })

  test('dates and version numbers are quoted for YAML 1.1 readers', () => {
    const text = renderMotYaml(buildMotEntry(openInventory()))
    expect(text).toContain("version: '1.0'")
    expect(text).toContain("date: '2024-12-15'")
    expect(text).toContain("date: '2026-01-15'")
    expect(YAML.parse(text, { version: '1.1' })).toEqual(YAML.parse(text))
  })
})
