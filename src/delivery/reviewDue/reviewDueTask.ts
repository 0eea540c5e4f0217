import type { TaskConfig } from 'payload'

import type { ResolvedDeliveryOptions } from '../resolveDeliveryOptions.js'

import { markReviewDue } from './markReviewDue.js'

export const REVIEW_DUE_TASK = 'medicalReviewDue'

type Io = { input: { asOf?: string }; output: { due: number; announced: number } }

/** The re-review cadence: daily (by default), announce content whose review date has passed. */
export const reviewDueTask = (options: ResolvedDeliveryOptions): TaskConfig<Io> => ({
  slug: REVIEW_DUE_TASK,
  label: 'Medical review: announce content due for review',
  inputSchema: [{ name: 'asOf', type: 'date' }],
  outputSchema: [
    { name: 'due', type: 'number', required: true },
    { name: 'announced', type: 'number', required: true },
  ],
  retries: 2,
  // Scheduled even when disabled (the handler then does nothing): the schedule adds a jobs-stats
  // global, and the schema must not depend on the switch.
  ...(options.reviewDue.schedule
    ? { schedule: [{ cron: options.reviewDue.schedule, queue: options.queue }] }
    : {}),
  handler: async ({ input, req }) => {
    if (!options.enabled) return { output: { due: 0, announced: 0 } }
    const asOf = input?.asOf ? new Date(input.asOf) : new Date()
    const { due, announced } = await markReviewDue(req.payload, options, asOf)
    return { output: { due, announced: announced.length } }
  },
})
