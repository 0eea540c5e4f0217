import { describe, expect, it } from '@jest/globals'
import { claimKey, normaliseSentence, scanText } from '../../src/claims/index.js'

const keyOf = (text: string, fieldPath?: string) =>
  scanText(text, { fieldPath }).find((finding) => finding.category === 'cure_remission')!.key

describe('claim keys', () => {
  it('survive edits elsewhere in the text', () => {
    expect(keyOf('Intro. KYV-101 cures MS.')).toBe(
      keyOf('A new, longer intro here.\n\nKYV-101 cures MS. More text.'),
    )
  })

  it('die when the sentence changes', () => {
    expect(keyOf('KYV-101 cures MS.')).not.toBe(keyOf('KYV-101 cures MS in mice.'))
  })

  it('ignore case, spacing and curly quotes', () => {
    expect(keyOf('“It cures MS,” he said.')).toBe(keyOf('"It  cures ms," he said.'))
  })

  it('depend on the field path and category, not on which rules matched', () => {
    expect(keyOf('It cures MS.', 'body')).not.toBe(keyOf('It cures MS.', 'summary'))
    expect(keyOf('It cures MS.', 'body')).toBe(claimKey('body', 'it cures ms.', 'cure_remission'))
    expect(claimKey('', 'it cures ms.', 'a')).not.toBe(claimKey('', 'it cures ms.', 'b'))
  })

  it('ignore characters used to hide a claim', () => {
    expect(keyOf('It cu\u200bres MS.')).toBe(keyOf('It cures MS.'))
  })

  it('die when a digit is raised, lowered, made a fraction or struck through, which reads as another number, and not for fullwidth letters', () => {
    expect(keyOf('It cures MS in 10\u2075 patients.')).not.toBe(keyOf('It cures MS in 105 patients.'))
    expect(keyOf('It cures MS in 1\u2085 patients.')).not.toBe(keyOf('It cures MS in 15 patients.'))
    expect(keyOf('It cures MS in 10\u2075 patients.')).not.toBe(keyOf('It cures MS in 10\u2085 patients.'))
    expect(keyOf('It cures MS in 1\u00bd years.')).not.toBe(keyOf('It cures MS in 11/2 years.'))
    expect(keyOf('It cures MS in 5\u03360\u0336 10 days.')).not.toBe(keyOf('It cures MS in 50 10 days.'))
    expect(keyOf('It \uff43\uff55\uff52\uff45\uff53 MS.')).toBe(keyOf('It cures MS.'))
  })

  it('are short hex sha-256 prefixes', () => {
    expect(keyOf('It cures MS.')).toMatch(/^[0-9a-f]{20}$/)
    expect(normaliseSentence('  It’s   “cured” —\tMS ')).toBe('it\'s "cured" - ms')
  })
})
