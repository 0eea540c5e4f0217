const UNPAIRED = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'

/**
 * Half of a surrogate pair: a UTF-8 database stores it as U+FFFD (so text read back differs from
 * text written), and PostgreSQL refuses it inside JSON. Global, for replacing every one.
 */
export const UNPAIRED_SURROGATE = new RegExp(UNPAIRED, 'g')

// Compiled once and without the global flag, so a test keeps no state between strings: every write's strings pass here.
const ANY_UNPAIRED = new RegExp(UNPAIRED)

export const hasUnpairedSurrogate = (text: string): boolean => ANY_UNPAIRED.test(text)
