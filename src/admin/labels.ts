import type { ServerProps } from 'payload'

type I18nClient = ServerProps['i18n']

type Label = ((args: { i18n: I18nClient; t: I18nClient['t'] }) => string) | false | Record<string, string> | string | undefined

/** A Payload label (string, per-language object or function) in the reader's language. */
export const labelText = (label: unknown, i18n: I18nClient, fallback: string): string => {
  const value = label as Label
  if (typeof value === 'string') return value
  if (typeof value === 'function') return value({ i18n, t: i18n.t })
  if (value && typeof value === 'object') return value[i18n.language] ?? Object.values(value)[0] ?? fallback
  return fallback
}
