import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** What reading the queue needs: the views and the dashboard have these, not a whole request. */
export type QueueReader = Pick<PayloadRequest, 'i18n' | 'payload' | 'user'>

import type { ReviewState } from '../review/types.js'

import { readState } from '../review/readState.js'
import { labelText } from './labels.js'

export type ReviewQueueServerProps = { reviewedCollections: string[]; eventsSlug: string }

export type QueueRow = {
  collection: string
  collectionLabel: string
  id: number | string
  title: string
  state: ReviewState
  since: string
}

const LIMIT = 200

/** When each document was last submitted, from the audit log (readers without access get updatedAt). */
const submittedAt = async (req: QueueReader, eventsSlug: string, collection: string, ids: (number | string)[]) => {
  const found = new Map<string, string>()
  if (!ids.length) return found
  try {
    const events = await req.payload.find({
      collection: eventsSlug as CollectionSlug,
      where: {
        action: { equals: 'submitted' },
        documentCollection: { equals: collection },
        documentId: { in: ids.map(String) },
      },
      sort: '-sequence',
      limit: 1000,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    for (const event of events.docs as unknown as { documentId: string; occurredAt: string }[]) {
      if (!found.has(event.documentId)) found.set(event.documentId, event.occurredAt)
    }
  } catch {
    // Not allowed to read the audit log: the document's own dates stand in.
  }
  return found
}

/** The latest drafts of every reviewed collection matching `where`, as queue rows. */
export const queueRows = async (
  req: QueueReader,
  props: ReviewQueueServerProps,
  where: Where,
  sort: string,
  withSubmission: boolean,
): Promise<QueueRow[]> => {
  const rows: QueueRow[] = []
  for (const slug of props.reviewedCollections) {
    const collection = req.payload.collections[slug as CollectionSlug]
    if (!collection) continue
    const useAsTitle = collection.config.admin?.useAsTitle ?? 'id'
    const result = await req.payload.find({
      collection: slug as CollectionSlug,
      where,
      sort,
      draft: true,
      limit: LIMIT,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const docs = result.docs as unknown as (Record<string, unknown> & { id: number | string; updatedAt: string })[]
    const submitted = withSubmission ? await submittedAt(req, props.eventsSlug, slug, docs.map((doc) => doc.id)) : new Map()
    const collectionLabel = labelText(collection.config.labels?.plural, req.i18n, slug)
    for (const doc of docs) {
      rows.push({
        collection: slug,
        collectionLabel,
        id: doc.id,
        title: String(doc[useAsTitle] ?? '') || '',
        state: readState(doc.medicalReview),
        since: submitted.get(String(doc.id)) ?? doc.updatedAt,
      })
    }
  }
  return rows
}

