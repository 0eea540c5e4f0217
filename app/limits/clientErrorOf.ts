import { APIError } from 'payload'

import { publicError } from 'payload-medical-review'

/**
 * The 4xx a failed request deserves, when the fault is the client's: our own limit refusals,
 * express's (a path that does not decode), and a URL or JSON body that Payload's handlers
 * parse outside their own error handling. Anything else is a server fault and stays a 500.
 */
export const clientErrorOf = (error: unknown): APIError | undefined => {
  if (error instanceof APIError && error.isPublic && error.status >= 400 && error.status < 500) return error
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return publicError(status, 'BAD_REQUEST', 'The request could not be read. Check the URL encoding and the body.')
  }
  if (error instanceof URIError) {
    return publicError(400, 'MALFORMED_URL', 'The URL contains a malformed percent-encoding, e.g. a lone "%".')
  }
  return undefined
}
