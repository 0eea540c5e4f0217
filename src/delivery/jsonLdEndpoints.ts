import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import type { Graph } from 'schema-dts'

import type { ResolvedDeliveryOptions } from './resolveDeliveryOptions.js'
import type { JsonLdArticle, JsonLdCollectionOptions } from './types.js'

import { articleGraph } from './jsonld/articleGraph.js'
import { faqGraph } from './jsonld/faqGraph.js'
import { trialGraph } from './jsonld/trialGraph.js'
import { publishedDocs } from './publishedDocs.js'

type Doc = Record<string, unknown> & { id: number | string }

const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map((item) =>
      item && typeof item === 'object' ? (item as { id?: number | string }).id : item,
    )
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')

const hasField = (req: PayloadRequest, collection: string, field: string) =>
  Boolean(
    req.payload.collections[collection as CollectionSlug]?.config.flattenedFields.some(
      (f) => f.name === field,
    ),
  )

/** The article's published FAQs (linked from it, or linking back to it) and cited trials. */
const articleRelations = async (req: PayloadRequest, article: Doc, settings: JsonLdArticle) => {
  let faqs: Doc[] = []
  if (settings.faqs) {
    const { collection, field = 'relatedFaqs', backReference = 'article' } = settings.faqs
    const linked = idsOf(article[field])
    const either: Where[] = [
      ...(linked.length ? [{ id: { in: linked } }] : []),
      ...(hasField(req, collection, backReference)
        ? [{ [backReference]: { equals: article.id } }]
        : []),
    ]
    if (either.length) faqs = await publishedDocs(req, collection, { or: either })
  }
  let trials: Doc[] = []
  if (settings.trials) {
    const cited = idsOf(article[settings.trials.field ?? 'relatedTrials'])
    const order = new Map(cited.map((id, index) => [String(id), index]))
    if (cited.length)
      trials = await publishedDocs(req, settings.trials.collection, { id: { in: cited } })
    trials.sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
  }
  return { faqs, trials }
}

/** A syntactically impossible id would make PostgreSQL fail the query: answer 404 instead. */
const validId = (req: PayloadRequest, collection: string, id: string) => {
  const type =
    req.payload.collections[collection as CollectionSlug]?.customIDType ??
    req.payload.db.defaultIDType
  return type !== 'number' || /^\d{1,15}$/.test(id)
}

/**
 * `GET /api/{collection}/{id}/jsonld` (and `/{lookupField}/{value}/jsonld`): schema.org JSON-LD
 * for one published document, built only from what the caller may read.
 */
export const jsonLdEndpoints = (
  collection: string,
  settings: JsonLdCollectionOptions,
  options: ResolvedDeliveryOptions,
): Endpoint[] => {
  const respond = async (
    req: PayloadRequest,
    where: Where | null,
    label: string,
  ): Promise<Response> => {
    const [doc] = where ? await publishedDocs(req, collection, where, 1) : []
    // Answered, not thrown: a crawler asking for a retired page is routine, not an error to log.
    if (!doc) {
      const message = `No published ${collection} document ${label}.`
      return Response.json({ errors: [{ message, data: { code: 'NOT_FOUND' } }] }, { status: 404 })
    }
    const { serverURL, routes } = req.payload.config
    const pageUrl = options.pageUrl({ collection, doc, apiURL: `${serverURL}${routes.api}` })
    let graph: Graph
    if (settings.type === 'article')
      graph = articleGraph({
        article: doc,
        pageUrl,
        ...(await articleRelations(req, doc, settings)),
      })
    else if (settings.type === 'faq') graph = faqGraph({ faq: doc, pageUrl })
    else graph = trialGraph({ trial: doc, pageUrl })
    return new Response(JSON.stringify(graph), {
      headers: { 'content-type': 'application/ld+json; charset=utf-8' },
    })
  }
  const endpoints: Endpoint[] = [
    {
      path: '/:id/jsonld',
      method: 'get',
      handler: (req) => {
        const id = String(req.routeParams?.id)
        return respond(
          req,
          validId(req, collection, id) ? { id: { equals: id } } : null,
          `with id ${id}`,
        )
      },
    },
  ]
  const { lookupField } = settings
  if (lookupField) {
    endpoints.unshift({
      path: `/${lookupField}/:value/jsonld`,
      method: 'get',
      handler: (req) => {
        const value = String(req.routeParams?.value)
        return respond(req, { [lookupField]: { equals: value } }, `with ${lookupField} "${value}"`)
      },
    })
  }
  return endpoints
}
