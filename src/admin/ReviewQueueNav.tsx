import type { ServerProps } from 'payload'

import React from 'react'

import type { ReviewUser } from '../review/types.js'

import { ReviewQueueNavLink } from './ReviewQueueNavLink.js'

export type ReviewQueueNavServerProps = {
  isReviewer: (user: ReviewUser) => boolean
  isAdmin: (user: ReviewUser) => boolean
  usersSlug: string
}

/** The queue's navigation link, for reviewers and admins (the plugin's own role checks). */
export const ReviewQueueNav: React.FC<ServerProps & ReviewQueueNavServerProps> = ({ isAdmin, isReviewer, user, usersSlug }) => {
  const reviewUser = user && (user as { collection?: string }).collection === usersSlug ? (user as ReviewUser) : null
  if (!reviewUser || !(isReviewer(reviewUser) || isAdmin(reviewUser))) return null
  return <ReviewQueueNavLink />
}
