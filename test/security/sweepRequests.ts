import { richText } from '../../app/seed/richText.js'
import { GRAPHQL_LITERALS, JUNK, MALFORMED_BODIES, MALFORMED_IDS, MALFORMED_QUERIES } from './malformedValues.js'
import type { Random } from './seededRandom.js'

export type Role = 'admin' | 'anonymous' | 'reviewer' | 'writer'

export type SweepRequest = {
  /** The family the request belongs to, for the report. */
  label: string
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  /** After `/api`, already encoded. */
  path: string
  body?: string | Uint8Array
  /** Default `application/json` when there is a body; null sends none. */
  contentType?: string | null
  headers?: Record<string, string>
  role: Role
}

export type SweepTargets = {
  ids: Record<Collection, number>
  /** A version of each reviewed collection's document, for restore. */
  versionIds: Record<Reviewed, number>
  claimKey: string
  slug: string
  nctId: string
}

export const COLLECTIONS = ['articles', 'faqs', 'trials', 'users', 'review-events'] as const
export type Collection = (typeof COLLECTIONS)[number]
const REVIEWED = ['articles', 'faqs', 'trials'] as const
type Reviewed = (typeof REVIEWED)[number]

const ROLES: readonly Role[] = ['anonymous', 'writer', 'reviewer', 'admin']
const SIGNED_IN: readonly Role[] = ['writer', 'reviewer', 'admin']

/** Top-level fields of each collection, plus what every document has or a client must not set. */
const FIELDS: Record<Collection, readonly string[]> = {
  articles: ['title', 'slug', 'summary', 'body', 'conditions', 'author', 'references', 'relatedFaqs', 'relatedTrials'],
  faqs: ['question', 'answer', 'article', 'order'],
  trials: ['nctId', 'title', 'overallStatus', 'phases', 'conditions', 'interventions', 'sponsor', 'locations', 'eligibilitySummary', 'studyUrl', 'lastVerified'],
  users: ['email', 'password', 'name', 'roles', 'reviewerProfile'],
  'review-events': ['action', 'actor', 'actorName', 'meaning', 'documentCollection', 'documentId', 'fingerprint', 'details', 'sequence', 'prevHash', 'hash', 'occurredAt'],
}
const COMMON_FIELDS = ['_status', 'createdAt', 'updatedAt', 'id', 'medicalReview', 'review', 'deletedAt']

/** Junk one level down: array rows, groups and rich text, where a shallow check would not look. */
const NESTED: Record<Collection, readonly ((junk: unknown) => Record<string, unknown>)[]> = {
  articles: [
    (j) => ({ references: [{ label: j }] }),
    (j) => ({ references: [{ label: 'x', pmid: j }] }),
    (j) => ({ references: [{ label: 'x', doi: j, nctId: j }] }),
    (j) => ({ body: { root: j } }),
    (j) => ({ body: { root: { type: 'root', children: j } } }),
    (j) => ({ body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: j }] }] } } }),
    (j) => ({ relatedFaqs: [j] }),
  ],
  faqs: [(j) => ({ answer: { root: { type: 'root', children: [j] } } })],
  trials: [
    (j) => ({ interventions: [{ name: j }] }),
    (j) => ({ interventions: [{ name: 'x', type: j, otherNames: j }] }),
    (j) => ({ locations: [{ facility: 'x', status: j }] }),
  ],
  users: [(j) => ({ reviewerProfile: { displayName: j, credentials: j } })],
  'review-events': [(j) => ({ details: { nested: j } })],
}

/** Special values worth sending to every collection, whatever the random draw. */
const ALWAYS: readonly Record<string, unknown>[] = [
  { _status: 'published\u0000' },
  { _status: 'bogus' },
  { _status: 'published' },
  { createdAt: 'garbage' },
  { updatedAt: { $gt: '' } },
  { medicalReview: { status: 'approved' } },
]

let counter = 0
/** A body each collection accepts, unique where a field must be. */
const validBody = (collection: Collection): Record<string, unknown> => {
  counter += 1
  const n = counter
  return {
    articles: { title: `Sweep ${n}`, slug: `sweep-${n}`, body: richText('Sweep text.') },
    faqs: { question: `Sweep ${n}?`, answer: richText('Sweep answer.') },
    trials: { nctId: `NCT${String(70_000_000 + n)}`, title: `Sweep ${n}`, overallStatus: 'RECRUITING' },
    users: { email: `sweep-${n}@example.test`, password: 'a long sweep password', name: `Sweep ${n}`, roles: ['writer'] },
    'review-events': { action: 'signed', actorName: 'x', meaning: 'x', documentCollection: 'articles', documentId: '1' },
  }[collection]
}

/** An id as it goes into a path: encoded, except the ones that test raw percent-escapes. */
const inPath = (id: string) => (/^[^%]*%[0-9A-F]{2}$/.test(id) ? id : encodeURIComponent(id))

const graphQLName: Record<Collection, string> = {
  articles: 'Article',
  faqs: 'Faq',
  trials: 'Trial',
  users: 'User',
  'review-events': 'ReviewEvent',
}
const graphQLPlural: Record<Collection, string> = {
  articles: 'Articles',
  faqs: 'Faqs',
  trials: 'Trials',
  users: 'Users',
  'review-events': 'ReviewEvents',
}

/**
 * Every door an attacker can knock on, with malformed ids, query strings, bodies and GraphQL
 * arguments, drawn from the seeded generator so every run sends the same requests.
 */
export const buildSweep = (random: Random, targets: SweepTargets): SweepRequest[] => {
  const requests: SweepRequest[] = []
  const add = (request: Omit<SweepRequest, 'role'> & { role?: Role }) =>
    requests.push({ ...request, role: request.role ?? random.pick(ROLES) })
  const json = (value: unknown) => JSON.stringify(value)

  for (const collection of COLLECTIONS) {
    const id = targets.ids[collection]
    const reviewed = (REVIEWED as readonly string[]).includes(collection)
    const versionId = reviewed ? targets.versionIds[collection as Reviewed] : id

    // Malformed ids on every route that takes one.
    const idRoutes: [SweepRequest['method'], (id: string) => string, string?][] = [
      ['GET', (x) => `/${collection}/${x}`],
      ['PATCH', (x) => `/${collection}/${x}`, json({ title: 'x', name: 'x' })],
      ['DELETE', (x) => `/${collection}/${x}`],
      ['POST', (x) => `/${collection}/${x}/duplicate`, '{}'],
      ['GET', (x) => `/${collection}/versions/${x}`],
      ['POST', (x) => `/${collection}/versions/${x}`, '{}'],
    ]
    if (reviewed) {
      idRoutes.push(
        ['GET', (x) => `/${collection}/${x}/review`],
        ['POST', (x) => `/${collection}/${x}/review/submit`, '{}'],
        ['POST', (x) => `/${collection}/${x}/review/claims/${inPath(targets.claimKey)}`, json({ decision: 'approved' })],
        ['POST', (x) => `/${collection}/${x}/review/request-changes`, json({ reason: 'Fix it.' })],
        ['POST', (x) => `/${collection}/${x}/review/sign-off`, json({ password: 'wrong' })],
        ['GET', (x) => `/${collection}/${x}/jsonld`],
      )
    }
    for (const [method, route, body] of idRoutes) {
      for (const bad of random.sample(MALFORMED_IDS, 4)) {
        add({ label: `${method} ${route(':id')} id=${json(bad).slice(0, 24)}`, method, path: route(inPath(bad)), body })
      }
    }

    // Malformed query strings on the list, count, versions and by-id reads, and on bulk update.
    for (const query of random.sample(MALFORMED_QUERIES, 30)) {
      const [method, path, body] = random.pick<[SweepRequest['method'], string, string?]>([
        ['GET', `/${collection}`],
        ['GET', `/${collection}`],
        ['GET', `/${collection}/count`],
        ['GET', `/${collection}/versions`],
        ['GET', `/${collection}/${id}`],
        ['PATCH', `/${collection}`, json({ summary: 'Bulk sweep.' })],
      ])
      add({ label: `${method} ${path.replace(String(id), ':id')}?${query.slice(0, 40)}`, method, path: `${path}?${query}`, body })
    }

    // Wrong types in every field, through create, update by id and bulk update.
    const writes: [SweepRequest['method'], string, boolean][] = [
      ['POST', `/${collection}`, true],
      ['PATCH', `/${collection}/${id}`, false],
      ['PATCH', `/${collection}?where[id][equals]=${id}`, false],
      ['POST', `/${collection}?draft=true`, true],
      ['PATCH', `/${collection}/${id}?draft=true&autosave=true`, false],
    ]
    const fieldBodies: [string, Record<string, unknown>][] = [
      ...[...FIELDS[collection], ...COMMON_FIELDS].flatMap((field) =>
        random.sample(JUNK, 2).map((junk): [string, Record<string, unknown>] => [field, { [field]: junk }]),
      ),
      ...NESTED[collection].flatMap((make) =>
        random.sample(JUNK, 2).map((junk): [string, Record<string, unknown>] => ['nested', make(junk)]),
      ),
      ...ALWAYS.map((data): [string, Record<string, unknown>] => [Object.keys(data)[0], data]),
    ]
    for (const [field, data] of fieldBodies) {
      const [method, path, create] = random.pick(writes)
      add({
        label: `${method} ${path.replace(String(id), ':id')} ${field}`,
        method,
        path,
        body: json(create ? { ...validBody(collection), ...data } : data),
        role: random.pick(SIGNED_IN),
      })
    }

    // Bodies that are not an object of fields at all.
    for (const { name, body, contentType } of MALFORMED_BODIES) {
      const [method, path] = random.pick(writes)
      add({ label: `${method} ${path.replace(String(id), ':id')} body: ${name}`, method, path, body, contentType, role: random.pick(SIGNED_IN) })
    }

    // Duplicate and restore with junk bodies, on real ids.
    add({ label: `POST /${collection}/:id/duplicate junk`, method: 'POST', path: `/${collection}/${id}/duplicate`, body: json({ _status: 'published', medicalReview: { status: 'approved' } }) })
    add({ label: `POST /${collection}/versions/:id?draft=junk`, method: 'POST', path: `/${collection}/versions/${versionId}?draft=junk` })
  }

  // The review actions and the scanner, with malformed bodies, on a document in review.
  const inReview = `/articles/${targets.ids.articles}/review`
  const reviewBodies: [string, (junk: unknown) => unknown][] = [
    [`${inReview}/claims/${inPath(targets.claimKey)}`, (j) => ({ decision: j })],
    [`${inReview}/claims/${inPath(targets.claimKey)}`, (j) => ({ decision: 'rejected', note: j })],
    [`${inReview}/claims/${inPath(targets.claimKey)}`, (j) => ({ decision: 'approved', evidence: j })],
    [`${inReview}/claims/${inPath(targets.claimKey)}`, (j) => ({ decision: 'approved', evidence: [{ url: j }] })],
    [`${inReview}/request-changes`, (j) => ({ reason: j })],
    [`${inReview}/sign-off`, (j) => ({ password: j })],
    [`${inReview}/sign-off`, (j) => ({ password: 'wrong password', statement: j, fingerprint: j })],
    [`${inReview}/submit`, (j) => j],
    ['/medical-review/scan', (j) => ({ text: j })],
    ['/medical-review/scan', (j) => ({ lexical: j })],
    ['/medical-review/scan', (j) => ({ lexical: { root: { type: 'root', children: [j] } } })],
    ['/users/login', (j) => ({ email: j, password: j })],
    ['/users/login', (j) => ({ email: 'nobody@example.test', password: j })],
    ['/users/forgot-password', (j) => ({ email: j })],
    ['/users/reset-password', (j) => ({ token: j, password: j })],
    ['/users/unlock', (j) => ({ email: j })],
    ['/users/first-register', (j) => ({ email: j, password: j, name: j })],
  ]
  for (const [path, make] of reviewBodies) {
    for (const junk of random.sample(JUNK, 4)) add({ label: `POST ${path.replace(/\/\d+\//, '/:id/')} junk`, method: 'POST', path, body: json(make(junk)) })
    for (const { name, body, contentType } of random.sample(MALFORMED_BODIES, 3)) {
      add({ label: `POST ${path.replace(/\/\d+\//, '/:id/')} body: ${name}`, method: 'POST', path, body, contentType })
    }
  }
  for (const key of random.sample(MALFORMED_IDS, 8)) {
    add({ label: 'POST review/claims/:key bad key', method: 'POST', path: `${inReview}/claims/${inPath(key)}`, body: json({ decision: 'approved' }) })
  }

  // The public JSON-LD lookups and the audit check, with malformed values and queries.
  for (const value of random.sample(MALFORMED_IDS, 10)) {
    add({ label: 'GET /articles/slug/:slug/jsonld', method: 'GET', path: `/articles/slug/${inPath(value)}/jsonld` })
    add({ label: 'GET /trials/nctId/:nctId/jsonld', method: 'GET', path: `/trials/nctId/${inPath(value)}/jsonld` })
  }
  for (const query of random.sample(MALFORMED_QUERIES, 10)) {
    add({ label: 'GET /review-events/verify?junk', method: 'GET', path: `/review-events/verify?${query}` })
    add({ label: 'GET /articles/slug/:slug/jsonld?junk', method: 'GET', path: `/articles/slug/${targets.slug}/jsonld?${query}` })
  }
  for (const path of ['/users/me', '/users/refresh-token', '/users/access', '/payload-jobs/run', '/payload-jobs', '/payload-preferences', '/payload-locked-documents', '/review-due-notices']) {
    for (const query of random.sample(MALFORMED_QUERIES, 3)) add({ label: `GET ${path}?junk`, method: 'GET', path: `${path}?${query}` })
  }

  // GraphQL: ids, filters, paging and data of the wrong type; variables; bodies that are not a request.
  const graphQL = (label: string, payload: unknown, role?: Role) => add({ label: `GraphQL ${label}`, method: 'POST', path: '/graphql', body: json(payload), role })
  for (const collection of COLLECTIONS) {
    const one = graphQLName[collection]
    const many = graphQLPlural[collection]
    for (const literal of random.sample(GRAPHQL_LITERALS, 3)) {
      graphQL(`${one}(id: junk)`, { query: `{ ${one}(id: ${literal}) { id } }` })
      graphQL(`${many}(where: junk)`, { query: `{ ${many}(where: { id: { equals: ${literal} } }) { docs { id } } }` })
      graphQL(`${many}(limit, page, sort: junk)`, { query: `{ ${many}(limit: ${literal}, page: ${literal}, sort: ${literal}) { docs { id } } }` })
      graphQL(`delete${one}(id: junk)`, { query: `mutation { delete${one}(id: ${literal}) { id } }` })
      graphQL(`update${one}(id: junk)`, { query: `mutation { update${one}(id: ${literal}, data: {}) { id } }` })
      if (collection !== 'users' && collection !== 'review-events') {
        graphQL(`version${one}(id: junk)`, { query: `{ version${one}(id: ${literal}) { id } }` })
        graphQL(`restoreVersion${one}(id: junk)`, { query: `mutation { restoreVersion${one}(id: ${literal}) { id } }` })
        graphQL(`duplicate${one}(id: junk)`, { query: `mutation { duplicate${one}(id: ${literal}) { id } }` })
      }
    }
    for (const where of ['{ title: { foo: "x" } }', '{ createdAt: { greater_than: "garbage" } }', '{ OR: [{ id: { in: ["abc", -1] } }] }', '{ updatedAt: { equals: "2026-13-45" } }']) {
      graphQL(`${many}(where: bad)`, { query: `{ ${many}(where: ${where}) { docs { id } } }` })
    }
    for (const field of random.sample([...FIELDS[collection], '_status', 'createdAt'], 6)) {
      const junk = random.pick(JUNK)
      const id = targets.ids[collection]
      if (collection !== 'review-events') {
        graphQL(`create${one}(data: { ${field}: junk }) via variables`, {
          query: `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
          variables: { data: { ...validBody(collection), [field]: junk } },
        })
        graphQL(`update${one}(data: { ${field}: junk }) via variables`, {
          query: `mutation ($id: Int!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data) { id } }`,
          variables: { id, data: { [field]: junk } },
        })
      }
      graphQL(`${one}(id: $id) with a junk variable`, { query: `query ($id: Int!) { ${one}(id: $id) { id } }`, variables: { id: junk } })
    }
  }
  graphQL('loginUser junk', { query: 'mutation ($email: String!, $password: String) { loginUser(email: $email, password: $password) { token } }', variables: { email: 'nobody@example.test', password: ['x'] } })
  for (const payload of [
    { query: 5 },
    { query: null },
    { query: '' },
    { query: '{', variables: 'x' },
    { query: '{ Articles { totalDocs } }', operationName: 5 },
    { query: '{ Articles { totalDocs } }', variables: [1, 2] },
    { query: 'query A { Articles { totalDocs } } query B { Articles { totalDocs } }' },
    { query: '{ Articles { totalDocs } }', operationName: 'Missing' },
    { query: 'subscription { Articles { totalDocs } }' },
    [{ query: '{ Articles { totalDocs } }' }],
    { query: `{ ${'Articles { totalDocs } '.repeat(300)} }` },
    { query: `{ a: Articles(where: ${'{ AND: ['.repeat(40)}{}${']}'.repeat(40)}) { totalDocs } }` },
  ]) {
    graphQL(`body ${json(payload).slice(0, 40)}`, payload)
  }
  for (const { name, body, contentType } of MALFORMED_BODIES) {
    add({ label: `GraphQL body: ${name}`, method: 'POST', path: '/graphql', body, contentType })
  }
  add({ label: 'GraphQL over GET', method: 'GET', path: `/graphql?query=${encodeURIComponent('{ Articles { totalDocs } }')}` })

  // Payload's method override: a POST read with the query in a JSON or form body.
  for (const { name, body, contentType } of [...random.sample(MALFORMED_BODIES, 6), { name: 'empty JSON', body: '' }]) {
    const headers = { 'x-http-method-override': 'GET' }
    add({ label: `POST /articles method override, body: ${name}`, method: 'POST', path: '/articles', body, contentType, headers })
  }

  // Bulk deletes last: one that matched everything would leave nothing for the rest to hit.
  for (const collection of COLLECTIONS) {
    for (const query of random.sample(MALFORMED_QUERIES.filter((q) => q.startsWith('where')), 6)) {
      add({ label: `DELETE /${collection}?${query.slice(0, 40)}`, method: 'DELETE', path: `/${collection}?${query}`, role: random.pick(SIGNED_IN) })
    }
  }
  return requests
}
