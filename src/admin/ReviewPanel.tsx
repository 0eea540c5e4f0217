'use client'
import { Banner, Button, Pill, toast, useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { DecideMany } from './ApproveWarnings.js'
import type { DecideClaim } from './ClaimItem.js'
import type { RunAction } from './ReviewerActions.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { BylinePreview } from './BylinePreview.js'
import { ClaimList } from './ClaimList.js'
import { describeBlocker, formatDay, statusPill } from './describe.js'
import { ReviewAssignment } from './ReviewAssignment.js'
import { ReviewChanges } from './ReviewChanges.js'
import { ReviewConversation } from './ReviewConversation.js'
import { ReviewHistory } from './ReviewHistory.js'
import { ReviewerActions } from './ReviewerActions.js'
import { useConversation } from './useConversation.js'
import { useReview } from './useReview.js'

import './medicalReview.css'

/**
 * The review panel in the edit view's sidebar: the claims found in the saved text (grouped by
 * category), what blocks publishing, the byline readers will see, and the workflow's actions —
 * the reviewer-only ones only for reviewers (the server refuses them for anyone else anyway).
 */
export const ReviewPanel: React.FC<{ canReview: boolean; signerName?: string; userId?: string }> = ({
  canReview,
  signerName,
  userId,
}) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { hasPublishedDoc, hasSavePermission } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { id, review, error, act, refresh } = useReview()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const conversation = useConversation(review?.fingerprint)

  if (!id) return <p className="mr-muted">{t('medicalReview:saveFirst')}</p>
  if (!review) {
    return (
      <div className="mr-panel" data-testid="review-panel">
        <p className="mr-muted">{error ? t('medicalReview:loadFailed', { message: error }) : t('medicalReview:loading')}</p>
      </div>
    )
  }

  const run: RunAction = async (action, done) => {
    setBusy(true)
    setProblem('')
    try {
      await action()
      toast.success(t(done))
      return true
    } catch (failure) {
      setProblem((failure as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  const decide: DecideClaim = async (key, input) => {
    await act(`claims/${encodeURIComponent(key)}`, input)
  }
  const decideMany: DecideMany = async (keys, input) => {
    await act('claims', { ...input, keys })
  }

  const inReview = review.status === 'in_review'
  const ownContent = Boolean(userId && review.contentEditedBy === userId)
  const canDecide = canReview && inReview && !ownContent
  // Submitting is the writer's step; a reviewer who edited the text (and so cannot review it) may too.
  const canSubmit =
    hasSavePermission !== false &&
    (review.status === 'draft' || review.status === 'changes_requested') &&
    (!canReview || ownContent)

  return (
    <div className="mr-panel" data-status={review.status} data-testid="review-panel">
      <header className="mr-panel__header">
        <h3>{t('medicalReview:panelTitle')}</h3>
        <Pill pillStyle={statusPill[review.status]} size="small">
          {t(`medicalReview:status_${review.status}`)}
        </Pill>
      </header>

      {review.status === 'changes_requested' && review.changesRequested ? (
        <Banner type="error">
          <strong>
            {t('medicalReview:changesRequestedBy', {
              name: review.changesRequested.byName,
              date: formatDay(t, review.changesRequested.at),
            })}
          </strong>
          <span className="mr-block" data-testid="changes-requested-reason">
            {review.changesRequested.reason}
          </span>
        </Banner>
      ) : null}

      {review.status !== 'approved' ? (
        <ReviewAssignment act={act} mayTakeOn={canReview && !ownContent} review={review} userId={userId} />
      ) : null}

      <ReviewChanges
        baselines={[
          ...(review.signOff && review.signOff.fingerprint !== review.fingerprint ? (['signoff'] as const) : []),
          ...(hasPublishedDoc ? (['published'] as const) : []),
        ]}
        claims={review.claims}
      />

      <section className="mr-gate" data-can-publish={review.canPublish} data-testid="publish-gate">
        {review.canPublish ? (
          <p className="mr-ok">{t('medicalReview:canPublish')}</p>
        ) : (
          <>
            <h4 className="mr-section-title">{t('medicalReview:blockedTitle')}</h4>
            <ul className="mr-reasons">
              {review.blockers.map((blocker) => (
                <li data-code={blocker.code} key={blocker.code}>
                  {describeBlocker(t, blocker, review)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {canSubmit ? (
        <Button
          id="mr-submit"
          disabled={busy}
          margin={false}
          onClick={() => void run(() => act('submit'), 'medicalReview:submitted')}
          size="medium"
        >
          {review.status === 'changes_requested' ? t('medicalReview:resubmit') : t('medicalReview:submit')}
        </Button>
      ) : null}

      {canReview && inReview ? (
        <ReviewerActions
          act={act}
          docId={id}
          busy={busy}
          onStale={refresh}
          ownContent={ownContent}
          review={review}
          run={run}
          signerName={signerName}
          title={title}
        />
      ) : null}

      {problem ? (
        <p className="mr-error" role="alert">
          {problem}
        </p>
      ) : null}

      <ClaimList
        canDecide={canDecide}
        canReview={canReview}
        conversation={conversation}
        onDecide={decide}
        onDecideMany={decideMany}
        review={review}
      />

      <div id="mr-conversation">
        <ReviewConversation conversation={conversation} />
      </div>

      <BylinePreview state={review} />

      <ReviewHistory />
    </div>
  )
}
