/**
 * Where the parts of a regular-expression source end, read without compiling it. Sources are
 * valid patterns without the `u` or `v` flag (the RegExp constructor has checked them).
 */

const REPEAT = /\{(\d+)(?:,(\d*))?\}/y

/** Index after the character class opening at `at`: `[]` matches nothing, `[^]` any character. */
export function classEnd(source: string, at: number): number {
  let i = at + 1
  if (source[i] === '^') i++
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
  return i + 1
}

/** Where the body of the group opening at `at` starts, and whether the group is a lookaround. */
export function groupBody(source: string, at: number): { start: number; lookaround: boolean } {
  if (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) return { start: at + 4, lookaround: true }
  if (source.startsWith('(?=', at) || source.startsWith('(?!', at)) return { start: at + 3, lookaround: true }
  if (source.startsWith('(?:', at)) return { start: at + 3, lookaround: false }
  if (source.startsWith('(?<', at)) return { start: source.indexOf('>', at) + 1, lookaround: false }
  return { start: at + 1, lookaround: false }
}

/** Index after the group opening at `at`. */
export function groupEnd(source: string, at: number): number {
  let depth = 0
  for (let i = at; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (char === '[') i = classEnd(source, i) - 1
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return i + 1
  }
  return source.length
}

/**
 * The quantifier at `at`, after an atom: how many times the atom must and may appear, and where
 * the quantifier (lazy mark included) ends. `end === at` when there is none.
 */
export function quantifierAt(source: string, at: number): { min: number; max: number; end: number } {
  const char = source[at]
  let min = 1
  let max = 1
  let end = at
  if (char === '?' || char === '*' || char === '+') {
    min = char === '+' ? 1 : 0
    max = char === '?' ? 1 : Infinity
    end = at + 1
  } else if (char === '{') {
    REPEAT.lastIndex = at
    const match = REPEAT.exec(source)
    if (match !== null) {
      min = Number(match[1])
      max = match[2] === undefined ? min : match[2] === '' ? Infinity : Number(match[2])
      end = at + match[0].length
    }
  }
  if (end > at && source[end] === '?') end++ // lazy
  return { min, max, end }
}
