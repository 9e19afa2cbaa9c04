// Mutation testing of the code that decides verdicts (`npm run mutate`; on demand, not in CI).
// Stryker copies the project to a sandbox, mutates the files in `mutate`, and runs the jest tests
// that cover each mutant (ts-jest in ESM mode, hence --experimental-vm-modules).
// Narrow a run to one file and the tests that exercise it (fast, and `--incremental` reuses results):
//   MUTATE_TESTS='osaid-*' npm run mutate -- --mutate src/verdicts/osaid.ts --incremental
import base from './jest.config.js'

// Test file name patterns under __tests__/verdicts or __tests__/rules, comma-separated.
const narrowed = process.env.MUTATE_TESTS?.split(',').map(name => `**/__tests__/*/${name.trim()}.test.ts`)

export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    // The tests that pin verdicts: fast, and free of the shared corpus.
    config: {
      ...base,
      testMatch: narrowed ?? [
        '**/__tests__/verdicts/osaid-*.test.ts',
        '**/__tests__/rules/license-*.test.ts'
      ],
      reporters: ['default']
    },
    enableFindRelatedTests: false
  },
  mutate: ['src/verdicts/**/*.ts', 'src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Module-level constants (regexes, tables) would run every test per mutant; leave them out.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null }
}
