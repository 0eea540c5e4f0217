import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createScanner, type Finding } from '../../src/claims/index.js'
import { loadOldEngine, OLD_ENGINE_REV } from './old-engine.js'
import { evaluate, loadCorpus, loadEvalOptions } from './scoring.js'
import { evaluateSplit, loadSplit, type Rates, type SplitReport } from './split-scoring.js'

/**
 * `npm run eval:claims [-- --split frozenN|frozen-all|dev] [--misses] [--no-model]` (N from 2 to
 * 26): the frozen test split (default), a later frozen split (`frozenN` is frozen-test-N), all of
 * them together or the dev split, scored per category, topic and genre, for this engine beside the
 * previous one (read from git), then the legacy MS corpus. Recall counts a claim found in one of its labelled categories;
 * two more figures count must-see sentences flagged (warning or error) in any category, as a check
 * that does not share our taxonomy would, and those with any finding, suggestions included. Frozen
 * splits are measured, never tuned on: `--misses` is for the dev split.
 */

const splitArg = process.argv.includes('--split')
  ? process.argv[process.argv.indexOf('--split') + 1]!
  : 'frozen-test'
const splitName = splitArg.replace(/^frozen(\d*)$/, (_match, n: string) => (n ? `frozen-test-${n}` : 'frozen-test'))
// `frozen-all`: every frozen split together, the totals a closing note quotes.
const files =
  splitName === 'frozen-all'
    ? readdirSync(fileURLToPath(new URL('../fixtures/claims/', import.meta.url))).filter((name) => /^frozen-test(-\d+)?\.jsonl$/.test(name)).sort()
    : [splitName.endsWith('.jsonl') ? splitName : `${splitName}.jsonl`]
const file = files.join(', ')
const items = files.flatMap((name) => loadSplit(name))
const options = loadEvalOptions()
// `--no-model`: the rules alone, without the statistical model (src/claims/model).
const scanner = createScanner(
  process.argv.includes('--no-model') ? { ...options, rules: { disable: ['model'] } } : options,
)
const createOld = await loadOldEngine()
const oldScanner = createOld === null ? null : createOld(options)
const scanWith = (scan: (text: string) => Finding[]) => evaluateSplit(items, scan)
const report = scanWith((text) => scanner.scanText(text))
const old = oldScanner === null ? null : scanWith((text) => oldScanner.scanText(text))

const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const cell = (text: string, width = 15) => text.padStart(width)
const ratesCells = (rates: Rates | undefined) =>
  rates === undefined
    ? cell('-') + cell('-') + cell('-')
    : cell(`${pct(rates.recall)} ${rates.found}/${rates.mustSee}`) +
      cell(`${pct(rates.falsePositiveRate)} ${rates.flagged}/${rates.ordinary}`) +
      cell(`${pct(rates.polarity)}`, 9)

function table(title: string, pick: (r: SplitReport) => Record<string, Rates>): void {
  console.log(`\n${title.padEnd(20)}${cell('recall new')}${cell('FP new')}${cell('pol new', 9)}  |${cell('recall old')}${cell('FP old')}${cell('pol old', 9)}`)
  for (const [name, rates] of Object.entries(pick(report)).sort()) {
    console.log(`${name.padEnd(20)}${ratesCells(rates)}  |${old === null ? '' : ratesCells(pick(old)[name])}`)
  }
}

console.log(`Claim engine on ${items.length} sentences of test/fixtures/claims/${file}`)
console.log(`new = working tree, old = commit ${OLD_ENGINE_REV}${old === null ? ' (not available: no git history)' : ''}`)
const summary = (name: string, r: SplitReport) => {
  const o = r.overall
  console.log(
    `${name}: recall ${pct(o.recall)} (${o.found}/${o.mustSee})  FP ${pct(o.falsePositiveRate)} (${o.flagged}/${o.ordinary})` +
      `  error FP ${pct(o.errorRate)} (${o.errors})  any finding on ordinary ${pct(o.anyFinding / Math.max(o.ordinary, 1))}` +
      `  polarity ${pct(o.polarity)} (${o.polarityCorrect}/${o.polarityChecked})  unwanted errors ${r.unwantedErrors}`,
  )
  console.log(
    `${' '.repeat(name.length)}  must-see with a warning or error of any category: ${pct(o.flaggedAnyCategory / Math.max(o.mustSee, 1))} (${o.flaggedAnyCategory}/${o.mustSee})` +
      `  with any finding, suggestions included: ${pct(o.mustSeeAnyFinding / Math.max(o.mustSee, 1))}`,
  )
  // Recall counts a suggestion as found and FP does not: the two pairs below count alike on both sides.
  const ofMustSee = (count: number) => pct(count / Math.max(o.mustSee, 1))
  const ofOrdinary = (count: number) => pct(count / Math.max(o.ordinary, 1))
  console.log(
    `${' '.repeat(name.length)}  counted alike: warning or error only, recall ${ofMustSee(o.foundFlagged)} (${o.foundFlagged}) and FP ${ofOrdinary(o.flagged)};` +
      ` any finding, recall ${ofMustSee(o.found)} and FP ${ofOrdinary(o.anyFinding)} (${o.anyFinding})`,
  )
}
console.log('')
summary('new', report)
if (old !== null) summary('old', old)
table('overall', (r) => ({ all: r.overall }))
table('genre', (r) => r.byGenre)
table('topic', (r) => r.byTopic)

console.log(`\n${'category'.padEnd(32)}${cell('recall new')}${cell('precision new')}  |${cell('recall old')}${cell('precision old')}`)
for (const [name, score] of Object.entries(report.byCategory).sort()) {
  const was = old?.byCategory[name]
  const cells = (s: typeof score | undefined) =>
    s === undefined ? cell('-') + cell('-') : cell(`${pct(s.recall)} ${s.found}/${s.expected}`) + cell(`${pct(s.precision)} ${s.correct}/${s.reported}`)
  console.log(`${name.padEnd(32)}${cells(score)}  |${old === null ? '' : cells(was)}`)
}

const legacy = evaluate(loadCorpus(), (text) => scanner.scanText(text))
console.log(
  `\nlegacy MS corpus (corpus.jsonl, tuned against): precision ${pct(legacy.overall.precision)} recall ${pct(legacy.overall.recall)} polarity ${pct(legacy.polarity.accuracy)}`,
)

if (process.argv.includes('--misses')) {
  console.log('\nmisses:')
  for (const miss of report.misses) {
    console.log(`  ${miss.item.id} [${miss.item.genre}/${miss.item.topic}] ${miss.problem}\n      ${miss.item.text}`)
    for (const finding of miss.findings) console.log(`        ${finding}`)
  }
}
