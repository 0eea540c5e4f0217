import type { Article, Faq, Trial, User } from '../payload-types.js'

import { richText } from './richText.js'

type NewDoc<T> = Omit<T, 'createdAt' | 'id' | 'updatedAt'>

/**
 * Demo content written for this project. The trials are fictional: their NCT ids are valid in form
 * but lie far above any number ClinicalTrials.gov has issued, so they cannot point at a real study.
 */
export const demoTrials: NewDoc<Trial>[] = [
  {
    nctId: 'NCT09900101',
    title: 'Demo: autologous CD19 CAR T-cells in progressive multiple sclerosis (fictional listing)',
    overallStatus: 'RECRUITING',
    phases: ['PHASE1', 'PHASE2'],
    conditions: ['Multiple sclerosis', 'Progressive multiple sclerosis'],
    interventions: [{ name: 'DMO-19 CAR T', type: 'BIOLOGICAL', otherNames: ['DMO19', 'demo-cel'] }],
    sponsor: 'Demo University Hospital (fictional)',
    locations: [
      { facility: 'Demo Neurology Centre', city: 'Leeds', country: 'United Kingdom', status: 'RECRUITING' },
      { facility: 'Demo Klinikum', city: 'Hamburg', country: 'Germany', status: 'NOT_YET_RECRUITING' },
    ],
    eligibilitySummary:
      'Adults aged 18 to 60 with progressive MS whose disability worsened despite at least two prior disease-modifying therapies.',
    lastVerified: '2026-10-01',
  },
  {
    nctId: 'NCT09900102',
    title: 'Demo: CAR T-cell therapy versus best available therapy in relapsing MS (fictional listing)',
    overallStatus: 'ACTIVE_NOT_RECRUITING',
    phases: ['PHASE2'],
    conditions: ['Relapsing-remitting multiple sclerosis'],
    interventions: [
      { name: 'DMO-19 CAR T', type: 'BIOLOGICAL', otherNames: ['DMO19'] },
      { name: 'Best available therapy', type: 'OTHER', otherNames: [] },
    ],
    sponsor: 'Demo Biotech Ltd (fictional)',
    locations: [{ facility: 'Demo MS Research Unit', city: 'Toronto', country: 'Canada', status: 'ACTIVE_NOT_RECRUITING' }],
    eligibilitySummary: 'Adults with highly active relapsing MS; enrolment has closed.',
    lastVerified: '2026-09-15',
  },
]

export const demoArticle: Omit<NewDoc<Article>, 'slug'> = {
  title: 'CAR T-cell therapy: why people with MS are paying attention',
  summary:
    'CAR T-cell therapy, first used in blood cancers, is now being studied in multiple sclerosis. What it is, what early results suggest, and what is still unknown.',
  conditions: ['Multiple sclerosis'],
  body: richText(
    'CAR T-cell therapy re-engineers a person’s own immune cells to find and remove the B cells that are thought to drive inflammation in multiple sclerosis (MS).',
    { heading: 'Where the idea comes from' },
    'CAR T-cell products are FDA-approved for several blood cancers, but none is approved for MS. In MS they remain investigational and are available only in clinical trials.',
    'Early reports from small studies suggest the treatment may reset the immune system in some patients. It is not a cure, and nobody yet knows how long any benefit lasts.',
    { heading: 'Risks' },
    'Side effects can be serious. They include cytokine release syndrome, a neurological syndrome called ICANS, and a higher risk of infections for months afterwards.',
    { heading: 'Taking part in a trial' },
    'One demo study, NCT09900101, is recruiting adults with progressive MS at two sites. Ask your neurologist whether you may be eligible before changing any of your current treatment.',
  ),
  references: [
    { label: 'ClinicalTrials.gov record (fictional demo listing)', nctId: 'NCT09900101' },
    { label: 'Example review article on CAR T-cells in autoimmune disease', doi: '10.1000/demo.2026.001' },
  ],
}

/** Waits for a reviewer: submitted, its claims still pending. */
export const demoArticleInReview: Omit<NewDoc<Article>, 'slug'> = {
  title: 'Vitamin D and MS relapses: what the trials found',
  summary: 'Low vitamin D is linked with MS activity, but supplements have not clearly reduced relapses in trials.',
  conditions: ['Multiple sclerosis'],
  body: richText(
    'People with MS often have low vitamin D levels, and observational studies link low levels with more relapses.',
    'Randomised trials of high-dose supplements have been mixed: some reported fewer new lesions on MRI, but none showed a clear reduction in relapses.',
    'Taking 4,000 IU a day is sometimes suggested, but very high doses can be harmful, so check your blood level and talk to your neurologist first.',
  ),
}

/** Sent back to the writer: a reviewer rejected a claim and asked for changes. */
export const demoArticleChangesRequested: Omit<NewDoc<Article>, 'slug'> = {
  title: 'Stem cell transplants for MS: a miracle cure?',
  summary: 'Autologous haematopoietic stem cell transplantation (aHSCT) can stop inflammatory activity in some people with MS.',
  conditions: ['Multiple sclerosis'],
  body: richText(
    'aHSCT is a miracle cure that stops MS in every patient.',
    'It uses chemotherapy to remove the immune system and then rebuilds it from the person’s own stem cells.',
  ),
}

export const demoFaqs: NewDoc<Faq>[] = [
  {
    question: 'Can CAR T-cell therapy cure MS?',
    answer: richText(
      'No treatment cures MS today. Researchers are studying whether CAR T-cell therapy can stop the disease from getting worse, but results so far come from a small number of people.',
    ),
  },
  {
    question: 'Is CAR T-cell therapy approved for MS?',
    answer: richText('Not yet. It is approved for some blood cancers, and in MS it is available only within clinical trials.'),
  },
  {
    question: 'What are the side effects?',
    answer: richText(
      'Cytokine release syndrome and ICANS are the best known. Because the treatment removes B cells, infections are also more likely for a while.',
    ),
  },
  {
    question: 'How do I find a trial?',
    answer: richText(
      'Search ClinicalTrials.gov for "CAR T" and "multiple sclerosis", and check each study’s status: only studies marked recruiting are open to new participants.',
    ),
  },
]

export const demoUsers: Pick<User, 'email' | 'name' | 'reviewerProfile' | 'roles'>[] = [
  { email: 'admin@example.com', name: 'Alex Admin', roles: ['admin'] },
  { email: 'writer@example.com', name: 'Wren Writer', roles: ['writer'] },
  {
    email: 'reviewer@example.com',
    name: 'Jane Doe',
    roles: ['reviewer'],
    reviewerProfile: { displayName: 'Dr Jane Doe', credentials: 'MD', specialty: 'Neurology' },
  },
  {
    email: 'reviewer2@example.com',
    name: 'Sam Okafor',
    roles: ['reviewer'],
    reviewerProfile: { displayName: 'Dr Sam Okafor', credentials: 'MD, PhD', specialty: 'Neuroimmunology' },
  },
]
