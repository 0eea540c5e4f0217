import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../resolveOptions.js'

import { publicError } from '../../publicError.js'
import { isStaffUser } from '../isStaffUser.js'
import { reviewersOf } from '../reviewersOf.js'

/** GET /api/medical-review/reviewers: who can be asked to review, for staff choosing one. */
export const reviewersEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/medical-review/reviewers',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user, options)) {
      throw publicError(401, 'UNAUTHENTICATED', 'Sign in with a staff account to see the reviewers.')
    }
    return Response.json({ reviewers: await reviewersOf(req.payload, options, req) })
  },
})
