import { describe, expect, it } from '@jest/globals'

import { scanText } from '../../src/claims/index.js'

/**
 * "Fancy text" generators, popular for social posts, spell a word in letters of other scripts that
 * look like Latin capitals or small letters. A reader reads each of these as "CAR T cures MS."; the
 * confusables data the scanner folds with lacks some of their letters (Canadian syllabics "ᗴ",
 * CJK "匚" "尺" "乇" "丂", Cherokee small letters, Yi), and a parenthesized letter's NFKC form keeps
 * its brackets, so no claim is found and nothing is asked of a reviewer.
 */
const SPELLINGS: [string, string][] = [
  ['Canadian syllabics', 'ᑕᑌᖇᗴᔕ'],
  ['CJK look-alikes', '匚ㄩ尺乇丂'],
  ['Cherokee capitals', 'ᏟᏌᏒᎬᏕ'],
  ['Cherokee small letters', 'ꮯꮜꮢꭼꮪ'],
  ['Yi syllables', 'ꉓꀎꋪꍟꌗ'],
  ['parenthesized letters', '⒞⒰⒭⒠⒮'],
]

describe('a claim spelt in look-alike letters is found', () => {
  it.each(SPELLINGS)('in %s', (_how, word) => {
    const findings = scanText(`CAR T ${word} MS.`)
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'cure_remission', severity: 'error' })]))
  })
})
