import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'
import { expectSameReading, readingOf } from '../claims/same-reading.js'

/**
 * Claims as writers really word them, each of which the scanner missed, lowered or read as
 * denied: a common misspelling, "no side effects" said with a denied verb, an opening that
 * reassures ("Not surprisingly, ...") read as a negation, a rank ("No. 1") read as "no", and
 * packaging spellings ("clinically-proven", "Phase IIb", "#1"), shorthand ("w/o", "tabs",
 * "Side effects: none") and praise by denying the rest ("Nothing cures MS like CAR T").
 */
const AS_GRAVE_AS: [string, string, string, string][] = [
  ['a misspelt "side effects"', 'Zolva has no side affects.', 'Zolva has no side effects.', 'safety_side_effects'],
  ['"adverse affects"', 'Zolva has no adverse affects.', 'Zolva has no adverse effects.', 'safety_side_effects'],
  ['a misspelt approval', 'Zolva is FDA aproved for migraine.', 'Zolva is FDA approved for migraine.', 'regulatory_status'],
  ['a misspelt guarantee', 'Results garanteed or your money back.', 'Results guaranteed or your money back.', 'absolute_guarantee'],
  ['a denied verb', 'Zolva does not cause side effects.', 'Zolva has no side effects.', 'safety_side_effects'],
  ['"causes no side effects"', 'Zolva causes no side effects.', 'Zolva has no side effects.', 'safety_side_effects'],
  ['"no known side effects"', 'Zolva has no known side effects.', 'Zolva has no side effects.', 'safety_side_effects'],
  ['"Not surprisingly"', 'Not surprisingly, Zolva cures MS.', 'Zolva cures MS.', 'cure_remission'],
  ['"It is no secret"', "It's no secret that Zolva cures MS.", 'Zolva cures MS.', 'cure_remission'],
  ['"Don\'t worry"', "Don't worry, Zolva is safe for kids.", 'Zolva is safe for kids.', 'safety_side_effects'],
  ['"Don\'t wait"', "Don't wait, Zolva is FDA approved.", 'Zolva is FDA approved.', 'regulatory_status'],
  ['"No. 1"', 'The No. 1 treatment for migraine.', 'The number one treatment for migraine.', 'comparative'],
  ['"#1"', 'The #1 treatment for migraine.', 'The number one treatment for migraine.', 'comparative'],
  ['a spec sheet\'s "none"', 'Side effects: none.', 'No side effects.', 'safety_side_effects'],
  ['"w/o"', 'Zolva cures MS w/o side effects.', 'Zolva cures MS without side effects.', 'safety_side_effects'],
  ['"tabs"', 'Take 2 tabs twice a day.', 'Take 2 tablets twice a day.', 'dosing_treatment_advice'],
  ['"never fails to"', 'Zolva never fails to cure a migraine.', 'Zolva always cures a migraine.', 'cure_remission'],
  ['"nothing ... like"', 'Nothing cures MS like CAR T.', 'CAR T cures MS.', 'cure_remission'],
  ['"no drug ... as well as"', 'No drug cures MS as well as CAR T.', 'CAR T cures MS.', 'cure_remission'],
  ['"clinically-proven"', 'Zolva is clinically-proven to ease migraine.', 'Zolva is clinically proven to ease migraine.', 'efficacy_statistics'],
]


describe('claims as writers word them', () => {
  it.each(AS_GRAVE_AS)('reads %s as the usual wording', (_what, written, usual, category) => {
    expectSameReading(written, usual, category)
  })

  it('shows the words as written for a mended spelling', () => {
    const finding = scanText('Zolva is FDA aproved.').find((f) => f.category === 'regulatory_status')
    expect(finding?.text).toBe('FDA aproved')
  })

  it('reads a trial phase with a letter in Roman numerals', () => {
    expect(scanText('Zolva is in a Phase IIb study.')).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'trial_availability_eligibility' })]),
    )
  })

  it('still reads "no better than placebo" as a denial', () => {
    expect(readingOf('No supplement cures colds better than a placebo.', 'cure_remission')).toEqual([
      expect.objectContaining({ polarity: 'negated' }),
    ])
  })

  it('still reads a side effect that is caused as one', () => {
    expect(readingOf('Zolva can cause side effects such as nausea.', 'safety_side_effects')).toEqual([
      { severity: 'warning', polarity: 'affirmed' },
    ])
  })
})
