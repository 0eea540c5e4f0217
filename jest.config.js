/** Jest runs TypeScript as native ESM through SWC: no bundling, the same module graph as production. */
export default {
  testEnvironment: 'node',
  // Lexical's "node" entry loads itself with top-level await, which races on Node 20; its plain builds do not.
  testEnvironmentOptions: { customExportConditions: ['medreview-source', 'production', 'node', 'node-addons'] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
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
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
}
