import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API read that asks for locale `all` with this request: the Local API sets the locale
 * it reads in on the request it is given, and the rest of the request goes on in its own.
 */
export const readInEveryLocale = async <T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> => {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
