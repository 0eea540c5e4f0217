import type { ClaimScanner } from '../claims/index.js'
import type { ReviewClaim } from './types.js'

/** A claim as stored: a message only when its rule cannot rebuild it, a decision only once made. */
type StoredClaim = Omit<ReviewClaim, 'decision' | 'message'> & Partial<Pick<ReviewClaim, 'decision' | 'message'>>

/**
 * How claims are kept in the database. The review state is stored on the document and on every
 * version, and Payload reads, parses and copies it several times per save, so its size is most of
 * what review adds to a save. A claim's message is rebuilt from its rule's template and the
 * matched words, and an undecided claim stores no decision. A stored message always wins, so
 * claims saved before this, or found by anything other than a plain rule, read as they were.
 */
export const claimStorage = (scanner: ClaimScanner) => {
  const templates = new Map(
    scanner.rules.map((rule) => [rule.id, (rule.message ?? scanner.categories[rule.category].message).split('%s')]),
  )
  const ruleMessage = (ruleId: string, text: string): string | undefined => {
    const parts = templates.get(ruleId)
    if (parts === undefined) return undefined
    return parts.length === 2 ? parts[0] + text + parts[1] : parts.join(text)
  }
  const isUndecided = (decision: ReviewClaim['decision'] | undefined) =>
    decision?.status === 'pending' && Object.keys(decision).length === 1

  // Both build or fill objects property by property: these run over hundreds of claims on every
  // save, where spreading and rest patterns cost more than the smaller row saves.
  const compact = (claims: readonly ReviewClaim[]): StoredClaim[] =>
    claims.map((claim) => {
      const { key, ruleId, category, severity, polarity, field, text, start, end, sentence, message, decision } = claim
      const stored: StoredClaim = { key, ruleId, category, severity, polarity, field, text, start, end, sentence }
      if (message !== ruleMessage(ruleId, text)) stored.message = message
      if (!isUndecided(decision)) stored.decision = decision
      return stored
    })

  /** Fills in place: each read parses its own value from the database, and filling twice changes nothing. */
  const expand = (stored: StoredClaim[]): ReviewClaim[] => {
    for (const claim of stored) {
      claim.message ??= ruleMessage(claim.ruleId, claim.text) ?? ''
      claim.decision ??= { status: 'pending' }
    }
    return stored as ReviewClaim[]
  }

  return { compact, expand }
}
