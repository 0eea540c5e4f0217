import { APIError } from 'payload'

/**
 * An error a person can act on: HTTP status, a stable machine-readable `code`, and a message.
 * Payload answers it as `{ errors: [{ message, data: { code, ... } }] }`.
 */
export const publicError = (
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): APIError => new APIError(message, status, { code, ...details }, true)
