import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATEGORY_IDS, type Finding, type ScannerOptions } from '../../src/claims/index.js'
import { createClaimClassifier, sentenceTokens } from '../../src/claims/model/classifier.js'
import type { ClaimModelData } from '../../src/claims/model/model-data.js'
import { normalizeClaimText } from '../../src/claims/normalize.js'
import { wordList } from '../../src/claims/rules/alternation-trie.js'
import { compileRules } from '../../src/claims/rules/compile.js'
import { CONDITION } from '../../src/claims/rules/lexicon.js'
import { scanTextWithPack } from '../../src/claims/scanner.js'
import { loadOutsideClaims } from './outside-claims.js'
import { loadCorpus, loadEvalOptions } from './scoring.js'
import { evaluateSplit, loadSplit, type Rates, type SplitItem } from './split-scoring.js'

/**
 * `npm run train:claims`: trains the claim classifier (multinomial logistic regression over word
 * unigrams and bigrams) on dev.jsonl and corpus.jsonl only, and writes it to
 * src/claims/model/model-weights.ts. Every choice (L2 strength, threshold) is made by 5-fold
 * cross-validation on dev: each fold's model is trained on the other folds and the corpus, and the
 * fold is scanned by the real scanner with that model, so the figures are those of rules + model.
 * Deterministic: fixed fold seed, full-batch Adam for a fixed number of iterations.
 * `--cv-only` prints the figures without writing the model.
 * `--claims <file.jsonl>` (repeatable) adds the claims of a public labelled data set kept outside
 * this repository (text in `claim`) as training sentences in every fold, never scored: each takes
 * the categories the rules find in it, or `efficacy_statistics` (a statement that needs evidence)
 * where they find none. Their condition names are left out: such a set holds claims only, all on
 * its own topic, so the model would learn "coronavirus" as a sign of a claim.
 */

const CLASSES = ['none', ...CATEGORY_IDS] as const
const FOLDS = 5
const SEED = 20240611
const ITERATIONS = 300
const LEARNING_RATE = 0.05
const MIN_COUNT = 2
const L2_GRID = [1e-4, 3e-4, 1e-3, 3e-3]
const THRESHOLDS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
/**
 * Selection: highest CV recall with at most 1 point of FP added by the model to the rules', and no
 * error added. (An absolute cap on FP would silence the model as dev grows harder for the rules.)
 */
const MAX_ADDED_FALSE_POSITIVE_RATE = 0.01

interface Example {
  /** Feature strings: words and "first second" bigrams (repeats count). */
  features: string[]
  /** Soft target over CLASSES: the labelled categories share the mass. */
  target: Map<number, number>
}

const CONDITION_WORD = new RegExp(`^(?:${wordList(CONDITION)})$`, 'i')

/** `maskConditions`: leave out condition names and the bigrams that hold them. */
function featuresOf(text: string, maskConditions = false): string[] {
  const tokens = sentenceTokens(normalizeClaimText(text)).map((token) => token.word)
  const kept = (word: string) => !maskConditions || !CONDITION_WORD.test(word)
  const features = tokens.filter(kept)
  for (let i = 1; i < tokens.length; i++)
    if (kept(tokens[i - 1]!) && kept(tokens[i]!)) features.push(`${tokens[i - 1]} ${tokens[i]}`)
  return features
}

function targetOf(categories: readonly string[]): Map<number, number> {
  const target = new Map<number, number>()
  if (categories.length === 0) target.set(0, 1)
  for (const category of categories) target.set(CLASSES.indexOf(category as (typeof CLASSES)[number]), 1 / categories.length)
  return target
}

const devExample = (item: SplitItem): Example => ({
  features: featuresOf(item.text),
  target: targetOf(item.mustSee ? item.categories : []),
})

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function train(examples: Example[], l2: number): ClaimModelData {
  const K = CLASSES.length
  // Vocabulary: features seen in at least MIN_COUNT training sentences.
  const seen = new Map<string, number>()
  for (const example of examples) for (const feature of new Set(example.features)) seen.set(feature, (seen.get(feature) ?? 0) + 1)
  const kept = [...seen.entries()].filter(([, count]) => count >= MIN_COUNT).map(([feature]) => feature).sort()
  const index = new Map(kept.map((feature, i) => [feature, i]))
  const rows = examples.map((example) =>
    example.features.map((feature) => index.get(feature)).filter((i): i is number => i !== undefined),
  )
  const V = kept.length
  const W = new Float64Array(V * K)
  const b = new Float64Array(K)
  const gW = new Float64Array(V * K)
  const gb = new Float64Array(K)
  const mW = new Float64Array(V * K)
  const vW = new Float64Array(V * K)
  const mb = new Float64Array(K)
  const vb = new Float64Array(K)
  const scores = new Float64Array(K)
  const n = examples.length
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8]
  for (let step = 1; step <= ITERATIONS; step++) {
    gW.fill(0)
    gb.fill(0)
    examples.forEach((example, e) => {
      scores.set(b)
      for (const row of rows[e]!) for (let k = 0; k < K; k++) scores[k]! += W[row * K + k]!
      const max = Math.max(...scores)
      let total = 0
      for (let k = 0; k < K; k++) total += (scores[k] = Math.exp(scores[k]! - max))
      for (let k = 0; k < K; k++) {
        const gradient = (scores[k]! / total - (example.target.get(k) ?? 0)) / n
        gb[k]! += gradient
        for (const row of rows[e]!) gW[row * K + k]! += gradient
      }
    })
    const correction1 = 1 - beta1 ** step
    const correction2 = 1 - beta2 ** step
    for (let i = 0; i < V * K; i++) {
      const gradient = gW[i]! + l2 * W[i]!
      mW[i] = beta1 * mW[i]! + (1 - beta1) * gradient
      vW[i] = beta2 * vW[i]! + (1 - beta2) * gradient * gradient
      W[i]! -= (LEARNING_RATE * (mW[i]! / correction1)) / (Math.sqrt(vW[i]! / correction2) + epsilon)
    }
    for (let k = 0; k < K; k++) {
      mb[k] = beta1 * mb[k]! + (1 - beta1) * gb[k]!
      vb[k] = beta2 * vb[k]! + (1 - beta2) * gb[k]! * gb[k]!
      b[k]! -= (LEARNING_RATE * (mb[k]! / correction1)) / (Math.sqrt(vb[k]! / correction2) + epsilon)
    }
  }
  return quantise(kept, W, b)
}

/** Signed bytes; rows whose bytes are all zero are dropped (a word stays while a bigram needs it). */
function quantise(features: string[], W: Float64Array, b: Float64Array): ClaimModelData {
  const K = CLASSES.length
  let maxAbs = 0
  for (const weight of W) maxAbs = Math.max(maxAbs, Math.abs(weight))
  const scale = Math.max(1, Math.floor(127 / maxAbs))
  const bytes = (i: number) => Array.from({ length: K }, (_, k) => Math.round(W[i * K + k]! * scale))
  const live = features.map((_, i) => bytes(i).some((byte) => byte !== 0))
  const bigrams = features.map((feature, i) => ({ feature, i })).filter(({ feature, i }) => live[i] && feature.includes(' '))
  const needed = new Set(bigrams.flatMap(({ feature }) => feature.split(' ')))
  const words = features
    .map((feature, i) => ({ feature, i }))
    .filter(({ feature, i }) => !feature.includes(' ') && (live[i] || needed.has(feature)))
  const wordIndex = new Map(words.map(({ feature }, i) => [feature, i]))
  const out: number[] = []
  for (const { i } of [...words, ...bigrams]) out.push(...bytes(i))
  return {
    classes: [...CLASSES],
    scale,
    bias: Array.from(b, (value) => Math.round(value * 1000) / 1000),
    words: words.map(({ feature }) => feature),
    bigrams: bigrams.flatMap(({ feature }) => feature.split(' ').map((word) => wordIndex.get(word)!)),
    weights: Buffer.from(Int8Array.from(out).buffer).toString('base64'),
    threshold: 1,
    provenance: '',
  }
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const describe = (rates: Rates) =>
  `recall ${pct(rates.recall)} (${rates.found}/${rates.mustSee})  FP ${pct(rates.falsePositiveRate)} (${rates.flagged}/${rates.ordinary})` +
  `  error FP ${pct(rates.errorRate)} (${rates.errors})  polarity ${pct(rates.polarity)} (${rates.polarityCorrect}/${rates.polarityChecked})`

const options: ScannerOptions = loadEvalOptions()
const dev = loadSplit('dev.jsonl')
const corpus = loadCorpus().map(
  (item): Example => ({ features: featuresOf(item.text), target: targetOf(Object.keys(item.expect)) }),
)
const devExamples = dev.map(devExample)
const rulesPack = compileRules({ ...options, rules: { disable: ['model'] } })
const outsideFiles = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--claims' ? [arg] : []))
const outside = loadOutsideClaims(outsideFiles).map((claim): Example => {
  const categories = [...new Set(scanTextWithPack(rulesPack, claim).map((finding) => finding.category))]
  return { features: featuresOf(claim, true), target: targetOf(categories.length > 0 ? categories : ['efficacy_statistics']) }
})
const fixed = [...corpus, ...outside]

// Folds: a seeded shuffle of dev, dealt round-robin.
const next = random(SEED)
const order = dev.map((_, i) => ({ i, key: next() })).sort((x, y) => x.key - y.key).map(({ i }) => i)
const foldOf = new Array<number>(dev.length)
order.forEach((item, position) => (foldOf[item] = position % FOLDS))

const rulesOnly = evaluateSplit(dev, (text) => scanTextWithPack(rulesPack, text))
console.log(
  `dev: ${dev.length} sentences, corpus: ${corpus.length}, outside claims: ${outside.length}; ${FOLDS}-fold cross-validation on dev`,
)
console.log(`rules alone:        ${describe(rulesOnly.overall)}`)

interface Choice {
  l2: number
  threshold: number
  rates: Rates
}
const choices: Choice[] = []
for (const l2 of L2_GRID) {
  // Per threshold, the findings of every dev sentence from its own fold's model.
  const findings = THRESHOLDS.map(() => new Array<Finding[]>(dev.length))
  // The model alone on each held-out sentence: its top category other than none and the probability.
  const alone = new Array<{ category: string; probability: number } | null>(dev.length)
  const allowed = CLASSES.map((_, k) => k > 0)
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = [...fixed, ...devExamples.filter((_, i) => foldOf[i] !== fold)]
    const classifier = createClaimClassifier(train(training, l2))
    dev.forEach((item, i) => {
      if (foldOf[i] !== fold) return
      const text = normalizeClaimText(item.text)
      const found = classifier.classify(text, 0, text.length, 0, allowed)
      alone[i] = found === null ? null : { category: found.className, probability: found.probability }
    })
    THRESHOLDS.forEach((threshold, t) => {
      const pack = compileRules(options, classifier, threshold)
      dev.forEach((item, i) => {
        if (foldOf[i] === fold) findings[t]![i] = scanTextWithPack(pack, item.text)
      })
    })
  }
  THRESHOLDS.forEach((threshold, t) => {
    let i = 0
    const report = evaluateSplit(dev, () => findings[t]![i++]!)
    choices.push({ l2, threshold, rates: report.overall })
    let found = 0
    let flagged = 0
    dev.forEach((item, i) => {
      const top = alone[i]
      if (top === null || top === undefined || top.probability <= threshold) return
      if (!item.mustSee) flagged++
      else if ((item.categories as string[]).includes(top.category)) found++
    })
    console.log(
      `l2 ${String(l2).padEnd(6)} threshold ${threshold.toFixed(2)}: ${describe(report.overall)}` +
        `  | model alone: recall ${pct(found / rulesOnly.overall.mustSee)}, flags ${pct(flagged / rulesOnly.overall.ordinary)} of ordinary`,
    )
  })
}

const base = rulesOnly.overall
const acceptable = choices.filter(
  ({ rates }) =>
    rates.falsePositiveRate - base.falsePositiveRate <= MAX_ADDED_FALSE_POSITIVE_RATE + 1e-9 &&
    rates.errors <= base.errors,
)
const best = acceptable.sort(
  (x, y) => y.rates.recall - x.rates.recall || x.rates.falsePositiveRate - y.rates.falsePositiveRate || y.threshold - x.threshold,
)[0]
if (best === undefined) {
  console.log('\nNo setting keeps false positives within bounds: no model written.')
  process.exit(1)
}
console.log(`\nchosen: l2 ${best.l2}, threshold ${best.threshold}`)
console.log(`rules + model (CV): ${describe(best.rates)}`)

if (!process.argv.includes('--cv-only')) {
  const model = train([...fixed, ...devExamples], best.l2)
  model.threshold = best.threshold
  model.provenance =
    `Trained by npm run train:claims on dev.jsonl (${dev.length}) and corpus.jsonl (${corpus.length})` +
    (outside.length > 0 ? ` and ${outside.length} claims of ${outsideFiles.map((file) => basename(file)).join(', ')}` : '') +
    ': ' +
    `${ITERATIONS} iterations of full-batch Adam, L2 ${best.l2}, features seen in >= ${MIN_COUNT} sentences. ` +
    `Threshold by ${FOLDS}-fold CV on dev: rules alone ${describe(base)}; rules + model ${describe(best.rates)}.`
  const file = fileURLToPath(new URL('../../src/claims/model/model-weights.ts', import.meta.url))
  const source =
    `import type { ClaimModelData } from './model-data.js'\n\n` +
    `/** Written by \`npm run train:claims\` (test/claims/train-model.ts): do not edit by hand. */\n` +
    `export const CLAIM_MODEL: ClaimModelData = {\n` +
    Object.entries(model)
      .map(([key, value]) => `  ${key}: ${JSON.stringify(value)},\n`)
      .join('') +
    `}\n`
  writeFileSync(file, source)
  console.log(
    `wrote src/claims/model/model-weights.ts: ${model.words.length} words, ${model.bigrams.length / 2} bigrams, ${(Buffer.byteLength(source) / 1024).toFixed(0)} KB`,
  )
  // Decoding checks the written data (sizes, hash collisions).
  createClaimClassifier(model)
  for (let k = 1; k < CLASSES.length; k++) {
    const rows = [...model.words, ...Array.from({ length: model.bigrams.length / 2 }, (_, i) => `${model.words[model.bigrams[2 * i]!]} ${model.words[model.bigrams[2 * i + 1]!]}`)]
    const weights = Buffer.from(model.weights, 'base64')
    const strongest = rows
      .map((words, row) => ({ words, weight: ((weights[row * CLASSES.length + k]! << 24) >> 24) / model.scale }))
      .sort((x, y) => y.weight - x.weight)
      .slice(0, 8)
      .map(({ words }) => words)
    console.log(`  ${CLASSES[k]}: ${strongest.join(', ')}`)
  }
}
