import { describe, expect, it } from '@jest/globals'
import { getLicenseInfo, identifyLicenseText } from '../../src/licenses/identify.js'
import { corpusText, manifest } from './corpus-data.js'
import { describeConformance } from '../helpers/shared.js'

describeConformance('licence identification on the shared corpus', () => {
  const files = manifest().filter(e => e.kind !== 'card')

  describe('identifyLicenseText on the corpus licences and use policies', () => {
    it('has texts to check', () => {
      expect(files.length).toBeGreaterThanOrEqual(40)
    })

    it.each(files.map(e => [e.file, e] as const))('%s', (file, e) => {
      const r = identifyLicenseText(corpusText(file), file)
      expect(r.source).toBe('file')
      expect(r.file).toBe(file)
      if (e.hf_license_id && e.hf_license_id !== 'other') {
        const wanted = [e.hf_license_id.toLowerCase(), (e.spdx_id ?? '').toLowerCase()]
        expect(wanted).toContain((r.id ?? '').toLowerCase())
      } else {
        // 'other': our catalogue id, decided by markers
        expect(r.id).not.toBeNull()
        expect(r.matcher).toBe('marker')
        expect(getLicenseInfo(r.id!)).toBeDefined()
      }
      expect(r.confidence).toBeGreaterThan(0.5)
      if (e.kind === 'use-policy') expect(r.component).toBe('use-policy')
    })
  })

  describe('Llama versions are told apart', () => {
    const versions = ['llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4']
    it.each(versions)('%s licence and use policy', v => {
      const lic = identifyLicenseText(corpusText(`licenses/${v}-community-license.txt`), 'LICENSE')
      expect(lic).toMatchObject({ id: v, matcher: 'marker', entry: v, component: 'all' })
      const aup = identifyLicenseText(corpusText(`licenses/${v}-acceptable-use-policy.txt`), 'USE_POLICY.md')
      expect(aup).toMatchObject({ id: v, matcher: 'marker', entry: `${v}-aup`, component: 'use-policy' })
    })

    it('the catalogue keeps the version differences', () => {
      const types = (id: string): string[] => getLicenseInfo(id)!.clauses.map(c => c.type)
      expect(types('llama2')).toContain('output-use-restriction')
      expect(types('llama3')).toContain('output-use-restriction')
      for (const v of ['llama3.1', 'llama3.2', 'llama3.3', 'llama4']) {
        expect(types(v)).not.toContain('output-use-restriction')
        expect(types(v)).not.toContain('geographic-restriction')
      }
      expect(getLicenseInfo('llama3')!.clauses.find(c => c.type === 'naming-requirement')!.summary).toContain(
        'Meta Llama 3'
      )
      expect(
        getLicenseInfo('llama3.1')!.clauses.find(c => c.type === 'naming-requirement')!.summary
      ).toContain('"Built with Llama"')
      for (const v of ['llama3.2', 'llama3.3', 'llama4'])
        expect(types(`${v}-aup`)).toContain('geographic-restriction')
      for (const v of ['llama2', 'llama3', 'llama3.1'])
        expect(types(`${v}-aup`)).not.toContain('geographic-restriction')
    })

    it('a licence file with its use policy appended is the licence', () => {
      const text =
        corpusText('licenses/llama3.1-community-license.txt') +
        '\n\n' +
        corpusText('licenses/llama3.1-acceptable-use-policy.txt')
      expect(identifyLicenseText(text, 'LICENSE')).toMatchObject({ id: 'llama3.1', entry: 'llama3.1' })
    })
  })
})
