import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Set phrases that hold "no", "not", "never" or "nothing" but insist on what follows: a negation
 * cue within five words before the claim read it as denied, so "Make no mistake, CAR T cures MS."
 * was a negated warning where the bare claim is an affirmed error, and the reviewer saw a denial.
 */
const INSISTING: string[] = [
  'No wonder CAR T cures MS.',
  'Make no mistake, CAR T cures MS.',
  'There is no denying CAR T cures MS.',
  'Believe it or not, CAR T cures MS.',
  'Without fail, CAR T cures MS.',
  'Nobody can deny that CAR T cures MS.',
  'Not kidding, CAR T cures MS.',
  'No question, CAR T cures MS.',
  'Doctors never mention that CAR T cures MS.',
  'They will never tell you CAR T cures MS.',
  'What nobody tells you: CAR T cures MS.',
  'Nothing I tried worked until CAR T cured my MS.',
  'Not many know CAR T cures MS.',
]

const cureOf = (text: string) => scanText(text).find((finding) => finding.category === 'cure_remission')

describe('a phrase that insists does not deny the claim after it', () => {
  it.each(INSISTING)('%s', (sentence) => {
    expect(cureOf(sentence)).toMatchObject({ severity: 'error', polarity: 'affirmed' })
  })

  it.each([
    'They do not want you to know: garlic kills cancer cells.',
    'Big pharma doesnt want u to know: this tea wipes out flu in 2 days!!!',
  ])('%s (what "they" hide is told as true)', (sentence) => {
    expect(cureOf(sentence)).toMatchObject({ severity: 'error', polarity: 'affirmed' })
  })

  it('while a denial stays a denial', () => {
    expect(cureOf('CAR T does not cure MS.')).toMatchObject({ polarity: 'negated' })
    expect(cureOf('There is no question that CAR T does not cure MS.')).toMatchObject({ polarity: 'negated' })
    expect(cureOf('Nobody has been cured of MS by CAR T.')).toMatchObject({ polarity: 'negated' })
  })
})
