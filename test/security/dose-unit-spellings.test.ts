import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * A dose written with a unit the amount rule did not know ("5000 ug", "4 gms", "10k IU", "5 I.U.",
 * "5 cc", "forty-five milligrams") held no amount: with no other dosing words in the sentence,
 * nothing was found, and a label's or a post's dose went to readers undecided.
 */
const DOSES: [string, string][] = [
  ['ug', 'Most adults do well on 5000 ug of vitamin D.'],
  ['gms', 'Most adults do well on 4 gms of vitamin C.'],
  ['grammes', 'Most adults do well on 4 grammes of vitamin C.'],
  ['mgs', 'Most adults do well on 400 mgs of magnesium.'],
  ['a thousand written k', 'Most adults do well on 10k IU of vitamin D.'],
  ['I.U.', 'Give 5 I.U. of vitamin E.'],
  ['cc', 'Mix 5 cc of the syrup into water.'],
  ['a hyphenated number word', 'Most adults do well on forty-five milligrams of zinc.'],
]

describe('a dose in a unit as labels and posts write it', () => {
  it.each(DOSES)('%s', (_unit, sentence) => {
    expect(scanText(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'dosing_treatment_advice.amount' })]))
  })

  it('while a network called 5G and an excipient line hold no dose', () => {
    expect(scanText('The 5G network launched in 2020.')).toEqual([])
    const excipient = 'This medicine contains less than 1 mmol sodium (23 mg) per tablet.'
    expect(scanText(excipient).filter((finding) => finding.ruleId === 'dosing_treatment_advice.amount')).toEqual([])
  })
})
