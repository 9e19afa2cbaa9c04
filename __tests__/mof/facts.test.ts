// The facts embedded in src/verdicts/mof must equal the MOT's own data in ../shared.
import { describe, expect, test } from '@jest/globals'
import YAML from 'yaml'
import {
  FSF_LIBRE,
  MOF_COMPONENTS,
  OPEN_DATA_LICENSES,
  OSI_APPROVED,
  TYPE_APPROPRIATE,
  isOpenLicense,
  isTypeAppropriate
} from '../../src/verdicts/mof/index.js'
import { readAnchor } from './helpers.js'
import { describeConformance } from '../helpers/shared.js'

describeConformance('embedded MOF facts against the MOT data', () => {
  interface SpdxEntry {
    licenseId: string
    isOsiApproved?: boolean
    isFsfLibre?: boolean
    ContentType?: string | string[]
  }

  describe('embedded MOT facts', () => {
    test('the 17 components match mof.settings.yml', () => {
      const settings = YAML.parse(readAnchor('config/mof.settings.yml')) as {
        components: Array<{
          id: number
          name: string
          content_type: string
          class: number
          required: boolean
          description: string
        }>
      }
      expect(MOF_COMPONENTS.map(c => ({ ...c }))).toEqual(
        settings.components.map(c => ({
          id: c.id,
          name: c.name,
          contentType: c.content_type,
          class: c.class,
          required: c.required,
          description: c.description
        }))
      )
      const count = (k: number) => MOF_COMPONENTS.filter(c => c.required && c.class >= k).length
      expect([count(3), count(2), count(1)]).toEqual([6, 10, 14])
    })

    test('OSI-approved and FSF-libre sets match licenses.json (and mof-licenses.json)', () => {
      const spdx = (JSON.parse(readAnchor('licenses/licenses.json')) as { licenses: SpdxEntry[] }).licenses
      const mof = (JSON.parse(readAnchor('licenses/mof-licenses.json')) as { licenses: SpdxEntry[] }).licenses
      const all = [...spdx, ...mof]
      expect([...OSI_APPROVED].sort()).toEqual(
        [...new Set(all.filter(l => l.isOsiApproved).map(l => l.licenseId))].sort()
      )
      expect([...FSF_LIBRE].sort()).toEqual(
        [...new Set(all.filter(l => l.isFsfLibre).map(l => l.licenseId))].sort()
      )
    })

    test('type-appropriate licences match mof-licenses.json', () => {
      const mof = (JSON.parse(readAnchor('licenses/mof-licenses.json')) as { licenses: SpdxEntry[] }).licenses
      for (const type of ['code', 'data', 'document'] as const) {
        const want = mof
          .filter(l => (Array.isArray(l.ContentType) ? l.ContentType : [l.ContentType]).includes(type))
          .map(l => l.licenseId)
        expect([type, [...TYPE_APPROPRIATE[type]].sort()]).toEqual([type, [...new Set(want)].sort()])
      }
    })

    test('open-data list and the openness test', () => {
      expect(OPEN_DATA_LICENSES.size).toBe(31)
      for (const id of [
        'Apache-2.0',
        'MIT',
        'CC-BY-4.0',
        'CDLA-Permissive-2.0',
        'CC0-1.0',
        'OpenMDW-1.0',
        'GPL-3.0-only'
      ])
        expect([id, isOpenLicense(id)]).toEqual([id, true])
      for (const id of [
        'Apache 2.0',
        'MIT license',
        'apache-2.0',
        'Llama 2 Community License',
        'arXiv.org perpetual non-exclusive license 1.0',
        'CC-BY-NC-4.0',
        'C-UDA-1.0',
        'BigScience-BLOOM-RAIL-1.0',
        'unlicensed',
        ''
      ])
        expect([id, isOpenLicense(id)]).toEqual([id, false])
      expect(isTypeAppropriate('C-UDA-1.0', 'data')).toBe(true)
      expect(isTypeAppropriate('Apache-2.0', 'data')).toBe(false)
      expect(isTypeAppropriate('Apache-2.0', 'document')).toBe(true)
    })
  })
})
