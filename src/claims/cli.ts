#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { runCli } from './cli-run.js'

/** Entry point of `npm run scan` and the `medreview` bin; all logic lives in cli-run.ts. */
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
})
