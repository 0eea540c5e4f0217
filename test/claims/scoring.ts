import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  CATEGORY_IDS,
  type CategoryId,
  type Finding,
  type Polarity,
  type ScannerOptions,
} from '../../src/claims/index.js'

/**
 * Scores the claim engine on the labelled corpus, shared by `npm run eval:claims` and the test
 * that holds the floors. A unit is (sentence, category): the engine is right when it reports at
 * least one finding of each expected category and none of any other.
 */

export interface CorpusItem {
  id: string
  text: string
  /** Expected categories, each with the expected polarity or null when polarity is not checked. */
  expect: Partial<Record<CategoryId, Polarity | null>>
}

export interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
}

export interface Miss {
  id: string
  text: string
  missing: CategoryId[]
  unexpected: CategoryId[]
  wrongPolarity: string[]
}

export interface EvalReport {
  items: number
  categories: Record<CategoryId, Score>
  overall: Score
  polarity: { checked: number; correct: number; accuracy: number }
  misses: Miss[]
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/claims/${name}`, import.meta.url))

export function loadCorpus(): CorpusItem[] {
  return readFileSync(fixture('corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem)
}

export function loadEvalOptions(): ScannerOptions {
  return JSON.parse(readFileSync(fixture('eval-options.json'), 'utf8')) as ScannerOptions
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision:
      truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall:
      truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  }
}

export function evaluate(items: CorpusItem[], scan: (text: string) => Finding[]): EvalReport {
  const counts = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<CategoryId, { tp: number; fp: number; fn: number }>
  const polarity = { checked: 0, correct: 0, accuracy: 1 }
  const misses: Miss[] = []
  for (const item of items) {
    const findings = scan(item.text)
    const found = new Set(findings.map((finding) => finding.category))
    const miss: Miss = {
      id: item.id,
      text: item.text,
      missing: [],
      unexpected: [],
      wrongPolarity: [],
    }
    for (const category of CATEGORY_IDS) {
      const expected = category in item.expect
      if (expected && found.has(category)) counts[category].tp++
      else if (expected) {
        counts[category].fn++
        miss.missing.push(category)
      } else if (found.has(category)) {
        counts[category].fp++
        miss.unexpected.push(category)
      }
      const wanted = item.expect[category]
      if (wanted && found.has(category)) {
        polarity.checked++
        const got = findings
          .filter((finding) => finding.category === category)
          .map((finding) => finding.polarity)
        if (got.includes(wanted)) polarity.correct++
        else miss.wrongPolarity.push(`${category}: expected ${wanted}, got ${got.join('/')}`)
      }
    }
    if (miss.missing.length + miss.unexpected.length + miss.wrongPolarity.length > 0)
      misses.push(miss)
  }
  polarity.accuracy = polarity.checked === 0 ? 1 : polarity.correct / polarity.checked
  const all = Object.values(counts).reduce(
    (sum, count) => ({ tp: sum.tp + count.tp, fp: sum.fp + count.fp, fn: sum.fn + count.fn }),
    { tp: 0, fp: 0, fn: 0 },
  )
  return {
    items: items.length,
    categories: Object.fromEntries(
      CATEGORY_IDS.map((id) => [id, score(counts[id].tp, counts[id].fp, counts[id].fn)]),
    ) as Record<CategoryId, Score>,
    overall: score(all.tp, all.fp, all.fn),
    polarity,
    misses,
  }
}
