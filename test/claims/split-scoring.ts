import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CategoryId, Finding, Polarity } from '../../src/claims/index.js'

/**
 * Scores the engine on a labelled split (frozen-test.jsonl, dev.jsonl), the numbers the issue
 * asks for. A must-see sentence is found when the engine reports at least one of its expected
 * categories. An ordinary sentence is a false positive when it gets a warning or an error (a
 * suggestion informs and asks nothing of the reviewer: it is counted separately), and an error
 * false positive when it gets an error. Polarity is checked on the first expected category found.
 */

export interface SplitItem {
  id: string
  text: string
  genre: string
  topic: string
  /** The kind of public source the sentence imitates (written for this project, not copied). */
  source: string
  mustSee: boolean
  categories: CategoryId[]
  polarity: Polarity | null
  /** Whether error severity is acceptable for this sentence's claim. */
  errorOk: boolean
}

export interface Rates {
  mustSee: number
  found: number
  recall: number
  /** Must-see sentences with an expected category at warning or error: recall on the same terms as `flagged`. */
  foundFlagged: number
  /** Must-see sentences with a warning or error of any category: what a reviewer is asked to look at. */
  flaggedAnyCategory: number
  /** Must-see sentences with any finding, suggestions included. */
  mustSeeAnyFinding: number
  ordinary: number
  flagged: number
  falsePositiveRate: number
  errors: number
  errorRate: number
  /** Ordinary sentences with any finding, suggestions included. */
  anyFinding: number
  polarityChecked: number
  polarityCorrect: number
  polarity: number
}

export interface CategoryScore {
  expected: number
  found: number
  reported: number
  correct: number
  recall: number
  precision: number
}

export interface SplitReport {
  overall: Rates
  byTopic: Record<string, Rates>
  byGenre: Record<string, Rates>
  byCategory: Record<string, CategoryScore>
  /** Must-see claims whose label says error severity is not acceptable, reported as errors. */
  unwantedErrors: number
  misses: { item: SplitItem; problem: string; findings: string[] }[]
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/claims/${name}`, import.meta.url))

export function loadSplit(name: string): SplitItem[] {
  return readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SplitItem)
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

function emptyRates(): Rates {
  return {
    mustSee: 0,
    found: 0,
    recall: 1,
    foundFlagged: 0,
    flaggedAnyCategory: 0,
    mustSeeAnyFinding: 0,
    ordinary: 0,
    flagged: 0,
    falsePositiveRate: 0,
    errors: 0,
    errorRate: 0,
    anyFinding: 0,
    polarityChecked: 0,
    polarityCorrect: 0,
    polarity: 1,
  }
}

function finish(rates: Rates): Rates {
  rates.recall = ratio(rates.found, rates.mustSee)
  rates.falsePositiveRate = rates.ordinary === 0 ? 0 : rates.flagged / rates.ordinary
  rates.errorRate = rates.ordinary === 0 ? 0 : rates.errors / rates.ordinary
  rates.polarity = ratio(rates.polarityCorrect, rates.polarityChecked)
  return rates
}

const describeFinding = (finding: Finding) =>
  `${finding.category}/${finding.severity}/${finding.polarity} "${finding.text}" [${finding.ruleId}]`

export function evaluateSplit(items: SplitItem[], scan: (text: string) => Finding[]): SplitReport {
  const overall = emptyRates()
  const byTopic: Record<string, Rates> = {}
  const byGenre: Record<string, Rates> = {}
  const byCategory: Record<string, CategoryScore> = {}
  const category = (id: string) =>
    (byCategory[id] ??= { expected: 0, found: 0, reported: 0, correct: 0, recall: 1, precision: 1 })
  const misses: SplitReport['misses'] = []
  let unwantedErrors = 0
  for (const item of items) {
    const findings = scan(item.text)
    const groups = [overall, (byTopic[item.topic] ??= emptyRates()), (byGenre[item.genre] ??= emptyRates())]
    const reported = new Set(findings.map((finding) => finding.category))
    for (const id of reported) {
      category(id).reported++
      if (item.categories.includes(id)) category(id).correct++
    }
    const problems: string[] = []
    if (item.mustSee) {
      for (const id of item.categories) {
        category(id).expected++
        if (reported.has(id)) category(id).found++
      }
      const hit = item.categories.find((id) => reported.has(id))
      const flaggedAny = findings.some((finding) => finding.severity !== 'suggestion')
      for (const rates of groups) {
        rates.mustSee++
        if (flaggedAny) rates.flaggedAnyCategory++
        if (findings.length > 0) rates.mustSeeAnyFinding++
      }
      if (hit === undefined) problems.push(`missed ${item.categories.join(', ')}`)
      else {
        for (const rates of groups) rates.found++
        const flaggedExpected = findings.some(
          (finding) => finding.severity !== 'suggestion' && item.categories.includes(finding.category),
        )
        if (flaggedExpected) for (const rates of groups) rates.foundFlagged++
        if (item.polarity !== null) {
          const got = findings.filter((finding) => finding.category === hit).map((f) => f.polarity)
          const right = got.includes(item.polarity)
          for (const rates of groups) {
            rates.polarityChecked++
            if (right) rates.polarityCorrect++
          }
          if (!right) problems.push(`polarity ${hit}: expected ${item.polarity}, got ${got.join('/')}`)
        }
        if (!item.errorOk && findings.some((finding) => finding.severity === 'error')) unwantedErrors++
      }
    } else {
      const flagged = findings.some((finding) => finding.severity !== 'suggestion')
      const error = findings.some((finding) => finding.severity === 'error')
      for (const rates of groups) {
        rates.ordinary++
        if (flagged) rates.flagged++
        if (error) rates.errors++
        if (findings.length > 0) rates.anyFinding++
      }
      if (flagged) problems.push(error ? 'false positive (error)' : 'false positive')
    }
    if (problems.length > 0)
      misses.push({ item, problem: problems.join('; '), findings: findings.map(describeFinding) })
  }
  for (const score of Object.values(byCategory)) {
    score.recall = ratio(score.found, score.expected)
    score.precision = ratio(score.correct, score.reported)
  }
  for (const rates of [overall, ...Object.values(byTopic), ...Object.values(byGenre)]) finish(rates)
  return { overall, byTopic, byGenre, byCategory, unwantedErrors, misses }
}
