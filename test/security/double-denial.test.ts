import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * A verdict that denies a denial affirms: "It is a myth that CAR T does not cure MS" says that it
 * does. Each negation set the claim negated on its own, so the reviewer saw a lowered denial where
 * the text makes the claim; and a claim the writer confirms ("The claim that ... is true") was
 * read as someone else's.
 */
const AFFIRMED: string[] = [
  'It is a myth that CAR T does not cure MS.',
  'It is false that CAR T cannot cure MS.',
  'It is not true that CAR T does not cure MS.',
  'The claim that CAR T cures MS is true.',
]

const DENIED: string[] = [
  'It is a myth that CAR T cures MS.',
  'It is false that CAR T cures MS.',
  'It is not true that CAR T cures MS.',
  'No, CAR T does not cure MS.',
  'CAR T does not cure MS.',
]

const cureOf = (text: string) => scanText(text).find((finding) => finding.category === 'cure_remission')

describe('a verdict on a denial', () => {
  it.each(AFFIRMED)('%s is the claim made', (sentence) => {
    expect(cureOf(sentence)).toMatchObject({ severity: 'error', polarity: 'affirmed' })
    expect(cureOf(sentence)?.context).toBeUndefined()
  })

  it.each(DENIED)('%s stays a denial', (sentence) => {
    expect(cureOf(sentence)).toMatchObject({ polarity: 'negated' })
  })

  it('a verdict on "no side effects" affirms that there are some', () => {
    const safety = scanText('It is a myth that this vaccine has no side effects.').find((f) => f.category === 'safety_side_effects')
    expect(safety).toMatchObject({ polarity: 'affirmed' })
  })
})
