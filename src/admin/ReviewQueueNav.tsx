import type { CollectionSlug, ServerProps } from 'payload'

import React from 'react'

import type { ReviewUser } from '../review/types.js'

import { ReviewQueueNavLink } from './ReviewQueueNavLink.js'

export type ReviewQueueNavServerProps = {
  isReviewer: (user: ReviewUser) => boolean
  isAdmin: (user: ReviewUser) => boolean
  usersSlug: string
  reviewedCollections: string[]
}

/** The queue's navigation link, for reviewers and admins (the plugin's own role checks), with how many wait. */
export const ReviewQueueNav: React.FC<ServerProps & ReviewQueueNavServerProps> = async ({
  isAdmin,
  isReviewer,
  payload,
  reviewedCollections,
  user,
  usersSlug,
}) => {
  const reviewUser = user && (user as { collection?: string }).collection === usersSlug ? (user as ReviewUser) : null
  if (!reviewUser || !(isReviewer(reviewUser) || isAdmin(reviewUser))) return null
  const counts = await Promise.all(
    reviewedCollections.map((collection) =>
      // The latest drafts, as the queue lists them (a plain count would read the published rows).
      payload.find({
        collection: collection as CollectionSlug,
        where: { 'medicalReview.status': { equals: 'in_review' } },
        draft: true,
        limit: 1,
        depth: 0,
        select: {},
        overrideAccess: false,
        user: reviewUser,
      }),
    ),
  )
  return <ReviewQueueNavLink waiting={counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0)} />
}
