import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * A word spelt out letter by letter was read joined only with one space, ".", "_", "*" or "-"
 * between its letters. A reader reads it just as plainly with a middle dot, a bullet, a slash, a
 * tilde or a bar: no claim was found and nothing was asked of a reviewer. With two spaces or tabs
 * only the model saw it, as a warning; spaced capitals after a one-letter word ("CAR T C U R E S")
 * were read with that letter joined on ("TCURES"), and nothing was found; so were letters kept apart by
 * plus signs, colons, apostrophes, a dot and a space, or a mix of punctuation.
 */
const SENTENCES: [string, string][] = [
  ['middle dots', 'CAR T c·u·r·e·s MS.'],
  ['bullets', 'CAR T c•u•r•e•s MS.'],
  ['slashes', 'CAR T c/u/r/e/s MS.'],
  ['tildes', 'CAR T c~u~r~e~s MS.'],
  ['bars', 'CAR T c|u|r|e|s MS.'],
  ['two spaces', 'CAR T c  u  r  e  s MS.'],
  ['tabs', 'CAR T c\tu\tr\te\ts MS.'],
  ['spaced capitals after a one-letter word', 'CAR T C U R E S MS.'],
  ['spaced capitals after a one-letter word, in fullwidth', 'CAR T Ｃ Ｕ Ｒ Ｅ Ｓ MS.'],
  ['mixed hyphens and dots', 'CAR T c-u.r-e-s MS.'],
  ['a dot and a space', 'CAR T c. u. r. e. s. MS.'],
  ['plus signs', 'CAR T c+u+r+e+s MS.'],
  ['colons', 'CAR T c:u:r:e:s MS.'],
  ['apostrophes', "CAR T c'u'r'e's MS."],
]

describe('a claim spelt out letter by letter is found', () => {
  it.each(SENTENCES)('with %s', (_how, sentence) => {
    expect(scanText(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'cure_remission', severity: 'error' })]))
  })
})
