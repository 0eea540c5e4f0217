/** The collection slug of review conversations. */
export const REVIEW_COMMENTS_SLUG = 'review-comments'

/** What a thread is about: one claim (by its key, as the reviewer saw its sentence) or a whole field. */
export type CommentAnchor =
  | { kind: 'claim'; field: string; claimKey: string; category: string; quote: string }
  | { kind: 'field'; field: string }

/**
 * Where a thread stands in the latest content:
 * - `attached`: its claim or sentence is still there, word for word;
 * - `edited`: its sentence was edited, and `sentence` is the closest one now;
 * - `outdated`: its sentence (or field) is gone; the thread keeps the words it was about.
 */
export type ThreadPlacement = { status: 'attached' | 'edited' | 'outdated'; sentence?: string }

export type CommentMessage = { id: string; author: string | null; authorName: string; body: string; at: string }

export type ReviewThread = {
  id: string
  anchor: CommentAnchor
  placement: ThreadPlacement
  resolved: { by: string; byName: string; at: string } | null
  messages: CommentMessage[]
}

/** What every conversation endpoint answers: the threads, and the reviewed fields a new one can be about. */
export type ReviewConversation = { threads: ReviewThread[]; fields: string[] }
