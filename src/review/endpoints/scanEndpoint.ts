import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ClaimScanner } from '../../claims/index.js'
import type { ResolvedOptions } from '../resolveOptions.js'

import { ClaimScanInputError } from '../../claims/index.js'
import { publicError } from '../../publicError.js'
import { isStaffUser } from '../isStaffUser.js'

/** POST /api/medical-review/scan: `{ text }` or `{ lexical }` in, findings out, for signed-in staff. */
export const scanEndpoint = (options: ResolvedOptions, scanner: ClaimScanner): Endpoint => ({
  path: '/medical-review/scan',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user, options)) {
      throw publicError(401, 'UNAUTHENTICATED', 'Sign in with a staff account to use the claim scanner.')
    }
    try {
      await addDataAndFileToRequest(req)
    } catch {
      throw publicError(400, 'INVALID_JSON', 'The request body is not valid JSON.')
    }
    const body = (req.data ?? {}) as { text?: unknown; lexical?: unknown }
    if (body.text === undefined && body.lexical === undefined) {
      throw publicError(400, 'TEXT_REQUIRED', 'Send { "text": "..." } or { "lexical": { "root": ... } }.')
    }
    try {
      const findings =
        body.lexical !== undefined ? scanner.scanLexical(body.lexical) : scanner.scanText(body.text as string)
      return Response.json({ findings })
    } catch (error) {
      if (error instanceof ClaimScanInputError) throw publicError(400, error.code, error.message)
      throw error
    }
  },
})
