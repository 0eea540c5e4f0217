import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '../publicError.js'
import { lockReviewWrites } from './documentLock.js'
import { inputProblems, type RelationRef } from './inputProblems.js'
import { missingRelations } from './missingRelations.js'

const STATUSES = new Set(['draft', 'published'])
const WRITES = new Set(['create', 'delete', 'restoreVersion', 'update', 'updateByID'])
const TIMESTAMPS = ['createdAt', 'updatedAt']

/**
 * Before Payload reads the documents it is about to change: refuses malformed input that Payload
 * would store in a draft (a `_status` outside its two values, out-of-range text, broken dates or
 * rich text), and takes the review write lock, so the state the gate reads is the latest and every
 * writer takes its locks in one order.
 */
export const reviewBeforeOperation =
  (): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (!WRITES.has(operation)) return args
    const { data, draft } = args as { data?: Record<string, unknown>; draft?: boolean }
    if (data !== undefined && (operation === 'create' || operation === 'update' || operation === 'updateByID')) {
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw publicError(400, 'INVALID_INPUT', 'The request body must be a JSON object of field values.')
      }
      if ('_status' in data && data._status !== undefined && !STATUSES.has(data._status as string)) {
        throw publicError(400, 'INVALID_STATUS', '_status must be exactly "draft" or "published".')
      }
      const relations: RelationRef[] = []
      const problems = [
        ...TIMESTAMPS.filter((name) => name in data && data[name] != null && Number.isNaN(new Date(data[name] as string).getTime())).map(
          (path) => ({ path, message: 'must be a date, e.g. 2026-11-30T09:00:00.000Z' }),
        ),
        ...inputProblems(collection.flattenedFields, data, '', relations),
      ]
      problems.push(...(await missingRelations(req, relations)))
      if (problems.length) {
        throw publicError(
          400,
          'INVALID_INPUT',
          `Nothing was saved: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`,
          { errors: problems },
        )
      }
    }
    req.context.medicalReviewDraftSave = Boolean(draft)
    await lockReviewWrites(req)
    return args
  }
