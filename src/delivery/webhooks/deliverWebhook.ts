import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'

import { signWebhook } from './signWebhook.js'

export type WebhookDelivery = { url: string; event: string; deliveryId: string; body: string }

/**
 * POSTs one stored event to one endpoint, signed now. A network error, a timeout or a non-2xx
 * answer throws, and the jobs queue retries it with backoff; the publish that caused it is long done.
 */
export const deliverWebhook = async (
  delivery: WebhookDelivery,
  options: ResolvedDeliveryOptions,
): Promise<{ status: number; skipped?: boolean }> => {
  const endpoint = options.webhooks.endpoints.find((candidate) => candidate.url === delivery.url)
  // Removed from the config since it was queued: nothing to sign with, nobody to tell.
  if (!endpoint) return { status: 0, skipped: true }
  const response = await fetch(delivery.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'payload-medical-review-webhooks',
      'x-medreview-event': delivery.event,
      'x-medreview-delivery': delivery.deliveryId,
      'x-medreview-signature': signWebhook(endpoint.secret, delivery.body),
    },
    body: delivery.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.webhooks.timeoutMs),
  })
  await response.body?.cancel()
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`webhook ${delivery.event} to ${delivery.url} answered HTTP ${response.status}`)
  }
  return { status: response.status }
}
