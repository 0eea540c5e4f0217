/**
 * Half of a surrogate pair: a UTF-8 database stores it as U+FFFD (so text read back differs from
 * text written), and PostgreSQL refuses it inside JSON.
 */
export const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const hasUnpairedSurrogate = (text: string): boolean => new RegExp(UNPAIRED_SURROGATE.source).test(text)
