import type { Translate } from './describe.js'

import { describeRefusal } from './describe.js'

/** An action the server refused, with its stable code (REASON_REQUIRED, SIGNOFF_STALE, ...). */
export class ReviewActionError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** A refusal as Payload's error body carries it: the first error's message and code. */
export const readError = async (response: Response): Promise<ReviewActionError> => {
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { message?: string; data?: { code?: string } }[]
  }
  const first = body.errors?.[0]
  return new ReviewActionError(first?.message || response.statusText, first?.data?.code, response.status)
}

/**
 * GET (or, with a body, POST) a review endpoint as the signed-in user. A refusal throws a
 * `ReviewActionError` whose message is in the user's language.
 */
export const requestReview = async <T>(
  url: string,
  speak: { t: Translate; language: string },
  body?: Record<string, unknown>,
): Promise<T> => {
  const response = await fetch(
    url,
    body === undefined
      ? { credentials: 'include', cache: 'no-store' }
      : {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  )
  if (!response.ok) {
    const error = await readError(response)
    error.message = describeRefusal(speak.t, speak.language, error)
    throw error
  }
  return (await response.json()) as T
}
