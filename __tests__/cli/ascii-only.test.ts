// scripts/ascii-only.mjs, which the bundle runs on every emitted file: the rewritten file is ASCII
// only and means what the original meant; what it cannot rewrite safely fails the build.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SCRIPT = path.resolve('scripts/ascii-only.mjs')

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'moa-ascii-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function rewrite(name: string, source: string, ...flags: string[]) {
  const file = path.join(dir, name)
  writeFileSync(file, source)
  const r = spawnSync(process.execPath, [SCRIPT, ...flags, file], { encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr, text: readFileSync(file, 'utf8'), file }
}

function output(file: string): string {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  return r.stdout
}

// Strings, a template, regular expressions with and without the u flag (a character outside the
// Basic Multilingual Plane too), an identifier and a comment, each holding non-ASCII characters.
// (A regular expression's \`source\` is its spelling, which changes; what it matches does not.)
const PROGRAM = `// Modèle — a comment
const café = 'naïve “quoted” 商业用途'
const emoji = "🙂 ok"
const tpl = \`\${café.length} → \${emoji}\`
const han = /[\\u4e00-\\u9fff]用途/
const smile = /^[🙂🙃]$/u
const dash = /[‐‑–—]/g
console.log(JSON.stringify({
  café, emoji, tpl,
  han: han.test('商业用途'),
  smile: smile.test('🙂') && !smile.test('🙂🙂'),
  dash: 'a–b—c'.replace(dash, '-')
}))
`

describe('ascii-only', () => {
  it('writes a script in ASCII only, with the same values', () => {
    const before = path.join(dir, 'before.cjs')
    writeFileSync(before, PROGRAM)
    const r = rewrite('after.cjs', PROGRAM)
    expect(r.status).toBe(0)
    expect(r.text).not.toMatch(/[\u0080-\uffff]/)
    expect(r.text).toContain("'na\\u00efve \\u201cquoted\\u201d \\u5546\\u4e1a\\u7528\\u9014'")
    expect(output(r.file)).toBe(output(before))
  })

  it('rewrites an ES module with --module', () => {
    const source = "export const word = '用途'\nconsole.log(word)\n"
    const r = rewrite('m.mjs', source, '--module')
    expect(r.status).toBe(0)
    expect(r.text).toBe("export const word = '\\u7528\\u9014'\nconsole.log(word)\n")
    expect(output(r.file)).toBe('用途\n')
  })

  it('leaves a tagged template as written: its tag sees the raw text', () => {
    const source = "const raw = String.raw`é\\u00e9`\nconst plain = 'é'\nconsole.log(raw, plain)\n"
    const r = rewrite('t.cjs', source)
    expect(r.status).toBe(0)
    expect(r.text).toBe(
      "const raw = String.raw`é\\u00e9`\nconst plain = '\\u00e9'\nconsole.log(raw, plain)\n"
    )
    expect(output(r.file)).toBe('é\\u00e9 é\n')
  })

  it('refuses a non-ASCII character written after a backslash, and leaves the file alone', () => {
    const source = "const s = '\\é'\n"
    const r = rewrite('e.cjs', source)
    expect(r.status).not.toBe(0)
    expect(r.stderr).toContain('ascii-only: escaped non-ASCII character at offset 12')
    expect(r.text).toBe(source)
  })

  it('leaves an ASCII file unchanged', () => {
    const source = "console.log('plain')\n"
    const r = rewrite('a.cjs', source)
    expect(r.status).toBe(0)
    expect(r.text).toBe(source)
  })
})
