'use client'
import { Button, Pill, TextareaInput, TextInput, toast, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ClaimDecisionStatus, Evidence, ReviewClaim } from '../review/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { CommentForm } from './CommentForm.js'
import { formatDay } from './describe.js'
import { revealClaim } from './revealClaim.js'

export type DecideClaim = (
  key: string,
  input: { decision: ClaimDecisionStatus; note?: string; evidence?: Evidence },
) => Promise<void>

// These inputs sit inside the document's form: Enter must not save the document.
const keepEnterFromTheForm = (event: React.KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault()
}

const severityPill = { error: 'error', warning: 'warning', suggestion: 'light-gray' } as const

/** The sentence with the claim's words marked. */
const Sentence: React.FC<{ claim: ReviewClaim }> = ({ claim }) => {
  const at = claim.sentence.indexOf(claim.text)
  if (at < 0) return <>{claim.sentence}</>
  return (
    <>
      {claim.sentence.slice(0, at)}
      <mark>{claim.text}</mark>
      {claim.sentence.slice(at + claim.text.length)}
    </>
  )
}

const EvidenceLinks: React.FC<{ evidence: Evidence }> = ({ evidence }) => {
  const links: [string, string][] = []
  if (evidence.url) links.push([evidence.url, evidence.url])
  if (evidence.pmid) links.push([`PMID ${evidence.pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${evidence.pmid}/`])
  if (evidence.doi) links.push([`DOI ${evidence.doi}`, `https://doi.org/${evidence.doi}`])
  if (evidence.nctId) links.push([evidence.nctId, `https://clinicaltrials.gov/study/${evidence.nctId}`])
  return (
    <span className="mr-claim__evidence">
      {links.map(([label, href]) => (
        <a href={href} key={href} rel="noreferrer noopener" target="_blank">
          {label}
        </a>
      ))}
    </span>
  )
}

/** One claim: what was found and where, the decision on it, and (for a reviewer) a way to decide it. */
export const ClaimItem: React.FC<{
  claim: ReviewClaim
  fieldLabel: string
  canDecide: boolean
  onDecide: DecideClaim
  /** Threads about this claim that are not resolved yet. */
  openThreads: number
  onDiscuss: (body: string) => Promise<void>
}> = ({ claim, fieldLabel, canDecide, onDecide, openThreads, onDiscuss }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const [open, setOpen] = useState(false)
  const [discussing, setDiscussing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState(claim.decision.note ?? '')
  const [evidence, setEvidence] = useState<Evidence>(claim.decision.evidence ?? {})
  const [problem, setProblem] = useState('')
  const { decision } = claim
  const inputPath = `mr-${claim.key}`

  const decide = async (status: ClaimDecisionStatus) => {
    if (status === 'rejected' && !note.trim()) {
      setProblem(t('medicalReview:noteNeeded'))
      return
    }
    setBusy(true)
    setProblem('')
    try {
      const given = Object.fromEntries(Object.entries(evidence).filter(([, value]) => value && String(value).trim()))
      await onDecide(claim.key, {
        decision: status,
        note: note.trim() || undefined,
        evidence: Object.keys(given).length ? given : undefined,
      })
      setOpen(false)
      toast.success(t('medicalReview:decided'))
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const evidenceInput = (name: keyof Evidence, label: MedicalReviewTranslationKey) => (
    <TextInput
      label={t(label)}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEvidence({ ...evidence, [name]: event.target.value })}
      onKeyDown={keepEnterFromTheForm}
      path={`${inputPath}-${name}`}
      value={evidence[name] ?? ''}
    />
  )

  return (
    <li className="mr-claim" data-decision={decision.status} data-key={claim.key} data-severity={claim.severity}>
      <div className="mr-claim__meta">
        {/* Once decided, the risk is no longer an alarm: the decision below says what happened. */}
        <Pill
          pillStyle={decision.status === 'pending' ? (severityPill[claim.severity as keyof typeof severityPill] ?? 'light') : 'light'}
          size="small"
        >
          {t(`medicalReview:severity_${claim.severity}` as MedicalReviewTranslationKey)}
        </Pill>
        <Pill pillStyle="light" size="small">
          {t(`medicalReview:polarity_${claim.polarity}` as MedicalReviewTranslationKey)}
        </Pill>
        <span className="mr-claim__field">{t('medicalReview:inField', { field: fieldLabel })}</span>
      </div>
      <button
        className="mr-claim__sentence"
        onClick={() => revealClaim(claim)}
        title={t('medicalReview:showInText')}
        type="button"
      >
        “<Sentence claim={claim} />”
      </button>
      <p className="mr-claim__message">{claim.message}</p>
      <div className="mr-claim__decision" data-testid="claim-decision">
        <strong>
          {decision.status === 'pending'
            ? t('medicalReview:decision_pending')
            : t(`medicalReview:decision_${decision.status}`, { name: decision.reviewerName ?? '' })}
        </strong>
        {decision.decidedAt && decision.status !== 'pending' ? ` · ${formatDay(t, decision.decidedAt)}` : null}
        {decision.note ? <q className="mr-claim__note">{decision.note}</q> : null}
        {decision.evidence ? <EvidenceLinks evidence={decision.evidence} /> : null}
      </div>
      <div className="mr-actions">
        {canDecide && !open ? (
          <Button buttonStyle="secondary" className="mr-claim__open" margin={false} onClick={() => setOpen(true)} size="small">
            {t('medicalReview:decide')}
          </Button>
        ) : null}
        {discussing ? null : (
          <Button buttonStyle="subtle" className="mr-claim__discuss" margin={false} onClick={() => setDiscussing(true)} size="small">
            {t('medicalReview:discuss')}
          </Button>
        )}
        {openThreads ? (
          <a className="mr-claim__threads" href="#mr-conversation">
            {t('medicalReview:openThreads', { count: openThreads })}
          </a>
        ) : null}
      </div>
      {discussing ? (
        <CommentForm label="medicalReview:commentLabel" onClose={() => setDiscussing(false)} onSend={onDiscuss} path={`${inputPath}-comment`} />
      ) : null}
      {canDecide && open ? (
        <div className="mr-claim__form">
          <TextareaInput
            label={t('medicalReview:noteRequired')}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
            path={`${inputPath}-note`}
            rows={2}
            value={note}
          />
          <fieldset className="mr-claim__evidence-fields">
            <legend>{t('medicalReview:evidence')}</legend>
            {evidenceInput('url', 'medicalReview:evidenceUrl')}
            {evidenceInput('pmid', 'medicalReview:evidencePmid')}
            {evidenceInput('doi', 'medicalReview:evidenceDoi')}
            {evidenceInput('nctId', 'medicalReview:evidenceNctId')}
          </fieldset>
          {problem ? (
            <p className="mr-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="mr-actions">
            <Button disabled={busy} margin={false} onClick={() => void decide('approved')} size="small">
              {t('medicalReview:approve')}
            </Button>
            <Button buttonStyle="error" disabled={busy} margin={false} onClick={() => void decide('rejected')} size="small">
              {t('medicalReview:reject')}
            </Button>
            {decision.status !== 'pending' ? (
              <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={() => void decide('pending')} size="small">
                {t('medicalReview:reset')}
              </Button>
            ) : null}
            <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={() => setOpen(false)} size="small">
              {t('medicalReview:cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  )
}
