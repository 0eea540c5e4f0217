'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { Reviewer } from '../review/reviewersOf.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'
import type { ReviewResponse } from './useReview.js'

import { formatDay } from './describe.js'
import { requestReview } from './reviewRequest.js'

/**
 * Who is asked to review: the assignee (and who asked), "Take it on" for a reviewer who may review
 * it, and a choice of reviewer for anyone on staff. The server applies four-eyes and the reviewer
 * check whatever is chosen here.
 */
export const ReviewAssignment: React.FC<{
  review: ReviewResponse
  act: (path: string, body?: Record<string, unknown>) => Promise<ReviewResponse>
  userId?: string
  mayTakeOn: boolean
}> = ({ review, act, userId, mayTakeOn }) => {
  const { t, i18n } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [reviewers, setReviewers] = useState<Reviewer[] | undefined>()
  const [chosen, setChosen] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const { assignment } = review

  const assign = async (reviewer: string | null) => {
    setBusy(true)
    setProblem('')
    try {
      await act('assign', { reviewer })
      setReviewers(undefined)
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const choose = async () => {
    try {
      const body = await requestReview<{ reviewers: Reviewer[] }>(`${api}/medical-review/reviewers`, { t, language: i18n.language })
      setReviewers(body.reviewers)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <section className="mr-assignment" data-assignee={assignment?.reviewer ?? ''} data-testid="review-assignment">
      <p>
        {assignment
          ? t(assignment.by === assignment.reviewer ? 'medicalReview:assignedSelf' : 'medicalReview:assignedTo', {
              name: assignment.reviewerName,
              by: assignment.byName,
              date: formatDay(t, assignment.at),
            })
          : t('medicalReview:assignedNobody')}
      </p>
      <div className="mr-actions">
        {mayTakeOn && assignment?.reviewer !== userId ? (
          <Button disabled={busy} id="mr-take-on" margin={false} onClick={() => void assign(userId ?? null)} size="small">
            {t('medicalReview:takeOn')}
          </Button>
        ) : null}
        {reviewers === undefined ? (
          <Button buttonStyle="secondary" id="mr-assign" margin={false} onClick={() => void choose()} size="small">
            {t('medicalReview:askReviewer')}
          </Button>
        ) : null}
        {assignment ? (
          <Button buttonStyle="subtle" disabled={busy} id="mr-unassign" margin={false} onClick={() => void assign(null)} size="small">
            {t('medicalReview:clearAssignment')}
          </Button>
        ) : null}
      </div>
      {reviewers !== undefined ? (
        <div className="mr-actions">
          <select
            aria-label={t('medicalReview:askReviewer')}
            className="mr-select"
            id="mr-assign-reviewer"
            onChange={(event) => setChosen(event.target.value)}
            value={chosen}
          >
            <option value="">{t('medicalReview:chooseReviewer')}</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {[reviewer.name, reviewer.credentials].filter(Boolean).join(', ')}
              </option>
            ))}
          </select>
          <Button disabled={busy || !chosen} id="mr-assign-send" margin={false} onClick={() => void assign(chosen)} size="small">
            {t('medicalReview:ask')}
          </Button>
          <Button buttonStyle="subtle" margin={false} onClick={() => setReviewers(undefined)} size="small">
            {t('medicalReview:cancel')}
          </Button>
        </div>
      ) : null}
      {problem ? (
        <p className="mr-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  )
}
