import type { RequestContext } from 'payload'

/**
 * Where Payload takes a write's other locales from, when not from the document's latest version:
 * the version a restore writes back, or the document a duplicate copies (with the locales it
 * copies). Only `beforeOperation` is told which; it leaves them here, under a symbol no client and
 * no other module can name, and the gate of the write they belong to takes them.
 */
const LOCALE_SOURCES = Symbol('payload-medical-review:locale-sources')

export type LocaleSource = { collection: string; kind: 'document' | 'version'; id: string; locales?: string[] }
type Holder = Record<symbol, LocaleSource[] | undefined>

export const markLocaleSource = (context: RequestContext, source: LocaleSource): void => {
  const holder = context as Holder
  holder[LOCALE_SOURCES] = [...(holder[LOCALE_SOURCES] ?? []), source]
}

/** The sources noted for writes to `collection` of `kind`, oldest first. */
export const localeSources = (context: RequestContext, collection: string, kind: LocaleSource['kind']): LocaleSource[] =>
  ((context as Holder)[LOCALE_SOURCES] ?? []).filter((source) => source.collection === collection && source.kind === kind)

/** Takes `source` out: it was used by the write it belongs to. */
export const takeLocaleSource = (context: RequestContext, source: LocaleSource): void => {
  const holder = context as Holder
  holder[LOCALE_SOURCES] = (holder[LOCALE_SOURCES] ?? []).filter((noted) => noted !== source)
}
