import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Combining marks drawn through a letter strike it out. The claim key names the long and short
 * strokes and solidi (U+0334-U+0338, U+20D2, U+20D3, U+20E5, U+20E6), but not the long double
 * solidus overlay (U+20EB), nor the enclosing circle backslash (U+20E0, the "prohibited" sign):
 * both are dropped, so "It is n⃫o⃫t⃫ safe in pregnancy." keys, and reads, as "not safe", and the
 * decision on the plain sentence stands for what a reader reads as "safe".
 */
const EDITS: [string, string, string][] = [
  ['a long double solidus overlay on "not"', 'It is not safe in pregnancy.', 'It is n\u20ebo\u20ebt\u20eb safe in pregnancy.'],
  ['an enclosing circle backslash on "not"', 'It is not safe in pregnancy.', 'It is n\u20e0o\u20e0t\u20e0 safe in pregnancy.'],
]

const safetyKey = (sentence: string) => scanText(sentence, { fieldPath: 'body' }).find((finding) => finding.category === 'safety_side_effects')?.key

describe('a mark that strikes a word out changes the claim key', () => {
  it.each(EDITS)('with %s', (_how, approved, edited) => {
    const before = safetyKey(approved)
    const after = safetyKey(edited)
    expect(before).toBeDefined()
    expect(after).toBeDefined()
    expect(after).not.toBe(before)
  })
})
