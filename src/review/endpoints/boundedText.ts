import { publicError } from '../../publicError.js'
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from '../../unstorableCharacters.js'

/** Notes, reasons and statements a reviewer writes: enough for a paragraph of reasoning, never a dump. */
export const MAX_NOTE_LENGTH = 2000

/** An optional piece of prose from a request: trimmed, and refused (not cut) when too long. */
export const boundedText = (value: unknown, name: string): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw publicError(400, 'INVALID_INPUT', `${name} must be text.`)
  const text = value.trim()
  if (hasUnstorableCharacter(text)) throw publicError(400, 'INVALID_INPUT', `${name} ${UNSTORABLE_MESSAGE}.`)
  if (text.length > MAX_NOTE_LENGTH) {
    throw publicError(400, 'TEXT_TOO_LONG', `${name} is ${text.length} characters long; keep it under ${MAX_NOTE_LENGTH}.`)
  }
  return text || undefined
}
