import type { Payload } from 'payload'

import type { ResolvedCollectionSettings } from './collectionSettings.js'

import { REVIEW_SETTINGS } from './reviewableContent.js'

/** What a reviewed collection's server-only `custom` carries, so code that reads rows back judges them alike. */
export const reviewableContentSettings = (settings: ResolvedCollectionSettings) => ({ [REVIEW_SETTINGS]: settings })

/** A reviewed collection's resolved settings, from the running config. */
export const reviewSettingsOf = (payload: Payload, collection: string): ResolvedCollectionSettings => {
  const settings = payload.collections[collection as keyof typeof payload.collections]?.config.custom?.[REVIEW_SETTINGS]
  if (!settings) throw new Error(`[payload-medical-review] ${collection} is not under medical review`)
  return settings as ResolvedCollectionSettings
}
