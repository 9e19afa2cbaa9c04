// All 273 model entries of the MOT against derived/mot-classification.csv (class and the three
// progress percentages, which the CSV rounds to one decimal).
import fs from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { classifyMotYaml } from '../../src/verdicts/mof/index.js'
import { anchor, parseCsv, readAnchor } from './helpers.js'
import { describeConformance } from '../helpers/shared.js'

describeConformance('MOT models/*.yml classification', () => {
  const rows = parseCsv(readAnchor('derived/mot-classification.csv'))

  describe('MOT models/*.yml', () => {
    test('the CSV covers every model file', () => {
      const files = fs.readdirSync(anchor('models')).filter(f => f.endsWith('.yml'))
      expect(files).toHaveLength(273)
      expect(rows.map(r => r.file).sort()).toEqual(files.sort())
    })

    test.each(rows.map(r => [r.file as string, r] as const))('%s', (file, row) => {
      const result = classifyMotYaml(readAnchor('models', file), file)
      expect(result.class).toBe(Number(row.mof_class))
      expect(result.progress['3'].toFixed(1)).toBe(Number(row.progress_class3).toFixed(1))
      expect(result.progress['2'].toFixed(1)).toBe(Number(row.progress_class2).toFixed(1))
      expect(result.progress['1'].toFixed(1)).toBe(Number(row.progress_class1).toFixed(1))
    })

    test('class III component statuses agree with the CSV columns', () => {
      const split = (s: string | undefined): string[] => (s ? s.split('; ').filter(Boolean) : [])
      for (const row of rows) {
        const result = classifyMotYaml(readAnchor('models', row.file as string), row.file as string)
        const report = result.components.find(c => c.name === 'Technical report')
        const paperStandsIn = report?.message?.includes('stands in') ?? false
        // Class III components (optional ones too, as the MOT lists them), with the research paper
        // when it stands in for the technical report.
        const c3 = result.components.filter(
          c => c.class === 3 || (paperStandsIn && c.name === 'Research paper')
        )
        const missing = c3.filter(
          c => c.required && c.status === 'missing' && !(paperStandsIn && c === report)
        )
        const unlicensed = c3.filter(c => c.status === 'unlicensed')
        const notOpen = c3.filter(c => c.status === 'invalid').map(c => `${c.name} (${c.license})`)
        expect([row.file, missing.map(c => c.name).sort()]).toEqual([
          row.file,
          split(row.class3_missing).sort()
        ])
        expect([row.file, unlicensed.map(c => c.name).sort()]).toEqual([
          row.file,
          split(row.class3_unlicensed).sort()
        ])
        expect([row.file, notOpen.sort()]).toEqual([row.file, split(row.class3_not_open).sort()])
      }
    })

    test('counts by class: 14 × I, 1 × II, 16 × III, 242 unclassified', () => {
      const counts = { 0: 0, 1: 0, 2: 0, 3: 0 }
      for (const row of rows) counts[classifyMotYaml(readAnchor('models', row.file as string), '').class]++
      expect(counts).toEqual({ 0: 242, 1: 14, 2: 1, 3: 16 })
    })
  })
})
