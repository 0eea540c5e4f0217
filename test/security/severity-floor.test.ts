import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { medicalReviewOptions } from '../../collections/medicalReviewOptions.js'
import { MODEL_OVERRULED_NOTE } from '../../src/claims/scan-text.js'
import { createScanner } from '../../src/claims/index.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { codeOf, reviewApi } from '../helpers/reviewApi.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The attack: a writer keeps a claim a rule rates as an error ("X cures Y") but wraps it in words
 * that lower severity (a background or attribution cue, padding the model reads as ordinary, or no
 * health word at all), hoping it becomes a suggestion, which the sign-off gate lets through without
 * a decision.
 */
const scanner = createScanner(medicalReviewOptions.claims)

/** Error-rated claims on several topics, each as a writer would put it. */
const CLAIMS = [
  'CAR T cures MS',
  'This herbal tea cures type 2 diabetes',
  'Turmeric reverses arthritis',
  'Our drops kill cancer cells',
  'This supplement has no side effects',
  'Take 4000 mg of vitamin D every day',
  'Colloidal silver prevents COVID-19',
]

/** Ways to surround a claim with lowering words: each yields the sentence to publish. */
const WRAPPERS: [string, (claim: string) => string][] = [
  ['a reporting cue after it', (claim) => `${claim}; talk to your doctor.`],
  ['a definition cue after it', (claim) => `${claim}, and it works by resetting the body.`],
  ['a prevalence cue after it', (claim) => `${claim}, which accounts for the 1 in 10 people who buy it.`],
  ['a question cue before it', (claim) => `Readers often ask us, and the answer is simple: ${claim}.`],
  ['an attribution of our own', (claim) => `Our website says it plainly: ${claim}.`],
  ['a navigation cue', (claim) => `${claim} > read more`],
  [
    'ordinary padding around it',
    (claim) => `On a quiet Sunday afternoon in our little garden by the river, we found that ${claim.toLowerCase()}, and we sat there for hours.`,
  ],
  ['a glossary line before it', (claim) => `Remission means the signs are gone. ${claim}.`],
]

const errorCategory = (text: string) => scanner.scanText(text).find((finding) => finding.severity === 'error')?.category

describe('an error-rated claim keeps asking for a decision, whatever words surround it', () => {
  it('every claim here is an error on its own', () => {
    for (const claim of CLAIMS) expect([claim, errorCategory(`${claim}.`)]).toEqual([claim, expect.any(String)])
  })

  it.each(WRAPPERS)('with %s', (_name, wrap) => {
    for (const claim of CLAIMS) {
      const category = errorCategory(`${claim}.`)!
      const text = wrap(claim)
      const inCategory = scanner.scanText(text).filter((finding) => finding.category === category)
      // Found, and at least a warning: the gate asks a reviewer to decide every warning and error.
      expect([text, inCategory.some((finding) => finding.severity !== 'suggestion')]).toEqual([text, true])
    }
  })
})

/** Claims a rule rates as warnings: the gate asks a reviewer to acknowledge each one. */
const WARNING_CLAIMS = [
  'The trial is now enrolling patients with MS',
  'Studies show that 9 out of 10 patients felt better',
  'This miracle drug is a game-changer',
  'It worked for me',
]

/** Lowering words set apart from the claim, in a clause of their own. */
const OTHER_CLAUSE_WRAPPERS: [string, (claim: string) => string][] = [
  ['a reporting cue after a semicolon', (claim) => `${claim}; talk to your doctor.`],
  ['a reporting cue after a dash', (claim) => `${claim} — ask your pharmacist first.`],
  ['a definition before a semicolon', (claim) => `Remission is defined as no signs of disease; ${claim.toLowerCase()}.`],
  ['an attribution after a semicolon', (claim) => `${claim}; the viral post claims otherwise.`],
]

const findingsIn = (text: string, category: string) =>
  scanner.scanText(text).filter((finding) => finding.category === category)

const severityIn = (text: string, category: string) => findingsIn(text, category).map((finding) => finding.severity)

/** Whether the text asks the reviewer for a decision (a warning or an error) on `category`. */
const asksForDecision = (text: string, category: string) =>
  severityIn(text, category).some((severity) => severity !== 'suggestion')

describe('words in another clause do not lower a claim', () => {
  it('every claim here is a warning on its own', () => {
    for (const claim of WARNING_CLAIMS) {
      const findings = scanner.scanText(`${claim}.`)
      expect([claim, findings.some((finding) => finding.severity === 'warning')]).toEqual([claim, true])
    }
  })

  it.each(OTHER_CLAUSE_WRAPPERS)('a warning-rated claim still asks for acknowledgement with %s', (_name, wrap) => {
    for (const claim of WARNING_CLAIMS) {
      const alone = scanner.scanText(`${claim}.`).find((finding) => finding.severity === 'warning')!
      const text = wrap(claim)
      expect([text, severityIn(text, alone.category)]).toEqual([text, ['warning']])
    }
  })

  it.each(OTHER_CLAUSE_WRAPPERS)('an error-rated claim stays an error with %s', (_name, wrap) => {
    for (const claim of CLAIMS) {
      const category = errorCategory(`${claim}.`)!
      const text = wrap(claim)
      expect([text, severityIn(text, category)]).toEqual([text, ['error']])
    }
  })

  it('lowering words in the claim\'s own clause still lower it', () => {
    const text = 'Be wary of adverts that promise a miracle cure; ask your pharmacist instead.'
    expect(scanner.scanText(text).map((finding) => [finding.category, finding.severity, finding.context])).toEqual([
      ['hype_sensational', 'suggestion', 'attributed'],
      ['cure_remission', 'warning', 'attributed'],
    ])
  })
})

/**
 * The attack: a rule's exception, written for everyday words ("stop treatment", "the end of the
 * day", "stay safe", "feel better than last week"), drops any match it overlaps. A writer puts the
 * claim where such words begin, hoping the exception hides it. Each sentence here hid its claim
 * before its exception was narrowed.
 */
const CLAIMS_BESIDE_EXCEPTIONS: [string, string][] = [
  ['This juice stops cancer without treatment.', 'cure_remission'],
  ['Our drops mean the end of arthritis pain.', 'cure_remission'],
  ['These pills keep you safe from COVID.', 'safety_side_effects'],
  ['You will feel better than you ever did on antidepressants.', 'comparative'],
  ['Read the label before you take 8 paracetamol tablets in one go.', 'dosing_treatment_advice'],
  ['Take a break from your statins for a month.', 'dosing_treatment_advice'],
  ['Keep taking your medicines even when you feel well.', 'dosing_treatment_advice'],
  ['Daily use of 10 paracetamol tablets is fine.', 'dosing_treatment_advice'],
  ['This powder helps your pancreas make insulin again.', 'efficacy_statistics'],
  ['Our tea helps people find relief from arthritis pain.', 'efficacy_statistics'],
  ['The jab is now the leading cause of death in children.', 'safety_side_effects'],
  ['Our clinic cures cancer without delays.', 'cure_remission'],
  ['This tea cured their headaches within a day.', 'cure_remission'],
  ['Donate now: our herbal remedy is proven to fight cancer.', 'cure_remission'],
  ['Everyone can have perfect health with our pills.', 'absolute_guarantee'],
  ['Doses ranging from 10 mg to 20 mg daily are fine for children.', 'dosing_treatment_advice'],
  ['Relapses are less frequent on Ocrevus than on Tysabri.', 'comparative'],
  ['Kids on our gummies are less anxious than those on sertraline.', 'comparative'],
  ['Ask staff to give you ivermectin instead of the vaccine.', 'dosing_treatment_advice'],
  ['Daily use of 400mg ibuprofen is fine for teenagers.', 'dosing_treatment_advice'],
  ['Join the thousands of parents who don\'t have their children vaccinated.', 'dosing_treatment_advice'],
  ['Your child can be treated for ADHD naturally with our drops, no drugs needed.', 'cure_remission'],
  ['Our tonic stops cancer taking hold.', 'cure_remission'],
  ['Vaccines, sadly, are now the leading cause of death in young men.', 'safety_side_effects'],
  ['Feel safe giving our teething gel to your baby.', 'safety_side_effects'],
  ['The Covid jab puts your breast milk supplies at risk.', 'safety_side_effects'],
  ['Our newsletter says to inject the peptide every 2 days.', 'dosing_treatment_advice'],
  ['Skip mammograms and take iodine every day instead.', 'dosing_treatment_advice'],
  ['Your child\'s bedtime dose contains 10 mg melatonin.', 'dosing_treatment_advice'],
  ['Make sure your baby has had at least 2 doses of our colloidal silver before nursery.', 'dosing_treatment_advice'],
  ['Start your antimalarial tablets within 2 days of arrival.', 'dosing_treatment_advice'],
  ['Our herbal blend declares an end to migraines.', 'cure_remission'],
  ['Our clinic cures backlogs and cancer.', 'cure_remission'],
  ['Glue ear is cured by our chiropractic adjustments.', 'cure_remission'],
  ['This herbal extract is sold as better than chemotherapy for breast cancer.', 'comparative'],
  ['You will feel better than people who had chemo.', 'comparative'],
  ['Shop safe, natural teething gel for your baby.', 'safety_side_effects'],
  ['Laughter is the best medicine for depression.', 'comparative'],
]

describe('an exception for everyday words does not hide the claim that begins in them', () => {
  it.each(CLAIMS_BESIDE_EXCEPTIONS)('"%s" asks for a decision on %s', (text, category) => {
    expect(asksForDecision(text, category)).toBe(true)
  })
})

/**
 * The same attack one step on: the claim starts after the exception's everyday words but inside a
 * longer match the exception excused ("Use the checker" excused "Use the checker and stop your
 * statins"). Each sentence here came out with nothing to decide before an excused match stopped
 * hiding the rest of its words.
 */
const CLAIMS_AFTER_EXCUSED_WORDS: [string, string][] = [
  ['Use the checker and stop your statins if your score is low.', 'dosing_treatment_advice'],
  ['Take a moment to swallow two aspirin before you fly.', 'dosing_treatment_advice'],
  ['Tell staff to give him 10 mg of melatonin every night.', 'dosing_treatment_advice'],
  ['All you need to know before you take double doses of melatonin.', 'dosing_treatment_advice'],
  ['Walking around the block each day cures type 2 diabetes.', 'cure_remission'],
  ['A daily walk round the block wards off dementia.', 'cure_remission'],
  ['This oil cures fear-driven panic attacks and anxiety.', 'cure_remission'],
  ['Clinically controlled trials show lower cholesterol in every user.', 'efficacy_statistics'],
]

describe('a claim that starts after an exception\'s everyday words', () => {
  it.each(CLAIMS_AFTER_EXCUSED_WORDS)('"%s" asks for a decision on %s', (text, category) => {
    expect(asksForDecision(text, category)).toBe(true)
  })
})

describe('everyday words in a sentence that promotes the writer\'s own product', () => {
  it.each([
    ['Take 30% off your cholesterol in a month with our oat shots.', 'efficacy_statistics'],
    ['Our vaccine gives coverage against 95% of flu strains.', 'efficacy_statistics'],
    ['Everyone can get lasting relief from arthritis with our balm.', 'absolute_guarantee'],
  ])('are not excused: "%s" asks for a decision on %s', (text, category) => {
    expect(asksForDecision(text, category)).toBe(true)
  })

  it('are still excused when "our" names a service, not a product', () => {
    const text = 'Use the postcode search on our vaccine finder page, or call the helpline on 119.'
    expect(scanner.scanText(text).filter((finding) => finding.severity !== 'suggestion')).toEqual([])
  })
})

/**
 * The claim carried inside an exception's own everyday words ("{n}% off", "more or less", "approved
 * for release"). When the model reads the sentence as that kind of claim, the excused match is
 * kept, at a warning at most: the model alone never blocks publishing. Each sentence here had
 * nothing to decide before.
 */
const CLAIMS_IN_EXCUSED_WORDS: [string, string][] = [
  ['Knock 15% off your blood sugar in a fortnight with cinnamon capsules.', 'efficacy_statistics'],
  ['Pain scores were 40% lower than baseline after a month of the cream.', 'efficacy_statistics'],
  ['Ginkgo is more or less better than donepezil for memory.', 'comparative'],
  ['The herbal sleep spray has been approved for release in every chemist.', 'regulatory_status'],
]

describe('a claim inside an exception\'s words, read as a claim by the model', () => {
  it.each(CLAIMS_IN_EXCUSED_WORDS)('"%s" asks for a decision on %s, as a warning', (text, category) => {
    expect(severityIn(text, category)).toEqual(['warning'])
  })

  it.each([
    // From the audits: the model would not report these itself, so the rule's own match speaks.
    ['Mix a teaspoon of the hydrogen peroxide per 100 ml of water and drink it before breakfast.', 'dosing_treatment_advice'],
    ['You should take further measures such as doubling your thyroxine when you feel sluggish.', 'dosing_treatment_advice'],
    // The model reads it as background, a suggestion; the overruled cure match asks for a decision.
    ['A magnesium-rich diet means the body cures its own headaches and migraines.', 'cure_remission'],
  ])('keeps the excused match itself in "%s", as a warning that says why', (text, category) => {
    const [finding, ...more] = findingsIn(text, category)
    expect(more).toEqual([])
    expect(finding).toMatchObject({ severity: 'warning' })
    expect(finding!.message.endsWith(MODEL_OVERRULED_NOTE)).toBe(true)
  })

  it('never lowers the rules\' own claim after the excused words', () => {
    // The excused match, kept at a warning, once shadowed the error-rated claim that follows it.
    for (const [text, category] of [
      ['Walking around the block each day cures type 2 diabetes.', 'cure_remission'],
      ['All you need to know before you take double doses of melatonin.', 'dosing_treatment_advice'],
    ]) {
      expect(severityIn(text!, category!)).toEqual(['error'])
    }
  })

  it('never takes the place of a graver finding', () => {
    // The claim in the override run is read only as shown; the stored reading's overruled match
    // must not stand in for it.
    const shown = 'Newly approved for release in UK pharmacies: the first nasal spray for long COVID fatigue and \u202eADF eht yb devorppa si ti\u202c.'
    expect(severityIn(shown, 'regulatory_status')).toEqual(['error'])
    // As grave in both readings: the words the reader sees are among the finding's matches.
    const tie =
      "Food colourings and hyperactivity are pure cause and effect, behaviour problems included and \u202eedulcnoc srehcraeser ,ksir msitua s'dlihc esiar ton seod tnangerp elihw lomatecarap gnikat\u202c."
    const [safety] = findingsIn(tie, 'safety_side_effects')
    // A match in the shown reading points at the whole reordered stretch, which ends at the pop.
    expect(safety?.matches.some((match) => match.text.endsWith('\u202c'))).toBe(true)
    // The model's own reading of the other clause is not lowered with the everyday one.
    const clauses = 'Subscribe and save 15% on every order; hospital patients given remdesivir for COVID-19 go home sooner.'
    expect(severityIn(clauses, 'efficacy_statistics')).toEqual(['warning'])
  })

  it('keeps the exception where the model reads no such claim', () => {
    const text = 'Get 15% off your first order of school uniforms this week.'
    expect(scanner.scanText(text).filter((finding) => finding.severity !== 'suggestion')).toEqual([])
  })
})

describe('a claim beside wording that looks like background', () => {
  it('stays an error where the background wording is not about the claim', () => {
    // The writer speaking for themselves ("and our drops") begins a clause of its own, which the
    // background before it does not lower; praise keeps a definition from being one.
    expect(severityIn('Polio was declared eradicated here and our drops cure MS.', 'cure_remission')).toEqual(['error'])
    expect(severityIn('Polio was declared eradicated here, so we know our drops cure MS.', 'cure_remission')).toEqual(['error'])
    expect(severityIn('One unit equals a miracle cure for arthritis.', 'cure_remission')).toEqual(['error'])
  })

  it('stays an error where others are said to make a claim about the writer\'s own product', () => {
    expect(severityIn('The website and the label say our herbal drops cure arthritis.', 'cure_remission')).toEqual(['error'])
    // Someone else's claim quoted in full stays theirs.
    expect(severityIn('The company\'s website says "our herbal drops cure arthritis".', 'cure_remission')).toEqual(['warning'])
  })
})

describe('a trial said to be recruiting', () => {
  const RECRUITING = [
    'The trial is now enrolling patients with MS',
    'This study is currently recruiting adults with lupus',
    'The clinic is accepting new patients for the CAR T trial',
  ]

  it.each(WRAPPERS)('asks for acknowledgement with %s in its own clause', (_name, wrap) => {
    for (const claim of RECRUITING) {
      const text = wrap(claim)
      const severities = severityIn(text, 'trial_availability_eligibility')
      expect([text, severities.length > 0 && !severities.includes('suggestion')]).toEqual([text, true])
    }
  })

  it('asks for acknowledgement with advice or a negation after a comma', () => {
    for (const text of [
      'The trial is now enrolling patients, so talk to your doctor.',
      'The study is recruiting now, not next year.',
    ]) {
      expect([text, severityIn(text, 'trial_availability_eligibility')]).toEqual([text, ['warning']])
    }
  })
})

describe('a cure claim in a text that names no health topic', () => {
  it.each(['Our water is a miracle cure. It cures everything.', 'This drink is the cure you have been waiting for.'])(
    'still asks for a decision: %s',
    (text) => {
      const cure = scanner.scanText(text).filter((finding) => finding.category === 'cure_remission')
      expect(cure.length).toBeGreaterThan(0)
      for (const finding of cure) expect(finding.severity).toBe('warning')
    },
  )
})

describe('through the server', () => {
  let t: TestServer
  let writer: Account
  let reviewer: Account
  const { call, stored } = reviewApi(() => t)

  beforeAll(async () => {
    t = await startTestServer()
    writer = await createAccount(t.payload, t.url, ['writer'])
    reviewer = await createAccount(t.payload, t.url, ['reviewer'])
  })
  afterAll(async () => t?.close())

  it('refuses to sign off a cure claim wrapped in background words until a reviewer decides it, and readers get nothing', async () => {
    const created = await call('articles?draft=true', writer, 'POST', {
      title: 'Wrapped claim',
      body: richText('Talk to your doctor, because CAR T cures MS.'),
    })
    const id = (created.body.doc as { id: number }).id
    expect((await call(`articles/${id}/review/submit`, writer)).status).toBe(200)

    const state = await stored(id)
    const cure = state.claims.find((claim) => claim.category === 'cure_remission')
    expect(cure).toMatchObject({ severity: 'warning', decision: { status: 'pending' } })

    const refused = await call(`articles/${id}/review/sign-off`, reviewer, 'POST', {
      password: TEST_PASSWORD,
      fingerprint: state.fingerprint,
    })
    expect(refused.status).toBe(403)
    expect(codeOf(refused)).toBe('CLAIMS_PENDING')
    expect((await stored(id)).signOff).toBeNull()

    const published = await call(`articles/${id}`, writer, 'PATCH', { _status: 'published' })
    expect(published.status).toBe(403)
    const anonymous = await call(`articles/${id}`, null, 'GET')
    expect(anonymous.status).toBe(404)
    expect(JSON.stringify(anonymous.body)).not.toContain('cures MS')
  })
})
