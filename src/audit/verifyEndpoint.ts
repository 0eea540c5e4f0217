import type { Access, Endpoint } from 'payload'

import { publicError } from '../publicError.js'
import { verifyAuditChain } from './verifyAuditChain.js'

/** `GET /api/<slug>/verify`: walks the chain and answers with the report. */
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
    return Response.json(await verifyAuditChain(req.payload, { slug }))
  },
})
