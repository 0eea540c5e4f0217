import fs from 'node:fs/promises'

import type { AuditCheckpoint, CheckpointReport } from './types.js'

type CheckpointFile = NonNullable<CheckpointReport['file']> & { checkpoints: AuditCheckpoint[] }

const isCheckpoint = (value: unknown): value is { sequence: number; hash: string; at?: unknown } =>
  Boolean(value) &&
  Number.isInteger((value as { sequence?: unknown }).sequence) &&
  (value as { sequence: number }).sequence > 0 &&
  typeof (value as { hash?: unknown }).hash === 'string' &&
  /^[0-9a-f]{64}$/.test((value as { hash: string }).hash)

/**
 * The checkpoints in the file checkpointAuditHead appends to. A missing file is not an error (no
 * append has been checkpointed yet); a line that does not parse, as a write cut short by a crash
 * leaves, is counted and skipped.
 */
export const readCheckpointFile = async (file: string): Promise<CheckpointFile> => {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { found: false, read: 0, unreadable: 0, checkpoints: [] }
    }
    throw error
  }
  const checkpoints: AuditCheckpoint[] = []
  let unreadable = 0
  for (const line of text.split('\n').filter((each) => each.trim())) {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      value = undefined
    }
    if (!isCheckpoint(value)) {
      unreadable += 1
      continue
    }
    const at = typeof value.at === 'string' ? value.at : undefined
    checkpoints.push({ sequence: value.sequence, hash: value.hash, source: 'file', at })
  }
  return { found: true, read: checkpoints.length, unreadable, checkpoints }
}
