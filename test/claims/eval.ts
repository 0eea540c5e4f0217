import { createScanner } from '../../src/claims/index.js'
import { evaluate, loadCorpus, loadEvalOptions } from './scoring.js'

/** `npm run eval:claims`: precision and recall per category on the labelled corpus. */

const scanner = createScanner(loadEvalOptions())
const report = evaluate(loadCorpus(), (text) => scanner.scanText(text))
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)

console.log(
  `Claim engine on ${report.items} labelled sentences (test/fixtures/claims/corpus.jsonl)\n`,
)
console.log(
  `${'category'.padEnd(32)}${'precision'.padStart(10)}${'recall'.padStart(9)}   tp  fp  fn`,
)
for (const [category, score] of Object.entries(report.categories)) {
  console.log(
    `${category.padEnd(32)}${percent(score.precision).padStart(10)}${percent(score.recall).padStart(9)}` +
      `${String(score.truePositives).padStart(5)}${String(score.falsePositives).padStart(4)}${String(score.falseNegatives).padStart(4)}`,
  )
}
const { overall, polarity } = report
console.log(
  `${'overall'.padEnd(32)}${percent(overall.precision).padStart(10)}${percent(overall.recall).padStart(9)}` +
    `${String(overall.truePositives).padStart(5)}${String(overall.falsePositives).padStart(4)}${String(overall.falseNegatives).padStart(4)}`,
)
console.log(
  `\npolarity accuracy: ${percent(polarity.accuracy).trim()} (${polarity.correct}/${polarity.checked} labelled polarities)`,
)
if (process.argv.includes('--misses') || process.argv.includes('-v')) {
  console.log('\nmisses:')
  for (const miss of report.misses) {
    const parts = [
      miss.missing.length > 0 ? `missing ${miss.missing.join(', ')}` : '',
      miss.unexpected.length > 0 ? `unexpected ${miss.unexpected.join(', ')}` : '',
      ...miss.wrongPolarity,
    ].filter(Boolean)
    console.log(`  ${miss.id}: ${parts.join('; ')}\n      ${miss.text}`)
  }
} else if (report.misses.length > 0) {
  console.log(`(${report.misses.length} sentences with a miss: run with --misses to list them)`)
}
