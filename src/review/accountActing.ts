import type { PayloadRequest } from 'payload'

import type { ReviewUser } from './types.js'

/** The signed-in account of the users collection, if that is who acts (not an account of another auth collection). */
export const accountActing = (req: PayloadRequest, usersSlug: string): ReviewUser | null =>
  req.user && req.user.collection === usersSlug ? req.user : null
