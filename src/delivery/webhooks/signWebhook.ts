import { createHmac } from 'node:crypto'

/**
 * `X-MedReview-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is
 * signed with the body, so a captured request cannot be replayed later with a fresh time.
 */
export const signWebhook = (
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): string =>
  `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
