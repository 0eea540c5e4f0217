import { describe, expect, it } from '@jest/globals'
import { scanText, type CategoryId } from '../../src/claims/index.js'

const polarity = (text: string, category: CategoryId) =>
  scanText(text).find((finding) => finding.category === category)?.polarity

describe('polarity', () => {
  it.each([
    ['KYV-101 cures MS.', 'affirmed'],
    ['There is no cure for MS.', 'negated'],
    ['It does not cure MS.', 'negated'],
    ["It doesn't cure MS.", 'negated'],
    ['It doesn’t cure MS.', 'negated'],
    ['Nothing has been shown to cure MS.', 'negated'],
    ['The drug failed to prevent relapses.', 'negated'],
    ['It may cure MS.', 'hedged'],
    ['Early results suggest it could reverse disability.', 'hedged'],
    ['Whether it cures MS is being studied.', 'hedged'],
    ['Can CAR T cure MS?', 'hedged'],
    ['It cures MS in some patients.', 'hedged'],
  ] as const)('%j is %s', (text, expected) => {
    expect(polarity(text, 'cure_remission')).toBe(expected)
  })

  it('reports negated and hedged claims instead of dropping them', () => {
    expect(scanText('There is no cure.')).toHaveLength(1)
    expect(scanText('It might be a cure.')).toHaveLength(1)
  })

  it.each([
    // A closing report qualifies the whole sentence, however far the claim is from it.
    ['Standing desks cut back pain in office workers by a quarter, a small Danish study suggests.', 'efficacy_statistics', 'hedged'],
    ['Green tea extract lowered blood pressure in older adults, early research indicates', 'efficacy_statistics', 'hedged'],
    ['Green tea extract lowered blood pressure by a fifth in older adults, interim results show.', 'efficacy_statistics', 'hedged'],
    ['Standing desks cut back pain in office workers by a quarter.', 'efficacy_statistics', 'affirmed'],
    // "no better than" denies the claim it follows.
    ['Magnet bracelets eased arthritis pain no better than plain copper ones.', 'efficacy_statistics', 'negated'],
    ['Vitamin C tablets are no better than a placebo for colds.', 'comparative', 'negated'],
    // Little evidence denies; too little to say is doubt.
    ['There is little evidence that garlic pills prevent colds.', 'cure_remission', 'negated'],
    ['There is too little evidence to say whether fish oil eases joint pain.', 'efficacy_statistics', 'hedged'],
    // No studies or trials deny what follows, as no evidence does; too few to say is doubt.
    ['We found no good-quality trials showing that copper bracelets ease arthritis pain.', 'efficacy_statistics', 'negated'],
    ['There are too few good studies to say whether copper bracelets ease arthritis pain.', 'efficacy_statistics', 'hedged'],
    // Not knowing is doubt, not denial.
    ['Nobody knows yet whether turmeric can prevent dementia.', 'cure_remission', 'hedged'],
    ['The trials were too small, so we cannot say whether acupuncture prevents migraines.', 'cure_remission', 'hedged'],
    // A verdict's own wording: open ("mixed") or denying ("lacking").
    ['For sore throats, the evidence is mixed.', 'efficacy_statistics', 'hedged'],
    ['For magnet therapy, the evidence is lacking.', 'efficacy_statistics', 'negated'],
    // Doing nothing for a condition denies an effect.
    ['Amber beads do nothing for teething pain.', 'efficacy_statistics', 'negated'],
    // An efficacy claim denied in one word.
    ['Copper insoles are useless against arthritis.', 'efficacy_statistics', 'negated'],
  ] as const)('%j: %s is %s', (text, category, expected) => {
    expect(polarity(text, category)).toBe(expected)
  })

  it('reads a negation that runs across the end of the matched words', () => {
    // "found no" is the match; the cue "no clear evidence" runs past it.
    const finding = scanText('The researchers found no clear evidence that stress is caused by low magnesium.').find(
      (candidate) => candidate.text.toLowerCase().startsWith('found no'),
    )
    expect(finding?.polarity).toBe('negated')
  })

  it('skips pseudo-negations', () => {
    expect(
      polarity(
        'Not only does it reduce relapses, it also improves fatigue.',
        'efficacy_statistics',
      ),
    ).toBe('affirmed')
    expect(
      polarity('The drug is no longer just a hope: it reverses disability.', 'cure_remission'),
    ).toBe('affirmed')
  })

  it('ends the negation scope at but, however and the end of the sentence', () => {
    expect(polarity('It is not cheap, but it halts progression.', 'cure_remission')).toBe(
      'affirmed',
    )
    expect(polarity('No trial has reported this. It cures MS.', 'cure_remission')).toBe('affirmed')
    expect(polarity('KYV-101 cures MS. It is not approved.', 'cure_remission')).toBe('affirmed')
  })

  it('keeps the window to about five words', () => {
    expect(
      polarity('No, the remarkable small study of twelve people found a cure.', 'cure_remission'),
    ).toBe('affirmed')
  })

  it('reads negations inside the matched wording', () => {
    expect(polarity('This remedy has no side effects.', 'safety_side_effects')).toBe('negated')
    expect(polarity('KYV-101 is not yet approved.', 'regulatory_status')).toBe('negated')
    expect(polarity('These supplements are unapproved.', 'regulatory_status')).toBe('negated')
    expect(polarity('MS is incurable.', 'cure_remission')).toBe('negated')
  })

  it('reads a negated instruction as advice given, and still hedges a hedged one', () => {
    expect(polarity('Do not take more than 8 tablets in 24 hours.', 'dosing_treatment_advice')).toBe('affirmed')
    expect(polarity('If the rash spreads, you probably should not take another dose.', 'dosing_treatment_advice')).toBe('hedged')
    expect(polarity('You might be told not to take ibuprofen for a few days after surgery.', 'dosing_treatment_advice')).toBe('hedged')
  })

  it('reads a reported null result as negated, wherever the claim words stand in its clause', () => {
    // Invented sentences: no cue word ("not", "no evidence") stands within reach of the matched words.
    expect(polarity('Zinc lozenges made little difference to how long colds lasted, the trial concluded.', 'efficacy_statistics')).toBe('negated')
    expect(polarity('The cream barely helped the eczema on my hands after a month.', 'testimonial_anecdote')).toBe('negated')
    expect(polarity('Magnesium did zilch for my leg cramps.', 'testimonial_anecdote')).toBe('negated')
    // Barely having a symptom is the benefit a testimonial claims, not a null result.
    expect(polarity('Since switching to the new tablets my joints barely ache on cold mornings.', 'testimonial_anecdote')).toBe('affirmed')
  })

  it('reads who should not have a medicine as negated, and an order not to give it as advice', () => {
    // Invented sentences.
    expect(polarity('This cough syrup should not be given to toddlers under two.', 'dosing_treatment_advice')).toBe('negated')
    expect(polarity("Most adults don't need the pneumonia vaccine before 65.", 'dosing_treatment_advice')).toBe('negated')
    expect(polarity('Do not give this cough syrup to toddlers under two.', 'dosing_treatment_advice')).toBe('affirmed')
  })

  it('reads a story whose trouble went as affirmed, and one whose remedy did nothing as negated', () => {
    // Invented sentences.
    expect(polarity('Been on the elderberry gummies since October and not a single sniffle all winter.', 'testimonial_anecdote')).toBe('affirmed')
    expect(polarity("Six weeks on the new inhaler and I haven't woken up wheezing once.", 'testimonial_anecdote')).toBe('affirmed')
    expect(polarity('Took the elderberry gummies all winter and they made no difference at all.', 'testimonial_anecdote')).toBe('negated')
    expect(polarity("Six weeks on the new inhaler and it hasn't helped one bit.", 'testimonial_anecdote')).toBe('negated')
  })

  it('reads a story that opens by doubting itself as hedged', () => {
    // Invented sentences.
    expect(polarity("Not sure it's the fish oil, but my knees have stopped aching in the mornings.", 'testimonial_anecdote')).toBe('hedged')
    expect(polarity('Could be a coincidence but since starting the beetroot shots my blood pressure is normal.', 'testimonial_anecdote')).toBe('hedged')
    expect(polarity("Maybe it's the turmeric, but since I started it my knees have stopped aching.", 'testimonial_anecdote')).toBe('hedged')
    // Doubt after the story is about something else.
    expect(polarity('Since starting the beetroot shots my blood pressure is normal, but my GP is not sure why.', 'testimonial_anecdote')).toBe('affirmed')
  })

  it('reads a claim that a verdict calls false as denied, and leaves what stands before it alone', () => {
    // Invented sentences.
    expect(polarity('The claim that garlic pills cure high blood pressure is false.', 'cure_remission')).toBe('negated')
    expect(polarity('Claims that magnetic insoles reverse nerve damage are not supported by any trial.', 'cure_remission')).toBe('negated')
    expect(polarity('The claim that garlic pills cure high blood pressure is misleading.', 'cure_remission')).toBe('negated')
    expect(polarity('Garlic pills cure high blood pressure, and the claim that they are unsafe is wrong.', 'cure_remission')).toBe('affirmed')
  })

  it('reads what is no longer recommended as denied, and "no longer" elsewhere as no negation', () => {
    // Invented sentences.
    expect(polarity('Routine vitamin D testing is no longer recommended for healthy adults.', 'dosing_treatment_advice')).toBe('negated')
    expect(polarity("Since the new inhaler I'm no longer waking up wheezing every night.", 'testimonial_anecdote')).toBe('affirmed')
  })

  it('reads "indicate that" as a report that hedges, and "does not support" as a denial of what follows', () => {
    // Invented sentences.
    expect(polarity('Two small trials indicate that ginger can ease morning sickness.', 'efficacy_statistics')).toBe('hedged')
    expect(polarity('The evidence does not support the claim that copper bracelets ease arthritis pain.', 'efficacy_statistics')).toBe('negated')
  })

  it('reads a sentence whose later clause doubts the evidence as hedged, and one about a small effect as not', () => {
    // Invented sentences.
    expect(polarity('Tai chi eased knee pain in older adults, but the trials were small.', 'efficacy_statistics')).toBe('hedged')
    expect(polarity('Saffron extract is linked to better mood, although these studies cannot prove cause and effect.', 'efficacy_statistics')).toBe('hedged')
    expect(polarity('Statins cut heart attacks by a quarter, but the benefit was small in people at low risk.', 'efficacy_statistics')).toBe('affirmed')
    expect(polarity('Statins cut heart attacks by a quarter, and most studies found low rates of side effects.', 'efficacy_statistics')).toBe('affirmed')
    expect(polarity('Statins cut heart attacks by a quarter, though most studies found low rates of side effects.', 'efficacy_statistics')).toBe('affirmed')
    expect(polarity('The compound shrank pancreatic tumours in rats but has not yet been tested in people.', 'cure_remission')).toBe('hedged')
    expect(polarity('Night-shift work was linked to breast cancer, though the authors said the link may not be causal.', 'efficacy_statistics')).toBe('hedged')
    expect(polarity('Acupressure bands eased nausea after surgery, according to low-quality evidence.', 'efficacy_statistics')).toBe('hedged')
  })

  it('reads a study that found no increase in a harm as denying it', () => {
    // Invented sentence; NegEx counts "no increase" as a pseudo-negation, which would affirm the harm.
    expect(polarity('A registry of 40,000 births found no increase in stillbirth after the flu jab.', 'safety_side_effects')).toBe('negated')
  })

  it('reads "could not" as one negation, as "couldn\'t" is, and "not clear" before an object as no doubt', () => {
    for (const text of ['The trial could not show that the drops cure hay fever.', "The trial couldn't show that the drops cure hay fever."])
      expect(polarity(text, 'cure_remission')).toBe('negated')
    for (const text of ['Cranberry juice will not clear a bladder infection.', "Cranberry juice won't clear a bladder infection."])
      expect(polarity(text, 'cure_remission')).toBe('negated')
    expect(polarity('Whether the drops cure hay fever is not clear.', 'cure_remission')).toBe('hedged')
  })

  it('reads a modal on the verb of a long clause as hedging every claim in it, but not one in a clause of its own', () => {
    expect(polarity('Homemade masks might cut the amount of virus an infected wearer breathes out by about 40%.', 'efficacy_statistics')).toBe('hedged')
    expect(polarity('Large doses of zinc taken every day for several months could lead to copper deficiency.', 'safety_side_effects')).toBe('hedged')
    expect(polarity('The tablets ease joint pain in people whose arthritis may be worsening.', 'efficacy_statistics')).toBe('affirmed')
    expect(polarity('The cream clears eczema in two weeks, so you might want to order two tubes.', 'cure_remission')).toBe('affirmed')
  })

  it.each([
    // A negation in a subordinate clause belongs to that clause, not to the main clause's claim.
    ['Adults who are not yet taking insulin are invited to join a study of a new weekly tablet.', 'trial_availability_eligibility', 'affirmed'],
    ['if ur not jabbed you WILL end up in hospital', 'absolute_guarantee', 'affirmed'],
    ['Children who have not had the vaccine can catch measles.', 'safety_side_effects', 'affirmed'],
    // A dash, like a comma or a colon, ends what a negation after the claim can reach.
    ['The knee op was life-changing for me — not a twinge since March.', 'hype_sensational', 'affirmed'],
    // ... and still denies a claim inside its own clause.
    ['If the cream does not clear your eczema in a week, see your GP.', 'cure_remission', 'negated'],
    // A later clause that calls the evidence or the effect into question hedges the claim.
    ['Air purifiers are often sold to cut allergy symptoms, yet evidence of their effect on asthma attacks remains inconsistent.', 'efficacy_statistics', 'hedged'],
    ['Gargling salt water is widely advised to ease sore throats, but its effectiveness against infection remains debated.', 'efficacy_statistics', 'hedged'],
    ['Fish oil may lower triglycerides, but the evidence that it prevents heart attacks in healthy people is weak.', 'cure_remission', 'hedged'],
    // ... but only when the evidence or the effect is what is called into question.
    ['Masks cut infections in schools, but evidence shows the ban on them is controversial.', 'efficacy_statistics', 'affirmed'],
  ] as const)('%j: %s is %s', (text, category, expected) => {
    expect(polarity(text, category)).toBe(expected)
  })

  it('cancels a double negation', () => {
    expect(polarity('Treatment was not without risks.', 'safety_side_effects')).toBe('affirmed')
  })

  it('does not treat "May" the month as a hedge', () => {
    expect(polarity('The drug was approved in May for relapsing MS.', 'regulatory_status')).toBe(
      'affirmed',
    )
  })

  it('lowers severity one step only where the category allows it', () => {
    const severity = (text: string, category: CategoryId) =>
      scanText(text).find((finding) => finding.category === category)?.severity
    expect(severity('There is no cure for MS.', 'cure_remission')).toBe('warning')
    expect(severity('This is not a miracle.', 'hype_sensational')).toBe('suggestion')
    expect(severity('This remedy has no side effects.', 'safety_side_effects')).toBe('error')
    expect(severity('It is not approved for children.', 'regulatory_status')).toBe('error')
  })
})
