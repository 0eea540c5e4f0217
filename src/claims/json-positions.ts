/**
 * Where string values sit in JSON source text, so the CLI can report Lexical findings at the
 * line and column of the file rather than of the flattened text. Iterative: the nesting depth of
 * a file cannot overflow the stack.
 */

export interface JsonStringRange {
  /** Offset of the first character after the opening quote. */
  start: number
  /** Offset of the closing quote. */
  end: number
}

/**
 * Ranges of every string value whose key is `key`, by path in the style of Lexical node paths
 * (`root.children[2].children[0].text`). Expects JSON that JSON.parse accepted.
 */
export function locateJsonStrings(source: string, key = 'text'): Map<string, JsonStringRange> {
  const found = new Map<string, JsonStringRange>()
  const frames: { path: string; isArray: boolean; index: number; key: string | null }[] = []
  let expectKey = false
  const childPath = () => {
    const frame = frames[frames.length - 1]
    if (frame === undefined) return ''
    if (frame.isArray) return `${frame.path}[${frame.index}]`
    return frame.path === '' ? frame.key! : `${frame.path}.${frame.key}`
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '"') {
      const start = i + 1
      i++
      while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1
      const frame = frames[frames.length - 1]
      if (frame !== undefined && !frame.isArray && expectKey) {
        frame.key = JSON.parse(source.slice(start - 1, i + 1)) as string
        expectKey = false
      } else if (frame !== undefined && !frame.isArray && frame.key === key) {
        found.set(childPath(), { start, end: i })
      }
    } else if (char === '{' || char === '[') {
      frames.push({ path: childPath(), isArray: char === '[', index: 0, key: null })
      expectKey = char === '{'
    } else if (char === '}' || char === ']') {
      frames.pop()
    } else if (char === ',') {
      const frame = frames[frames.length - 1]
      if (frame?.isArray) frame.index++
      else expectKey = true
    }
  }
  return found
}

/** Offset in the source of the `index`-th decoded character of the string starting at `start`. */
export function sourceOffset(source: string, start: number, index: number): number {
  let at = start
  for (let decoded = 0; decoded < index && at < source.length && source[at] !== '"'; decoded++) {
    at += source[at] !== '\\' ? 1 : source[at + 1] === 'u' ? 6 : 2
  }
  return at
}
