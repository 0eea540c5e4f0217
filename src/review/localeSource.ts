import type { RequestContext } from 'payload'

/**
 * Where Payload takes a write's other locales from, when not from the document's latest version:
 * the version a restore writes back, or the document a duplicate copies. Only `beforeOperation`
 * is told which; it leaves it here, under a symbol no client and no other module can name.
 */
const LOCALE_SOURCE = Symbol('payload-medical-review:locale-source')

export type LocaleSource = { collection: string; kind: 'document' | 'version'; id: string }
type Holder = Record<symbol, LocaleSource | undefined>

export const markLocaleSource = (context: RequestContext, source: LocaleSource): void => {
  ;(context as Holder)[LOCALE_SOURCE] = source
}

/** The source a write to `collection` merges its other locales from, taken once: later writes in the request have their own. */
export const takeLocaleSource = (context: RequestContext, collection: string): LocaleSource | undefined => {
  const holder = context as Holder
  const source = holder[LOCALE_SOURCE]
  if (source?.collection !== collection) return undefined
  delete holder[LOCALE_SOURCE]
  return source
}
