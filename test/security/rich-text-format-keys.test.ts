import { describe, expect, it } from '@jest/globals'

import { scanLexical } from '../../src/claims/index.js'

/**
 * Lexical text formats change what a reader reads: a struck-through word is read as deleted, and
 * a superscript or subscript digit is an exponent or an index, not a digit of the number before it
 * ("10" + superscript "5" is 100,000). The scanner reads the characters only, so each formatted
 * sentence keeps the claim key of the plain one, and a decision on the plain one stands for it.
 * (Unicode superscripts are already named in the key; the editor's own superscript button is not.)
 */
const text = (value: string, format = 0, style = '') => ({ type: 'text', detail: 0, format, mode: 'normal', style, text: value, version: 1 })
const paragraph = (...children: ReturnType<typeof text>[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children }] },
})
const STRIKETHROUGH = 4
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

const keysOf = (state: unknown, category: string) =>
  scanLexical(state, { fieldPath: 'body' }).filter((finding) => finding.category === category).map((finding) => finding.key)

const CASES: [string, string, ReturnType<typeof paragraph>, ReturnType<typeof paragraph>][] = [
  ['a struck-through "not"', 'safety_side_effects', paragraph(text('Ibuprofen is not safe in pregnancy.')),
    paragraph(text('Ibuprofen is '), text('not', STRIKETHROUGH), text(' safe in pregnancy.'))],
  ['a superscript exponent', 'dosing_treatment_advice', paragraph(text('Take 105 units of vitamin D every day.')),
    paragraph(text('Take 10'), text('5', SUPERSCRIPT), text(' units of vitamin D every day.'))],
  ['a subscript digit', 'dosing_treatment_advice', paragraph(text('Take 15 mg of melatonin every night.')),
    paragraph(text('Take 1'), text('5', SUBSCRIPT), text(' mg of melatonin every night.'))],
  // Some editors and converters strike text through with an inline style rather than the format bit.
  ['a "not" struck through by its style', 'safety_side_effects', paragraph(text('Ibuprofen is not safe in pregnancy.')),
    paragraph(text('Ibuprofen is '), text('not', 0, 'text-decoration: line-through'), text(' safe in pregnancy.'))],
]

describe('a "not" struck through by its inline style', () => {
  it('is read as deleted, as with the strikethrough format', () => {
    const struck = paragraph(text('Ibuprofen is '), text('not', 0, 'color: red; text-decoration-line: line-through'), text(' safe in pregnancy.'))
    expect(scanLexical(struck).find((finding) => finding.category === 'safety_side_effects')).toMatchObject({ polarity: 'affirmed' })
  })
})

describe('a rich-text format that changes what a reader reads changes the claim key', () => {
  it.each(CASES)('with %s', (_how, category, plain, formatted) => {
    const [plainKey] = keysOf(plain, category)
    const formattedKeys = keysOf(formatted, category)
    expect(plainKey).toBeDefined()
    expect(formattedKeys).toHaveLength(1)
    expect(formattedKeys[0]).not.toBe(plainKey)
  })
})
