'use client'
import { Button, Modal, TextareaInput, toast, useModal, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'
import type { ReviewResponse } from './useReview.js'

import { SIGN_OFF_MEANING } from '../review/types.js'
import { ReviewActionError } from './reviewRequest.js'

export const signOffSlug = (id: number | string) => `medical-review-sign-off-${id}`

/**
 * The electronic signature: shows what signing means and what it covers, asks for the password
 * again, and sends the fingerprint of the content the reviewer saw (a change since gives 409).
 */
export const SignOffDialog: React.FC<{
  docId: number | string
  title: string
  review: ReviewResponse
  signerName?: string
  sign: (body: { password: string; statement?: string; fingerprint: string }) => Promise<unknown>
  onStale: () => void
}> = ({ docId, title, review, signerName, sign, onStale }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const { closeModal } = useModal()
  const slug = signOffSlug(docId)
  const [password, setPassword] = useState('')
  const [statement, setStatement] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)

  const close = () => {
    setPassword('')
    setProblem('')
    closeModal(slug)
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    event.stopPropagation()
    if (!password) {
      setProblem(t('medicalReview:passwordNeeded'))
      return
    }
    setBusy(true)
    setProblem('')
    try {
      await sign({ password, statement: statement.trim() || undefined, fingerprint: review.fingerprint })
      toast.success(t('medicalReview:signed'))
      setStatement('')
      close()
    } catch (error) {
      setProblem((error as Error).message)
      if (error instanceof ReviewActionError && error.code === 'SIGNOFF_STALE') onStale()
    } finally {
      setBusy(false)
      setPassword('')
    }
  }

  return (
    <Modal className="confirmation-modal mr-dialog" slug={slug}>
      <form className="confirmation-modal__wrapper mr-dialog__wrapper" data-testid="sign-off-dialog" onSubmit={submit}>
        <div className="confirmation-modal__content">
          <h2>{t('medicalReview:signOffTitle', { title })}</h2>
          <p>{t('medicalReview:signOffIntro')}</p>
          <blockquote className="mr-dialog__meaning">{SIGN_OFF_MEANING}</blockquote>
          <p className="mr-muted">
            {t('medicalReview:signOffClaims', { count: review.claims.length })}{' '}
            {signerName ? t('medicalReview:signOffAs', { name: signerName }) : null}
          </p>
          <TextareaInput
            label={t('medicalReview:statement')}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setStatement(event.target.value)}
            path="mr-sign-off-statement"
            rows={2}
            value={statement}
          />
          <div className="field-type text mr-dialog__password">
            <label className="field-label" htmlFor="mr-sign-off-password">
              {t('medicalReview:password')}
              <span className="required">*</span>
            </label>
            <div className="field-type__wrap">
              <input
                autoComplete="current-password"
                id="mr-sign-off-password"
                name="password"
                onChange={(event) => setPassword(event.target.value)}
                type="password"
                value={password}
              />
            </div>
          </div>
          {problem ? (
            <p className="mr-error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={close} size="large">
            {t('medicalReview:cancel')}
          </Button>
          <Button id="mr-sign" disabled={busy} margin={false} size="large" type="submit">
            {busy ? t('medicalReview:signing') : t('medicalReview:sign')}
          </Button>
        </div>
      </form>
    </Modal>
  )
}
