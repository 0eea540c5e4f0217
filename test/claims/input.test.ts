import { describe, expect, it } from '@jest/globals'
import {
  ClaimScanInputError,
  createScanner,
  scanDocument,
  scanLexical,
  scanText,
} from '../../src/claims/index.js'

const inputError = (fn: () => unknown): ClaimScanInputError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ClaimScanInputError) return error
    throw error
  }
  throw new Error('expected a ClaimScanInputError')
}

const nested = (depth: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'cure' }
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] }
  return { root: { type: 'root', children: [node] } }
}

describe('bad input', () => {
  it.each([undefined, null, 42, {}, ['cure'], Symbol('x')])(
    'rejects %p as text with INVALID_TEXT',
    (value) => {
      const error = inputError(() => scanText(value as never))
      expect(error).toMatchObject({
        code: 'INVALID_TEXT',
        status: 400,
        name: 'ClaimScanInputError',
      })
    },
  )

  it('rejects text over the length limit', () => {
    const scanner = createScanner({ limits: { maxTextLength: 100 } })
    expect(inputError(() => scanner.scanText('a'.repeat(101))).code).toBe('TEXT_TOO_LONG')
  })

  it('scans 10 MB of health text in bounded time', () => {
    const paragraph =
      'Multiple sclerosis affects the brain and spinal cord, and symptoms differ from person to person. ' +
      'Your neurologist will explain the options and what to expect at each appointment. ' +
      'There is no cure, but “DMTs” help… Ask your MS nurse. '
    const timed = (bytes: number) => {
      const text = paragraph.repeat(Math.ceil(bytes / paragraph.length))
      const started = performance.now()
      const findings = scanText(text)
      return { findings, ms: performance.now() - started }
    }
    const small = timed(1_000_000)
    const large = timed(10_000_000)
    expect(large.findings.length).toBeGreaterThan(30_000)
    // Ten times the text takes about ten times as long; anything superlinear shows as 100x. The
    // ratio holds on a slow or busy machine, where a fixed number of seconds would not.
    expect(large.ms / small.ms).toBeLessThan(25)
  })

  it('scans 10 MB without punctuation or spaces in linear time', () => {
    const timed = (length: number) => {
      const started = performance.now()
      expect(scanText('x'.repeat(length))).toEqual([])
      return performance.now() - started
    }
    // Cutting a long "sentence" into pieces once searched back to the text's start for a space.
    const small = timed(1_000_000)
    expect(timed(10_000_000) / small).toBeLessThan(25)
    // One finding per sentence and category, every match kept inside it. Ten times the matches take
    // about ten times as long: a fixed number of seconds failed on a busy machine (V8 runs some
    // processes a third slower than others on the same code).
    const flood = (repeats: number) => {
      const started = performance.now()
      expect(scanText('cure '.repeat(repeats)).reduce((n, f) => n + f.matches.length, 0)).toBe(repeats)
      return performance.now() - started
    }
    const few = flood(2_000)
    expect(flood(20_000) / few).toBeLessThan(25)
  })

  it('refuses a flood of findings rather than growing without bound', () => {
    const scanner = createScanner({ limits: { maxFindings: 1000 } })
    expect(inputError(() => scanner.scanText('It cures MS. '.repeat(2000))).code).toBe(
      'TOO_MANY_FINDINGS',
    )
  })

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an array', []],
    ['an object without root', { foo: 1 }],
    ['a root without children', { root: { type: 'root' } }],
    ['children that are not an array', { root: { type: 'root', children: 'x' } }],
    ['a node that is not an object', { root: { type: 'root', children: [null] } }],
    ['a text node without text', { root: { type: 'root', children: [{ type: 'text', text: 5 }] } }],
    ['malformed JSON', '{"root": {"type": "root", "children": [}'],
  ])('rejects %s as Lexical with INVALID_LEXICAL', (_name, state) => {
    const error = inputError(() => scanLexical(state))
    expect(['INVALID_LEXICAL']).toContain(error.code)
  })

  it('rejects Lexical nested deeper than the limit', () => {
    expect(scanLexical(nested(90))).toHaveLength(1)
    expect(inputError(() => scanLexical(nested(150))).code).toBe('LEXICAL_TOO_DEEP')
    expect(inputError(() => scanLexical(JSON.stringify(nested(150)))).code).toBe('LEXICAL_TOO_DEEP')
  })

  it('rejects cyclic Lexical objects instead of looping', () => {
    const paragraph: Record<string, unknown> = { type: 'paragraph', children: [] }
    ;(paragraph.children as unknown[]).push(paragraph)
    expect(
      inputError(() => scanLexical({ root: { type: 'root', children: [paragraph] } })).code,
    ).toBe('LEXICAL_TOO_DEEP')
  })

  it('survives JSON nested a million levels deep', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
    expect(inputError(() => scanLexical(deep)).code).toBe('INVALID_LEXICAL')
  })

  it('rejects Lexical with too many nodes', () => {
    const children = Array.from({ length: 2000 }, () => ({
      type: 'paragraph',
      children: [{ type: 'text', text: 'ok' }],
    }))
    const scanner = createScanner({ limits: { maxNodes: 1000 } })
    expect(inputError(() => scanner.scanLexical({ root: { type: 'root', children } })).code).toBe(
      'LEXICAL_TOO_LARGE',
    )
  })

  it('rejects documents that are not objects or nest too deeply', () => {
    expect(inputError(() => scanDocument('text' as never)).code).toBe('INVALID_DOCUMENT')
    let value: unknown = 'cure'
    for (let i = 0; i < 200; i++) value = [value]
    expect(inputError(() => scanDocument({ deep: value })).code).toBe('INVALID_DOCUMENT')
  })
})
