import type { Person } from 'schema-dts'

import type { PublicReview } from '../types.js'

/** The reviewer as signed: name, and credentials as an honorific suffix ("MD, PhD"). */
export const reviewerPerson = (review: PublicReview | undefined): Person | undefined => {
  const signer = review?.reviewedBy
  if (!signer) return undefined
  return {
    '@type': 'Person',
    name: signer.name,
    ...(signer.credentials ? { honorificSuffix: signer.credentials } : {}),
  }
}
