#!/usr/bin/env node
// npm run bench:clauses [-- FILE] [-- --quiet]: recall and precision of the clause detectors per
// type on every batch bench/clauses/cases*.jsonl (or the files named). Bundles scripts/bench-clauses.ts with ncc into a temporary
// folder (the sources are TypeScript), runs it, and removes the folder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(path.join(os.tmpdir(), 'bench-clauses-'))
try {
  const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const build = spawnSync(process.execPath, [ncc, 'build', 'scripts/bench-clauses.ts', '-o', out, '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
  const run = spawnSync(process.execPath, [path.join(out, 'index.js'), ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  process.exitCode = run.status ?? 1
} finally {
  rmSync(out, { recursive: true, force: true })
}
