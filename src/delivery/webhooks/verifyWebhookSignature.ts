import { timingSafeEqual } from 'node:crypto'

import { signWebhook } from './signWebhook.js'

export type VerifyWebhookArgs = {
  /** The `X-MedReview-Signature` header as received. */
  header: string | null | undefined
  /** The raw request body, exactly as received. */
  body: string
  secret: string
  /** @default 300 */
  toleranceSeconds?: number
  /** @default Date.now() */
  now?: number
}

/** For receivers: true when the body was signed with `secret` within the tolerance window. */
export const verifyWebhookSignature = ({
  header,
  body,
  secret,
  toleranceSeconds = 300,
  now = Date.now(),
}: VerifyWebhookArgs): boolean => {
  const parts = new Map<string, string[]>()
  for (const part of (header ?? '').split(',')) {
    const [key, value] = part.split('=', 2).map((item) => item?.trim())
    if (key && value) parts.set(key, [...(parts.get(key) ?? []), value])
  }
  const timestamp = Number(parts.get('t')?.[0])
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds)
    return false
  const expected = Buffer.from(signWebhook(secret, body, timestamp).split('v1=')[1], 'hex')
  return (parts.get('v1') ?? []).some((candidate) => {
    const given = Buffer.from(candidate, 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
