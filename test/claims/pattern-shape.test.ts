import { describe, expect, it } from '@jest/globals'

import { DEFAULT_RULES } from '../../src/claims/rules/default-pack.js'
import { patternShape } from '../../src/claims/rules/pattern-shape.js'

/** What running the pattern says, as the pack's check did before it read patterns instead. */
const byRunning = (source: string) => ({
  capturingGroups: new RegExp(`(?:${source})|`, 'i').exec('')!.length - 1,
  matchesEmpty: new RegExp(`^(?:${source})`, 'i').test(''),
})

describe('patternShape', () => {
  it.each<[string, number, boolean]>([
    ['cures?', 0, false],
    ['x?', 0, true],
    ['(?:a|)', 0, true],
    ['(?:|a)b', 0, false],
    ['a{0,3}', 0, true],
    ['a{2,}', 0, false],
    ['(?:[\\w-]+ ){0,2}', 0, true],
    ['(?:[\\w-]+ ){1,2}?', 0, false],
    ['(better)', 1, false],
    ['(?<word>a)(b)?', 2, false],
    ['(?<word>a?)(b)?', 2, true],
    ['(?=a)(?!b)(?<=c)(?<!d)', 0, true],
    ['(?<=\\bthe )best', 0, false],
    ['\\b', 0, true],
    ['^$', 0, true],
    ['\\(not a group\\)', 0, false],
    ['[(]x[)]', 0, false],
    ['[\\]]', 0, false],
    ['[]]', 0, false],
    ['\\x41?\\u0042*\\cJ', 0, false],
    ['a{', 0, false],
    ['.*', 0, true],
    ['a{0,99999999999999999999999999}', 0, true],
    ['a{99999999999999999999999999}', 0, false],
    ['(?:(?:a)*)+?', 0, true],
  ])('%s: %i capturing groups, matches empty: %s', (source, capturingGroups, matchesEmpty) => {
    expect(patternShape(source)).toEqual({ capturingGroups, matchesEmpty })
  })

  it('agrees with running each default pattern and exception', () => {
    const sources = DEFAULT_RULES.flatMap((rule) => [...(rule.patterns ?? []), ...(rule.exceptions ?? [])]).map(
      (source) => source.replace(/\{\w+\}/g, '(?:x)'),
    )
    expect(sources.length).toBeGreaterThan(500)
    const disagreeing = sources.filter(
      (source) => JSON.stringify(patternShape(source)) !== JSON.stringify(byRunning(source)),
    )
    expect(disagreeing).toEqual([])
  })
})
