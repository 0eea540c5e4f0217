import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Claims as writers really word them, each of which the scanner missed, lowered or read as
 * denied: a common misspelling, "no side effects" said with a denied verb, an opening that
 * reassures ("Not surprisingly, ...") read as a negation, a rank ("No. 1") read as "no", and
 * packaging spellings ("clinically-proven", "Phase IIb", "#1").
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
  ['"clinically-proven"', 'Zolva is clinically-proven to ease migraine.', 'Zolva is clinically proven to ease migraine.', 'efficacy_statistics'],
]

const readingOf = (text: string, category: string) =>
  scanText(text)
    .filter((finding) => finding.category === category)
    .map(({ severity, polarity }) => ({ severity, polarity }))

describe('claims as writers word them', () => {
  it.each(AS_GRAVE_AS)('reads %s as the usual wording', (_what, written, usual, category) => {
    const expected = readingOf(usual, category)
    expect(expected).toHaveLength(1)
    expect(readingOf(written, category)).toEqual(expected)
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

  it('still reads a side effect that is caused as one', () => {
    expect(readingOf('Zolva can cause side effects such as nausea.', 'safety_side_effects')).toEqual([
      { severity: 'warning', polarity: 'affirmed' },
    ])
  })
})
