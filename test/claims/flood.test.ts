import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { ClaimScanInputError, scanText } from '../../src/claims/index.js'

// 3 MB: above the 2 MB request body cap, so nothing larger reaches the engine over HTTP, and still
// more than the 100,000 findings it allows. Its own file, so other suites' heap does not time it.
it('stops a claim-dense 3 MB text early with a clear error', () => {
  const text = 'KYV-101 cures MS. Take 20 mg daily. '.repeat(85_000)
  const started = Date.now()
  let code: string | undefined
  try {
    scanText(text)
  } catch (error) {
    code = error instanceof ClaimScanInputError ? error.code : String(error)
  }
  expect(code).toBe('TOO_MANY_FINDINGS')
  expect(Date.now() - started).toBeLessThan(20_000)
})

// The scan plans its rule tries and runs them in batches of 100,000 (the bench article makes about
// 6,000): copies of one article in a long text, across those batches, read alike.
it('reads every copy of an article in a long text alike', () => {
  const article = readFileSync(fileURLToPath(new URL('../fixtures/claims/bench-article.md', import.meta.url)), 'utf8')
  // About 2,000 tries a copy: more than one batch.
  const copies = 80
  const text = Array.from({ length: copies }, () => article).join('\n\n')
  const stride = article.length + 2
  const findings = scanText(text)
  const copyOf = (start: number) => Math.floor(start / stride)
  const read = (copy: number) =>
    findings
      .filter((finding) => copyOf(finding.start) === copy)
      .map(({ ruleId, category, severity, polarity, start, end }) => ({ ruleId, category, severity, polarity, start: start - copy * stride, end: end - copy * stride }))
  const first = read(0)
  expect(first.length).toBeGreaterThan(50)
  for (let copy = 1; copy < copies; copy++) expect(read(copy)).toEqual(first)
})
