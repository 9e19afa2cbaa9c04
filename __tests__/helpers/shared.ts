// Where the conformance suites find the shared corpus and the MOT anchors, and how they skip.
//
// Unit and behaviour tests never read this folder: they use fixtures the project owns. The
// conformance suites check the engine against real texts written by others (the licence corpus,
// the Model Openness Tool's data), which live outside the repository and are read in place.
//
// Lookup order: $MODEL_OPENNESS_CORPUS (the folder that holds corpus/ and anchors/), then
// ../shared beside the project root. When neither exists the suites are skipped, each recorded in
// a marker file that the conformance reporter turns into one line at the end of the run. With
// MODEL_OPENNESS_REQUIRE_CORPUS=1 (set by .ci/run) a missing folder fails the suite instead.
import { describe, it } from '@jest/globals'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const CORPUS_ENV = 'MODEL_OPENNESS_CORPUS'
export const REQUIRE_ENV = 'MODEL_OPENNESS_REQUIRE_CORPUS'
/** Folder where skipped suites leave a marker (set by the Jest global setup). */
export const SKIP_DIR_ENV = 'MODEL_OPENNESS_SKIP_DIR'

const HOW_TO_RUN = `set ${CORPUS_ENV}=/path/to/shared (the folder with corpus/ and anchors/) or put it at ../shared`

/** The shared folder, or undefined when it is absent. A named folder that does not exist is an error. */
export function sharedRoot(): string | undefined {
  const named = process.env[CORPUS_ENV]
  if (named) {
    const root = path.resolve(named)
    if (!existsSync(path.join(root, 'corpus')) && !existsSync(path.join(root, 'anchors')))
      throw new Error(`${CORPUS_ENV}=${named} holds neither corpus/ nor anchors/`)
    return root
  }
  const beside = path.resolve(process.cwd(), '../shared')
  return existsSync(beside) ? beside : undefined
}

/** A path inside the shared folder; throws (never returns a dangling path) when it is absent. */
export function sharedPath(...parts: string[]): string {
  const root = sharedRoot()
  if (!root) throw new Error(`the shared corpus is not available: ${HOW_TO_RUN}`)
  return path.join(root, ...parts)
}

/** Records one skipped suite for the reporter (one marker file per suite, no shared state). */
function recordSkip(name: string): void {
  const dir = process.env[SKIP_DIR_ENV]
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  const file = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`
  writeFileSync(path.join(dir, file), name)
}

/**
 * A describe block that needs the shared folder. `fn` receives its root and may read it at
 * collection time; it is not called at all when the folder is absent.
 */
export function describeConformance(name: string, fn: (root: string) => void): void {
  const root = sharedRoot()
  if (root) {
    describe(name, () => fn(root))
    return
  }
  if (process.env[REQUIRE_ENV] === '1')
    throw new Error(`conformance suite "${name}" needs the shared corpus (${REQUIRE_ENV}=1): ${HOW_TO_RUN}`)
  recordSkip(name)
  describe.skip(`${name} (conformance: needs the shared corpus)`, () => {
    // Jest needs at least one test in a block; it is reported as skipped.
    it.skip('skipped', () => undefined)
  })
}

/**
 * `it` for the tests of a behaviour file that need the shared folder, when moving them into a
 * describeConformance block would scatter the file. Returns `it`, or `it.skip` after recording
 * `scope` once as a skipped conformance suite.
 */
export function itConformance(scope: string): typeof it.skip {
  if (sharedRoot()) return it
  if (process.env[REQUIRE_ENV] === '1')
    throw new Error(`conformance tests "${scope}" need the shared corpus (${REQUIRE_ENV}=1): ${HOW_TO_RUN}`)
  recordSkip(scope)
  return it.skip
}

export { HOW_TO_RUN }
