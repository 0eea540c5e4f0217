/**
 * Folds typographic variants to ASCII one character for one character, so rules and the sentence
 * splitter see straight quotes, plain hyphens and spaces while offsets stay those of the original.
 */

const FOLDABLE =
  /[\u00a0\u00ab\u00bb\u2007\u2009\u200a\u2010-\u2015\u2018-\u201f\u2032\u2033\u2035\u2036\u2212\u202f\u205f\u3000]/
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g')

function fold(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x00ab || code === 0x00bb || (code >= 0x201c && code <= 0x201f)) return '"'
  if (code === 0x2033 || code === 0x2036) return '"'
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032 || code === 0x2035) return "'"
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-'
  return ' '
}

export function normalizeText(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, fold) : text
}
