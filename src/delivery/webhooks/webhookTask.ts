import type { TaskConfig } from 'payload'

import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'
import type { WebhookDelivery } from './deliverWebhook.js'

import { deliverWebhook } from './deliverWebhook.js'

export const WEBHOOK_TASK = 'medicalReviewWebhook'

type Io = { input: WebhookDelivery; output: { status: number; skipped?: boolean } }

/** One delivery of one event to one endpoint, retried with exponential backoff. */
export const webhookTask = (options: ResolvedDeliveryOptions): TaskConfig<Io> => ({
  slug: WEBHOOK_TASK,
  label: 'Medical review: deliver a webhook',
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'number', required: true },
    { name: 'skipped', type: 'checkbox' },
  ],
  retries: {
    attempts: options.webhooks.retries,
    backoff: { type: 'exponential', delay: options.webhooks.backoffMs },
  },
  handler: async ({ input }) => ({ output: await deliverWebhook(input, options) }),
})
