import { createScanner } from '../../src/claims/index.js'
import { loadOutsideClaims } from './outside-claims.js'
import { loadEvalOptions } from './scoring.js'

/**
 * `npm run eval:claims:external -- <file.jsonl>... [--field claim]`: the share of claims from a public
 * labelled data set, kept outside this repository, in which the engine finds anything. Every line
 * of the files is one claim (its text in `--field`, default `claim`); repeated texts count once.
 * A set of claims only, so this measures recall alone. It is a measure of generalisation only on
 * files whose misses were never read to write rules (for Check-COVID: its dev and test splits).
 */

const args = process.argv.slice(2)
const fieldAt = args.indexOf('--field')
const field = fieldAt === -1 ? 'claim' : args[fieldAt + 1]
const files = args.filter((_arg, index) => fieldAt === -1 || (index !== fieldAt && index !== fieldAt + 1))
if (files.length === 0 || !field) {
  console.error('usage: npm run eval:claims:external -- <file.jsonl>... [--field claim]')
  process.exit(2)
}

const claims = loadOutsideClaims(files, field)

const scanner = createScanner(loadEvalOptions())
let found = 0
let blocking = 0
for (const claim of claims) {
  const findings = scanner.scanText(claim)
  if (findings.length > 0) found += 1
  if (findings.some((finding) => finding.severity === 'error')) blocking += 1
}
const pct = (count: number) => `${((count / claims.length) * 100).toFixed(1)}%`
console.log(`${claims.length} claims: found ${found} (${pct(found)}), at error severity ${blocking} (${pct(blocking)})`)
