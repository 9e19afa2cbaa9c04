// docs/osi-validation.md states, for each system of the OSI's validation list, the audit's
// verdicts on a repository imitating its card; this test audits each imitation and checks them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'
import { OSI_SYSTEMS } from '../fixtures/osi-validation.js'

interface Row {
  system: string
  osi: string
  audit: string
  exit: number
  requirements: Record<string, string>
}

function table(): Row[] {
  const text = readFileSync('docs/osi-validation.md', 'utf8')
  const rows = text
    .split('\n')
    .filter(l => l.startsWith('| ') && !l.startsWith('| System') && !l.startsWith('| ---'))
  return rows.map(l => {
    const [system, osi, audit, terms, parameters, code, data] = l
      .split('|')
      .slice(1, -1)
      .map(c => c.trim())
    const m = /^(pass|fail|unknown) \((\d)\)$/.exec(audit)!
    return {
      system,
      osi,
      audit: m[1],
      exit: Number(m[2]),
      requirements: { terms, parameters, code, 'data-information': data }
    }
  })
}

describe('docs/osi-validation.md', () => {
  const rows = table()

  it('lists the nine systems of the OSI validation, with the OSI’s own results', () => {
    expect(rows.map(r => [r.system, r.osi])).toEqual(OSI_SYSTEMS.map(s => [s.system, s.osi]))
  })

  it.each(OSI_SYSTEMS.map(s => [s.system, s] as const))(
    '%s: the audit says what the page says',
    async (_name, s) => {
      const row = rows.find(r => r.system === s.system)!
      const dir = await makeRepo(s.files)
      try {
        let out = ''
        const code = await runCli(['audit', dir, '--format', 'json'], {
          stdout: t => (out += t),
          stderr: () => undefined,
          cwd: process.cwd()
        })
        const report = JSON.parse(out)
        const m = report.models[0]
        expect(code).toBe(row.exit)
        expect(m.osaid).toBe(row.audit)
        expect(
          Object.fromEntries(
            m.osaidRequirements.map((r: { id: string; verdict: string }) => [r.id, r.verdict])
          )
        ).toEqual(row.requirements)
        // The systems the OSI passed pass here; those it failed fail here.
        expect(m.osaid).toBe(s.osi)
      } finally {
        await removeRepo(dir)
      }
    }
  )

  it('each failing system fails for the OSI’s reasons', async () => {
    const reasons: Record<string, Record<string, RegExp>> = {
      'Llama 2': {
        terms: /caps the number of users.*acceptable-use policy/,
        parameters: /gated/,
        'data-information': /generic terms/
      },
      Grok: { code: /^Only inference code/, 'data-information': /not described/ },
      'Phi-2': { code: /^No training/, 'data-information': /described but not obtainable.*synthetic/ },
      Mixtral: { code: /^Only inference code/, 'data-information': /not described/ }
    }
    for (const [system, want] of Object.entries(reasons)) {
      const s = OSI_SYSTEMS.find(x => x.system === system)!
      const dir = await makeRepo(s.files)
      try {
        let out = ''
        await runCli(['audit', dir, '--format', 'json'], {
          stdout: t => (out += t),
          stderr: () => undefined,
          cwd: process.cwd()
        })
        const m = JSON.parse(out).models[0]
        for (const [id, re] of Object.entries(want))
          expect([system, m.osaidRequirements.find((r: { id: string }) => r.id === id).reason]).toEqual([
            system,
            expect.stringMatching(re)
          ])
      } finally {
        await removeRepo(dir)
      }
    }
  })
})
