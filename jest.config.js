// Jest runs the TypeScript sources as ESM through ts-jest (the ESM preset), so
// ESM-only dependencies such as @actions/core 3 load as they do in production.
// The conformance reporter prints one line naming the suites skipped for want of the shared corpus.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  reporters: ['default', '<rootDir>/__tests__/helpers/conformance-reporter.mjs'],
  // A cache per checkout: several checkouts on one machine must never share compiled modules.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 60000,
  verbose: false
}
