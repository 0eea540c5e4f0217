'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ReviewConversation } from '../review/comments/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { requestReview } from './reviewRequest.js'

// Others comment too: a visible panel re-reads the conversation this often, and on focus.
const REFRESH_EVERY_MS = 15_000

export type Conversation = {
  threads: ReviewConversation['threads']
  fields: string[]
  /** Starts a thread on a claim (by key) or a field; throws a translated refusal. */
  start: (about: { claim: string } | { field: string }, body: string) => Promise<void>
  /** Replies to a thread and/or resolves (true) or reopens (false) it. */
  answer: (thread: string, input: { body?: string; resolved?: boolean }) => Promise<void>
}

/**
 * The conversation on the document in the edit view. `changed` is anything that moves claims or
 * text (the review's fingerprint): threads are placed again when it changes.
 */
export const useConversation = (changed: string | undefined): Conversation => {
  const { t, i18n } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const url = id ? `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/review/comments` : ''
  const [conversation, setConversation] = useState<ReviewConversation>({ threads: [], fields: [] })
  const speak = { t, language: i18n.language }

  const reload = useCallback(async () => {
    if (!url) return
    try {
      setConversation(await requestReview<ReviewConversation>(url, { t, language: i18n.language }))
    } catch {
      // Shown again on the next try; the panel's own state says when the review cannot be read.
    }
  }, [url, t, i18n.language])

  useEffect(() => {
    void reload()
  }, [reload, changed])

  useEffect(() => {
    const reread = () => {
      if (document.visibilityState === 'visible') void reload()
    }
    const timer = setInterval(reread, REFRESH_EVERY_MS)
    window.addEventListener('focus', reread)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', reread)
    }
  }, [reload])

  return {
    ...conversation,
    start: async (about, body) => setConversation(await requestReview<ReviewConversation>(url, speak, { ...about, body })),
    answer: async (thread, input) =>
      setConversation(await requestReview<ReviewConversation>(`${url}/${encodeURIComponent(thread)}`, speak, input)),
  }
}
