// Mutation testing of the code that decides verdicts (`npm run mutate`; on demand, not in CI).
// Stryker copies the project to a sandbox, mutates the files in `mutate`, and runs the jest tests
// that cover each mutant (ts-jest in ESM mode, hence --experimental-vm-modules).
// Narrow a run: `npm run mutate -- --mutate src/verdicts/osaid.ts`.
import base from './jest.config.js'

export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    // The tests that pin verdicts: fast, and free of the shared corpus.
    config: {
      ...base,
      testMatch: ['**/__tests__/verdicts/osaid-*.test.ts', '**/__tests__/rules/license-*.test.ts']
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
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null }
}
