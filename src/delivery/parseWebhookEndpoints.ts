import type { WebhookEndpoint } from './types.js'

/**
 * Webhook endpoints from an environment variable holding a JSON array of
 * `{ "url", "secret", "events"? }`; empty or unset means none. Each entry is checked at start-up.
 */
export const parseWebhookEndpoints = (
  json: string | undefined,
  name = 'MEDICAL_REVIEW_WEBHOOKS',
): WebhookEndpoint[] => {
  if (!json?.trim()) return []
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw new Error(
      `[payload-medical-review] ${name} is not JSON (${(error as Error).message}); expected [{"url":"https://...","secret":"..."}]`,
    )
  }
  if (!Array.isArray(value))
    throw new Error(`[payload-medical-review] ${name} must be a JSON array of endpoints`)
  return value as WebhookEndpoint[]
}
