// Bad input never crashes the audit: each gives a finding or a clear message, and nothing outside
// the audited root is read or echoed.
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { allFindings, auditFiles } from '../helpers/audit.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

async function cliJson(dir: string) {
  let out = ''
  let err = ''
  const code = await runCli(['audit', dir, '--format', 'json'], {
    stdout: s => (out += s),
    stderr: s => (err += s),
    cwd: process.cwd()
  })
  return { code, out, err, report: out ? JSON.parse(out) : null }
}

describe('bad inputs', () => {
  it('broken YAML front matter is a metadata-invalid finding with a line, and the audit goes on', async () => {
    const r = await auditFiles({
      LICENSE: 'MIT License\n',
      'README.md': '---\nlicense: mit\ntags: [a, b\n  - c\n---\n# Model\n'
    })
    const f = allFindings(r).find(x => x.rule === 'metadata-invalid')!
    expect(f.file).toBe('README.md')
    expect(f.line).toBeGreaterThan(1)
    expect(r.models).toHaveLength(1)
  })

  it('a binary LICENSE is reported, not read as text', async () => {
    const r = await auditFiles({
      LICENSE: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]),
      'README.md': '# m\n'
    })
    const f = allFindings(r).find(x => x.rule === 'license-unrecognized')!
    expect(f.message).toMatch(/is binary: it holds NUL bytes; its terms cannot be checked/)
  })

  it('a symlink to /etc/passwd is an unsafe-path finding and its content never appears', async () => {
    const dir = await makeRepo({
      LICENSE: { symlink: '/etc/passwd' },
      'README.md': { symlink: '/etc/hostname' },
      'docs/x.md': 'hi'
    })
    try {
      const { code, out, err } = await cliJson(dir)
      expect(code).toBe(1)
      const report = JSON.parse(out)
      const unsafe = report.findings.filter((f: { rule: string }) => f.rule === 'unsafe-path')
      expect(unsafe.map((f: { file: string }) => f.file).sort()).toEqual(['LICENSE', 'README.md'])
      expect(out + err).not.toMatch(/root:x:0:0|\/etc\/passwd|\/etc\/hostname/)
    } finally {
      await removeRepo(dir)
    }
  })

  it('a 50 MB README is read in part, with an error saying what was not checked', async () => {
    const dir = await makeRepo({ LICENSE: 'MIT License\n' })
    try {
      const handle = await fs.open(path.join(dir, 'README.md'), 'w')
      await handle.write('---\nlicense: mit\n---\n# Huge\n\n')
      const chunk = Buffer.from('lorem ipsum dolor sit amet '.repeat(40000))
      for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await handle.write(chunk)
      await handle.close()
      const { code, report, err } = await cliJson(dir)
      expect([0, 1]).toContain(code)
      expect(err).toBe('')
      const f = report.models[0].findings.find((x: { message: string }) =>
        /only its first 2 MB/.test(x.message)
      )
      expect(f).toBeDefined()
    } finally {
      await removeRepo(dir)
    }
  })

  it('an empty repository reports a missing licence and card', async () => {
    const r = await auditFiles({})
    expect(r.verdict).toBe('fail')
    const rules = allFindings(r).map(f => f.rule)
    expect(rules).toEqual(expect.arrayContaining(['license-missing', 'card-missing']))
  })

  it('a missing LICENSE behind a broken link, odd encodings and CRLF cards do not crash', async () => {
    const r = await auditFiles({
      LICENSE: { symlink: 'does-not-exist' },
      'README.md': Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('---\r\nlicense: apache-2.0\r\n---\r\n# Café \xff\r\n', 'latin1')
      ]),
      'a/b/c/d/e/f/g/README.md': '---\nlicense: [not, a, string]\n---\n'
    })
    expect(r.models.length).toBeGreaterThan(0)
    const cardLicense = r.models.find(m => m.path === '.')!.licenses.find(l => l.source === 'card')
    expect(cardLicense?.id).toBe('Apache-2.0')
  })
})

describe('terminal and Markdown output of a hostile repository', () => {
  it('no escape sequence, bidi override or raw HTML from the repository reaches the output', async () => {
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eexe.txt <b onmouseover=x>@admin</b> #1'
    const dir = await makeRepo({
      LICENSE: `Evil licence ${evil}\nYou may use this for non-commercial purposes only. ${evil}\n`,
      'README.md': `---\nlicense: other\nlicense_name: "${evil.replace(/\\|"/g, '')}"\n---\n# Model ${evil}\n\nA fully open-source model ${evil}\n`
    })
    try {
      for (const format of ['text', 'markdown']) {
        let out = ''
        const code = await runCli(['audit', dir, '--format', format, '--color'], {
          stdout: s => (out += s),
          stderr: s => (out += s),
          cwd: process.cwd(),
          isTTY: true,
          env: {}
        })
        expect(code).toBe(1)
        // Only the report's own SGR colour codes, nothing else starting with ESC or CSI.
        // eslint-disable-next-line no-control-regex
        expect(out.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u001b\u0007\u009b\u202e]/)
        if (format === 'markdown') expect(out).not.toMatch(/<b |@admin|(?<!&)#1\b/)
      }
    } finally {
      await removeRepo(dir)
    }
  })
})
