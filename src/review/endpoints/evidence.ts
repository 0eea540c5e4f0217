import type { Evidence } from '../types.js'

import { publicError } from '../../publicError.js'
import { hasUnstorableCharacter } from '../../unstorableCharacters.js'

const checks: Record<keyof Evidence, [RegExp, string]> = {
  url: [/^https?:\/\/\S+$/i, 'evidence.url must be an http(s) address'],
  pmid: [/^\d{1,9}$/, 'evidence.pmid must be a PubMed id of up to 9 digits, e.g. 31578221'],
  doi: [/^10\.\d{4,9}\/\S+$/, 'evidence.doi must look like 10.1056/NEJMoa1234567'],
  nctId: [/^NCT\d{8}$/, 'evidence.nctId must be "NCT" followed by 8 digits'],
}

/** A reviewer's evidence: optional, but each identifier given must be well formed. */
export const parseEvidence = (value: unknown): Evidence | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw publicError(400, 'INVALID_EVIDENCE', 'evidence must be an object with url, pmid, doi or nctId')
  }
  const evidence: Evidence = {}
  for (const [key, raw] of Object.entries(value)) {
    if (!Object.hasOwn(checks, key))
      throw publicError(400, 'INVALID_EVIDENCE', `evidence.${key} is not known: use url, pmid, doi or nctId`)
    if (raw === undefined || raw === null || raw === '') continue
    if (typeof raw !== 'string' || raw.length > 2000 || hasUnstorableCharacter(raw)) {
      throw publicError(400, 'INVALID_EVIDENCE', `evidence.${key} must be text of at most 2000 characters, with no NUL (\\u0000) or half of a character pair`)
    }
    const text = raw.trim()
    const normalised = key === 'nctId' ? text.toUpperCase() : text
    const [pattern, message] = checks[key as keyof Evidence]
    if (!pattern.test(normalised)) throw publicError(400, 'INVALID_EVIDENCE', message)
    evidence[key as keyof Evidence] = normalised
  }
  return Object.keys(evidence).length ? evidence : undefined
}
