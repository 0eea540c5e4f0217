import type { Access, Endpoint } from 'payload'

import type { AuditCheckpoint } from './types.js'

import { publicError } from '../publicError.js'
import { parseCheckpoint } from './parseCheckpoint.js'
import { verifyAuditChain } from './verifyAuditChain.js'

/**
 * `GET /api/<slug>/verify[?checkpoint=<sequence>:<hash>...]`: verifies the log (chain, checkpoints,
 * published documents) and answers with the report; `ok` says whether everything holds.
 */
export const verifyEndpoint = ({
  slug,
  verifyAccess,
}: {
  slug: string
  verifyAccess: Access
}): Endpoint => ({
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      throw publicError(401, 'AUDIT_VERIFY_UNAUTHENTICATED', 'Log in to verify the audit log.')
    // Only a plain yes counts: a query constraint has no meaning for a walk of the whole chain.
    if ((await verifyAccess({ req })) !== true) {
      throw publicError(
        403,
        'AUDIT_VERIFY_FORBIDDEN',
        'You are not allowed to verify the audit log.',
      )
    }
    const checkpoints: AuditCheckpoint[] = []
    for (const text of req.searchParams.getAll('checkpoint')) {
      const checkpoint = parseCheckpoint(text)
      if (!checkpoint) {
        throw publicError(
          400,
          'AUDIT_CHECKPOINT_INVALID',
          `checkpoint must be <sequence>:<64 hex digits> (as in the log line "audit checkpoint seq=N hash=H"); got "${text.slice(0, 100)}".`,
        )
      }
      checkpoints.push(checkpoint)
    }
    return Response.json(await verifyAuditChain(req.payload, { slug, checkpoints }))
  },
})
