import type { Payload } from 'payload'

import { documentId, publicError } from 'payload-medical-review'

type CollectionRoutes = { versions: boolean; fixed: Map<string, Set<string>>; otherKeys: Set<string> }

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw publicError(400, 'MALFORMED_URL', 'The URL contains a malformed percent-encoding, e.g. a lone "%".')
  }
}

/**
 * Checks the ids in a collection's REST paths before Payload does. Payload hands an id like
 * `abc` or `1e99` to a numeric-id database as NaN, and serves `/versions` on collections without
 * versions, and both end as a 500. A path segment that is no endpoint of the collection for that
 * method (`count`, `versions`, `slug`, ...) is an id, in the form this database's ids take.
 */
export const routeGuard = (payload: Payload) => {
  const apiRoute = payload.config.routes.api
  const routes = new Map<string, CollectionRoutes>()
  for (const [slug, collection] of Object.entries(payload.collections)) {
    const fixed = new Map<string, Set<string>>()
    // Methods with a route keyed by something else than the id (preferences' `/:key`) are left alone.
    const otherKeys = new Set<string>()
    for (const endpoint of collection.config.endpoints || []) {
      const first = endpoint.path.split('/')[1]
      const method = endpoint.method.toUpperCase()
      if (first?.startsWith(':') && first !== ':id') otherKeys.add(method)
      if (!first || first.startsWith(':')) continue
      fixed.set(method, (fixed.get(method) ?? new Set()).add(first))
    }
    routes.set(slug, { versions: Boolean(collection.config.versions), fixed, otherKeys })
  }
  const checkId = (slug: string, id: string, what = 'document', idsOf = slug) => {
    if (documentId(payload, idsOf, id) === undefined) {
      throw publicError(404, 'INVALID_ID', `No ${slug} ${what} has the id "${id.slice(0, 40)}": it is not an id this database uses.`)
    }
  }
  return (method: string, path: string): void => {
    if (!path.startsWith(`${apiRoute}/`)) return
    const [slug, first, second, ...rest] = path.slice(apiRoute.length + 1).split('/')
    const collection = routes.get(slug)
    if (!collection || first === undefined || (first === '' && second === undefined)) return
    const segment = decode(first)
    if (segment.includes('\u0000') || (second !== undefined && decode(second).includes('\u0000'))) {
      throw publicError(400, 'NUL_CHARACTER', 'The path contains a NUL character (%00); remove it.')
    }
    if (!collection.fixed.get(method.toUpperCase())?.has(segment)) {
      if (!collection.otherKeys.has(method.toUpperCase())) checkId(slug, segment)
      return
    }
    if (segment !== 'versions') return
    if (!collection.versions) throw publicError(404, 'NOT_FOUND', `The ${slug} collection keeps no versions.`)
    // Version ids are the database's own, whatever the collection's custom id type.
    if (second !== undefined && rest.length === 0) checkId(slug, decode(second), 'version', '')
  }
}
