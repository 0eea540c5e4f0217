'use client'
import { Button, TextareaInput, toast, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ReviewClaim } from '../review/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

export type DecideMany = (keys: string[], input: { decision: 'approved'; note?: string }) => Promise<void>

/** One decision, with one note, for every warning still awaiting a reviewer. */
export const ApproveWarnings: React.FC<{ claims: ReviewClaim[]; onDecideMany: DecideMany }> = ({ claims, onDecideMany }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const pending = claims.filter((claim) => claim.severity === 'warning' && claim.decision.status === 'pending')
  if (pending.length < 2) return null

  const approve = async () => {
    setBusy(true)
    setProblem('')
    try {
      await onDecideMany(
        pending.map((claim) => claim.key),
        { decision: 'approved', note: note.trim() || undefined },
      )
      setOpen(false)
      toast.success(t('medicalReview:warningsApproved', { count: pending.length }))
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="mr-bulk" data-testid="approve-warnings">
      {open ? (
        <>
          <TextareaInput
            label={t('medicalReview:note')}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
            path="mr-approve-warnings-note"
            rows={2}
            value={note}
          />
          <div className="mr-actions">
            <Button disabled={busy} id="mr-approve-warnings-send" margin={false} onClick={() => void approve()} size="small">
              {t('medicalReview:approveWarnings', { count: pending.length })}
            </Button>
            <Button buttonStyle="subtle" margin={false} onClick={() => setOpen(false)} size="small">
              {t('medicalReview:cancel')}
            </Button>
          </div>
          {problem ? (
            <p className="mr-error" role="alert">
              {problem}
            </p>
          ) : null}
        </>
      ) : (
        <Button buttonStyle="secondary" id="mr-approve-warnings" margin={false} onClick={() => setOpen(true)} size="small">
          {t('medicalReview:approveWarnings', { count: pending.length })}
        </Button>
      )}
    </div>
  )
}
