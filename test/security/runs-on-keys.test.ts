import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * Where the splitter cuts what a reader reads as one sentence, the claim was keyed on its piece
 * alone: a line read as a title ("Our CAR T therapy cures" above "MS in weeks."), or a run-on over
 * 1,000 characters cut by length. An edit in the other piece (MS to acne, false to true) kept the
 * key, so the reviewer's decision stood for words it was not made on.
 */
const longRunOn = (verdict: string) =>
  `It is ${verdict}, whatever ${'the panel heard from patients and carers about living with the condition and '.repeat(14)}that CAR T cures MS.`

const EDITS: [string, string, string][] = [
  ['across a line break', 'Our CAR T therapy cures\nMS in weeks.', 'Our CAR T therapy cures\nAcne in weeks.'],
  ['across a line break, the other way', 'Ask us why\nCAR T cures MS.', 'Ask us why not\nCAR T cures MS.'],
  ['across a cut by length', longRunOn('false'), longRunOn('true')],
]

const keysOf = (text: string) => scanText(text, { fieldPath: 'body' }).map((finding) => finding.key)

describe('a claim is keyed on what a reader reads as its sentence', () => {
  it.each(EDITS)('%s', (_how, approved, edited) => {
    const before = keysOf(approved)
    const after = keysOf(edited)
    expect(before.length).toBeGreaterThan(0)
    expect(after.length).toBeGreaterThan(0)
    expect(after.filter((key) => before.includes(key))).toEqual([])
  })

  it('and an edit in another sentence keeps the key', () => {
    expect(keysOf('CAR T cures MS. The trial is in Leeds.')).toEqual(keysOf('CAR T cures MS. The trial is in York.'))
  })
})
