import type { Payload, Plugin } from 'payload'

import { inTurnAcrossInstances, postgresOf } from './database/inTurnAcrossInstances.js'

/**
 * Payload 3 claims queued jobs in two steps, reading the runnable rows and then marking them
 * `processing`, so two runners at the same moment claim and run the same job
 * (payloadcms/payload#16043). On PostgreSQL each claim first takes one advisory lock, held until
 * the claim commits: the next claim reads the jobs already taken and picks others.
 */
const claimInTurn = (payload: Payload) => {
  const db = postgresOf(payload)
  if (!db) return
  const updateJobs = db.updateJobs.bind(db)
  db.updateJobs = async (args) => {
    const session = args.req?.transactionID === undefined ? undefined : db.sessions[String(args.req.transactionID)]
    if (args.data.processing === true && args.id === undefined && session) {
      await db.execute({ db: session.db, raw: "SELECT pg_advisory_xact_lock(hashtext('health-cms:job-claims'))" })
    }
    return updateJobs(args)
  }
}

/**
 * Payload's scheduler reads "is this schedule's job queued yet?" and then queues it, so runners
 * scheduling at the same minute queue the same run twice: they take turns.
 */
const scheduleInTurn = (payload: Payload) => {
  const handleSchedules = payload.jobs.handleSchedules.bind(payload.jobs)
  payload.jobs.handleSchedules = (args) => inTurnAcrossInstances(payload, 'job-schedules', () => handleSchedules(args))
}

/**
 * Jobs run once however many runners share the database: every Payload this config starts takes
 * turns claiming and scheduling jobs, whether it serves the site (autoRun, `/api/payload-jobs/run`)
 * or is a `payload jobs:run` worker, since all of them run the config's onInit.
 */
export const jobsTakeTurns = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    claimInTurn(payload)
    scheduleInTurn(payload)
    await config.onInit?.(payload)
  },
})
