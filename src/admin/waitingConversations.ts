import type { QueueReader, QueueRow, ReviewQueueServerProps } from './queueRows.js'

import { REVIEW_COMMENTS_SLUG } from '../review/comments/types.js'
import { documentId } from '../review/documentId.js'
import { queueRows } from './queueRows.js'

// The newest messages looked at: enough for every conversation still going on a site's desk.
const MESSAGES_SCANNED = 500

type Message = {
  id: number | string
  documentCollection: string
  documentId: string
  thread?: string | null
  authorUserId?: string | null
  authorName: string
  body: string
  resolvedAt?: string | null
}

export type WaitingConversation = { row: QueueRow; thread: string; lastBy: string; lastBody: string }

/**
 * Open threads whose last word is someone else's, on documents the user can read and has a part
 * in: they spoke in the thread, last edited the content, or are the assigned reviewer. The admin's
 * own notification: what waits for an answer from this user.
 */
export const waitingConversations = async (
  req: QueueReader,
  props: ReviewQueueServerProps,
  me: string,
): Promise<WaitingConversation[]> => {
  const { docs } = await req.payload.find({
    collection: REVIEW_COMMENTS_SLUG,
    sort: '-createdAt',
    limit: MESSAGES_SCANNED,
    depth: 0,
    overrideAccess: true,
  })
  const threads = new Map<string, { last: Message; root?: Message; speakers: Set<string> }>()
  for (const message of docs as unknown as Message[]) {
    const id = message.thread ?? String(message.id)
    const thread = threads.get(id) ?? { last: message, speakers: new Set<string>() }
    if (!message.thread) thread.root = message
    if (message.authorUserId) thread.speakers.add(message.authorUserId)
    threads.set(id, thread)
  }
  const open = [...threads.entries()].filter(([, thread]) => thread.root && !thread.root.resolvedAt && thread.last.authorUserId !== me)
  const waiting: WaitingConversation[] = []
  for (const slug of props.reviewedCollections) {
    const ids = open
      .filter(([, thread]) => thread.last.documentCollection === slug)
      .map(([, thread]) => documentId(req.payload, slug, thread.last.documentId))
      .filter((id) => id !== undefined)
    if (!ids.length) continue
    // Read as the user: a document they may not read never shows up.
    const rows = await queueRows(req, { ...props, reviewedCollections: [slug] }, { id: { in: ids } }, '-updatedAt', false)
    for (const [thread, { last, speakers }] of open) {
      const row = rows.find((candidate) => candidate.collection === last.documentCollection && String(candidate.id) === last.documentId)
      const involved = speakers.has(me) || row?.state.contentEditedBy === me || row?.state.assignment?.reviewer === me
      if (row && involved) waiting.push({ row, thread, lastBy: last.authorName, lastBody: last.body })
    }
  }
  return waiting
}
