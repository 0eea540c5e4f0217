import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'
import type { ReviewUser } from './types.js'

// A site has a handful of medical reviewers among its users; this bounds the scan.
const USERS_SCANNED = 1000

export type Reviewer = { id: string; name: string; credentials?: string }

/** Everyone the plugin's reviewer check accepts, by printed name. */
export const reviewersOf = async (payload: Payload, options: ResolvedOptions, req?: PayloadRequest): Promise<Reviewer[]> => {
  const { docs } = await payload.find({
    collection: options.usersSlug as CollectionSlug,
    limit: USERS_SCANNED,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
    .map((doc) => ({ ...doc, collection: options.usersSlug }) as unknown as ReviewUser)
    .filter((user) => options.isReviewer(user))
    .map((user) => ({ id: String(user.id), ...options.printedName(user) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
