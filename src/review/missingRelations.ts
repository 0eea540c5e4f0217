import type { CollectionSlug, PayloadRequest } from 'payload'

import type { InputProblem, RelationRef } from './inputProblems.js'

import { documentId } from './documentId.js'

/**
 * Relations in the input that point at nothing: a malformed id, or a document that does not
 * exist. Payload does not check them for drafts, and the database then fails the write with a 500.
 */
export const missingRelations = async (req: PayloadRequest, relations: RelationRef[]): Promise<InputProblem[]> => {
  const problems: InputProblem[] = []
  const byCollection = new Map<string, RelationRef[]>()
  for (const relation of relations) {
    // Own keys only: "toString" or "constructor" would find Object.prototype's.
    if (!Object.hasOwn(req.payload.collections, relation.collection)) {
      problems.push({ path: relation.path, message: `names ${JSON.stringify(relation.collection).slice(0, 60)}, which is not a collection of this site` })
      continue
    }
    const id = documentId(req.payload, relation.collection, relation.id)
    if (id === undefined) {
      problems.push({ path: relation.path, message: `names ${JSON.stringify(relation.id)?.slice(0, 40)}, which is not a ${relation.collection} id` })
    } else byCollection.set(relation.collection, [...(byCollection.get(relation.collection) ?? []), { ...relation, id }])
  }
  for (const [collection, refs] of byCollection) {
    const ids = [...new Set(refs.map((ref) => ref.id as number | string))]
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const ref of refs) {
      if (!found.has(String(ref.id))) problems.push({ path: ref.path, message: `names ${collection} ${String(ref.id)}, which does not exist` })
    }
  }
  return problems
}
