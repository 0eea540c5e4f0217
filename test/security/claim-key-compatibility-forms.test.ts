import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { claimAcrossEdit } from './claimAcrossEdit.js'
import { type Attacker, startAttacker } from './securityHarness.js'

let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
})
afterAll(async () => a?.close())

/**
 * A claim's decision is stored against its sentence as normalised for matching, which takes the
 * NFKC form: a superscript or subscript digit becomes the plain digit. So two sentences a reader
 * reads differently (105 units, and 10 to the fifth: 100,000 units) share one claim key, and the
 * reviewer's approval of the first is carried over to the second. Their sign-off is voided by the
 * edit, but the re-sign finds nothing left to decide.
 */
const EDITS: [string, string, string][] = [
  ['a superscript exponent', 'Take 105 units of vitamin D every day.', 'Take 10\u2075 units of vitamin D every day.'],
  ['a subscript digit', 'Take 15 mg of melatonin every night.', 'Take 1\u2085 mg of melatonin every night.'],
]

describe('a decision dies when the words of its claim change as a reader reads them', () => {
  it.each(EDITS)('with %s', async (_how, approved, edited) => {
    const { before, after, signOffVoided } = await claimAcrossEdit(a, richText(approved), richText(edited), 'dosing_treatment_advice')
    expect(before?.decision.status).toBe('approved')
    // The sign-off is voided by the edit (this holds) ...
    expect(signOffVoided).toBe(true)
    // ... but the dose the reviewer approved is not the dose now written: its decision must not stand.
    expect(after).toBeDefined()
    expect({ key: after?.key === before?.key, decision: after?.decision.status }).toEqual({ key: false, decision: 'pending' })
  })
})
