import { describe, expect, it } from '@jest/globals'
import { splitSentences } from '../../src/claims/index.js'
import { MAX_SENTENCE_LENGTH } from '../../src/claims/sentences.js'

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('does not split after abbreviations, initials, decimals and U.S.', () => {
    for (const text of [
      'Dr. Lee treats MS in Leeds.',
      'Some drugs, e.g. natalizumab, need monitoring.',
      'Use the lowest dose, i.e. the one on the label.',
      'Ocrelizumab vs. rituximab is debated.',
      'The dose is approx. 20 mg a day.',
      'The rate fell 2.5-fold after 1.5 years.',
      'It was approved in the U.S. last year.',
      'Please contact Ms. Jones or Prof. Klein.',
      'See Fig. 2 for the results.',
      'John F. Kennedy was not a neurologist.',
    ]) {
      expect(texts(text)).toEqual([text])
    }
  })

  it('splits after a sentence-final "MS."', () => {
    expect(texts('KYV-101 cures MS. It is not approved.')).toEqual([
      'KYV-101 cures MS.',
      'It is not approved.',
    ])
    expect(texts('She has MS. Ms. Jones has not.')).toEqual(['She has MS.', 'Ms. Jones has not.'])
  })

  it('splits after "vitamin D." and "phase I." but not before lower case', () => {
    expect(texts('Take vitamin D. Then rest.')).toEqual(['Take vitamin D.', 'Then rest.'])
    expect(texts('It worked... sort of.')).toEqual(['It worked... sort of.'])
  })

  it('handles curly quotes, apostrophes, em dashes and ellipses', () => {
    expect(
      texts('“It’s a miracle,” she said… “I can walk again.” The drug—approved in 2019—helped.'),
    ).toEqual([
      '“It’s a miracle,” she said…',
      '“I can walk again.”',
      'The drug—approved in 2019—helped.',
    ])
    expect(texts('He asked: “Is it a cure?” The doctor said no.')).toEqual([
      'He asked: “Is it a cure?”',
      'The doctor said no.',
    ])
  })

  it('splits at paragraph breaks, headings and list items without punctuation', () => {
    expect(texts('# A miracle cure\nThe drug is new\n\nNew paragraph')).toEqual([
      'A miracle cure',
      'The drug is new',
      'New paragraph',
    ])
    expect(texts('Side effects include:\n- headache\n- nausea')).toEqual([
      'Side effects include:',
      'headache',
      'nausea',
    ])
    expect(
      texts(
        'A line that wraps in the middle of a long sentence about relapses\nand continues here.',
      ),
    ).toHaveLength(1)
  })

  it('reports offsets into the original text', () => {
    const text = '  “Cured?” Yes!  Dr. Who…  '
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('cuts runaway sentences so each stays bounded', () => {
    const sentences = splitSentences('word '.repeat(5000))
    expect(sentences.length).toBeGreaterThan(20)
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(
      MAX_SENTENCE_LENGTH,
    )
  })
})
