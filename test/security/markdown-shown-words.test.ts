import { describe, expect, it } from '@jest/globals'

import { scanMarkdown } from '../../src/claims/index.js'

/**
 * Markdown was read differently from how a renderer shows it: code was blanked though readers see
 * it, inline elements outside a short list (`<big>`, `<code>`, `<nobr>`, custom elements) were read
 * as a word break though browsers keep the word whole, references without a semicolon were left
 * as typed though browsers decode them in HTML, and a struck-through "not" still negated the claim.
 */
const SHOWN: [string, string][] = [
  ['in inline code', 'CAR T `cures` MS.'],
  ['as a whole sentence of inline code', '`CAR T cures MS.`'],
  ['in a fenced code block', '```\nCAR T cures MS.\n```'],
  ['split by an inline element the list lacked', 'CAR T cu<big>res</big> MS.'],
  ['split by a custom element', 'CAR T cu<x-note>res</x-note> MS.'],
  ['with a soft hyphen written without its semicolon', '<p>CAR T cu&shyres MS.</p>'],
  ['with a numeric reference without its semicolon', '<div>CAR T &#99ures MS.</div>'],
  ['with its "not" struck through', 'CAR T does ~~not~~ cure MS.'],
  ['with its "not" deleted', 'CAR T does <del>not</del> cure MS.'],
  ['with its "not" in a strike element', 'CAR T does <s>not</s> cure MS.'],
]

describe('a claim in Markdown is read as a renderer shows it', () => {
  it.each(SHOWN)('%s', (_how, markdown) => {
    expect(scanMarkdown(markdown)).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'cure_remission', severity: 'error', polarity: 'affirmed' })]))
  })

  it('while a line break or a block element still separates words, and code keeps references as typed', () => {
    expect(scanMarkdown('Stem cells cu<br>re MS.')).toEqual([])
    expect(scanMarkdown('Type `stem cells &#99;ure MS` to test the parser.')).toEqual([])
    expect(scanMarkdown('CAR T does not cure MS.')).toEqual([expect.objectContaining({ polarity: 'negated' })])
  })
})
