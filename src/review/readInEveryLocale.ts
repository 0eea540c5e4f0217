import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

/**
 * Runs a Local API read that asks for locale `all` on a view of this request with a locale and
 * context of its own. The Local API sets the locale it reads in on the request it is given and
 * replaces its context with a copy; Payload saves several documents on one request at once in a
 * bulk update, so the request's own locale and context must never change, even for a moment.
 */
export const readInEveryLocale = <T>(req: PayloadRequest, read: (own: PayloadRequest) => Promise<T>): Promise<T> =>
  read(isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context']))
