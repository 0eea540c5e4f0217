import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { publicError } from '../publicError.js'
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from '../unstorableCharacters.js'
import { documentId } from './documentId.js'
import { inputProblems, type RelationRef } from './inputProblems.js'
import { missingRelations } from './missingRelations.js'
import { isStorableDate } from './isStorableDate.js'
import { nestedDeeperThan } from './nestedDeeperThan.js'
import { isSortKey } from './sortKey.js'
import { pathsSqlCannotAnswer } from './pathsSqlCannotAnswer.js'
import { wherePaths } from './wherePaths.js'
import { type WhereContext, whereProblems } from './whereProblems.js'

const STATUSES = new Set(['draft', 'published'])
/** How deep a save's values may nest: the claim scan and the fingerprint walk them level by level. */
export const MAX_INPUT_NESTING = 100
const TIMESTAMPS = ['createdAt', 'updatedAt']
const WRITES = new Set(['create', 'update', 'updateByID'])

const PROTO_KEY_MESSAGE = 'holds a key named __proto__, which some databases drop: rename it'

/** Strings (rich text's included) and keys that no database stores as sent, with what is wrong. */
const unstorableValues = (value: unknown, path: string, depth = 0): { path: string; message: string }[] => {
  if (typeof value === 'string') return hasUnstorableCharacter(value) ? [{ path: path || 'data', message: UNSTORABLE_MESSAGE }] : []
  if (depth > 100 || value === null || typeof value !== 'object') return []
  // A key is named by the object it is in (the key itself cannot be shown).
  return Object.entries(value).flatMap(([key, item]) =>
    hasUnstorableCharacter(key)
      ? [{ path: path || 'data', message: UNSTORABLE_MESSAGE }]
      : key === '__proto__'
        ? [{ path: path || 'data', message: PROTO_KEY_MESSAGE }]
        : unstorableValues(item, path ? `${path}.${key}` : key, depth + 1),
  )
}

const refuse = (problems: { path: string; message: string }[]) =>
  publicError(
    400,
    'INVALID_INPUT',
    `Nothing was saved: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`,
    { errors: problems },
  )

/**
 * Input Payload would store as it came, drafts included, or pass to the database to fail there:
 * a `_status` outside its two values, out-of-range text, broken dates, relations to nothing, rich
 * text no editor can show, `where` values that are not values, and `sort` keys that are not fields. Refused with a 400 and a code
 * before anything is read or written.
 */
export const checkOperationInput = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  operation: string,
  args: { data?: unknown; joins?: unknown; sort?: unknown; where?: unknown },
): Promise<void> => {
  const sort = typeof args.sort === 'string' ? args.sort.split(',') : args.sort
  if (sort !== undefined && !(Array.isArray(sort) && sort.every(isSortKey))) {
    throw publicError(400, 'INVALID_SORT', 'sort must name fields, each optionally preceded by "-", e.g. sort=-updatedAt,title.')
  }
  const unanswerableSorts = pathsSqlCannotAnswer(req.payload, collection.flattenedFields, ((sort ?? []) as string[]).map((key) => key.replace(/^-/, '')))
  if (unanswerableSorts.length) {
    throw publicError(400, 'INVALID_SORT', `sort cannot go through a relation into a list of values or inside a JSON field (${unanswerableSorts.join(', ')}): this database cannot sort so.`)
  }
  const unanswerable = pathsSqlCannotAnswer(req.payload, collection.flattenedFields, wherePaths(args.where))
  if (unanswerable.length) {
    throw publicError(400, 'INVALID_WHERE', `The query cannot be answered: ${unanswerable.join(', ')} goes through a relation into a list of values or inside a JSON field, which this database cannot query.`)
  }
  const context: WhereContext = {
    shared: req.payload.blocks,
    sql: req.payload.db.name !== 'mongoose',
    locales: req.payload.config.localization ? req.payload.config.localization.localeCodes : [],
    fieldsOf: (slug) => req.payload.collections[slug as CollectionSlug]?.config.flattenedFields,
  }
  // The collection's own `where`, and those of its join fields (each on the collection it joins).
  const wheres: { slug: string; where: unknown; at: string }[] = args.where !== undefined ? [{ slug: collection.slug, where: args.where, at: 'where' }] : []
  if (args.joins && typeof args.joins === 'object') {
    for (const [name, join] of Object.entries(args.joins as Record<string, unknown>)) {
      const field = collection.flattenedFields.find((candidate) => candidate.name === name)
      const where = (join as { where?: unknown } | null)?.where
      if (field?.type === 'join' && typeof field.collection === 'string' && where !== undefined) wheres.push({ slug: field.collection, where, at: `joins.${name}.where` })
    }
  }
  for (const { slug, where, at } of wheres) {
    const isId = (target: string | undefined, value: unknown) => documentId(req.payload, target ?? slug, value) !== undefined
    const fields = context.fieldsOf(slug) ?? []
    // GraphQL variables and escapes can carry characters that PostgreSQL fails on.
    const problems = [...unstorableValues(where, at), ...whereProblems(fields, where, isId, context).map((problem) => (at === 'where' ? problem : { ...problem, path: `${at}.${problem.path}` }))]
    if (problems.length) throw publicError(400, 'INVALID_WHERE', `The query cannot be answered: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`, { errors: problems })
  }
  if (!WRITES.has(operation) || args.data === undefined) return
  const data = args.data as Record<string, unknown>
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw publicError(400, 'INVALID_INPUT', 'The request body must be a JSON object of field values.')
  }
  if (nestedDeeperThan(data, MAX_INPUT_NESTING)) {
    throw publicError(400, 'INVALID_INPUT', `Nothing was saved: the data nests more than ${MAX_INPUT_NESTING} levels deep (objects and lists inside one another); no field needs that.`)
  }
  if ('_status' in data && data._status !== undefined && !STATUSES.has(data._status as string)) {
    throw publicError(400, 'INVALID_STATUS', '_status must be exactly "draft" or "published".')
  }
  const relations: RelationRef[] = []
  const problems = [
    ...unstorableValues(data, ''),
    ...TIMESTAMPS.filter((name) => name in data && data[name] != null && !isStorableDate(data[name])).map(
      (path) => ({ path, message: 'must be a date, e.g. 2026-11-30T09:00:00.000Z' }),
    ),
    ...inputProblems(collection.flattenedFields, data, req.payload, '', relations),
  ]
  if (problems.length) throw refuse(problems)
  const missing = await missingRelations(req, relations)
  if (missing.length) throw refuse(missing)
}

/** The same checks as a hook, for collections the workflow does not review (the users, say). */
export const refuseMalformedInput: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  await checkOperationInput(req, collection, operation, args as { data?: unknown; joins?: unknown; sort?: unknown; where?: unknown })
  return args
}
