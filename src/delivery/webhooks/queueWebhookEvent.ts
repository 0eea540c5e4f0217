import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'
import type { WebhookBody } from './webhookBody.js'

import { auditHead } from '../../audit/auditHead.js'
import { WEBHOOK_TASK } from './webhookTask.js'

/**
 * Queues one delivery job per endpoint that wants the event. With `req`, the jobs commit or roll
 * back with the change they announce. Queueing never throws: announcing a publish must not fail it.
 */
export const queueWebhookEvent = async (
  payload: Payload,
  options: ResolvedDeliveryOptions,
  body: WebhookBody,
  req?: PayloadRequest,
): Promise<number> => {
  const endpoints = options.webhooks.endpoints.filter((endpoint) =>
    endpoint.events.includes(body.event),
  )
  if (!endpoints.length) return 0
  // Every site that hears from us keeps a checkpoint of the audit chain; truncation cannot hide.
  const json = JSON.stringify({ ...body, audit: await auditHead(payload).catch(() => null) })
  let queued = 0
  for (const endpoint of endpoints) {
    try {
      await payload.jobs.queue({
        task: WEBHOOK_TASK as never,
        input: { url: endpoint.url, event: body.event, deliveryId: body.id, body: json } as never,
        queue: options.queue,
        req,
      })
      queued += 1
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: `medical review: could not queue ${body.event} for ${endpoint.url}`,
      })
    }
  }
  return queued
}
