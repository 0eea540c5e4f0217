import type { AuditCheckpoint } from './types.js'

const CHECKPOINT = /^(\d+):([0-9a-f]{64})$/i

/**
 * A checkpoint a person passes (`--checkpoint 42:<hash>`, `?checkpoint=42:<hash>`), as copied from
 * an `audit checkpoint seq=42 hash=...` log line or a webhook body; undefined when malformed.
 */
export const parseCheckpoint = (text: string): AuditCheckpoint | undefined => {
  const match = CHECKPOINT.exec(text.trim())
  if (!match || Number(match[1]) < 1) return undefined
  return { sequence: Number(match[1]), hash: match[2]!.toLowerCase(), source: 'given' }
}
