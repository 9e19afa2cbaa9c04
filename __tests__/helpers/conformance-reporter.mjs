// Jest reporter: turns the markers left by skipped conformance suites (__tests__/helpers/shared.ts)
// into one visible line at the end of the run, so a missing corpus is never silent.
// The marker folder is created here, in the parent process, before any test worker starts, and
// handed to the workers through the environment they inherit.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SKIP_DIR_ENV = 'MODEL_OPENNESS_SKIP_DIR'

export default class ConformanceReporter {
  constructor() {
    this.dir = process.env[SKIP_DIR_ENV]
    this.owned = !this.dir
    if (!this.dir) {
      this.dir = mkdtempSync(path.join(os.tmpdir(), 'moa-conformance-'))
      process.env[SKIP_DIR_ENV] = this.dir
    }
  }

  onRunComplete() {
    let names = []
    try {
      names = readdirSync(this.dir).map(f => readFileSync(path.join(this.dir, f), 'utf8'))
    } catch {
      names = []
    }
    if (this.owned) rmSync(this.dir, { recursive: true, force: true })
    if (names.length === 0) return
    names.sort()
    process.stderr.write(
      `Skipped ${names.length} conformance suite(s) without the shared corpus (${names.join('; ')}): ` +
        'to run them, set MODEL_OPENNESS_CORPUS=/path/to/shared or put it at ../shared.\n'
    )
  }
}
