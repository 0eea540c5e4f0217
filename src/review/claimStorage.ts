import type { CategoryDefaults, CategoryId, ClaimScanner } from '../claims/index.js'
import type { ReviewClaim } from './types.js'

type Rebuilt = 'category' | 'decision' | 'message' | 'sentence'
/** A claim as stored: what can be rebuilt on reading is left out. */
type StoredClaim = Omit<ReviewClaim, Rebuilt> & Partial<Pick<ReviewClaim, Rebuilt>>

/**
 * How claims are kept in the database. The review state is stored on the document and on every
 * version, and Payload reads, parses and copies it several times per save, so its size is most of
 * what review adds to a save. Left out, and rebuilt on every read:
 * - the message and category, when they are the rule's (its template with the matched words);
 * - the sentence, when it is the previous claim's (one sentence often holds several claims);
 * - the decision, while the claim is undecided.
 * Whatever is stored wins, so claims saved whole read as they were.
 */
export const claimStorage = (scanner: ClaimScanner) => {
  const rules = new Map(
    scanner.rules.map((rule) => [
      rule.id,
      { category: rule.category, template: (rule.message ?? scanner.categories[rule.category].message).split('%s') },
    ]),
  )
  // A rule gone since the claim was stored (renamed in an upgrade, removed by the site): rule ids
  // begin with their category, and the category's own wording stands in for the message.
  const ruleOf = (ruleId: string) => {
    const rule = rules.get(ruleId)
    if (rule) return rule
    const category = ruleId.slice(0, ruleId.indexOf('.')) as CategoryId
    const defaults = scanner.categories[category] as CategoryDefaults | undefined
    return defaults ? { category, template: defaults.message.split('%s') } : undefined
  }
  const ruleMessage = (template: string[], text: string): string =>
    template.length === 2 ? template[0] + text + template[1] : template.join(text)
  const isUndecided = (decision: ReviewClaim['decision'] | undefined) =>
    decision?.status === 'pending' && Object.keys(decision).length === 1

  // Both build or fill objects property by property: they run over hundreds of claims on every
  // save, where spreading and rest patterns cost more than the smaller row saves.
  const compact = (claims: readonly ReviewClaim[]): StoredClaim[] => {
    let previous: ReviewClaim | undefined
    return claims.map((claim) => {
      const { key, ruleId, category, severity, polarity, field, text, start, end, sentence, message, decision } = claim
      const stored: StoredClaim = { key, ruleId, severity, polarity, field, text, start, end }
      const rule = rules.get(ruleId)
      if (category !== rule?.category) stored.category = category
      if (rule === undefined || message !== ruleMessage(rule.template, text)) stored.message = message
      if (sentence !== previous?.sentence || field !== previous.field) stored.sentence = sentence
      if (!isUndecided(decision)) stored.decision = decision
      previous = claim
      return stored
    })
  }

  /** Fills in place: each read parses its own value from the database, and filling twice changes nothing. */
  const expand = (stored: StoredClaim[]): ReviewClaim[] => {
    let previous: StoredClaim | undefined
    for (const claim of stored) {
      const rule = ruleOf(claim.ruleId)
      claim.category ??= rule?.category
      claim.message ??= rule ? ruleMessage(rule.template, claim.text) : ''
      claim.sentence ??= previous?.sentence
      claim.decision ??= { status: 'pending' }
      previous = claim
    }
    return stored as ReviewClaim[]
  }

  return { compact, expand }
}
