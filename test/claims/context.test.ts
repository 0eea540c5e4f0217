import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { clauseSpans, CONTEXT_PATTERNS } from '../../src/claims/context.js'
import { normalizeClaimText } from '../../src/claims/normalize.js'
import { loadCorpus } from './scoring.js'
import { textsMatching } from './pattern-samples.js'
import { loadSplit } from './split-scoring.js'

const fixtures = fileURLToPath(new URL('../fixtures/claims/', import.meta.url))
const splits = readdirSync(fixtures).filter((file) => /^(?:dev|frozen-test.*)\.jsonl$/.test(file))
const clauses = [...loadCorpus(), ...splits.flatMap((split) => loadSplit(split))].flatMap((item) => {
  const text = normalizeClaimText(item.text)
  return clauseSpans(text).map((span) => text.slice(span.start, span.end).trimStart())
})

describe('context patterns and their hand-written prefilters', () => {
  it.each(CONTEXT_PATTERNS.map((entry) => [entry.context, entry] as const))(
    'every labelled clause the %s pattern matches also passes its prefilter',
    (_, { mayMatch, matches }) => {
      const matched = clauses.filter((clause) => matches.test(clause))
      // The data must exercise the pattern, or the check below proves nothing.
      expect(matched.length).toBeGreaterThan(100)
      expect(matched.filter((clause) => !mayMatch.test(clause))).toEqual([])
    },
  )

  // Labelled clauses only cover what was written; sampling each pattern covers every wording it
  // matches. A prefilter narrower than its pattern made parts of the pattern work by accident.
  it.each(
    CONTEXT_PATTERNS.flatMap(({ context, mayMatch, matches }) =>
      matches.alternatives.map((source, index) => [context, index, source, mayMatch] as const),
    ),
  )('every wording the %s pattern %i matches passes its prefilter', (_, _index, source, mayMatch) => {
    const texts = textsMatching(source, 1_000)
    expect(texts.length).toBeGreaterThan(50)
    expect(texts.filter((text) => !mayMatch.test(text)).slice(0, 5)).toEqual([])
  })
})
