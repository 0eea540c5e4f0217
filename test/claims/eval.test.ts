import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS, createScanner } from '../../src/claims/index.js'
import { evaluate, loadCorpus, loadEvalOptions } from './scoring.js'
import { evaluateSplit, loadSplit } from './split-scoring.js'

const scanner = createScanner(loadEvalOptions())
const scan = (text: string) => scanner.scanText(text)

describe('frozen test split (labelled before the engine was generalised, never tuned on)', () => {
  const items = loadSplit('frozen-test.jsonl')
  const report = evaluateSplit(items, scan)

  it('has at least 500 sentences from at least 12 topics and 6 genres, with ordinary sentences', () => {
    expect(items.length).toBeGreaterThanOrEqual(500)
    expect(new Set(items.map((item) => item.topic)).size).toBeGreaterThanOrEqual(12)
    expect(new Set(items.map((item) => item.genre)).size).toBeGreaterThanOrEqual(6)
    expect(items.filter((item) => !item.mustSee).length).toBeGreaterThanOrEqual(150)
  })

  // Floors at the measured level less a small margin, so a change cannot quietly lose ground. The
  // issue's targets (recall >= 0.92, errors <= 3%) are not all reached yet: see README.
  it('finds must-see claims', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.94)
  })

  it('keeps false positives on ordinary sentences bounded', () => {
    expect(report.overall.falsePositiveRate).toBeLessThanOrEqual(0.075)
    expect(report.overall.errorRate).toBeLessThanOrEqual(0.02)
  })

  it('gets polarity right', () => {
    expect(report.overall.polarity).toBeGreaterThanOrEqual(0.93)
  })
})

describe('second frozen split (frozen-test-2, labelled before tuning, never tuned on)', () => {
  const items = loadSplit('frozen-test-2.jsonl')
  const report = evaluateSplit(items, scan)

  it('has at least 400 sentences from at least 12 topics and 6 genres, with ordinary sentences', () => {
    expect(items.length).toBeGreaterThanOrEqual(400)
    expect(new Set(items.map((item) => item.topic)).size).toBeGreaterThanOrEqual(12)
    expect(new Set(items.map((item) => item.genre)).size).toBeGreaterThanOrEqual(6)
    expect(items.filter((item) => !item.mustSee).length).toBeGreaterThanOrEqual(150)
  })

  // Floors at the measured level less a small margin; the targets are not reached here.
  // FP rose from 7.3% to 13.0% with the severity floor: 11 warning lines and fact-check sentences
  // quoting a cure claim are now warnings (a reviewer decides them), no longer suggestions.
  it('holds its numbers', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.85)
    expect(report.overall.falsePositiveRate).toBeLessThanOrEqual(0.15)
    expect(report.overall.errorRate).toBeLessThanOrEqual(0.055)
    expect(report.overall.polarity).toBeGreaterThanOrEqual(0.89)
  })
})

// Blind splits in the styles of published COVID-19 and consumer-health text, never tuned on.
// Floors at the measured level less a small margin; the targets are not reached here.
describe.each([
  { file: 'frozen-test-3.jsonl', size: 200, topics: 12, ordinary: 80, recall: 0.79, falsePositives: 0.12, polarity: 0.92 },
  { file: 'frozen-test-4.jsonl', size: 160, topics: 12, ordinary: 45, recall: 0.8, falsePositives: 0.05, polarity: 0.92 },
  { file: 'frozen-test-5.jsonl', size: 160, topics: 12, ordinary: 50, recall: 0.83, falsePositives: 0.05, polarity: 0.92 },
  { file: 'frozen-test-6.jsonl', size: 160, topics: 12, ordinary: 50, recall: 0.84, falsePositives: 0.06, polarity: 0.9 },
  { file: 'frozen-test-7.jsonl', size: 154, topics: 12, ordinary: 50, recall: 0.9, falsePositives: 0.08, polarity: 0.9 },
  { file: 'frozen-test-8.jsonl', size: 155, topics: 12, ordinary: 50, recall: 0.82, falsePositives: 0.06, polarity: 0.89 },
  { file: 'frozen-test-9.jsonl', size: 152, topics: 12, ordinary: 50, recall: 0.79, falsePositives: 0.14, polarity: 0.9 },
  { file: 'frozen-test-10.jsonl', size: 479, topics: 30, ordinary: 150, recall: 0.73, falsePositives: 0.09, polarity: 0.85 },
  { file: 'frozen-test-11.jsonl', size: 300, topics: 30, ordinary: 100, recall: 0.81, falsePositives: 0.08, polarity: 0.9 },
  { file: 'frozen-test-12.jsonl', size: 300, topics: 30, ordinary: 100, recall: 0.82, falsePositives: 0.11, polarity: 0.85, errors: 0.04 },
  { file: 'frozen-test-13.jsonl', size: 300, topics: 30, ordinary: 100, recall: 0.82, falsePositives: 0.14, polarity: 0.91, errors: 0.05 },
  { file: 'frozen-test-14.jsonl', size: 300, topics: 30, ordinary: 100, recall: 0.83, falsePositives: 0.19, polarity: 0.86, errors: 0.04 },
  { file: 'frozen-test-15.jsonl', size: 200, topics: 30, ordinary: 80, recall: 0.73, falsePositives: 0.16, polarity: 0.8, errors: 0.04 },
  { file: 'frozen-test-16.jsonl', size: 177, topics: 30, ordinary: 69, recall: 0.86, falsePositives: 0.19, polarity: 0.83, errors: 0.06 },
  { file: 'frozen-test-17.jsonl', size: 130, topics: 30, ordinary: 56, recall: 0.85, falsePositives: 0.22, polarity: 0.9, errors: 0.03 },
  { file: 'frozen-test-18.jsonl', size: 182, topics: 30, ordinary: 94, recall: 0.86, falsePositives: 0.2, polarity: 0.82, errors: 0.06 },
  { file: 'frozen-test-19.jsonl', size: 251, topics: 30, ordinary: 115, recall: 0.8, falsePositives: 0.13, polarity: 0.86, errors: 0.03 },
  { file: 'frozen-test-20.jsonl', size: 234, topics: 30, ordinary: 93, recall: 0.82, falsePositives: 0.17, polarity: 0.87, errors: 0.04 },
  { file: 'frozen-test-21.jsonl', size: 126, topics: 30, ordinary: 62, recall: 0.95, falsePositives: 0.16, polarity: 0.94, errors: 0.04 },
  { file: 'frozen-test-22.jsonl', size: 160, topics: 30, ordinary: 70, recall: 0.83, falsePositives: 0.08, polarity: 0.87, errors: 0.03 },
  { file: 'frozen-test-23.jsonl', size: 183, topics: 30, ordinary: 84, recall: 0.83, falsePositives: 0.22, polarity: 0.9, errors: 0.04 },
  { file: 'frozen-test-24.jsonl', size: 191, topics: 30, ordinary: 75, recall: 0.93, falsePositives: 0.24, polarity: 0.85, errors: 0.08 },
  { file: 'frozen-test-25.jsonl', size: 216, topics: 30, ordinary: 83, recall: 0.92, falsePositives: 0.19, polarity: 0.87, errors: 0.05 },
  { file: 'frozen-test-26.jsonl', size: 261, topics: 30, ordinary: 114, recall: 0.94, falsePositives: 0.14, polarity: 0.88, errors: 0.05 },
])('blind frozen split $file', ({ file, size, topics, ordinary, recall, falsePositives, polarity, errors = 0.05 }) => {
  const items = loadSplit(file)
  const report = evaluateSplit(items, scan)

  it(`has ${size} sentences from at least ${topics} topics, with ordinary sentences`, () => {
    expect(items.length).toBe(size)
    expect(new Set(items.map((item) => item.topic)).size).toBeGreaterThanOrEqual(topics)
    expect(items.filter((item) => !item.mustSee).length).toBeGreaterThanOrEqual(ordinary)
  })

  it('holds its numbers', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(recall)
    expect(report.overall.falsePositiveRate).toBeLessThanOrEqual(falsePositives)
    expect(report.overall.errorRate).toBeLessThanOrEqual(errors)
    expect(report.overall.polarity).toBeGreaterThanOrEqual(polarity)
  })
})

describe('dev split (tuned on)', () => {
  const report = evaluateSplit(loadSplit('dev.jsonl'), scan)

  // dev-0809 onwards are harder sentences of the weak classes (testimonials, side-effect wording,
  // everyday efficacy phrasing, ordinary sentences with trigger words), not all found yet.
  // dev-1369 onwards add news headlines and FAQ answers whose ordinary sentences carry trigger
  // words ("'miracle' bake sale", "eligible for vaccination"): the FP floor rose with them.
  // dev-1649 onwards (article body text, posts and headlines) are not tuned on yet, and
  // dev-2069 onwards (three blind batches in the styles of published COVID-19 and health news)
  // only partly: their recall is about 79%. dev-2549 onwards (six more) only trained the model.
  // dev-4267 onwards (comparatives, and news, FAQ, fact-check and method text whose ordinary
  // sentences carry trigger words) are tuned on: each batch's first run is in the fixtures README.
  // The severity floor (an error-rated claim in background or attributed text is a warning, not a
  // suggestion) raised FP from 1.5% to 4.0%, and the recruiting rule's floor (always a warning)
  // from 4.5% to 4.6%. dev-8500 onwards (five blind batches in the outside measurement's styles)
  // are tuned on only in part: with them FP is 5.1% (188 of 3,686), and the floor is 5.2%.
  // dev-9500 onwards (two more blind batches) brought it to 5.3%; rules for their classes bring it
  // back to 5.2% (197 of 3,800). dev-10069 onwards (a blind batch of abstract, FAQ, news and
  // fact-check background) brought it to 5.7% (225 of 3,956). dev-10650 onwards (two blind batches)
  // held it at 5.7% (239 of 4,212); rules for their false positives (definitions, prevalence, a
  // trial's method, reporting a test) bring it to 5.5% (233), and the floor is 5.6%. dev-10889
  // onwards (a blind batch written from the taxonomy alone, not tuned on) brought it to 5.8% (251 of
  // 4,325): the floor is 5.9%. dev-11103 onwards (a blind batch of ordinary sentences close to
  // claims) brought it to 6.1% (272 of 4,486): the floor is 6.2%. dev-11365 onwards (a blind batch
  // in ten genres) holds it at 5.9% (276 of 4,643).
  it('holds its numbers', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.96)
    expect(report.overall.falsePositiveRate).toBeLessThanOrEqual(0.062)
    expect(report.overall.errorRate).toBeLessThanOrEqual(0.005)
    expect(report.overall.polarity).toBeGreaterThanOrEqual(0.92)
  })
})

describe('legacy MS corpus', () => {
  const corpus = loadCorpus()
  const report = evaluate(corpus, scan)

  it('covers every category, negations, hedges and non-claims', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    for (const category of CATEGORY_IDS) {
      expect(corpus.filter((item) => category in item.expect).length).toBeGreaterThanOrEqual(10)
    }
  })

  it('still finds its claims', () => {
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.97)
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.88)
    expect(report.polarity.accuracy).toBeGreaterThanOrEqual(0.92)
  })
})
