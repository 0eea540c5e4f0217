import type { APIError } from 'payload'

import { publicError } from '../publicError.js'

/** The one answer to any attempt to change or remove an audit event, whoever asks. */
export const auditAppendOnlyError = (attempt: string): APIError =>
  publicError(
    403,
    'AUDIT_APPEND_ONLY',
    `The review audit log is append-only: events cannot be ${attempt}, not even by an admin.`,
  )
