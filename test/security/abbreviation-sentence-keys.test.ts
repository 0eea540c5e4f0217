import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * The sentence splitter ends a sentence at "Vit." or "Tab." before a capital, though a reader
 * reads "Adults may take Vit. D 4,000 IU every day." as one sentence. The dosing claim is keyed on
 * "D 4,000 IU every day." alone, so changing who is to take it (adults to newborns) keeps its key,
 * and a reviewer's approval for adults stands for newborns.
 */
const EDITS: [string, string, string][] = [
  ['"Vit. D"', 'Adults may take Vit. D 4,000 IU every day.', 'Newborns may take Vit. D 4,000 IU every day.'],
  ['"Vit. C"', 'Adults can take Vit. C 10,000 mg every day.', 'Children can take Vit. C 10,000 mg every day.'],
  ['"Tab."', 'Adults: Tab. Paracetamol 500 mg every 4 hours.', 'Infants: Tab. Paracetamol 500 mg every 4 hours.'],
]

const dosingKeys = (sentence: string) =>
  scanText(sentence, { fieldPath: 'body' }).filter((finding) => finding.category === 'dosing_treatment_advice').map((finding) => finding.key)

describe('a dose claim is keyed on the whole sentence a reader reads', () => {
  it.each(EDITS)('after %s', (_how, approved, edited) => {
    const before = dosingKeys(approved)
    const after = dosingKeys(edited)
    expect(before.length).toBeGreaterThan(0)
    expect(after.length).toBeGreaterThan(0)
    // No key of the edited sentence may be one the reviewer decided for the other audience.
    expect(after.filter((key) => before.includes(key))).toEqual([])
  })
})
