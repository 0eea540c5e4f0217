'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ReviewThread } from '../review/comments/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'
import type { Conversation } from './useConversation.js'

import { CommentForm } from './CommentForm.js'
import { formatDay, formatMoment } from './describe.js'
import { useFieldLabel } from './useFieldLabel.js'

const Thread: React.FC<{ thread: ReviewThread; conversation: Conversation }> = ({ thread, conversation }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const fieldLabel = useFieldLabel()
  const [replying, setReplying] = useState(false)
  const [problem, setProblem] = useState('')
  const { anchor, placement, resolved } = thread

  const toggle = async () => {
    setProblem('')
    try {
      await conversation.answer(thread.id, { resolved: !resolved })
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <li className="mr-thread" data-placement={placement.status} data-resolved={Boolean(resolved)} data-thread={thread.id} id={`mr-thread-${thread.id}`}>
      <p className="mr-thread__about">
        {anchor.kind === 'claim' ? <q>{anchor.quote}</q> : t('medicalReview:onField', { field: fieldLabel(anchor.field) })}
      </p>
      {placement.status === 'edited' ? (
        <p className="mr-muted">
          {t('medicalReview:placement_edited')} <q>{placement.sentence}</q>
        </p>
      ) : null}
      {placement.status === 'outdated' ? <p className="mr-muted">{t('medicalReview:placement_outdated')}</p> : null}
      <ol className="mr-thread__messages">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <strong>{message.authorName}</strong> <span className="mr-muted">{formatMoment(t, message.at)}</span>
            <p className="mr-thread__body">{message.body}</p>
          </li>
        ))}
      </ol>
      {resolved ? (
        <p className="mr-muted">{t('medicalReview:resolvedBy', { name: resolved.byName, date: formatDay(t, resolved.at) })}</p>
      ) : null}
      {replying ? (
        <CommentForm
          label="medicalReview:replyLabel"
          onClose={() => setReplying(false)}
          onSend={(body) => conversation.answer(thread.id, { body })}
          path={`mr-reply-${thread.id}`}
        />
      ) : (
        <div className="mr-actions">
          <Button buttonStyle="secondary" margin={false} onClick={() => setReplying(true)} size="small">
            {t('medicalReview:reply')}
          </Button>
          <Button buttonStyle="subtle" margin={false} onClick={() => void toggle()} size="small">
            {t(resolved ? 'medicalReview:reopen' : 'medicalReview:resolve')}
          </Button>
        </div>
      )}
      {problem ? (
        <p className="mr-error" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  )
}

/**
 * The document's conversation: open threads first, each with where its sentence stands now;
 * resolved ones folded away; and a way to start a thread on a whole field (claims have their own
 * "Discuss" button).
 */
export const ReviewConversation: React.FC<{ conversation: Conversation }> = ({ conversation }) => {
  const { t } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const fieldLabel = useFieldLabel()
  const [field, setField] = useState('')
  const open = conversation.threads.filter((thread) => !thread.resolved)
  const resolved = conversation.threads.filter((thread) => thread.resolved)
  const chosen = field || conversation.fields[0] || ''

  return (
    <section className="mr-conversation" data-testid="review-conversation">
      <h4 className="mr-section-title">{t('medicalReview:conversationTitle', { count: open.length })}</h4>
      {conversation.threads.length ? null : <p className="mr-muted">{t('medicalReview:conversationEmpty')}</p>}
      <ul className="mr-threads">
        {open.map((thread) => (
          <Thread conversation={conversation} key={thread.id} thread={thread} />
        ))}
      </ul>
      {resolved.length ? (
        <details className="mr-threads__resolved">
          <summary>{t('medicalReview:resolvedThreads', { count: resolved.length })}</summary>
          <ul className="mr-threads">
            {resolved.map((thread) => (
              <Thread conversation={conversation} key={thread.id} thread={thread} />
            ))}
          </ul>
        </details>
      ) : null}
      {conversation.fields.length ? (
        <details className="mr-conversation__new">
          <summary>{t('medicalReview:commentOnField')}</summary>
          <label className="mr-block">
            {t('medicalReview:fieldLabel')}{' '}
            <select onChange={(event) => setField(event.target.value)} value={chosen}>
              {conversation.fields.map((name) => (
                <option key={name} value={name}>
                  {fieldLabel(name)}
                </option>
              ))}
            </select>
          </label>
          <CommentForm label="medicalReview:commentLabel" onSend={(body) => conversation.start({ field: chosen }, body)} path="mr-comment-field" />
        </details>
      ) : null}
    </section>
  )
}
