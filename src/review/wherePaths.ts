import { isObject } from '../isObject.js'

/**
 * The paths a `where` names, through `and` and `or` (in any case), and through a query nested under
 * `contains` (`{ authors: { contains: { 'sessions.id': … } } }` names `authors.sessions.id`).
 */
export const wherePaths = (where: unknown, depth = 0): string[] => {
  if (!isObject(where) || depth > 20) return []
  return Object.entries(where).flatMap(([path, condition]) => {
    if (/^(and|or)$/i.test(path)) return Array.isArray(condition) ? condition.flatMap((item) => wherePaths(item, depth + 1)) : []
    const inner = [isObject(condition) ? condition.contains : undefined].flat().filter(isObject)
    return [path, ...inner.flatMap((query) => wherePaths(query, depth + 1).map((innerPath) => `${path}.${innerPath}`))]
  })
}
