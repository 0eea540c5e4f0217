'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import { fieldLabelOf } from './fieldLabelOf.js'

/** A field's label as the edit view shows it, for "in Body" (see fieldLabelOf). */
export const useFieldLabel = () => {
  const { config, getEntityConfig } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  return useMemo(
    () =>
      fieldLabelOf(
        (collectionSlug ? (getEntityConfig({ collectionSlug })?.fields ?? []) : []) as { name?: string; label?: unknown }[],
        config.localization ? config.localization.localeCodes : [],
        i18n.language,
      ),
    [collectionSlug, config.localization, getEntityConfig, i18n.language],
  )
}
