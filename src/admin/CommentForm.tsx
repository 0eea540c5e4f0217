'use client'
import { Button, TextareaInput, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

/** A comment or reply box: sends the text, shows a refusal in place, and closes when sent. */
export const CommentForm: React.FC<{
  path: string
  label: MedicalReviewTranslationKey
  onSend: (body: string) => Promise<void>
  onClose?: () => void
}> = ({ path, label, onSend, onClose }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')

  const send = async () => {
    if (!body.trim()) return setProblem(t('medicalReview:commentEmpty'))
    setBusy(true)
    setProblem('')
    try {
      await onSend(body.trim())
      setBody('')
      onClose?.()
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="mr-comment-form">
      <TextareaInput
        label={t(label)}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)}
        path={path}
        rows={2}
        value={body}
      />
      {problem ? (
        <p className="mr-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="mr-actions">
        <Button disabled={busy} margin={false} onClick={() => void send()} size="small">
          {t('medicalReview:send')}
        </Button>
        {onClose ? (
          <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={onClose} size="small">
            {t('medicalReview:cancel')}
          </Button>
        ) : null}
      </div>
    </div>
  )
}
