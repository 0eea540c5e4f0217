import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { graphQLId } from '../helpers/graphQLId.js'
import { type Attacker, type Json, startAttacker } from './securityHarness.js'

/**
 * Payload's `Access` and `docAccess…` GraphQL queries declare `permission: Boolean!` at every
 * level, but the permissions Payload resolves them with are sanitised: "all allowed" is `true` and
 * what is denied is left out. Every such query, anonymous or signed in, answered "Something went
 * wrong." with statusCode 500 in the error. The plugin answers them in the declared shape.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

const accessQuery = '{ Access { canAccessAdmin articles { read { permission } create { permission } delete { permission } fields { title { read { permission } update { permission } } } } review_events { create { permission } } } }'

const errorsOf = (body: Json): string[] => (body.errors ?? []).map((error: Json) => `${error.message} (${error.extensions?.statusCode})`)

describe('the Access query', () => {
  it('answers an anonymous reader: no admin, reads only', async () => {
    const answer = await a.call('graphql', undefined, { body: { query: accessQuery } })
    expect({ errors: errorsOf(answer.body), access: answer.body.data?.Access }).toEqual({
      errors: [],
      access: {
        canAccessAdmin: false,
        articles: {
          read: { permission: true },
          create: { permission: false },
          delete: { permission: false },
          fields: { title: { read: { permission: true }, update: { permission: false } } },
        },
        review_events: { create: { permission: false } },
      },
    })
  })

  it('answers a writer and an admin with what each may do', async () => {
    const writer = await a.call('graphql', a.writer, { body: { query: accessQuery } })
    const admin = await a.call('graphql', a.admin, { body: { query: accessQuery } })
    expect({ errors: errorsOf(writer.body), canAccessAdmin: writer.body.data?.Access?.canAccessAdmin, articles: writer.body.data?.Access?.articles }).toEqual({
      errors: [],
      canAccessAdmin: true,
      articles: expect.objectContaining({ create: { permission: true }, fields: { title: { read: { permission: true }, update: { permission: true } } } }),
    })
    expect({ errors: errorsOf(admin.body), articles: admin.body.data?.Access?.articles, review_events: admin.body.data?.Access?.review_events }).toEqual({
      errors: [],
      articles: expect.objectContaining({ create: { permission: true }, delete: { permission: true } }),
      review_events: { create: { permission: false } },
    })
  })
})

describe('a docAccess query', () => {
  it("answers in the declared shape for one document, and says nothing of another's draft to a reader", async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: 'Walking', summary: 'Walking is pleasant.' } })
    const id = created.body.doc.id as number
    const query = `{ docAccessArticle(id: ${graphQLId(id)}) { read { permission } update { permission } delete { permission } } }`
    const writer = await a.call('graphql', a.writer, { body: { query } })
    const anonymous = await a.call('graphql', undefined, { body: { query } })
    expect({
      writer: { errors: errorsOf(writer.body), access: writer.body.data?.docAccessArticle },
      anonymous: { errors: errorsOf(anonymous.body), update: anonymous.body.data?.docAccessArticle?.update, delete: anonymous.body.data?.docAccessArticle?.delete },
    }).toEqual({
      writer: { errors: [], access: { read: { permission: true }, update: { permission: true }, delete: { permission: true } } },
      anonymous: { errors: [], update: { permission: false }, delete: { permission: false } },
    })
  })
})

describe("a global's docAccess query", () => {
  it('answers rather than failing on every call (Payload declares its resolver without the arguments)', async () => {
    // Payload's jobs queue adds a global; the demo has no global of its own.
    const answer = await a.call('graphql', a.admin, { body: { query: '{ docAccessPayloadJobsStat { read { permission } update { permission } } }' } })
    expect({ errors: errorsOf(answer.body), access: answer.body.data?.docAccessPayloadJobsStat }).toEqual({
      errors: [],
      access: { read: { permission: expect.any(Boolean) }, update: { permission: expect.any(Boolean) } },
    })
  })
})
