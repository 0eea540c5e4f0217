import { createIntTable } from './int-table.js'
import type { ClaimModelData } from './model-data.js'
import { SpanList } from './span-list.js'
import { scanTokens, tokenWord, wordHash } from './tokens.js'

/**
 * Scores a sentence with a trained ClaimModelData. One pass over the sentence's tokens adds the
 * rows of its known words and bigrams into per-class scores; nothing is allocated unless the
 * sentence passes the threshold, when the words that weighed most for the winning class are
 * collected for the explanation.
 */

/** A word or bigram that pushed the sentence towards the reported class. */
export interface ContributingWords {
  /** Offsets in the scanned text. */
  start: number
  end: number
  /** Vocabulary form, e.g. "cures" or "no side". */
  words: string
  weight: number
}

export interface ClaimClassification {
  /** Index into the model's classes (never 0, `none`). */
  classIndex: number
  className: string
  probability: number
  /** Strongest first, at most `maxWords`. */
  contributors: ContributingWords[]
}

export interface ClaimClassifier {
  readonly classes: readonly string[]
  /** The threshold the model was trained with (its data's `threshold`). */
  readonly threshold: number
  /**
   * The top class other than `none` among `allowed` (by class index) for `text[start, end)`, when
   * its probability is above `minProbability`; otherwise null.
   */
  classify(
    text: string,
    start: number,
    end: number,
    minProbability: number,
    allowed: readonly boolean[],
  ): ClaimClassification | null
  /**
   * The top class other than `none` among `allowed` (-1 and probability 0 when none is allowed):
   * `classify`'s question without the words behind the answer, which cost more than the scoring.
   */
  top(text: string, start: number, end: number, allowed: readonly boolean[]): TopClass
}

export interface TopClass {
  classIndex: number
  probability: number
}

const MAX_CONTRIBUTORS = 3
/** Bigram rows are looked up by `first * BIGRAM_STRIDE + second` word index. */
const BIGRAM_STRIDE = 1 << 16

function decodeWeights(base64: string, scale: number): Float64Array {
  const binary = atob(base64)
  const weights = new Float64Array(binary.length)
  for (let i = 0; i < binary.length; i++) {
    const byte = binary.charCodeAt(i)
    weights[i] = (byte > 127 ? byte - 256 : byte) / scale
  }
  return weights
}

export function createClaimClassifier(data: ClaimModelData): ClaimClassifier {
  const classCount = data.classes.length
  const weights = decodeWeights(data.weights, data.scale)
  const rowCount = data.words.length + data.bigrams.length / 2
  if (weights.length !== rowCount * classCount || data.words.length >= BIGRAM_STRIDE)
    throw new Error('Claim model data is inconsistent: weights do not match words and bigrams')
  const seen = new Set<number>()
  const wordRow = createIntTable(
    data.words.map((word, index) => {
      const hash = wordHash(word)
      if (seen.has(hash)) throw new Error(`Claim model vocabulary has a hash collision at "${word}"`)
      seen.add(hash)
      return [hash, index] as const
    }),
  )
  const bigramRow = createIntTable(
    Array.from({ length: data.bigrams.length / 2 }, (_, i) => [
      data.bigrams[2 * i]! * BIGRAM_STRIDE + data.bigrams[2 * i + 1]!,
      data.words.length + i,
    ] as const),
  )
  const bias = Float64Array.from(data.bias)
  const rowWords = (row: number) =>
    row < data.words.length
      ? data.words[row]!
      : `${data.words[data.bigrams[(row - data.words.length) * 2]!]} ${data.words[data.bigrams[(row - data.words.length) * 2 + 1]!]}`

  // Scratch space reused by every call (scans are synchronous).
  const scores = new Float64Array(classCount)
  /** The rows scored for the current text, with the words behind each. */
  const scored = new SpanList()
  let previousRow = -1
  let scoredText: string | null = null
  let scoredStart = -1
  let scoredEnd = -1
  let previousStart = 0
  const push = (row: number, start: number, end: number) => {
    scored.add(row, start, end)
    const offset = row * classCount
    for (let k = 0; k < classCount; k++) scores[k]! += weights[offset + k]!
  }
  // The text's tokens are collected first and scored after: scored from the tokenizer's callback,
  // the bench article's sentences took 1.1 ms in some processes and 1.6 ms in others (as V8
  // happened to compile it); collected first, 1.0 ms in every run.
  const tokens = new SpanList()
  const collect = (hash: number, tokenStart: number, tokenEnd: number) => tokens.add(hash, tokenStart, tokenEnd)
  const visit = (hash: number, tokenStart: number, tokenEnd: number) => {
    const row = wordRow.get(hash)
    if (row < 0) {
      previousRow = -1
      return
    }
    push(row, tokenStart, tokenEnd)
    if (previousRow >= 0) {
      const pair = bigramRow.get(previousRow * BIGRAM_STRIDE + row)
      if (pair >= 0) push(pair, previousStart, tokenEnd)
    }
    previousRow = row
    previousStart = tokenStart
  }

  /**
   * Scores `text[start, end)` into `scores`, and returns the top class other than `none` among
   * `allowed` (-1 when none is) with its probability. The scan asks twice about a sentence the
   * rules matched (is it a claim at all, and of which kind): the second question reuses the scores.
   */
  const top = (text: string, start: number, end: number, allowed: readonly boolean[]): TopClass => {
    if (text !== scoredText || start !== scoredStart || end !== scoredEnd) {
      scores.set(bias)
      scored.count = 0
      previousRow = -1
      tokens.count = 0
      scanTokens(text, start, end, collect)
      for (let token = 0; token < tokens.count; token++) visit(tokens.values[token]!, tokens.starts[token]!, tokens.ends[token]!)
      scoredText = text
      scoredStart = start
      scoredEnd = end
    }
    let best = -1
    for (let k = 1; k < classCount; k++) {
      if (allowed[k] === true && (best < 0 || scores[k]! > scores[best]!)) best = k
    }
    if (best < 0) return { classIndex: best, probability: 0 }
    let max = -Infinity
    for (let k = 0; k < classCount; k++) if (scores[k]! > max) max = scores[k]!
    let total = 0
    for (let k = 0; k < classCount; k++) total += Math.exp(scores[k]! - max)
    return { classIndex: best, probability: Math.exp(scores[best]! - max) / total }
  }

  return {
    classes: data.classes,
    threshold: data.threshold,
    top,
    classify(text, start, end, minProbability, allowed) {
      const { classIndex: best, probability } = top(text, start, end, allowed)
      if (best < 0 || !(probability > minProbability)) return null
      // Weight towards the class, against the class `none`: what made it a claim of this kind.
      const contributors: ContributingWords[] = []
      for (let i = 0; i < scored.count; i++) {
        const offset = scored.values[i]! * classCount
        const weight = weights[offset + best]! - weights[offset]!
        if (weight <= 0) continue
        contributors.push({ start: scored.starts[i]!, end: scored.ends[i]!, words: rowWords(scored.values[i]!), weight })
      }
      contributors.sort((a, b) => b.weight - a.weight || a.start - b.start)
      const seen = new Set<string>()
      const strongest = contributors.filter((contributor) => {
        if (seen.has(contributor.words)) return false
        seen.add(contributor.words)
        return true
      })
      return {
        classIndex: best,
        className: data.classes[best]!,
        probability,
        contributors: strongest.slice(0, MAX_CONTRIBUTORS),
      }
    },
  }
}

/** Tokens of `text` in vocabulary form (the training script's view of a sentence). */
export function sentenceTokens(text: string): { word: string; hash: number }[] {
  const tokens: { word: string; hash: number }[] = []
  scanTokens(text, 0, text.length, (hash, start, end) => tokens.push({ word: tokenWord(text, start, end), hash }))
  return tokens
}
