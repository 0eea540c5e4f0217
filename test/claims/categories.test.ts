import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS, createScanner, scanText, type CategoryId } from '../../src/claims/index.js'
import { MODEL_OVERRULED_NOTE } from '../../src/claims/scan-text.js'

const categoriesOf = (text: string) => new Set(scanText(text).map((finding) => finding.category))

const EXAMPLES: Record<CategoryId, string[]> = {
  cure_remission: [
    'This supplement cures MS.',
    'Stem cell transplants can reset the immune system.',
    'After the transplant my immune system was reset.',
    'It repairs myelin.',
  ],
  regulatory_status: [
    'Ocrelizumab is FDA-approved for relapsing MS.',
    'Rituximab is used off-label.',
    'It received RMAT designation.',
  ],
  efficacy_statistics: [
    'The drug reduced relapses by 46%.',
    'Results were statistically significant (p < 0.01).',
    'It is clinically proven.',
  ],
  safety_side_effects: [
    'This remedy has no side effects.',
    'It is completely safe.',
    'Natalizumab carries a risk of PML.',
  ],
  dosing_treatment_advice: [
    'Take 4,000 IU of vitamin D.',
    'It is given every six months.',
    'Stop taking your medication.',
  ],
  trial_availability_eligibility: [
    'The study is now recruiting.',
    'See NCT01234567 for details.',
    'A phase 2 trial opened.',
  ],
  comparative: [
    'It is more effective than interferon.',
    'It is superior to placebo.',
    'It is a first-line therapy.',
  ],
  absolute_guarantee: [
    'Results are guaranteed.',
    'It works for everyone.',
    'The effect lasts forever.',
  ],
  hype_sensational: [
    'A miracle drug for MS.',
    'Scientists call it a game-changer.',
    'New hope for patients.',
  ],
  testimonial_anecdote: ['It cured my MS.', 'I can walk again.', 'This diet worked for me.'],
}

describe('categories', () => {
  it('has examples for every category of the taxonomy', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CATEGORY_IDS].sort())
  })

  for (const [category, sentences] of Object.entries(EXAMPLES)) {
    it.each(sentences)(`finds ${category} in %j`, (sentence) => {
      expect(categoriesOf(sentence)).toContain(category)
    })
  }

  it('uses the default severities of the taxonomy', () => {
    const severity = (text: string) => scanText(text)[0]!.severity
    expect(severity('This supplement cures MS.')).toBe('error')
    expect(severity('The study is now recruiting.')).toBe('warning')
    expect(severity('A miracle drug.')).toBe('warning')
  })

  it('finds several categories in one phrase', () => {
    expect(categoriesOf('This miracle cure is 100% safe.')).toEqual(
      new Set(['hype_sensational', 'cure_remission', 'safety_side_effects', 'absolute_guarantee']),
    )
  })

  it('does not flag the taxonomy traps', () => {
    for (const text of [
      'A cure for boredom: our reading list.',
      'The MS Society runs a helpline.',
      'Hope Williams runs the clinic.',
      'The board approved the budget.',
      'Experimental autoimmune encephalomyelitis is a mouse model.',
      'Patients with breakthrough disease activity should see their neurologist.',
    ]) {
      expect(scanText(text)).toEqual([])
    }
  })

  it('excepts "cure" as food curing, a mood or a fear, and not as a cure of a disease', () => {
    // The model may still overrule the exception, and says so: only the rule's own reading is tested.
    const cureWord = (text: string) =>
      scanText(text).filter((f) => f.category === 'cure_remission' && !f.message.endsWith(MODEL_OVERRULED_NOTE))
    expect(cureWord('My grandfather still cures his own bacon in the smokehouse.')).toEqual([])
    expect(cureWord('Cure your rainy-day blues with a new paperback from the library.')).toEqual([])
    expect(cureWord('The climbing wall finally cured him of his fear of heights.')).toEqual([])
    expect(cureWord('Smoked salmon and this tonic cured him of his eczema.')).not.toEqual([])
  })

  it('keeps "Breakthrough Therapy designation" regulatory, not hype', () => {
    expect(categoriesOf('It received Breakthrough Therapy designation.')).toEqual(
      new Set(['regulatory_status']),
    )
  })
})

describe('watch list', () => {
  const scanner = createScanner({ watchList: ['KYV-101', 'obe-cel'] })

  it('raises efficacy and safety wording next to an investigational product to error', () => {
    const findings = scanner.scanText('KYV-101 reduced relapses by 90% and was well tolerated.')
    expect(findings.find((f) => f.category === 'efficacy_statistics')?.severity).toBe('error')
    expect(findings.find((f) => f.category === 'safety_side_effects')?.severity).toBe('error')
    const product = findings.find((f) => f.ruleId === 'regulatory_status.watch-list')
    expect(product).toMatchObject({ text: 'KYV-101', start: 0, end: 7, severity: 'error' })
  })

  it('matches aliases with or without the hyphen, in any case', () => {
    expect(scanner.scanText('kyv101 works.').map((f) => f.text)).toContain('kyv101')
    expect(
      scanner.scanText('Obe cel is safe.').some((f) => f.ruleId === 'regulatory_status.watch-list'),
    ).toBe(true)
  })

  it('leaves other sentences and bare product mentions alone', () => {
    const findings = scanner.scanText(
      'KYV-101 is a CAR T-cell product. The drug reduced relapses by 50%.',
    )
    expect(findings.some((f) => f.ruleId === 'regulatory_status.watch-list')).toBe(false)
    expect(findings.find((f) => f.category === 'efficacy_statistics')?.severity).toBe('warning')
  })

  it('fires product-only wording rules only with a product in the sentence', () => {
    expect(scanner.scanText('The results were positive.')).toEqual([])
    expect(
      scanner
        .scanText('KYV-101 results were positive.')
        .map((f) => f.category)
        .sort(),
    ).toEqual(['efficacy_statistics', 'regulatory_status'])
  })
})
