/**
 * Two error classes so callers can tell bad content (a 400 for the HTTP endpoint) from a bad
 * configuration (a start-up failure that names the rule to fix).
 */

export type ClaimScanInputErrorCode =
  | 'INVALID_TEXT'
  | 'TEXT_TOO_LONG'
  | 'INVALID_LEXICAL'
  | 'LEXICAL_TOO_DEEP'
  | 'LEXICAL_TOO_LARGE'
  | 'INVALID_DOCUMENT'
  | 'TOO_MANY_FINDINGS'

/** Bad input to a scan: never a crash, always one of these stable codes. */
export class ClaimScanInputError extends Error {
  readonly code: ClaimScanInputErrorCode
  readonly status = 400

  constructor(code: ClaimScanInputErrorCode, message: string) {
    super(message)
    this.name = 'ClaimScanInputError'
    this.code = code
  }
}

export type ClaimRuleErrorCode = 'INVALID_RULE' | 'INVALID_OPTIONS'

/** A rule pack or scanner option that cannot be compiled; `ruleId` names the culprit when known. */
export class ClaimRuleError extends Error {
  readonly code: ClaimRuleErrorCode
  readonly ruleId?: string

  constructor(code: ClaimRuleErrorCode, message: string, ruleId?: string) {
    super(ruleId === undefined ? message : `Rule "${ruleId}": ${message}`)
    this.name = 'ClaimRuleError'
    this.code = code
    this.ruleId = ruleId
  }
}
