import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'
import { expectSameReading } from '../claims/same-reading.js'

/**
 * Hashtags and handles write words together with capitals marking where each starts; readers read
 * "#CARTcuresMS" as "CAR T cures MS". The scanner read one word and found nothing.
 */
const JOINED: [string, string, string, string][] = [
  ['a hashtag of capitals and small letters', 'Amazing news! #CARTcuresMS', 'Amazing news! CART cures MS', 'cure_remission'],
  ['a hashtag in title case', 'Share this: #CarTCuresMS', 'Share this: Car T Cures MS', 'cure_remission'],
  ['words joined without a hashtag', 'Our pill: NoSideEffects.', 'Our pill: No Side Effects.', 'safety_side_effects'],
  ['a joined safety claim in a hashtag', 'Ask your doctor why. #NoSideEffects', 'Ask your doctor why. No Side Effects', 'safety_side_effects'],
  ['a joined dose', 'Start today #Take4000mgDaily', 'Start today Take 4000mg Daily', 'dosing_treatment_advice'],
]


describe('words written together', () => {
  it.each(JOINED)('keeps %s in view as the words written apart are', (_what, joined, apart, category) => {
    expectSameReading(joined, apart, category)
  })

  it('gives one finding per claim when both ways of reading capitals find it', () => {
    const found = scanText('#NoSideEffects').filter((finding) => finding.category === 'safety_side_effects')
    expect(found).toHaveLength(1)
  })

  it('leaves ordinary brand names and units whole', () => {
    expect(scanText('Watch the BioNTech talk on YouTube or on your iPhone; mRNA explained.')).toEqual([])
  })
})
