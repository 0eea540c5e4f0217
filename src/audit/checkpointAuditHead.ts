import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import type { AuditHead } from './types.js'

import { auditSettings } from './auditSettings.js'
import { hashReviewEvent } from './hashReviewEvent.js'
import { lastAuditEvent } from './lastAuditEvent.js'

// The highest sequence this process has checkpointed, per audit collection: one line per new head.
const written = new WeakMap<Payload, Map<string, number>>()
// Checkpoints of one Payload run one at a time, so two appends cannot write the same head twice.
const queues = new WeakMap<Payload, Promise<unknown>>()

/**
 * Records the committed chain head outside the database: a log line `audit checkpoint seq=N
 * hash=H`, and a JSON line `{"sequence","hash","at"}` in the checkpoint file when one is
 * configured (created when missing). The head is read outside any transaction, so a checkpoint
 * never names an event that could still roll back. A head whose keyed hash is wrong (written into
 * the table by someone without the key) is refused with an error line instead. Returns the head.
 */
export const checkpointAuditHead = (payload: Payload, slug: string): Promise<AuditHead | null> => {
  const turn = (queues.get(payload) ?? Promise.resolve()).then(async () => {
    const last = await lastAuditEvent(payload, slug)
    if (!last) return null
    const head: AuditHead = { sequence: last.sequence, hash: last.hash }
    const done = written.get(payload) ?? new Map<string, number>()
    written.set(payload, done)
    if (head.sequence <= (done.get(slug) ?? 0)) return head
    const { key, checkpointFile } = auditSettings(payload, slug)
    if (hashReviewEvent(last, key) !== last.hash) {
      payload.logger.error(
        `audit checkpoint REFUSED: event ${head.sequence} of ${slug} does not match its keyed hash; run npm run audit:verify`,
      )
      return head
    }
    payload.logger.info(`audit checkpoint seq=${head.sequence} hash=${head.hash}`)
    if (checkpointFile) {
      await fs.mkdir(path.dirname(checkpointFile), { recursive: true })
      const line = JSON.stringify({ ...head, at: new Date().toISOString() })
      await fs.appendFile(checkpointFile, `${line}\n`, { encoding: 'utf8', mode: 0o600 })
    }
    done.set(slug, head.sequence)
    return head
  })
  queues.set(
    payload,
    turn.catch(() => undefined),
  )
  return turn
}
