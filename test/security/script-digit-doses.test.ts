import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Digits of another script read as plainly as 0 to 9 to readers of that script, and many sites
 * print them. Devanagari digits were folded to the Latin letters they look like ("०" to "o"), so
 * "Take ४०० mg" held no amount and only the model saw a warning; Arabic-Indic and Bengali digits
 * lowered a dose from an error to a warning or hid it.
 */
const DOSES: [string, string, string][] = [
  ['Devanagari', 'Take \u096a\u0966\u0966 mg of ibuprofen every \u096a hours.', 'Take 400 mg of ibuprofen every 4 hours.'],
  ['Arabic-Indic', 'Take \u0664\u0660\u0660 mg of ibuprofen every \u0664 hours.', 'Take 400 mg of ibuprofen every 4 hours.'],
  ['Eastern Arabic-Indic', 'Take \u06f4\u06f0\u06f0 mg of ibuprofen every \u06f4 hours.', 'Take 400 mg of ibuprofen every 4 hours.'],
  ['Bengali', 'Give children \u09e7\u09e6 ml of the syrup.', 'Give children 10 ml of the syrup.'],
  ['Thai', 'Take \u0e54\u0e50\u0e50 mg of ibuprofen every \u0e54 hours.', 'Take 400 mg of ibuprofen every 4 hours.'],
]

const dosingError = expect.arrayContaining([expect.objectContaining({ category: 'dosing_treatment_advice', severity: 'error' })])

describe('a dose written in the digits of another script', () => {
  it.each(DOSES)('in %s digits is a dosing error, as in 0 to 9', (_script, sentence, inLatinDigits) => {
    expect(scanText(inLatinDigits)).toEqual(dosingError)
    expect(scanText(sentence)).toEqual(dosingError)
  })
})

describe('a digit of another script in a dose', () => {
  it('keys apart from the Latin digit it looks like and from the one it means', () => {
    const doseKey = (sentence: string) => scanText(sentence, { fieldPath: 'body' }).find((finding) => finding.category === 'dosing_treatment_advice')?.key
    // Bengali four looks like 8; a decision on "400 mg" must not stand for it, nor one on "800 mg".
    const bengali = doseKey('Take \u09ea00 mg of ibuprofen daily.')
    expect(bengali).toBeDefined()
    expect([doseKey('Take 400 mg of ibuprofen daily.'), doseKey('Take 800 mg of ibuprofen daily.')]).not.toContain(bengali)
  })
})

