// The Model Openness Tool's own 27 test files (Test_Data/) with the classification its REST API
// returned for them (expected_results.json), read in place from ../shared.
import fs from 'node:fs'
import YAML from 'yaml'
import { describe, expect, test } from '@jest/globals'
import { classifyMotYaml } from '../../src/verdicts/mof/index.js'
import { anchor, parseLooseJson, progressFromFileName, readAnchor } from './helpers.js'
import { describeConformance } from '../helpers/shared.js'

describeConformance('MOT Test_Data classification', () => {
  interface ExpectedModel {
    release: { name: string }
    classification: { class: number; progress: Record<'1' | '2' | '3', number> }
  }

  const files = fs
    .readdirSync(anchor('test-data'))
    .filter(f => f.endsWith('.yml'))
    .sort()
  const expected = (
    parseLooseJson(readAnchor('test-data/expected_results.json')) as { models: ExpectedModel[] }
  ).models

  function expectedFor(file: string): ExpectedModel {
    // expected_results.json names each model by the release.name inside its file (some file names were
    // corrected later, the release names were not).
    const name = (YAML.parse(readAnchor('test-data', file)) as { release: { name: string } }).release.name
    const found = expected.filter(m => m.release.name === name)
    expect(found).toHaveLength(1)
    return found[0] as ExpectedModel
  }

  describe('MOT Test_Data', () => {
    test('27 files, 27 expected results', () => {
      expect(files).toHaveLength(27)
      expect(expected).toHaveLength(27)
    })

    test.each(files)('%s: class and progress as the MOT computed them', file => {
      const result = classifyMotYaml(readAnchor('test-data', file), file)
      const want = expectedFor(file).classification
      expect(result.class).toBe(want.class)
      // Same arithmetic as the MOT (counted / required * 100), so the floats agree exactly.
      expect(result.progress).toEqual(want.progress)
    })

    test.each(files)('%s: progress encoded in the file name', file => {
      const result = classifyMotYaml(readAnchor('test-data', file), file)
      const named = progressFromFileName(file)
      expect(named).not.toBeNull()
      if (!named) return
      // Class III progress is never gated: the name gives it for every file.
      expect(Math.round(result.progress['3'])).toBe(named['3'])
      // Classes II and I: the MOT reports 0 until every higher class is complete. Where the higher
      // classes are complete the name agrees with the MOT; where they are not, the name carries the
      // upstream test generator's own ungated count (denominators 11 and 15, an older component list),
      // which the MOT never reports, so the MOT's 0 is what must come out.
      for (const k of ['2', '1'] as const) {
        const higherComplete = k === '2' ? result.progress['3'] === 100 : result.progress['2'] === 100
        if (higherComplete) expect(Math.round(result.progress[k])).toBe(named[k])
        else expect(result.progress[k]).toBe(0)
      }
    })

    test('file names: class follows the progress they encode', () => {
      for (const file of files) {
        const result = classifyMotYaml(readAnchor('test-data', file), file)
        const named = progressFromFileName(file)
        if (!named) continue
        const cls = named['1'] === 100 ? 1 : named['2'] === 100 ? 2 : named['3'] === 100 ? 3 : 0
        expect([file, result.class]).toEqual([file, cls])
      }
    })
  })
})
