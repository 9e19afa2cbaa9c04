// `model-openness mof FILE... --format json` agrees with the Model Openness Tool on all 273 model
// entries (classes derived by the tool's rules) and on its 27 test files.
import { expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { describeConformance } from '../helpers/shared.js'

/** Splits one CSV row, honouring double-quoted fields (which may hold commas). */
function csvRow(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"'
      i++
    } else if (ch === '"') {
      quoted = !quoted
    } else if (ch === ',' && !quoted) {
      out.push(cur)
      cur = ''
    } else {
      cur += ch
    }
  }
  out.push(cur)
  return out
}

async function mofJson(files: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(['mof', ...files, '--format', 'json'], {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd: process.cwd()
  })
  return {
    code,
    err,
    results: JSON.parse(out) as Array<{
      file: string
      class: number
      progress: Record<'1' | '2' | '3', number>
    }>
  }
}

describeConformance('mof command on the MOT data', shared => {
  const MOF = path.join(shared, 'anchors/mof')
  it('classifies all 273 MOT model entries as the tool does', async () => {
    const rows = readFileSync(path.join(MOF, 'derived/mot-classification.csv'), 'utf8').trim().split('\n')
    const header = csvRow(rows[0])
    const col = (name: string) => header.indexOf(name)
    const expected = new Map(
      rows.slice(1).map(r => {
        const c = csvRow(r)
        return [c[col('file')], { cls: Number(c[col('mof_class')]), p3: Number(c[col('progress_class3')]) }]
      })
    )
    const files = readdirSync(path.join(MOF, 'models'))
      .filter(f => f.endsWith('.yml'))
      .sort()
    expect(files.length).toBe(273)
    const { code, results } = await mofJson(files.map(f => path.join(MOF, 'models', f)))
    expect(code).toBe(0)
    expect(results).toHaveLength(273)
    const mismatches = results.filter((r, i) => {
      const e = expected.get(files[i])!
      return r.class !== e.cls || Math.abs(r.progress['3'] - e.p3) > 0.1
    })
    expect(mismatches.map(m => m.file)).toEqual([])
  })

  it('agrees with the 27 MOT test files', async () => {
    const raw = readFileSync(path.join(MOF, 'test-data/expected_results.json'), 'utf8').replace(
      /,(\s*[}\]])/g,
      '$1'
    )
    const expected = JSON.parse(raw) as Record<string, unknown>
    const files = readdirSync(path.join(MOF, 'test-data'))
      .filter(f => f.endsWith('.yml'))
      .sort()
    expect(files.length).toBe(27)
    const { results } = await mofJson(files.map(f => path.join(MOF, 'test-data', f)))
    // The file names encode the expected class III progress, e.g. _C3_100%_.
    for (const [i, f] of files.entries()) {
      const c3 = /C3_(\d+)%/.exec(f)
      if (c3) expect(Math.round(results[i].progress['3'])).toBe(Number(c3[1]))
    }
    expect(Object.keys(expected).length).toBeGreaterThan(0)
  })
})
