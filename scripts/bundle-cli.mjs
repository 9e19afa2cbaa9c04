#!/usr/bin/env node
// Bundles the CLI (src/cli/index.ts) into dist/cli with ncc, as CommonJS: the engine and each
// renderer in chunks of their own, loaded only by the command that needs them. CommonJS, not ESM
// (what ncc would make of a "type": "module" package), because only CommonJS code can be compiled
// with a V8 code cache on Node 20 (src/cli/compile-cache.ts); the sources stay ESM TypeScript.
// ncc's command line has no switch for the output format; its API has (`esm`).
// The code is written in ASCII only (scripts/ascii-only.mjs): Node then reads each file into a
// one-byte string, which halves the engine's memory and speeds up every start.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { asciiOnly } from './ascii-only.mjs'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'dist/cli')

const { code, assets } = await ncc(path.join(root, 'src/cli/index.ts'), {
  esm: false,
  // The licence notices of the code the bundle carries, as `ncc build --license` writes them.
  license: 'licenses.txt',
  quiet: true
})
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'index.js'), asciiOnly(code))
chmodSync(path.join(out, 'index.js'), 0o755)
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true })
  const source = name.endsWith('.js') ? asciiOnly(asset.source.toString('utf8')) : asset.source
  writeFileSync(path.join(out, name), source)
}
// The worker thread of large audits (src/audit-pool.ts), in a folder of its own so that its chunks
// never meet the CLI's; the CLI finds it beside its entry (src/cli/workers.ts).
const worker = await ncc(path.join(root, 'src/audit-worker.ts'), { esm: false, quiet: true })
const workerOut = path.join(out, 'worker')
mkdirSync(workerOut, { recursive: true })
writeFileSync(path.join(workerOut, 'index.js'), asciiOnly(worker.code))
for (const [name, asset] of Object.entries(worker.assets)) {
  mkdirSync(path.dirname(path.join(workerOut, name)), { recursive: true })
  const source = name.endsWith('.js') ? asciiOnly(asset.source.toString('utf8')) : asset.source
  writeFileSync(path.join(workerOut, name), source)
}
// The package is "type": "module"; this folder's files are CommonJS.
writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
console.log(
  `dist/cli: index.js and ${Object.keys(assets).length} more files; worker/index.js and ${Object.keys(worker.assets).length} more`
)
