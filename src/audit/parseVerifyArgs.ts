import type { AuditCheckpoint } from './types.js'

import { parseCheckpoint } from './parseCheckpoint.js'

export const VERIFY_USAGE =
  'usage: npm run audit:verify -- [--checkpoint <sequence>:<hash>]... (from `audit checkpoint seq=N hash=H` log lines or webhook bodies)'

/** The command line of `npm run audit:verify`: the checkpoints given, or what is wrong with it. */
export const parseVerifyArgs = (
  args: string[],
): { checkpoints: AuditCheckpoint[] } | { error: string } => {
  const checkpoints: AuditCheckpoint[] = []
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!
    const inline = arg.startsWith('--checkpoint=') ? arg.slice('--checkpoint='.length) : undefined
    if (arg !== '--checkpoint' && inline === undefined)
      return { error: `unknown argument "${arg}"` }
    const value = inline ?? args[(i += 1)]
    const checkpoint = value === undefined ? undefined : parseCheckpoint(value)
    if (!checkpoint) {
      return { error: `--checkpoint needs <sequence>:<64 hex digits>, got "${value ?? ''}"` }
    }
    checkpoints.push(checkpoint)
  }
  return { checkpoints }
}
