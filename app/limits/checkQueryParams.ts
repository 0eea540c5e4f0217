import { isSortKey, publicError } from 'payload-medical-review'

const WHOLE = /^\d{1,9}$/
/** `where[id][op]`, also inside and/or and as a list item: `where[or][0][id][in][1]`. */
const ID_FILTER = /^where(\[(and|or)\]\[\d+\])*\[id\]\[(equals|not_equals|in|not_in|greater_than|greater_than_equal|less_than|less_than_equal)\](\[\d*\])?$/

/** Payload parses these from JSON when they come as one string; junk there throws inside its handlers. */
const JSON_PARAMS = ['where', 'data']

/**
 * Refuses query parameters Payload would fail on or quietly bend: `depth` outside 0..`maxDepth`
 * (Payload caps silently), `limit` and `page` that are not whole numbers (large ones reach the
 * database as 1e+99), and a `where` or `data` string that is not a JSON object.
 */
export const checkQueryParams = (
  search: URLSearchParams,
  { maxDepth, isId }: { maxDepth: number; isId: (value: string) => boolean },
): void => {
  const keys = [...search.keys()]
  for (const [key, value] of search) {
    // PostgreSQL refuses NUL in text; no query means it.
    if (`${key}${value}`.includes('\u0000')) {
      throw publicError(400, 'NUL_CHARACTER', 'The query string contains a NUL character (%00); remove it.')
    }
    // An id compared with 1e99 or abc fails in the database (NaN on SQL, a cast error on MongoDB).
    if (ID_FILTER.test(key) && !value.split(',').every(isId)) {
      throw publicError(400, 'INVALID_WHERE', `${key} compares ids, and "${value.slice(0, 40)}" is not one here.`)
    }
    if (key === 'sort' && !value.split(',').every(isSortKey)) {
      throw publicError(400, 'INVALID_SORT', 'sort must name fields, each optionally preceded by "-", e.g. sort=-updatedAt,title.')
    }
  }
  const single = (name: string) => {
    const values = search.getAll(name)
    const nested = keys.some((key) => key.startsWith(`${name}[`))
    return { present: values.length > 0 || nested, value: values.length === 1 && !nested ? values[0] : undefined }
  }
  const depth = single('depth')
  if (depth.present) {
    if (depth.value === undefined || !WHOLE.test(depth.value)) {
      throw publicError(400, 'INVALID_DEPTH', `depth must be one whole number from 0 to ${maxDepth}.`)
    }
    if (Number(depth.value) > maxDepth) {
      throw publicError(400, 'DEPTH_LIMIT_EXCEEDED', `depth=${depth.value} is above the limit of ${maxDepth}. Ask for depth ${maxDepth} or less, and fetch further documents by id.`)
    }
  }
  for (const name of ['limit', 'page']) {
    const param = single(name)
    if (param.present && (param.value === undefined || !WHOLE.test(param.value))) {
      throw publicError(400, `INVALID_${name.toUpperCase()}`, `${name} must be one whole number, e.g. ${name}=10.`)
    }
  }
  for (const name of JSON_PARAMS) {
    const raw = search.getAll(name)
    if (raw.length === 0) continue
    let value: unknown
    try {
      value = raw.length === 1 ? JSON.parse(raw[0]) : undefined
    } catch {
      value = undefined
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw publicError(400, `INVALID_${name.toUpperCase()}`, `${name} must be written as ${name}[field][operator]=value, or as one JSON object.`)
    }
  }
}
