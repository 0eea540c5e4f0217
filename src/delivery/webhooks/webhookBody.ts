import type { AuditHead } from '../../audit/types.js'
import type { PublicReview, WebhookEvent } from '../types.js'

/** What every endpoint receives: the event, the document it is about, and the public review. */
export type WebhookBody = {
  id: string
  event: WebhookEvent
  occurredAt: string
  collection: string
  document: { id: number | string; title?: string; slug?: string; status?: string; url: string }
  review: PublicReview
  /** The committed head of the audit chain when the event was queued: a copy kept outside our database. */
  audit?: AuditHead | null
}
