import type { ReviewUser } from './types.js'

/** A stored row of the users collection as the site's checks read an account. */
export const asAccount = (row: Record<string, unknown> | undefined, usersSlug: string): ReviewUser => ({ ...row, collection: usersSlug }) as ReviewUser
