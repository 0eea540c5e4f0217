'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import type { ReviewClaim, ReviewState } from '../review/types.js'
import type { DecideClaim } from './ClaimItem.js'
import type { Conversation } from './useConversation.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { ApproveWarnings, type DecideMany } from './ApproveWarnings.js'
import { ClaimItem } from './ClaimItem.js'
import { categoryLabel } from './describe.js'
import { highlightClaims } from './revealClaim.js'
import { useFieldLabel } from './useFieldLabel.js'

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, suggestion: 2 }

/** The claims in the saved text, grouped by category, the most severe categories first. */
export const ClaimList: React.FC<{
  review: ReviewState
  canReview: boolean
  canDecide: boolean
  onDecide: DecideClaim
  onDecideMany: DecideMany
  conversation: Conversation
}> = ({ review, canReview, canDecide, onDecide, onDecideMany, conversation }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const fieldLabel = useFieldLabel()
  const groups = useMemo(() => {
    const byCategory = new Map<string, ReviewClaim[]>()
    for (const claim of review.claims) byCategory.set(claim.category, [...(byCategory.get(claim.category) ?? []), claim])
    const worst = (claims: ReviewClaim[]) => Math.min(...claims.map((claim) => SEVERITY_ORDER[claim.severity] ?? 3))
    return [...byCategory.entries()].sort(([, a], [, b]) => worst(a) - worst(b))
  }, [review.claims])
  const awaitingSubmission = review.status === 'draft' || review.status === 'changes_requested'
  const [highlighted, setHighlighted] = useState(false)
  // Re-marked after every save (the text, and so the claims, may have moved); cleared on leaving.
  useEffect(() => {
    if (!highlighted) return
    highlightClaims(review.claims)
    return () => void highlightClaims(false)
  }, [highlighted, review.claims])

  return (
    <section className="mr-claims" data-testid="review-claims">
      <p className="mr-muted">
        {review.claims.length
          ? t('medicalReview:claimsFound', { count: review.claims.length })
          : t('medicalReview:noClaims')}{' '}
        {t('medicalReview:updatesOnSave')}
      </p>
      {!canReview && review.claims.length ? <p className="mr-muted">{t('medicalReview:writerHint')}</p> : null}
      {canReview && awaitingSubmission && review.claims.length ? (
        <p className="mr-muted">{t('medicalReview:notInReviewHint')}</p>
      ) : null}
      {review.claims.length ? (
        <Button
          aria-pressed={highlighted}
          buttonStyle={highlighted ? 'primary' : 'secondary'}
          id="mr-highlight-all"
          margin={false}
          onClick={() => setHighlighted(!highlighted)}
          size="small"
        >
          {t(highlighted ? 'medicalReview:highlightNone' : 'medicalReview:highlightAll')}
        </Button>
      ) : null}
      {canDecide ? <ApproveWarnings claims={review.claims} onDecideMany={onDecideMany} /> : null}
      {groups.map(([category, claims]) => (
        <div className="mr-category" data-category={category} key={category}>
          <h4 className="mr-section-title">
            {categoryLabel(t, category)} ({claims.length})
          </h4>
          <ul>
            {claims.map((claim) => (
              <ClaimItem
                canDecide={canDecide}
                claim={claim}
                fieldLabel={fieldLabel(claim.field)}
                key={claim.key}
                onDecide={onDecide}
                onDiscuss={(body) => conversation.start({ claim: claim.key }, body)}
                openThreads={
                  conversation.threads.filter(
                    (thread) => !thread.resolved && thread.anchor.kind === 'claim' && thread.anchor.claimKey === claim.key,
                  ).length
                }
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
