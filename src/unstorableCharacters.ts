// NUL, or half of a surrogate pair.
const UNSTORABLE = '\\u0000|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'

/**
 * Characters no database keeps as sent: PostgreSQL refuses NUL in text and half of a character
 * pair in JSON, and SQLite cuts text at a NUL and stores half a pair as U+FFFD, so what is read back
 * differs from what was written (and fingerprinted, and hashed into the audit chain). Global, for
 * replacing every one.
 */
export const UNSTORABLE_CHARACTER = new RegExp(UNSTORABLE, 'g')

/** Said of a value that holds one, to a person who can remove it. */
export const UNSTORABLE_MESSAGE = 'holds a character no database stores as sent, a NUL (\\u0000) or half of a character pair (an unpaired surrogate, \\ud83d say): send whole characters'

// Compiled once and without the global flag, so a test keeps no state between strings: every write's strings pass here.
const ANY_UNSTORABLE = new RegExp(UNSTORABLE)

export const hasUnstorableCharacter = (text: string): boolean => ANY_UNSTORABLE.test(text)
