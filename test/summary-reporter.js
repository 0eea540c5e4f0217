import path from 'node:path'

const SLOWEST = 8

// As test/helpers/mongo.ts chooses it.
const mongoServer = () =>
  process.env.MONGODB_URI
    ? 'the server at MONGODB_URI'
    : process.env.MONGOMS_SYSTEM_BINARY
      ? 'a real mongod (mongodb-memory-server replica set, with transactions)'
      : 'CongoDB, a MongoDB-protocol emulator (standalone: no transactions)'
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/**
 * Says where the time went (the slowest test files, the time per test folder, the wall clock), then one closing
 * line, "jest: N passed, N failed, N skipped", that any CI log reader understands.
 */
export default class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir
    this.workers = globalConfig.maxWorkers
  }

  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map(({ testFilePath, perfStats }) => ({
        name: path.relative(this.rootDir, testFilePath),
        ms: perfStats.end - perfStats.start,
      }))
      .sort((a, b) => b.ms - a.ms)
    const folders = new Map()
    for (const { name, ms } of files) folders.set(path.dirname(name), (folders.get(path.dirname(name)) ?? 0) + ms)
    const wall = Date.now() - results.startTime

    if (files.length > 1) {
      console.log(`\njest: the slowest of ${files.length} test files:`)
      for (const { name, ms } of files.slice(0, SLOWEST)) console.log(`${seconds(ms).padStart(9)}  ${name}`)
      const byFolder = [...folders].sort((a, b) => b[1] - a[1]).map(([folder, ms]) => `${folder} ${seconds(ms)}`)
      console.log(`jest: per folder (its files added up): ${byFolder.join(', ')}`)
    }
    console.log(`jest: ${seconds(wall)} wall clock on ${this.workers} worker${this.workers === 1 ? '' : 's'}`)
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    if (process.env.PAYLOAD_DATABASE === 'mongodb') console.log(`jest: MongoDB server: ${mongoServer()}`)
    console.log(`jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`)
  }
}
