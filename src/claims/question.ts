import { compiledNow } from './native-regexp.js'

/**
 * A sentence that asks rather than asserts: a yes-no question or one asking which or what ("Can
 * CAR T cure MS?", "Is it safe to fly after a stroke?", "Which test is more accurate?"). It names
 * a claim for the answer to settle, so a reviewer still decides it, but there is nothing in it to
 * approve before publishing. Not a question that presupposes its claim ("How does X cure Y?", "Why
 * is X so effective?") or argues for it ("Did you know ...?", "Is it not time ...?", "What are you
 * waiting for?").
 */
const ASKING = compiledNow(/^\s*["'(]*(?:does|do|did|can|could|is|are|was|were|should|will|would|may|might|has|have|what|which)\b/i)
const ARGUING = compiledNow(
  /^\s*["'(]*(?:(?:did|do) you (?:know|realise|realize|remember)|(?:is|are|was|were|do|does|did|can|could|should|will|would|has|have) (?:\w+ )?not\b|what if\b|what (?:are|is) (?:you|stopping|holding)|(?:can|could|would) (?:you|anyone) (?:believe|imagine|deny)|what (?:better|could be better)|(?:is|are) (?:there )?(?:any|really any) (?:doubt|question))/i,
)
const CLOSES_WITH_QUESTION_MARK = compiledNow(/\?["')\s]*$/)

/** `sentence`: normalised (contractions written out, single spaces). */
export function asksPlainly(sentence: string): boolean {
  // The opening first: anchored, it fails at once for most sentences.
  return ASKING.test(sentence) && CLOSES_WITH_QUESTION_MARK.test(sentence) && !ARGUING.test(sentence)
}
