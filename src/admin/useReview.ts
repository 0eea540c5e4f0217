'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import type { Blocker } from '../review/publishBlockers.js'
import type { ReviewState } from '../review/types.js'
import type { MedicalReviewTranslationKey, MedicalReviewTranslations } from './translations.js'

import { ReviewActionError, readError, requestReview } from './reviewRequest.js'

/** What `GET /api/{collection}/{id}/review` and every review action answer. */
export type ReviewResponse = ReviewState & { revision: string; canPublish: boolean; blockers: Blocker[] }

type Entry = { data?: ReviewResponse; error?: string; stamp?: number }


// One store for the whole admin: the panel, the badge and the publish button of a document share
// one fetch and see an action's result at once.
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const put = (key: string, entry: Entry) => {
  entries.set(key, { ...entries.get(key), ...entry })
  emit()
}

// Others act on the same document: a visible panel re-reads its state this often, and on focus.
const REFRESH_EVERY_MS = 15_000

const load = async (key: string, url: string, stamp: number) => {
  const known = entries.get(key)
  if (known && known.stamp === stamp) return
  entries.set(key, { ...known, stamp })
  try {
    const response = await fetch(url, { credentials: 'include', cache: 'no-store' })
    if (!response.ok) throw await readError(response)
    if (entries.get(key)?.stamp === stamp) put(key, { data: (await response.json()) as ReviewResponse, error: undefined })
  } catch (error) {
    if (entries.get(key)?.stamp === stamp) put(key, { error: (error as Error).message })
  }
}

/**
 * The review state of the document in the edit view, re-read after every save (and autosave), plus
 * `act` to run a review action: its answer becomes the new state for every component at once.
 */
export const useReview = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { t, i18n } = useTranslation<MedicalReviewTranslations, MedicalReviewTranslationKey>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const key = id && collectionSlug ? `${collectionSlug}/${id}` : ''
  const url = key ? `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/review` : ''
  const entry = useSyncExternalStore(
    subscribe,
    () => (key ? entries.get(key) : undefined),
    () => undefined,
  )

  useEffect(() => {
    if (key) void load(key, url, lastUpdateTime)
  }, [key, url, lastUpdateTime])

  useEffect(() => {
    if (!key) return
    const reread = () => {
      if (document.visibilityState === 'visible') void load(key, url, Date.now())
    }
    const timer = setInterval(reread, REFRESH_EVERY_MS)
    window.addEventListener('focus', reread)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', reread)
    }
  }, [key, url])

  const act = useCallback(
    async (path: string, body: Record<string, unknown> = {}): Promise<ReviewResponse> => {
      // The state this action was decided on: if someone acted since, the server says so (409).
      const revision = entries.get(key)?.data?.revision
      try {
        const data = await requestReview<ReviewResponse>(`${url}/${path}`, { t, language: i18n.language }, { revision, ...body })
        put(key, { data, error: undefined })
        return data
      } catch (error) {
        if (error instanceof ReviewActionError && error.code === 'STALE_REVIEW') void load(key, url, Date.now())
        throw error
      }
    },
    [key, url, t, i18n.language],
  )

  const refresh = useCallback(() => {
    if (key) void load(key, url, Date.now())
  }, [key, url])

  return { id, collectionSlug, review: entry?.data, error: entry?.error, act, refresh }
}
