import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS, ClaimRuleError, createScanner, scanLexical, type Finding } from '../../src/claims/index.js'
import { createClaimClassifier } from '../../src/claims/model/classifier.js'
import { defaultClaimClassifier } from '../../src/claims/model/default-classifier.js'
import { isOnHealthTopic } from '../../src/claims/model/health-topic.js'
import { createIntTable } from '../../src/claims/model/int-table.js'
import { CLAIM_MODEL } from '../../src/claims/model/model-weights.js'
import { scanTokens, tokenWord } from '../../src/claims/model/tokens.js'
import { normalizeClaimText } from '../../src/claims/normalize.js'

/**
 * The statistical model: it adds a kind of claim the rules did not report, explains what it found,
 * and may read a sentence the rules matched as ordinary and lower their findings.
 */

// No rule matches this (first-person outcome without a rule's wording); the model reads it as a testimonial.
const MISSED_BY_RULES = 'Since I started on the turmeric capsules my knees barely bother me.'
const ORDINARY = 'The clinic car park is behind the main building, next to the bus stop.'

const modelFindings = (findings: Finding[]) => findings.filter((finding) => finding.ruleId.startsWith('model.'))

describe('claim model', () => {
  it('loads from the shipped weights with every category and a threshold chosen by training', () => {
    const classifier = defaultClaimClassifier()
    expect(classifier.classes).toEqual(['none', ...CATEGORY_IDS])
    expect(classifier.threshold).toBeGreaterThan(0)
    expect(classifier.threshold).toBeLessThan(1)
    expect(CLAIM_MODEL.words.length).toBeGreaterThan(100)
  })

  it('reads only sentences on a health topic, so a claim-like story about anything else is left alone', () => {
    const classifier = defaultClaimClassifier()
    const allowed = classifier.classes.map(() => true)
    for (const text of [
      'Since I started the new job my weekends barely bother me any more.',
      'Since switching banks my finances have improved beyond recognition.',
    ]) {
      const normalised = normalizeClaimText(text)
      // The classifier alone reads it as a claim more likely than not: the topic check is what keeps it quiet.
      expect(classifier.classify(normalised, 0, normalised.length, 0.5, allowed)).not.toBeNull()
      expect(isOnHealthTopic(normalised)).toBe(false)
      expect(modelFindings(createScanner().scanText(text))).toEqual([])
    }
    expect(isOnHealthTopic(normalizeClaimText(MISSED_BY_RULES))).toBe(true)
    expect(isOnHealthTopic('Three weeks after my booster the headaches stopped.')).toBe(true)
  })

  it('finds a claim the rules miss, explaining it with rule id, category, words and message', () => {
    expect(createScanner({ rules: { disable: ['model'] } }).scanText(MISSED_BY_RULES)).toEqual([])
    const findings = createScanner().scanText(MISSED_BY_RULES)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding!.ruleId).toBe(`model.${finding!.category}`)
    expect(finding!.category).toBe('testimonial_anecdote')
    expect(finding!.severity).toBe('warning')
    expect(MISSED_BY_RULES.slice(finding!.start, finding!.end)).toBe(finding!.text)
    expect(finding!.matches).toEqual([
      { ruleId: finding!.ruleId, start: finding!.start, end: finding!.end, text: finding!.text },
    ])
    expect(finding!.message).toMatch(/statistical model, not by a rule/)
    expect(finding!.message).toMatch(/because of the words "[^"]+"/)
    expect(finding!.key).toMatch(/^[0-9a-f]{20}$/)
  })

  it('is deterministic: the same text gives the same findings, also from a fresh scanner', () => {
    const text = `${ORDINARY} ${MISSED_BY_RULES}`
    const first = createScanner().scanText(text)
    expect(createScanner().scanText(text)).toEqual(first)
    expect(createScanner().scanText(text)).toEqual(createScanner().scanText(text))
    expect(modelFindings(first)).toHaveLength(1)
    expect(first[0]!.sentence.start).toBe(text.indexOf('Since'))
  })

  it('leaves ordinary sentences alone, and never repeats a kind of claim a rule already reported', () => {
    const scanner = createScanner()
    expect(scanner.scanText(ORDINARY)).toEqual([])
    const ruled = scanner.scanText('This tea cures arthritis. It is sold in most shops.')
    expect(ruled.length).toBeGreaterThan(0)
    expect(modelFindings(ruled)).toEqual([])
  })

  it('adds the kind of claim the rules did not report in a sentence they matched', () => {
    const text = 'Big studies of thousands of teenagers found no link between the HPV jab and fainting disorders.'
    const findings = createScanner().scanText(text)
    // The rules read a research finding; the model adds the safety claim it makes.
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['efficacy_statistics.association', 'model.safety_side_effects'])
    const [added] = modelFindings(findings)
    expect(added!.message).toMatch(/statistical model/)
    expect(createScanner({ rules: { disable: ['model'] } }).scanText(text).map((finding) => finding.category)).toEqual([
      'efficacy_statistics',
    ])
  })

  it('never reports an error, whatever the category defaults say', () => {
    const scanner = createScanner({
      categories: Object.fromEntries(CATEGORY_IDS.map((id) => [id, { severity: 'error' as const }])),
      watchList: ['turmeric'],
    })
    for (const finding of modelFindings(scanner.scanText(MISSED_BY_RULES))) expect(finding.severity).not.toBe('error')
    const suggestions = createScanner({ categories: { testimonial_anecdote: { severity: 'suggestion' } } })
    expect(suggestions.scanText(MISSED_BY_RULES)[0]!.severity).toBe('suggestion')
  })

  it('is switched off by disabling "model", "model.<category>" or the category', () => {
    for (const disable of [['model'], ['model.testimonial_anecdote'], ['testimonial_anecdote']]) {
      expect(modelFindings(createScanner({ rules: { disable } }).scanText(MISSED_BY_RULES))).toEqual([])
    }
    expect(modelFindings(createScanner({ rules: { disable: ['model.cure_remission'] } }).scanText(MISSED_BY_RULES))).toHaveLength(1)
    expect(() => createScanner({ rules: { disable: ['model.unknown'] } })).toThrow(ClaimRuleError)
    expect(() =>
      createScanner({ rules: { add: [{ id: 'model.mine', category: 'comparative', terms: ['better'] }] } }),
    ).toThrow(/reserved/)
  })

  it('works through Lexical scans with node positions', () => {
    const state = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: MISSED_BY_RULES }] }],
      },
    }
    const [finding] = scanLexical(state)
    expect(finding!.ruleId).toBe('model.testimonial_anecdote')
    expect(finding!.node?.path).toBe('root.children[0].children[0]')
  })

  it('explains a classification with its strongest words, inside the sentence', () => {
    const classifier = createClaimClassifier(CLAIM_MODEL)
    const allowed = classifier.classes.map((_, index) => index > 0)
    const found = classifier.classify(MISSED_BY_RULES, 0, MISSED_BY_RULES.length, 0, allowed)!
    expect(found.className).toBe('testimonial_anecdote')
    expect(found.probability).toBeGreaterThan(classifier.threshold)
    expect(found.contributors.length).toBeGreaterThan(0)
    expect(found.contributors.length).toBeLessThanOrEqual(3)
    for (const word of found.contributors) {
      expect(word.weight).toBeGreaterThan(0)
      expect(MISSED_BY_RULES.slice(word.start, word.end).toLowerCase()).toBe(word.words)
    }
    expect(classifier.classify(MISSED_BY_RULES, 0, MISSED_BY_RULES.length, 0, allowed.map(() => false))).toBeNull()
  })

  it("lowers a rule's warning to a suggestion where the model reads the sentence as ordinary, and says so", () => {
    // A description of a condition: the harm rule matches "causes", the model sees no claim.
    const description = 'Migraine often causes a throbbing pain on one side of the head.'
    const [lowered] = createScanner().scanText(description)
    expect(lowered).toMatchObject({ ruleId: 'safety_side_effects.harm', severity: 'suggestion' })
    expect(lowered!.message).toMatch(/reads this sentence as ordinary/)
    // Without the model, the rule's own severity stands.
    const [ruled] = createScanner({ rules: { disable: ['model'] } }).scanText(description)
    expect(ruled).toMatchObject({ ruleId: 'safety_side_effects.harm', severity: 'warning' })
    // A sentence the model reads as a claim keeps its warning.
    const [kept] = createScanner().scanText('This supplement causes rapid weight loss in just two weeks.')
    expect(kept).toMatchObject({ category: 'safety_side_effects', severity: 'warning' })
  })

  it("leaves out a rule's suggestion where the model reads the clause as plainly ordinary, never a warning it lowered itself", () => {
    const withModel = createScanner()
    const rulesOnly = createScanner({ rules: { disable: ['model'] } })
    // Claim words used figuratively or as a report of someone's wording: the rules give suggestions.
    for (const ordinary of [
      "There is no miracle fix for the city's traffic jams, the mayor admitted.",
      'Trial date set for nurse accused of stealing controlled drugs from a ward',
    ]) {
      expect(rulesOnly.scanText(ordinary)).toMatchObject([{ severity: 'suggestion' }])
      expect(withModel.scanText(ordinary)).toEqual([])
    }
    // The model reads this instruction at under 10%, but the rule's warning it lowered stays in view.
    const instruction = 'Stay at home if you have a fever and a new cough.'
    const classifier = defaultClaimClassifier()
    const any = classifier.classes.map((_, index) => index > 0)
    expect(classifier.top(instruction, 0, instruction.length, any).probability).toBeLessThan(0.1)
    expect(rulesOnly.scanText(instruction)).toMatchObject([{ category: 'dosing_treatment_advice', severity: 'warning' }])
    expect(withModel.scanText(instruction)).toMatchObject([{ category: 'dosing_treatment_advice', severity: 'suggestion' }])
  })

  it('lowers an error only to a warning, which still needs a decision, and never next to an investigational product', () => {
    const classifier = defaultClaimClassifier()
    const any = classifier.classes.map((_, index) => index > 0)
    const portion = 'A handful of nuts is about 30g.'
    expect(classifier.classify(portion, 0, portion.length, 0.2, any)).toBeNull()
    expect(createScanner().scanText(portion)).toMatchObject([{ category: 'dosing_treatment_advice', severity: 'warning' }])
    expect(createScanner({ rules: { disable: ['model'] } }).scanText(portion)).toMatchObject([
      { category: 'dosing_treatment_advice', severity: 'error' },
    ])
    // Efficacy wording beside a watch-listed product is an error whatever the model reads.
    const product = 'The company behind KYV-101 reported positive results at its annual meeting in June.'
    expect(classifier.classify(product, 0, product.length, 0.2, any)).toBeNull()
    const findings = createScanner({ watchList: ['KYV-101'] }).scanText(product)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) expect(finding.severity).toBe('error')
  })
})

describe('claim model tokens and tables', () => {
  it('lower-cases words, keeps inner apostrophes, splits hyphens and folds numbers', () => {
    const text = "Don't take 1,500 mg of FDA-approved pills: 40% café"
    const words: string[] = []
    scanTokens(text, 0, text.length, (_hash, start, end) => words.push(tokenWord(text, start, end)))
    expect(words).toEqual(["don't", 'take', '<num>', 'mg', 'of', 'fda', 'approved', 'pills', '<num>', '%', 'café'])
  })

  it('looks integers up in a typed-array table', () => {
    const table = createIntTable([
      [5, 1],
      [21, 2],
      [0x3fffffff, 3],
    ])
    expect([table.get(5), table.get(21), table.get(0x3fffffff), table.get(6)]).toEqual([1, 2, 3, -1])
  })
})
