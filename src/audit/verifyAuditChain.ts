import type { CollectionSlug, Payload, Where } from 'payload'

import type {
  AuditChainReport,
  AuditCheckpoint,
  BrokenLink,
  CheckpointProblem,
  CheckpointReport,
  ReviewEventRecord,
} from './types.js'

import { auditSettings } from './auditSettings.js'
import { checkLiveContent, documentKey, PUBLISH_STATE_ACTIONS, type PublishStateEvent, type SignedEvent } from './checkLiveContent.js'
import { checkpointAuditHead } from './checkpointAuditHead.js'
import { GENESIS_HASH, hashReviewEvent } from './hashReviewEvent.js'
import { readCheckpointFile } from './readCheckpointFile.js'
import { REVIEW_EVENTS_SLUG } from './types.js'

export type VerifyAuditChainOptions = {
  /** @default 'review-events' */
  slug?: string
  /** Events (and published rows) read per query. @default 500 */
  pageSize?: number
  /** Heads recorded elsewhere (server log, webhook bodies), besides the checkpoint file's. */
  checkpoints?: AuditCheckpoint[]
}

type Link = Pick<ReviewEventRecord, 'hash' | 'sequence'>

const CHANGED = 'the row was changed after it was written'

const actorUserIdOf = (actor: ReviewEventRecord['actor']): null | string =>
  actor === null || actor === undefined
    ? null
    : String(typeof actor === 'object' ? actor.id : actor)

/** The first thing wrong with `event` as the successor of `previous`, if anything. */
const checkLink = (
  event: ReviewEventRecord,
  previous: Link | undefined,
  key: string,
): BrokenLink | undefined => {
  const expected = previous ? previous.sequence + 1 : 1
  const broken = (reason: string, sequence = expected) => ({ sequence, id: event.id, reason })
  if (!Number.isInteger(event.sequence) || event.sequence < expected) {
    return broken(`sequence ${String(event.sequence)} is out of order: ${CHANGED}`)
  }
  if (event.sequence > expected) {
    const jump = previous
      ? `the chain goes from event ${previous.sequence} to event ${event.sequence}`
      : `the chain starts at event ${event.sequence}`
    return broken(`event ${expected} is missing: ${jump}`)
  }
  if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return broken(
      previous
        ? `prevHash does not match the hash of event ${previous.sequence}`
        : 'prevHash of the first event is not the genesis value (64 zeros)',
    )
  }
  // Without the key nobody can compute this, so a rewrite with recomputed hashes stops here.
  if (hashReviewEvent(event, key) !== event.hash)
    return broken(`hash does not match the record under the audit key: ${CHANGED}`)
  // The database may null `actor` when the user is deleted; any other difference is tampering.
  const actor = actorUserIdOf(event.actor)
  if (actor !== null && actor !== (event.actorUserId ?? null)) {
    return broken(`actor does not match the recorded actor id: ${CHANGED}`)
  }
  return undefined
}

const when = (checkpoint: AuditCheckpoint) =>
  `${checkpoint.source === 'file' ? 'the checkpoint file' : 'a given checkpoint'}${checkpoint.at ? ` (${checkpoint.at})` : ''}`

/**
 * Verifies the audit log three ways. (1) Walks the chain in sequence order, a page at a time,
 * recomputing every keyed hash and checking that each event links to the one before with no gap.
 * (2) Compares the chain with the heads recorded outside the database (the checkpoint file and
 * `checkpoints`): a checkpoint beyond the last event means events were removed from the end, one
 * whose hash differs means the chain was rewritten. (3) Requires every published row of every
 * collection under review to match a signed event (checkLiveContent). A verified chain is
 * checkpointed in turn, so the daily run leaves a head even when nothing was appended.
 */
export const verifyAuditChain = async (
  payload: Payload,
  { slug = REVIEW_EVENTS_SLUG, pageSize = 500, checkpoints = [] }: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> => {
  const { key, checkpointFile } = auditSettings(payload, slug)
  // Read before the walk: every head in it was committed, so the walk sees its event.
  const file = checkpointFile ? await readCheckpointFile(checkpointFile) : undefined
  const expected = new Map<number, AuditCheckpoint[]>()
  for (const checkpoint of [...(file?.checkpoints ?? []), ...checkpoints]) {
    expected.set(checkpoint.sequence, [...(expected.get(checkpoint.sequence) ?? []), checkpoint])
  }
  const problems: CheckpointProblem[] = []
  const signed = new Map<string, SignedEvent[]>()
  const publishStates = new Map<string, PublishStateEvent>()
  let compared = 0
  let checked = 0
  let previous: Link | undefined
  let firstBroken: BrokenLink | undefined
  walk: for (;;) {
    // Keyset paging: stable while new events are appended during the walk.
    const where: Where | undefined = previous
      ? { sequence: { greater_than: previous.sequence } }
      : undefined
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where,
      sort: 'sequence',
      limit: pageSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const event of docs as unknown as ReviewEventRecord[]) {
      firstBroken = checkLink(event, previous, key)
      if (firstBroken) break walk
      checked += 1
      previous = event
      for (const checkpoint of expected.get(event.sequence) ?? []) {
        compared += 1
        if (checkpoint.hash === event.hash) continue
        problems.push({
          ...checkpoint,
          kind: 'rewritten',
          reason: `event ${event.sequence} has another hash than ${when(checkpoint)} recorded: the chain was rewritten from there on`,
        })
      }
      const doc = documentKey(event.documentCollection, event.documentId)
      if (event.action === 'signed') signed.set(doc, [...(signed.get(doc) ?? []), event])
      if (PUBLISH_STATE_ACTIONS.has(event.action)) publishStates.set(doc, event)
    }
    if (docs.length < pageSize) break
  }
  const last = previous?.sequence ?? 0
  let unchecked = 0
  for (const checkpoint of [...expected.values()].flat().filter((each) => each.sequence > last)) {
    // Past a broken link there is no trusted event to compare with.
    if (firstBroken) {
      unchecked += 1
      continue
    }
    compared += 1
    problems.push({
      ...checkpoint,
      kind: 'truncated',
      reason: `the chain ends at event ${last}, but ${when(checkpoint)} recorded event ${checkpoint.sequence}: events were removed from the end`,
    })
  }
  const checkpointReport: CheckpointReport = {
    checked: compared,
    unchecked,
    ...(file ? { file: { found: file.found, read: file.read, unreadable: file.unreadable } } : {}),
    problems: problems.sort((a, b) => a.sequence - b.sequence),
  }
  const liveContent = await checkLiveContent(payload, { slug, signed, publishStates, walkedTo: previous?.sequence ?? 0 }, pageSize)
  const chainHolds = !firstBroken && problems.length === 0
  if (chainHolds) {
    await checkpointAuditHead(payload, slug).catch((error: unknown) =>
      payload.logger.error({
        err: error,
        msg: 'audit checkpoint failed: could not record the head',
      }),
    )
  }
  return {
    ok: chainHolds && liveContent.mismatches.length === 0,
    checked,
    head: previous ? { sequence: previous.sequence, hash: previous.hash } : null,
    ...(firstBroken ? { firstBroken } : {}),
    checkpoints: checkpointReport,
    liveContent,
  }
}
