// The helper that finds the shared corpus and the reporter that names skipped conformance suites:
// a missing corpus is never silent, a misnamed one is an error, and CI can demand the corpus.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  CORPUS_ENV,
  REQUIRE_ENV,
  SKIP_DIR_ENV,
  itConformance,
  sharedPath,
  sharedRoot
} from '../helpers/shared.js'

const saved = { ...process.env }
const temps: string[] = []
function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'moa-shared-'))
  temps.push(dir)
  return dir
}
afterEach(() => {
  for (const key of [CORPUS_ENV, REQUIRE_ENV, SKIP_DIR_ENV]) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('sharedRoot', () => {
  it('takes the folder MODEL_OPENNESS_CORPUS names when it holds corpus/ or anchors/', () => {
    const root = temp()
    mkdirSync(path.join(root, 'anchors'))
    process.env[CORPUS_ENV] = root
    expect(sharedRoot()).toBe(root)
    expect(sharedPath('anchors', 'mof', 'x.yml')).toBe(path.join(root, 'anchors', 'mof', 'x.yml'))
  })

  it('refuses a named folder without corpus/ or anchors/ rather than skipping', () => {
    process.env[CORPUS_ENV] = temp()
    expect(() => sharedRoot()).toThrow(/holds neither corpus\/ nor anchors\//)
  })
})

describe('itConformance', () => {
  it('a named folder that does not exist is an error, never a skip', () => {
    process.env[CORPUS_ENV] = path.join(temp(), 'nowhere')
    expect(() => itConformance('x')).toThrow(/holds neither/)
  })

  it('without the corpus, records the skipped scope for the reporter', async () => {
    const cwd = process.cwd()
    const lone = temp()
    const skips = path.join(temp(), 'skips')
    delete process.env[CORPUS_ENV]
    delete process.env[REQUIRE_ENV]
    process.env[SKIP_DIR_ENV] = skips
    const spy = jest.spyOn(process, 'cwd').mockReturnValue(path.join(lone, 'x'))
    try {
      expect(sharedRoot()).toBeUndefined()
      expect(() => sharedPath('corpus')).toThrow(/MODEL_OPENNESS_CORPUS/)
      itConformance('a scope that needs the corpus')
      expect(readdirSync(skips).map(f => readFileSync(path.join(skips, f), 'utf8'))).toEqual([
        'a scope that needs the corpus'
      ])
      process.env[REQUIRE_ENV] = '1'
      expect(() => itConformance('another')).toThrow(
        /need the shared corpus \(MODEL_OPENNESS_REQUIRE_CORPUS=1\)/
      )
    } finally {
      spy.mockRestore()
    }
    expect(process.cwd()).toBe(cwd)
  })
})

describe('the conformance reporter', () => {
  it('prints one line naming every skipped suite and how to run them, and nothing when none was', async () => {
    const { default: Reporter } = (await import('../helpers/conformance-reporter.mjs' as string)) as {
      default: new () => { onRunComplete(): void }
    }
    const dir = temp()
    process.env[SKIP_DIR_ENV] = dir
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      new Reporter().onRunComplete()
      expect(write).not.toHaveBeenCalled()
      const reporter = new Reporter()
      for (const [i, name] of ['MOT data', 'corpus cards'].entries())
        writeFileSync(path.join(dir, `${i}.txt`), name)
      reporter.onRunComplete()
      expect(write).toHaveBeenCalledTimes(1)
      const line = String(write.mock.calls[0]![0])
      expect(line).toMatch(
        /^Skipped 2 conformance suite\(s\) without the shared corpus \(MOT data; corpus cards\)/
      )
      expect(line).toContain('MODEL_OPENNESS_CORPUS=/path/to/shared')
      expect(line.split('\n')).toHaveLength(2)
    } finally {
      write.mockRestore()
    }
  })
})
