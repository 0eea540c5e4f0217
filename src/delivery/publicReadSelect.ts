import type { CollectionBeforeOperationHook, SelectType } from 'payload'

import type { ResolvedOptions } from '../review/resolveOptions.js'

import { isStaffUser } from '../review/isStaffUser.js'

const WITHOUT_REVIEW_STATE: SelectType = { medicalReview: false }

/**
 * Reads made for someone who may not see the staff-only `medicalReview` group (anonymous readers,
 * sites) do not load it at all: its claims JSON is most of a row, and Payload walks its fields
 * even when access then drops them. The public `review` projection is stored beside it. Reads
 * that chose their own `select`, and server code (overrideAccess), load everything. REST and
 * GraphQL leave overrideAccess unset, which Payload reads as false.
 */
export const publicReadSelect =
  (review: ResolvedOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read') return args
    const read = args as { overrideAccess?: boolean; select?: SelectType }
    if (read.overrideAccess || isStaffUser(req.user, review)) return args
    if (read.select && Object.keys(read.select).length) return args
    return { ...args, select: WITHOUT_REVIEW_STATE }
  }
