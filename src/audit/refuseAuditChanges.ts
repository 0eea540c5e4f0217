import type { CollectionBeforeOperationHook } from 'payload'

import { auditAppendOnlyError } from './auditAppendOnlyError.js'

const REFUSED: Record<string, string> = {
  update: 'updated',
  delete: 'deleted',
  restoreVersion: 'restored',
  autosave: 'updated',
}

/**
 * Access rules do not run for the Local API (overrideAccess defaults to true), and bulk update or
 * delete only collects per-document hook errors, so the refusal comes first, before any document.
 */
export const refuseAuditChanges: CollectionBeforeOperationHook = ({ operation }) => {
  const attempt = REFUSED[operation]
  if (attempt) throw auditAppendOnlyError(attempt)
}
