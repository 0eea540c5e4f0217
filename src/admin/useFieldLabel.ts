'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

/** A field's label as the edit view shows it, for "in Body". */
export const useFieldLabel = () => {
  const { getEntityConfig } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  return useMemo(() => {
    const fields = collectionSlug ? (getEntityConfig({ collectionSlug })?.fields ?? []) : []
    return (path: string) => {
      const name = path.split('.')[0]
      const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
      const label = field && 'label' in field ? field.label : undefined
      if (typeof label === 'string') return label
      if (label && typeof label === 'object') {
        const byLanguage = label as Record<string, string>
        return byLanguage[i18n.language] ?? Object.values(byLanguage)[0] ?? name
      }
      // Payload's own fallback: the name in words ("overallStatus" -> "Overall Status").
      const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
      return words.charAt(0).toUpperCase() + words.slice(1)
    }
  }, [collectionSlug, getEntityConfig, i18n.language])
}
