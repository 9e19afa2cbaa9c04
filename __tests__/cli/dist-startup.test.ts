// The bundled CLI (dist/cli, after `npm run bundle`) loads only what a command needs: `--version`
// and `--help` load the entry file and nothing else; an audit loads the engine's chunks. A module
// hook (node --import) records every file the process imports as ESM, and a preload (node
// --require) every file it requires as CommonJS (the CLI bundle is CommonJS).
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { VERSION } from '../../src/version.js'

const DIST = path.resolve('dist/cli')
const CLI = path.join(DIST, 'index.js')

// Registers a resolve hook that appends each resolved file URL to LOG (Node >= 20.6).
const REGISTER = `
import { register } from 'node:module'
register(${JSON.stringify(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context)
  if (r.url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, r.url + '\\n')
  return r
}`)
)})
`

// Appends the file URL of every module in the CommonJS cache to LOG when the process exits.
const RECORD_REQUIRED = `
const { appendFileSync } = require('node:fs')
const { pathToFileURL } = require('node:url')
process.on('exit', () => {
  for (const f of Object.keys(require.cache)) appendFileSync(process.env.LOAD_LOG, pathToFileURL(f).href + '\\n')
})
`

function loaded(args: string[]): { files: string[]; status: number | null; stdout: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'moa-startup-'))
  try {
    const log = path.join(tmp, 'loaded.txt')
    const hook = path.join(tmp, 'register.mjs')
    const record = path.join(tmp, 'record.cjs')
    writeFileSync(hook, REGISTER)
    writeFileSync(record, RECORD_REQUIRED)
    writeFileSync(log, '')
    const r = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(hook).href, '--require', record, CLI, ...args],
      {
        encoding: 'utf8',
        // No compile cache: this test is about what is loaded, not how fast.
        env: { ...process.env, LOAD_LOG: log, NODE_OPTIONS: '', NODE_DISABLE_COMPILE_CACHE: '1' }
      }
    )
    const files = readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(u => new URL(u).pathname)
      // The preload itself is no file of the CLI.
      .filter(f => f !== record)
      .map(f => path.relative(DIST, f))
    return { files: [...new Set(files)].sort(), status: r.status, stdout: r.stdout }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

const chunks = existsSync(DIST) ? readdirSync(DIST).filter(f => /^\d+\.index\.js$/.test(f)) : []
// A bundle from before the engine was split into chunks cannot show what this test checks.
const describeBundle = chunks.length > 0 ? describe : describe.skip
if (chunks.length === 0) console.warn('dist-startup: skipped, dist/cli has no chunks (run npm run bundle)')

describeBundle('start-up of the bundled CLI', () => {
  it('--version loads only the entry file', () => {
    const r = loaded(['--version'])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`${VERSION}\n`)
    expect(r.files).toEqual(['index.js'])
  })

  it('--help and a usage mistake load only the entry file', () => {
    const help = loaded(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/model-openness merge REPORT\.json/)
    expect(help.files).toEqual(['index.js'])
    const bad = loaded(['audit', '--shard', '5/4'])
    expect(bad.status).toBe(2)
    expect(bad.files).toEqual(['index.js'])
  })

  it('an audit loads the engine, in chunks of its own', () => {
    const r = loaded(['audit', path.resolve('examples/open-model'), '--format', 'json'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).models).toHaveLength(1)
    expect(r.files.length).toBeGreaterThan(2)
    expect(r.files.every(f => f === 'index.js' || chunks.includes(f))).toBe(true)
  })
})
