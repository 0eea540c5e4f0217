import { describe, expect, it } from '@jest/globals'
import { cuePatterns, findCues } from '../../src/claims/polarity.js'
import { textsMatching } from './pattern-samples.js'

// ANY_CUE is a hand-written superset that decides whether a sentence's cues are read at all. A cue
// it misses is silently dead, so every pattern findCues reads is sampled here: each sentence a
// pattern matches must get cues.

const SAMPLES = 5_000

const missed = (sentences: string[]) =>
  sentences.filter((sentence) => findCues(sentence, 0, sentence.length) === null)

describe('the cheap cue filter lets through every sentence a cue pattern matches', () => {
  it('negation, doubt and hedge cues', () => {
    // Groups 2 to 5 are the cues that change polarity; 1 is a pseudo-negation, 6 and 7 end scope.
    const sentences = textsMatching(cuePatterns.CUES.source, SAMPLES, (match) =>
      [2, 3, 4, 5].some((group) => match[group] !== undefined),
    )
    expect(sentences.length).toBeGreaterThan(SAMPLES / 4)
    expect(missed(sentences)).toEqual([])
  })

  it.each([
    ['a verdict on a reported claim', cuePatterns.DENIED_CLAIM],
    ['a closing report that hedges the sentence', cuePatterns.TRAILING_HEDGE],
    ['an opening that doubts the story', cuePatterns.OPENING_DOUBT],
    ['a later clause that doubts the evidence', cuePatterns.EVIDENCE_CAVEAT],
  ] as const)('%s', (_name, pattern) => {
    const sentences = textsMatching(pattern.source, SAMPLES)
    expect(sentences.length).toBeGreaterThan(SAMPLES / 10)
    expect(missed(sentences).slice(0, 10)).toEqual([])
  })
})
