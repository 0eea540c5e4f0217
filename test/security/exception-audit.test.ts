import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { createScanner } from '../../src/claims/index.js'

/**
 * An audit of every rule exception: for each, sentences written to carry a must-see claim through
 * the everyday words the exception excuses ("Take a moment to swallow two aspirin"). Each sentence
 * hid its claim when it was written. Most still do: narrowing the exceptions one by one is open
 * work, and this bound only ever moves down, so no new exception or rule change hides more.
 */
const ATTACKS = readFileSync(new URL('../fixtures/claims/exception-attacks.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
const STILL_HIDDEN_AT_MOST = 40

const scanner = createScanner(medicalReviewOptions.claims)

describe('the audit of rule exceptions', () => {
  it('holds its sentences', () => {
    expect(ATTACKS.length).toBe(212)
  })

  it(`leaves at most ${STILL_HIDDEN_AT_MOST} of them with nothing to decide`, () => {
    const hidden = ATTACKS.filter((text) => !scanner.scanText(text).some((finding) => finding.severity !== 'suggestion'))
    expect(hidden.length).toBeLessThanOrEqual(STILL_HIDDEN_AT_MOST)
  })
})
