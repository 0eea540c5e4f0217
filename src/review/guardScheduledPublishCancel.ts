import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { appendReviewEvent } from '../audit/appendReviewEvent.js'
import { publicError } from '../publicError.js'
import { actorOf } from './actorOf.js'

type ScheduledPublish = {
  id: number | string
  waitUntil?: string | null
  input?: { type?: string; doc?: { relationTo?: string; value?: unknown }; user?: { value?: unknown } }
}

/** Jobs still waiting to publish or unpublish a reviewed document, among those `where` names. */
const waitingSchedules = async (req: PayloadRequest, slug: string, where: Where, reviewedSlugs: readonly string[]) => {
  const { docs } = await req.payload.db.find({
    collection: slug as CollectionSlug,
    where: { and: [where, { taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    pagination: false,
    req,
  })
  return (docs as unknown as ScheduledPublish[]).filter((job) => reviewedSlugs.includes(job.input?.doc?.relationTo ?? ''))
}

/**
 * Payload's admin lets anyone who may use it cancel any scheduled publish of any document: its
 * `schedule-publish` server function deletes the job with access overridden, and nothing records
 * it. A scheduled publish or unpublish of reviewed content is cancelled only by whoever scheduled
 * it, or by a user the site lets cancel jobs (`jobs.access.cancel`), and each cancel is recorded in
 * the delete's transaction. Checked before the delete, whose per-document refusals Payload's
 * bulk delete would only list. Server code (Payload's runner clearing finished jobs) goes on as before.
 */
export const guardScheduledPublishCancel =
  (reviewedSlugs: readonly string[], options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if ((operation !== 'delete' && operation !== 'deleteByID') || !req.user) return args
    const { id, where } = args as { id?: number | string; where?: Where }
    const named = id !== undefined ? { id: { equals: id } } : where
    if (!named) return args
    const schedules = await waitingSchedules(req, collection.slug, named, reviewedSlugs)
    if (!schedules.length) return args
    const mayCancelJobs = await (req.payload.config.jobs.access?.cancel ?? (() => true))({ req })
    const actor = actorOf(req, options)
    for (const job of schedules) {
      const what = job.input?.type === 'unpublish' ? 'unpublishing' : 'publishing'
      const scheduledBySelf = String(job.input?.user?.value) === String(req.user.id)
      if (!scheduledBySelf && !mayCancelJobs) {
        throw publicError(403, 'SCHEDULE_NOT_YOURS', `Not cancelled: only whoever scheduled this ${what}, or someone allowed to cancel jobs, can cancel it.`)
      }
      await appendReviewEvent(
        req.payload,
        {
          action: 'schedule_cancelled',
          actor: actor.id,
          actorName: actor.name,
          actorCredentials: actor.credentials,
          meaning: `Cancelled the ${what} scheduled for ${job.waitUntil ?? 'a later time'}.`,
          documentCollection: job.input!.doc!.relationTo!,
          documentId: String(job.input?.doc?.value),
          details: { type: job.input?.type ?? 'publish', waitUntil: job.waitUntil ?? null, scheduledBy: job.input?.user?.value ?? null },
        },
        req,
      )
    }
    return args
  }
