import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

const NCT_ID = /^NCT\d{8}$/

/**
 * Accepts " nct01234567 " and stores "NCT01234567". A malformed id is refused even in a draft
 * (drafts skip `validate`), so no listing ever links to a study that cannot exist.
 */
export const normaliseNctId: FieldHook = ({ collection, path, req, value }) => {
  if (typeof value !== 'string' || value.trim() === '') return value
  const id = value.trim().toUpperCase()
  const problem = checkNctId(id, false)
  if (problem !== true) {
    throw new ValidationError({ collection: collection?.slug, errors: [{ message: problem, path: path.join('.') }], req })
  }
  return id
}

const checkNctId = (value: unknown, required: boolean): string | true => {
  if (value == null || value === '') return required ? 'An NCT id is required, e.g. NCT01234567.' : true
  return (
    NCT_ID.test(String(value).trim().toUpperCase()) ||
    `"${String(value)}" is not an NCT id: write "NCT" followed by 8 digits, e.g. NCT01234567.`
  )
}

export const validateNctId = (value: unknown): string | true => checkNctId(value, true)
export const validateOptionalNctId = (value: unknown): string | true => checkNctId(value, false)

export const studyUrl = (nctId: string): string => `https://clinicaltrials.gov/study/${nctId}`

/** The study URL is derived, never typed: it always agrees with the stored NCT id. */
export const studyUrlFromNctId: FieldHook = ({ data, originalDoc }) => {
  const id = data?.nctId ?? originalDoc?.nctId
  return typeof id === 'string' && NCT_ID.test(id) ? studyUrl(id) : null
}
