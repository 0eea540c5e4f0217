import { createHash } from 'node:crypto'

import { canonicalJson } from '../audit/canonicalJson.js'
import { readState } from './readState.js'

// Nulls and absent keys mean the same here: databases store an empty optional either way.
const withoutNulls = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? {}, (_key, item: unknown) => (item === null ? undefined : item)))

/**
 * A short hash of the whole review state (decisions, sign-off, requests, status): it changes with
 * every action, so an action sent from a view of an older state can be told apart and refused.
 */
export const stateRevision = (stored: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(withoutNulls(readState(stored))))
    .digest('hex')
    .slice(0, 16)
