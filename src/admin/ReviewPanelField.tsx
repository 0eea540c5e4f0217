import type { GroupFieldServerProps } from 'payload'

import React from 'react'

import type { ReviewUser } from '../review/types.js'

import { ReviewPanel } from './ReviewPanel.js'

/** Server-only props the plugin wires in (never serialised to the browser). */
export type ReviewPanelServerProps = {
  isReviewer: (user: ReviewUser) => boolean
  printedName: (user: ReviewUser) => { name: string; credentials?: string }
  usersSlug: string
}

/**
 * The sidebar place of the `medicalReview` group: decides on the server whether the signed-in user
 * is a reviewer (the plugin's `isReviewer`), then hands over to the client panel.
 */
export const ReviewPanelField: React.FC<GroupFieldServerProps & ReviewPanelServerProps> = ({
  isReviewer,
  printedName,
  user,
  usersSlug,
}) => {
  const reviewUser = user && (user as { collection?: string }).collection === usersSlug ? (user as ReviewUser) : null
  const canReview = Boolean(reviewUser && isReviewer(reviewUser))
  const printed = reviewUser && canReview ? printedName(reviewUser) : null
  return (
    <ReviewPanel
      canReview={canReview}
      signerName={printed ? [printed.name, printed.credentials].filter(Boolean).join(', ') : undefined}
      userId={reviewUser ? String(reviewUser.id) : undefined}
    />
  )
}
