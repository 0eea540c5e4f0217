import { expect, it } from '@jest/globals'

import { ClaimScanInputError, scanText } from '../../src/claims/index.js'

// Its own file: it measures the engine, not the heap other 10 MB scans leave in the test worker.
it('stops a claim-dense 10 MB text early with a clear error', () => {
  const text = 'KYV-101 cures MS. Take 20 mg daily. '.repeat(300_000)
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
