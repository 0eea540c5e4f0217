import { type CollectionSlug, type PayloadRequest, type SanitizedCollectionConfig, validateQueryPaths, type Where } from 'payload'

type Selection = {
  access: 'delete' | 'update'
  data?: unknown
  draft?: boolean
  limit?: number
  overrideAccess?: boolean
  sort?: string | string[]
  trash?: boolean
  where: Where
}

/**
 * The ids of the documents a bulk operation would write: those its `where` matches (among the
 * latest drafts when it saves drafts) that the caller's access allows, in its sort order, up to its
 * limit. Undefined when access refuses the whole operation, which Payload then answers as usual.
 * The caller's `where` and `sort` are checked first, as Payload checks them: the match itself runs
 * with access overridden, and a field the caller may not read must not choose what is written (it
 * would tell them its value).
 */
export const matchedDocumentIds = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  { access: operation, data, draft, limit, overrideAccess, sort, trash, where }: Selection,
): Promise<(number | string)[] | undefined> => {
  const access = overrideAccess ? true : await collection.access[operation]({ req, data })
  if (access === false) return undefined
  if (!overrideAccess) {
    const sortPaths = (Array.isArray(sort) ? sort : (sort ?? '').split(','))
      .map((path) => path.trim().replace(/^-/, '').replace(/__/g, '.'))
      .filter(Boolean)
    // A sort path is checked as a condition on it would be, as Payload checks a read's sort: both need
    // read access to the field. (Unknown sort keys were refused before, see checkOperationInput.)
    const sortedBy: Where[] = sortPaths.map((path) => ({ [path]: { exists: true } }))
    await validateQueryPaths({ collectionConfig: collection, overrideAccess: false, req, where: { and: [where, ...sortedBy] } })
  }
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: access === true ? where : { and: [where, access] },
    draft,
    limit,
    pagination: Boolean(limit),
    sort,
    depth: 0,
    select: {},
    overrideAccess: true,
    trash,
    req,
  })
  return docs.map((doc) => doc.id)
}
