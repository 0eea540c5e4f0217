import { createClaimClassifier, type ClaimClassifier } from './classifier.js'
import { CLAIM_MODEL } from './model-weights.js'

/** The classifier trained on the project's labelled sentences, decoded once on first use. */
let shipped: ClaimClassifier | null = null

export function defaultClaimClassifier(): ClaimClassifier {
  shipped ??= createClaimClassifier(CLAIM_MODEL)
  return shipped
}
