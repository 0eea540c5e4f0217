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

const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y
const LOOKAROUND = /\(\?<?[=!]/y
/** What follows `\x`, `\u` and `\c` in a character escape (otherwise they escape the letter itself). */
const ESCAPE_REST: Record<string, RegExp> = { x: /[\da-f]{2}/iy, u: /[\da-f]{4}/iy, c: /[a-z]/iy }

/** `pattern` (sticky) matched at `at` in `source`, or null. */
function stickyAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(source)
}

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
    const quantifier = stickyAt(QUANTIFIER, source, at)
    if (quantifier === null) return nullable
    at += quantifier[0].length
    const minimum = quantifier[1] === undefined ? (quantifier[0][0] === '+' ? 1 : 0) : Number(quantifier[1])
    return nullable || minimum === 0
  }

  /** One atom or assertion; whether it can match zero characters. */
  const atom = (): boolean => {
    const char = source[at]!
    if (char === '^' || char === '$') {
      at++
      return true
    }
    if (char === '(') {
      const lookaround = stickyAt(LOOKAROUND, source, at)
      if (lookaround !== null) at += lookaround[0].length
      else if (source.startsWith('(?:', at)) at += 3
      else {
        capturingGroups++
        at += source.startsWith('(?<', at) ? source.indexOf('>', at) + 1 - at : 1
      }
      const nullable = disjunction()
      at++ // the closing parenthesis
      return lookaround !== null || nullable
    }
    if (char === '[') {
      at++
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1
      at++
      return false
    }
    if (char === '\\') {
      const next = source[at + 1]!
      at += 2
      if (next === 'b' || next === 'B') return true
      // Capturing groups are refused, so a digit is a character escape, never a back-reference.
      const rest = ESCAPE_REST[next] === undefined ? null : stickyAt(ESCAPE_REST[next], source, at)
      if (rest !== null) at += rest[0].length
      return false
    }
    at++
    return false
  }

  const matchesEmpty = disjunction()
  return { capturingGroups, matchesEmpty }
}
