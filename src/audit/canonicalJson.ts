/**
 * JSON with object keys sorted at every depth, so the same record always gives the same bytes
 * (PostgreSQL's jsonb, for one, does not keep the key order it was given). Undefined properties
 * are left out, as JSON.stringify does; a top-level undefined becomes null.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`canonicalJson: ${value} has no JSON form`)
  }
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  const withJson = value as { toJSON?: () => unknown }
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON())
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`
}
