'use client'
import { Banner, Button, TextareaInput, useModal, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'
import type { ReviewResponse } from './useReview.js'

import { describeBlocker } from './describe.js'
import { SignOffDialog, signOffSlug } from './SignOffDialog.js'

/** Runs a review action, toasts `done` on success and shows the server's words otherwise. */
export type RunAction = (action: () => Promise<unknown>, done: MedicalReviewTranslationKey) => Promise<boolean>

/** Sign off (in a dialog) and request changes (with a required reason): a reviewer's, in review only. */
export const ReviewerActions: React.FC<{
  docId: number | string
  review: ReviewResponse
  title: string
  signerName?: string
  ownContent: boolean
  busy: boolean
  act: (path: string, body?: Record<string, unknown>) => Promise<ReviewResponse>
  run: RunAction
  onStale: () => void
}> = ({ docId, review, title, signerName, ownContent, busy, act, run, onStale }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { openModal } = useModal()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  // Signing is refused while an error-level claim is unapproved: say so on the button.
  const claimBlockers = review.blockers.filter((blocker) => blocker.code.startsWith('CLAIMS_'))

  const sendBack = async () => {
    setMissing(!reason.trim())
    if (!reason.trim()) return
    if (await run(() => act('request-changes', { reason: reason.trim() }), 'medicalReview:changesSent')) {
      setAsking(false)
      setReason('')
    }
  }

  if (ownContent) return <Banner type="info">{t('medicalReview:ownContent')}</Banner>
  return (
    <section aria-label={t('medicalReview:reviewerActions')} className="mr-reviewer">
      <div className="mr-actions">
        <Button
          disabled={busy || claimBlockers.length > 0}
          id="mr-sign-off"
          margin={false}
          onClick={() => openModal(signOffSlug(docId))}
          size="medium"
          tooltip={claimBlockers.length ? describeBlocker(t, claimBlockers[0], review) : undefined}
        >
          {t('medicalReview:signOff')}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={busy}
          id="mr-request-changes"
          margin={false}
          onClick={() => setAsking(!asking)}
          size="medium"
        >
          {t('medicalReview:requestChanges')}
        </Button>
      </div>
      {asking ? (
        <div className="mr-request">
          <TextareaInput
            label={t('medicalReview:requestChangesReason')}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
            path="mr-request-changes-reason"
            required
            rows={3}
            showError={missing}
            value={reason}
          />
          {missing ? (
            <p className="mr-error" role="alert">
              {t('medicalReview:reasonNeeded')}
            </p>
          ) : null}
          <Button disabled={busy} id="mr-request-send" margin={false} onClick={() => void sendBack()} size="small">
            {t('medicalReview:requestChangesSend')}
          </Button>
        </div>
      ) : null}
      <SignOffDialog
        docId={docId}
        onStale={onStale}
        review={review}
        sign={(body) => act('sign-off', body)}
        signerName={signerName}
        title={title}
      />
    </section>
  )
}
