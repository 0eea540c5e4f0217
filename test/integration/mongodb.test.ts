import { describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { createAccount } from '../helpers/accounts.js'
import { mongoServerKind } from '../helpers/mongo.js'
import { publishThroughReview } from '../helpers/review.js'

/**
 * The CMS on MongoDB through @payloadcms/db-mongodb, in every run whatever PAYLOAD_DATABASE says
 * (`PAYLOAD_DATABASE=mongodb npm test` runs the whole suite there). Without MONGODB_URI or
 * MONGOMS_SYSTEM_BINARY it runs on the CongoDB emulator, which keeps unique indexes without
 * enforcing them: the duplicate checks below hold because the site checks, not the server.
 */
describe(`MongoDB (${mongoServerKind()})`, () => {
  it('publishes through review, hides drafts, and refuses duplicate slugs and NCT ids', async () => {
    process.env.PAYLOAD_DATABASE = 'mongodb'
    const { startTestServer } = await import('../helpers/testServer.js')
    const t = await startTestServer()
    try {
      const writer = await createAccount(t.payload, t.url, ['writer'])
      const reviewer = await createAccount(t.payload, t.url, ['reviewer'])
      const team = { writer: writer.user, reviewer: reviewer.user }
      const trial = await publishThroughReview(t.payload, 'trials', { nctId: 'nct01234567', title: 'Mongo trial', overallStatus: 'RECRUITING' }, team)
      expect((trial as { nctId?: string }).nctId).toBe('NCT01234567')
      const draft = await t.payload.create({ collection: 'articles', data: { title: 'Draft on Mongo', slug: 'on-mongo', body: richText('It cures MS.') }, draft: true })

      const articles = (await (await fetch(`${t.url}/api/articles`)).json()) as { docs: unknown[] }
      expect(articles.docs).toEqual([])
      const hidden = await fetch(`${t.url}/api/articles/${draft.id}?draft=true`)
      expect(hidden.status).toBe(404)
      const trials = (await (await fetch(`${t.url}/api/trials`)).json()) as { docs: { nctId: string; review: unknown }[] }
      expect(trials.docs.map((doc) => doc.nctId)).toEqual(['NCT01234567'])
      expect(trials.docs[0].review).toMatchObject({ reviewedBy: { name: expect.any(String) } })

      const post = (collection: string, body: object) =>
        fetch(`${t.url}/api/${collection}?draft=true`, { method: 'POST', headers: writer.headers, body: JSON.stringify(body) })
      for (const [collection, body, field] of [
        ['articles', { title: 'Same slug', slug: 'on-mongo', body: richText('Text.') }, 'slug'],
        ['trials', { nctId: 'NCT01234567', title: 'Same NCT id', overallStatus: 'RECRUITING' }, 'nctId'],
      ] as const) {
        const response = await post(collection, body)
        expect(response.status).toBe(400)
        const { errors } = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
        expect(errors[0].data?.errors?.map((error) => error.path)).toEqual([field])
      }
      expect((await t.payload.count({ collection: 'articles', where: { slug: { equals: 'on-mongo' } } })).totalDocs).toBe(1)
      expect((await t.payload.count({ collection: 'trials', where: { nctId: { equals: 'NCT01234567' } } })).totalDocs).toBe(1)
    } finally {
      await t.close()
    }
  })
})
