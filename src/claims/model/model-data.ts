/**
 * The shape of a trained claim classifier as it ships (model-weights.ts, written by
 * `npm run train:claims`): multinomial logistic regression over word unigrams and bigrams.
 */
export interface ClaimModelData {
  /** Class names: `none` (not a claim) first, then category ids. */
  classes: string[]
  /** Weights are stored as signed bytes: the real weight is the byte divided by `scale`. */
  scale: number
  /** Per class, already divided by `scale`. */
  bias: number[]
  /** Vocabulary (lower-cased words, `<num>`, `%`): each word's unigram row, in this order. */
  words: string[]
  /** Word-index pairs, flat (`[a0, b0, a1, b1, ...]`): each bigram's row, after the words' rows. */
  bigrams: number[]
  /** Base64 of the signed-byte weights: one row of `classes.length` per word, then per bigram. */
  weights: string
  /** Lowest probability of the top category for a finding, chosen by cross-validation. */
  threshold: number
  /** How the weights were trained and the threshold chosen (for the record). */
  provenance: string
}
