import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * A reference's address is a link readers follow and JSON-LD cites: only http(s), refused even in
 * a draft (drafts skip `validate`), so no `javascript:` or `data:` address is ever stored.
 */
export const webAddress: FieldHook = ({ collection, path, req, value }) => {
  if (typeof value !== 'string' || value.trim() === '') return value
  const address = value.trim()
  if (/^https?:\/\/[^\s]+$/i.test(address) && address.length <= 2000) return address
  throw new ValidationError({
    collection: collection?.slug,
    errors: [{ message: 'A reference address must start with http:// or https://, e.g. https://pubmed.ncbi.nlm.nih.gov/31578221/.', path: path.join('.') }],
    req,
  })
}
