/** The suites that boot no server and no database: they read alike whatever `PAYLOAD_DATABASE` says. */
const UNIT_SUITES = ['test/claims/**/*.test.ts', 'test/delivery/builders.test.ts', 'test/plugin/**/*.test.ts']

/**
 * `TEST_SUITES=unit` runs those alone (`npm run test:unit`); `TEST_SUITES=database` all the others,
 * as CI does on its second and third database.
 */
const suites = process.env.TEST_SUITES ?? 'all'
if (!['all', 'unit', 'database'].includes(suites)) throw new Error(`TEST_SUITES is "${suites}": use all, unit or database`)

/** Jest runs TypeScript as native ESM through SWC: no bundling, the same module graph as production. */
export default {
  testEnvironment: 'node',
  // Lexical's "node" entry loads itself with top-level await, which races on Node 20; its plain builds do not.
  testEnvironmentOptions: { customExportConditions: ['medreview-source', 'production', 'node', 'node-addons'] },
  roots: ['<rootDir>/test'],
  testMatch: {
    all: ['**/*.test.ts'],
    unit: UNIT_SUITES.map((suite) => `<rootDir>/${suite}`),
    database: ['**/*.test.ts', ...UNIT_SUITES.map((suite) => `!**/${suite}`)],
  }[suites],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testTimeout: 120000,
  // Payload keeps timers and pools that outlive destroy(); every suite closes what it opened.
  forceExit: true,
  // Jest's ESM module registries outlive their test files, and with them every regular expression
  // V8 compiled to machine code, and V8 caps the space for that code whatever the heap limit.
  // A worker whose heap passes this after a file is replaced, so no run depends on the suite's size.
  workerIdleMemoryLimit: '700MB',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
}
