import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS, createScanner } from '../../src/claims/index.js'
import { evaluate, loadCorpus, loadEvalOptions } from './scoring.js'

describe('labelled corpus', () => {
  const corpus = loadCorpus()
  const scanner = createScanner(loadEvalOptions())
  const report = evaluate(corpus, (text) => scanner.scanText(text))

  it('has at least 200 sentences covering every category, negations, hedges and non-claims', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    for (const category of CATEGORY_IDS) {
      expect(corpus.filter((item) => category in item.expect).length).toBeGreaterThanOrEqual(10)
    }
    const polarities = corpus.flatMap((item) => Object.values(item.expect))
    expect(polarities.filter((p) => p === 'negated').length).toBeGreaterThanOrEqual(20)
    expect(polarities.filter((p) => p === 'hedged').length).toBeGreaterThanOrEqual(20)
    expect(
      corpus.filter((item) => Object.keys(item.expect).length === 0).length,
    ).toBeGreaterThanOrEqual(40)
  })

  it('holds overall recall >= 0.95 and precision >= 0.90', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95)
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9)
  })

  it('gets most labelled polarities right', () => {
    expect(report.polarity.accuracy).toBeGreaterThanOrEqual(0.9)
  })
})
