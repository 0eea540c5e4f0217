/**
 * The first `length` UTF-16 units of a text, one fewer where the cut would split a character
 * outside the Basic Multilingual Plane (an emoji): half of one is stored as U+FFFD, so the text
 * read back would not be the text written.
 */
export const clipText = (text: string, length: number): string => {
  const clipped = text.slice(0, length)
  return /[\uD800-\uDBFF]$/.test(clipped) && /^[\uDC00-\uDFFF]/.test(text.slice(length)) ? clipped.slice(0, -1) : clipped
}
