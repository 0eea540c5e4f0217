import { describe, expect, it } from '@jest/globals'

import { alternationTrie } from '../../src/claims/rules/alternation-trie.js'
import { lookAheadFirst, topLevelBranches } from '../../src/claims/rules/anchors.js'
import { CONDITION, MEASURE, ORGAN, PRODUCT } from '../../src/claims/rules/lexicon.js'

/** What a pattern matches at the start of each text: the same words, or none, in the same order of preference. */
const matchesAt = (source: string, texts: string[]) => {
  const pattern = new RegExp(`^(?:${source})`, 'i')
  return texts.map((text) => pattern.exec(text)?.[0] ?? null)
}

/** Texts that start with each alternative's words, cut short, run on, or followed by other words. */
const probesFor = (alternatives: string[]) => {
  const words = alternatives.map((alternative) => alternative.replace(/\(\?:|[()?*+\\|]|\[[^\]]*\]/g, ''))
  return words.flatMap((word) => [word, `${word}s`, `${word} attack`, `${word}-up`, word.slice(0, -1), `${word.toUpperCase()} x`, `${word}'s disease`])
}

describe('alternationTrie', () => {
  it('splits only at top-level bars', () => {
    expect(topLevelBranches('a|b(?:c|d)|[|]e|\\|f')).toEqual(['a', 'b(?:c|d)', '[|]e', '\\|f'])
  })

  it('writes shared beginnings once', () => {
    expect(alternationTrie(['cancer', 'cancers?', 'cataract'])).toBe('ca(?:ncer(?:|s?)|taract)')
  })

  it('keeps the order of preference around alternatives that are not plain words', () => {
    const alternatives = ['heart', '(?:heart|panic) attacks?', 'heart attack', 'hear']
    const probes = ['heart attack', 'heart attacks', 'panic attack', 'hearing', 'heart']
    expect(matchesAt(alternationTrie(alternatives), probes)).toEqual(matchesAt(alternatives.join('|'), probes))
  })

  it.each([
    ['condition', CONDITION],
    ['organ', ORGAN],
    ['measure', MEASURE],
    ['product', PRODUCT],
  ])('matches what the %s lexicon matches, word for word', (_name, lexicon) => {
    const alternatives = topLevelBranches(lexicon)
    const probes = probesFor(alternatives)
    expect(probes.length).toBeGreaterThan(100)
    expect(matchesAt(alternationTrie(alternatives), probes)).toEqual(matchesAt(lexicon, probes))
  })
})

describe('lookAheadFirst', () => {
  it('tries the forward part before an opening lookbehind, and finds the same matches', () => {
    const source = "(?<=\\b(?:i|my)\\b[^.!?\\n]{0,80})(?:worked|helped(?: a lot)?)"
    const moved = lookAheadFirst(source)
    expect(moved).toBe(`(?=(?:worked|helped(?: a lot)?))${source}`)
    const texts = [
      'It worked for me.',
      'I tried it and it worked.',
      'My aunt said it helped a lot, really.',
      'Nothing helped. I gave up.',
      'helped my aunt',
    ]
    const all = (pattern: string) => texts.map((text) => [...text.matchAll(new RegExp(pattern, 'gi'))].map((m) => [m.index, m[0]]))
    expect(all(moved)).toEqual(all(source))
    expect(all(moved).flat()).toHaveLength(2)
  })

  it('leaves a source that opens otherwise, or is only a lookbehind, as it is', () => {
    expect(lookAheadFirst('cures?(?<=e)')).toBe('cures?(?<=e)')
    expect(lookAheadFirst('(?<=cure)')).toBe('(?<=cure)')
  })
})
