import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ReviewState } from '../types.js'
import type { CommentAnchor, CommentMessage, ReviewConversation, ReviewThread } from './types.js'

import { latestInEveryLocale } from '../latestInEveryLocale.js'
import { contentShapeOf, reviewableContent } from '../reviewableContent.js'
import { reviewSettingsOf } from '../reviewableContentSettings.js'
import { placeThread } from './placeThread.js'
import { REVIEW_COMMENTS_SLUG } from './types.js'

// A document's whole conversation is read at once; this bounds it.
const MESSAGES_READ = 2000

type CommentRow = {
  id: number | string
  thread?: string | null
  anchor?: CommentAnchor | null
  body: string
  authorUserId?: string | null
  authorName: string
  createdAt: string
  resolvedAt?: string | null
  resolvedBy?: string | null
  resolvedByName?: string | null
}

const messageOf = (row: CommentRow): CommentMessage => ({
  id: String(row.id),
  author: row.authorUserId ?? null,
  authorName: row.authorName,
  body: row.body,
  at: row.createdAt,
})

/**
 * What a document's readers get, by the collection's review settings: `doc` (its latest version), or
 * on a localized site that version in every locale, where claims of each locale are ("body.es").
 */
export const readerContentOf = async (req: PayloadRequest, collection: string, doc: Record<string, unknown>) => {
  const { flattenedFields } = req.payload.collections[collection as CollectionSlug].config
  const shape = contentShapeOf(req.payload, flattenedFields)
  const everyLocale = shape.locales ? await latestInEveryLocale(req, collection, doc.id as number | string) : doc
  return reviewableContent(flattenedFields, reviewSettingsOf(req.payload, collection), everyLocale, shape)
}

/**
 * A document's threads, open ones first and then the most recently active first, each placed in
 * the latest version (its claims and reader content), and the fields a thread can be about.
 */
export const readConversation = async (
  req: PayloadRequest,
  collection: string,
  id: string,
  latest: { doc: Record<string, unknown>; state: ReviewState },
): Promise<ReviewConversation> => {
  const content = await readerContentOf(req, collection, latest.doc)
  const { docs } = await req.payload.find({
    collection: REVIEW_COMMENTS_SLUG,
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
    sort: 'createdAt',
    limit: MESSAGES_READ,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows = docs as unknown as CommentRow[]
  const threads = new Map<string, ReviewThread>()
  for (const row of rows) {
    if (row.thread || !row.anchor) continue
    threads.set(String(row.id), {
      id: String(row.id),
      anchor: row.anchor,
      placement: placeThread(row.anchor, latest.state.claims, content),
      resolved: row.resolvedAt ? { by: row.resolvedBy ?? '', byName: row.resolvedByName ?? '', at: row.resolvedAt } : null,
      messages: [messageOf(row)],
    })
  }
  for (const row of rows) if (row.thread) threads.get(row.thread)?.messages.push(messageOf(row))
  const lastAt = (thread: ReviewThread) => thread.messages[thread.messages.length - 1].at
  return {
    threads: [...threads.values()].sort(
      (a, b) => Number(Boolean(a.resolved)) - Number(Boolean(b.resolved)) || lastAt(b).localeCompare(lastAt(a)),
    ),
    fields: Object.keys(content),
  }
}
