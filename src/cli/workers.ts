// The CLI's worker threads for large monorepos (src/audit-pool.ts): the worker bundle sits beside
// the CLI's bundle (dist/cli/worker/index.js, made by scripts/bundle-cli.mjs). Run from the
// sources (tests), there is none, and the audit runs in one thread.
// MODEL_OPENNESS_THREADS=N caps the threads (1: one thread only).
import fs from 'node:fs'
import path from 'node:path'
import type { WorkerOptions } from '../audit-pool.js'

export function bundledWorkers(
  entry: string | undefined,
  env: Record<string, string | undefined>
): WorkerOptions | undefined {
  const cap = env['MODEL_OPENNESS_THREADS'] ? Number(env['MODEL_OPENNESS_THREADS']) : undefined
  if (cap !== undefined && !(Number.isInteger(cap) && cap > 1)) return undefined
  if (!entry) return undefined
  let script: string
  try {
    script = path.join(path.dirname(fs.realpathSync(entry)), 'worker', 'index.js')
    if (!fs.statSync(script).isFile()) return undefined
  } catch {
    return undefined
  }
  return cap !== undefined ? { script, threads: cap } : { script }
}
