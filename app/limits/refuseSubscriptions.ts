import { Kind, parse } from 'graphql'

import { publicError } from 'payload-medical-review'

/**
 * GraphQL over HTTP here has no subscriptions, and a subscription document crashes Payload's
 * complexity rule before graphql-http can say so: refuse it first. Queries that do not parse are
 * left to graphql-http, which answers them as GraphQL errors.
 */
export const refuseSubscriptions = (body: Buffer): void => {
  const { query } = JSON.parse(body.toString('utf8')) as { query?: unknown }
  if (typeof query !== 'string') return
  let definitions
  try {
    definitions = parse(query, { noLocation: true }).definitions
  } catch {
    return
  }
  const subscribes = definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription')
  if (subscribes) throw publicError(400, 'GRAPHQL_SUBSCRIPTIONS_UNSUPPORTED', 'Subscriptions are not served over HTTP; send a query or a mutation.')
}
