type LabelledField = { name?: string; label?: unknown }

/**
 * A field's label as the edit view shows it, for "in Body", by a claim's or thread's field path; on
 * a localized site with the locale the server puts last in the path ("body.es" is "Body (es)").
 */
export const fieldLabelOf =
  (fields: readonly LabelledField[], locales: readonly string[], language: string) =>
  (path: string): string => {
    const segments = path.split('.')
    const name = segments[0]!
    const label = fields.find((candidate) => candidate.name === name)?.label
    const last = segments.at(-1)!
    const inLocale = (text: string) => (segments.length > 1 && locales.includes(last) ? `${text} (${last})` : text)
    if (typeof label === 'string') return inLocale(label)
    if (label && typeof label === 'object') {
      const byLanguage = label as Record<string, string>
      return inLocale(byLanguage[language] ?? Object.values(byLanguage)[0] ?? name)
    }
    // Payload's own fallback: the name in words ("overallStatus" -> "Overall Status").
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
    return inLocale(words.charAt(0).toUpperCase() + words.slice(1))
  }
