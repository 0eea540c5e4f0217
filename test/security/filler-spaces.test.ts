import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Hangul fillers are ignorable characters, and the scanner dropped them. Fonts draw U+3164, U+FFA0,
 * U+115F and U+1160 as a blank, so "cures\u3164MS" is seen as "cures MS" and was read "curesMS":
 * no claim. Read both ways, a filler between letters still hides nothing.
 */
const SPACED: [string, string, string][] = [
  ['a cure claim', 'CAR T cures\u3164MS.', 'cure_remission'],
  ['a dose', 'Take\u31644000\u3164mg\u3164daily.', 'dosing_treatment_advice'],
  ['a safety claim', 'This drug has no\u3164side\u3164effects.', 'safety_side_effects'],
  ['a halfwidth filler', 'CAR T cures\uffa0MS.', 'cure_remission'],
  ['a choseong filler', 'CAR T cures\u115fMS.', 'cure_remission'],
  ['a filler inside the word', 'CAR T cu\u3164res MS.', 'cure_remission'],
]

describe('a Hangul filler drawn as a blank', () => {
  it.each(SPACED)('keeps %s in view', (_what, sentence, category) => {
    expect(scanText(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ category, severity: 'error' })]))
  })
})
