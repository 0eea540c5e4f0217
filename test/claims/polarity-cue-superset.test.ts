import { describe, expect, it } from '@jest/globals'
import RandExp from 'randexp'
import { cuePatterns, findCues } from '../../src/claims/polarity.js'

// ANY_CUE is a hand-written superset that decides whether a sentence's cues are read at all. A cue
// it misses is silently dead, so every pattern findCues reads is sampled here: each sentence a
// pattern matches must get cues.

const SAMPLES = 5_000

/** A small seeded generator (mulberry32), so that a failure repeats. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentencesMatching(pattern: RegExp, counts: (match: RegExpExecArray) => boolean): string[] {
  // A word boundary becomes a space, or random letters glued to a word would rarely match.
  const generator = new RandExp(new RegExp(pattern.source.replaceAll('\\b', ' '), 'i'))
  const random = seeded(pattern.source.length)
  generator.randInt = (from, to) => from + Math.floor(random() * (to - from + 1))
  generator.defaultRange.subtract(0, 0x10ffff)
  // Letters and spaces only: random punctuation would bring its own cue ("?") and hide a miss.
  generator.defaultRange.add(97, 122)
  generator.defaultRange.add(32, 32)
  generator.max = 6
  const probe = new RegExp(pattern.source, pattern.flags.replace('g', ''))
  const found: string[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const sentence = generator.gen()
    const match = probe.exec(sentence)
    if (match !== null && counts(match)) found.push(sentence)
  }
  return found
}

const missed = (sentences: string[]) =>
  sentences.filter((sentence) => findCues(sentence, 0, sentence.length) === null)

describe('the cheap cue filter lets through every sentence a cue pattern matches', () => {
  it('negation, doubt and hedge cues', () => {
    // Groups 2 to 5 are the cues that change polarity; 1 is a pseudo-negation, 6 and 7 end scope.
    const sentences = sentencesMatching(cuePatterns.CUES, (match) =>
      [2, 3, 4, 5].some((group) => match[group] !== undefined),
    )
    expect(sentences.length).toBeGreaterThan(SAMPLES / 4)
    expect(missed(sentences)).toEqual([])
  })

  it.each([
    ['a verdict on a reported claim', cuePatterns.DENIED_CLAIM],
    ['a closing report that hedges the sentence', cuePatterns.TRAILING_HEDGE],
    ['an opening that doubts the story', cuePatterns.OPENING_DOUBT],
  ] as const)('%s', (_name, pattern) => {
    const sentences = sentencesMatching(pattern, () => true)
    expect(sentences.length).toBeGreaterThan(SAMPLES / 10)
    expect(missed(sentences).slice(0, 10)).toEqual([])
  })
})
