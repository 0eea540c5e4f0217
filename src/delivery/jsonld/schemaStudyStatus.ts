import type { MedicalStudyStatus } from 'schema-dts'

const STATUSES: Record<string, MedicalStudyStatus> = {
  RECRUITING: 'https://schema.org/Recruiting',
  NOT_YET_RECRUITING: 'https://schema.org/NotYetRecruiting',
  ENROLLING_BY_INVITATION: 'https://schema.org/EnrollingByInvitation',
  ACTIVE_NOT_RECRUITING: 'https://schema.org/ActiveNotRecruiting',
  SUSPENDED: 'https://schema.org/Suspended',
  TERMINATED: 'https://schema.org/Terminated',
  COMPLETED: 'https://schema.org/Completed',
  WITHDRAWN: 'https://schema.org/Withdrawn',
}

/**
 * A ClinicalTrials.gov `overallStatus` as schema.org's MedicalStudyStatus; values schema.org has no
 * member for (AVAILABLE, WITHHELD, UNKNOWN, ...) become readable text ("No longer available").
 */
export const schemaStudyStatus = (
  overallStatus: unknown,
): MedicalStudyStatus | string | undefined => {
  if (typeof overallStatus !== 'string' || !overallStatus) return undefined
  const mapped = STATUSES[overallStatus]
  if (mapped) return mapped
  const words = overallStatus.toLowerCase().replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
