import { classEnd, groupBody, quantifierAt } from './regex-source.js'

/**
 * What a valid regular-expression source can match, read from the source without running it: how
 * many capturing groups it has, and whether a match can be zero characters long. Running each of
 * the default pack's patterns once at start-up to check it compiled them all to bytecode (11.7 MB),
 * and the scan ran 23% slower for the rest of the process (see native-regexp.ts).
 *
 * Stricter than running the pattern on "": a pattern of assertions only, such as `\b` or `(?=a)`,
 * matches zero characters wherever it matches at all, and is refused too.
 */
export interface PatternShape {
  capturingGroups: number
  /** Some match is zero characters long: only assertions, optional or repeated-from-zero parts. */
  matchesEmpty: boolean
}

/** What follows `\x`, `\u` and `\c` in a character escape (otherwise they escape the letter itself). */
const ESCAPE_REST: Record<string, RegExp> = { x: /[\da-f]{2}/iy, u: /[\da-f]{4}/iy, c: /[a-z]/iy }

/** `source` must be a valid pattern (the RegExp constructor checks that without compiling it). */
export function patternShape(source: string): PatternShape {
  let at = 0
  let capturingGroups = 0

  /** Alternatives up to a `)` or the end; nullable when any alternative is. */
  const disjunction = (): boolean => {
    let nullable = alternative()
    while (source[at] === '|') {
      at++
      nullable = alternative() || nullable
    }
    return nullable
  }

  /** Terms up to a `|`, a `)` or the end; nullable when every term is. */
  const alternative = (): boolean => {
    let nullable = true
    while (at < source.length && source[at] !== '|' && source[at] !== ')') nullable = term() && nullable
    return nullable
  }

  const term = (): boolean => {
    const nullable = atom()
    const { min, end } = quantifierAt(source, at)
    at = end
    return nullable || min === 0
  }

  /** One atom or assertion; whether it can match zero characters. */
  const atom = (): boolean => {
    const char = source[at]!
    if (char === '^' || char === '$') {
      at++
      return true
    }
    if (char === '(') {
      const body = groupBody(source, at)
      if (!body.lookaround && !source.startsWith('(?:', at)) capturingGroups++
      at = body.start
      const nullable = disjunction()
      at++ // the closing parenthesis
      return body.lookaround || nullable
    }
    if (char === '[') {
      at = classEnd(source, at)
      return false
    }
    if (char === '\\') {
      const next = source[at + 1]!
      at += 2
      if (next === 'b' || next === 'B') return true
      // Capturing groups are refused, so a digit is a character escape, never a back-reference.
      const rest = ESCAPE_REST[next]
      if (rest !== undefined) {
        rest.lastIndex = at
        at += rest.exec(source)?.[0].length ?? 0
      }
      return false
    }
    at++
    return false
  }

  const matchesEmpty = disjunction()
  return { capturingGroups, matchesEmpty }
}
