import { deflateRawSync, inflateRawSync } from 'node:zlib'

import type { CategoryDefaults, CategoryId, ClaimScanner, Polarity, Severity } from '../claims/index.js'
import { boundedMemo } from '../claims/bounded-memo.js'
import type { ReviewClaim } from './types.js'

type Rebuilt = 'category' | 'decision' | 'message' | 'sentence'
/** A claim stored whole, as claims were before they were packed: what was left out is rebuilt. */
type StoredClaim = Omit<ReviewClaim, Rebuilt> & Partial<Pick<ReviewClaim, Rebuilt>>
/**
 * The claims as JSON, deflated and in base64, in an object: every adapter stores and returns the
 * object as it is, where a bare string would come back parsed on some (PostgreSQL) and not others.
 */
export type PackedClaims = { deflated: string }

/**
 * One packed claim, by position: key, rule, words, start, end, severity and polarity as one
 * number, then field, sentence, category, message and decision, where 0 means "rebuild it" (the
 * previous claim's field or sentence, the rule's category or wording, an undecided decision) and
 * trailing zeros are left off.
 */
type PackedRow = [string, string, string, number, number, number, ...unknown[]]

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion']
const POLARITIES: readonly Polarity[] = ['affirmed', 'negated', 'hedged']
const REBUILT = 0
/** Key, rule, words, start, end and the severity-and-polarity number: always stored (0 is a value). */
const FIXED_POSITIONS = 6

const isPacked = (value: unknown): value is PackedClaims =>
  typeof value === 'object' && value !== null && typeof (value as PackedClaims).deflated === 'string'

const parseRows = (json: string): PackedRow[] => {
  try {
    const rows: unknown = JSON.parse(json)
    return Array.isArray(rows) ? rows.filter((row): row is PackedRow => Array.isArray(row) && row.length >= FIXED_POSITIONS) : []
  } catch {
    return []
  }
}

/** Characters of packed values and their JSON kept at hand (about 8 MB), so huge ones cannot pile up. */
const CHARACTERS_KEPT = 4_000_000

/**
 * How claims are kept in the database. The review state is stored on the document and on every
 * version, where Payload copies, merges, writes and reads it several times per save (and, on
 * SQLite, reads every stored version of the document again), so claims are packed in one string
 * (copied by reference, not hundreds of objects) and kept small: rows by position, deflated, and
 * what can be rebuilt on reading left out:
 * - the message and category, when they are the rule's (its template with the matched words);
 * - the field and sentence, when they are the previous claim's (a sentence often holds several);
 * - the decision, while the claim is undecided.
 * Whatever is stored wins, and claims stored whole before they were packed read as they were.
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

  // A save reads back the value it wrote, and the next save reads that value twice more (Payload's
  // original document and the gate's state): their JSON is kept by the deflated string, oldest
  // forgotten first, so most reads skip inflating.
  const inflated = boundedMemo<string>(CHARACTERS_KEPT, (deflated, json) => deflated.length + json.length)
  const inflate = (deflated: string): string => {
    const kept = inflated.get(deflated)
    if (kept !== undefined) return kept
    let json = ''
    try {
      json = inflateRawSync(Buffer.from(deflated, 'base64')).toString('utf8')
    } catch {
      // Not deflated: parsing '' reads as no claims.
    }
    inflated.set(deflated, json)
    return json
  }

  // Both run over hundreds of claims on every save: no spreading or rest patterns.
  const compact = (claims: readonly ReviewClaim[]): PackedClaims => {
    let previous: ReviewClaim | undefined
    const rows = claims.map((claim) => {
      const { key, ruleId, category, severity, polarity, field, text, start, end, sentence, message, decision } = claim
      const rule = rules.get(ruleId)
      const sameField = field === previous?.field
      const row: unknown[] = [
        key,
        ruleId,
        text,
        start,
        end,
        SEVERITIES.indexOf(severity) * POLARITIES.length + POLARITIES.indexOf(polarity),
        sameField ? REBUILT : field,
        sameField && sentence === previous?.sentence ? REBUILT : sentence,
        category === rule?.category ? REBUILT : category,
        rule !== undefined && message === ruleMessage(rule.template, text) ? REBUILT : message,
        isUndecided(decision) ? REBUILT : decision,
      ]
      while (row.length > FIXED_POSITIONS && row[row.length - 1] === REBUILT) row.pop()
      previous = claim
      return row
    })
    const json = JSON.stringify(rows)
    // The fastest level: it already shrinks the JSON about five times, in a fraction of a millisecond.
    const deflated = deflateRawSync(json, { level: 1 }).toString('base64')
    inflated.set(deflated, json)
    return { deflated }
  }

  // Left off (trailing) or 0: rebuild it.
  const isRebuilt = (value: unknown) => value === undefined || value === REBUILT
  const unpack = (rows: PackedRow[]): ReviewClaim[] => {
    let previous: ReviewClaim | undefined
    return rows.map(([key, ruleId, text, start, end, code, field, sentence, category, message, decision]) => {
      const rule = ruleOf(ruleId)
      const claim = {
        key,
        ruleId,
        category: isRebuilt(category) ? rule?.category : category,
        severity: SEVERITIES[Math.floor(code / POLARITIES.length)],
        polarity: POLARITIES[code % POLARITIES.length],
        field: isRebuilt(field) ? previous?.field : field,
        text,
        start,
        end,
        sentence: isRebuilt(sentence) ? previous?.sentence : sentence,
        message: isRebuilt(message) ? (rule ? ruleMessage(rule.template, text) : '') : message,
        decision: isRebuilt(decision) ? { status: 'pending' } : decision,
      } as ReviewClaim
      previous = claim
      return claim
    })
  }

  /** Fills claims stored whole in place: filling twice changes nothing. */
  const fill = (stored: StoredClaim[]): ReviewClaim[] => {
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

  /**
   * The claims of a stored value: packed, or stored whole as before; undefined for anything else.
   * Packed claims that do not parse read as none, so every claim the next save finds awaits a
   * reviewer.
   */
  const expand = (value: unknown): ReviewClaim[] | undefined => {
    if (isPacked(value)) return unpack(parseRows(inflate(value.deflated)))
    return Array.isArray(value) ? fill(value as StoredClaim[]) : undefined
  }

  return { compact, expand }
}
