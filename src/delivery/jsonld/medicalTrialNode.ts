import type { AdministrativeArea, MedicalTrial, MedicalTrialDesign } from 'schema-dts'

import { medicalConditions } from './medicalConditions.js'
import { schemaStudyStatus } from './schemaStudyStatus.js'

type Location = { facility?: unknown; city?: unknown; country?: unknown }

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** The registry page of a trial: its stored `studyUrl`, or the one its NCT id implies. */
export const studyUrlOf = (trial: Record<string, unknown>): string | undefined =>
  text(trial.studyUrl) ??
  (text(trial.nctId) ? `https://clinicaltrials.gov/study/${text(trial.nctId)}` : undefined)

/** Study locations as schema.org wants them: cities and countries, not hospitals. */
const studyLocations = (locations: Location[]): AdministrativeArea[] => {
  const areas = new Map<string, AdministrativeArea>()
  for (const location of locations) {
    const city = text(location.city)
    const country = text(location.country)
    if (city) {
      areas.set(`${city}|${country ?? ''}`, {
        '@type': 'City',
        name: city,
        ...(country ? { containedInPlace: { '@type': 'Country', name: country } } : {}),
      })
    } else if (country && !areas.has(`|${country}`))
      areas.set(`|${country}`, { '@type': 'Country', name: country })
  }
  return [...areas.values()]
}

/** What the listing's sites say about the design: one centre or several, one country or several. */
const trialDesigns = (locations: Location[]): MedicalTrialDesign[] => {
  const facilities = new Set(locations.map((location) => text(location.facility)).filter(Boolean))
  const countries = new Set(locations.map((location) => text(location.country)).filter(Boolean))
  const designs: MedicalTrialDesign[] = []
  if (facilities.size === 1) designs.push('https://schema.org/SingleCenterTrial')
  if (facilities.size > 1) designs.push('https://schema.org/MultiCenterTrial')
  if (countries.size > 1) designs.push('https://schema.org/InternationalTrial')
  return designs
}

/** A trial listing as a schema.org MedicalTrial, identified by its ClinicalTrials.gov page. */
export const medicalTrialNode = (trial: Record<string, unknown>): MedicalTrial => {
  const nctId = text(trial.nctId)
  const url = studyUrlOf(trial)
  const locations = (Array.isArray(trial.locations) ? trial.locations : []) as Location[]
  const conditions = medicalConditions(trial.conditions)
  const sponsor = text(trial.sponsor)
  const designs = trialDesigns(locations)
  const areas = studyLocations(locations)
  return {
    '@type': 'MedicalTrial',
    ...(url ? { '@id': url, url } : {}),
    name: text(trial.title),
    ...(nctId
      ? { code: { '@type': 'MedicalCode', codeValue: nctId, codingSystem: 'ClinicalTrials.gov' } }
      : {}),
    status: schemaStudyStatus(trial.overallStatus),
    ...(conditions.length ? { healthCondition: conditions } : {}),
    ...(sponsor ? { sponsor: { '@type': 'Organization', name: sponsor } } : {}),
    ...(areas.length ? { studyLocation: areas } : {}),
    ...(designs.length ? { trialDesign: designs } : {}),
  }
}
