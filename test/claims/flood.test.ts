import { expect, it } from '@jest/globals'

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
