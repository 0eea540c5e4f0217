import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API read that asks for locale `all` with this request. The Local API sets the locale
 * it reads in on the request it is given, and replaces the request's context with a copy; the rest
 * of the request goes on in its own locale and context (so what a hook takes from the context once
 * stays taken).
 */
export const readInEveryLocale = async <T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> => {
  const { context, fallbackLocale, locale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.context = context
  }
}
