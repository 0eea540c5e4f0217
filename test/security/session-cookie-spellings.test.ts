import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { api, createPublished, createTeam, type Team } from '../delivery/deliveryHarness.js'

/**
 * The demo's cache headers tell a signed-in caller by an `Authorization` header or a cookie
 * matching /(^|;\s*)payload-token=/. Payload reads cookies by splitting on ";" and trimming each
 * name, so `payload-token =<jwt>` signs the caller in while the cache layer takes the request for
 * an anonymous one: a writer's draft (unsigned text) goes out as `public, max-age=60`, labelled with
 * the very ETag readers get for the published answer at that URL. A shared cache that ignores
 * `Vary: Cookie` would then hand the draft to readers.
 */
let t: TestServer
let team: Team
let id: number
beforeAll(async () => {
  t = await startTestServer()
  team = await createTeam(t)
  id = await createPublished(t, team, 'articles', { title: 'Signed title', slug: 'signed-title', body: richText('Signed body.') })
  await api(t, `articles/${id}?draft=true`, team.writer, { method: 'PATCH', body: { title: 'UNSIGNED draft title' } })
}, 300_000)
afterAll(async () => t?.close())

describe('a signed-in read with a session cookie spelt as Payload still reads it', () => {
  it('is private, never public with the readers’ validator', async () => {
    const url = `${t.url}/api/articles/${id}?draft=true`
    const signedIn = await fetch(url, { headers: { cookie: `payload-token =${team.writer.token}`, 'sec-fetch-site': 'same-origin' } })
    const signedInBody = (await signedIn.json()) as { title?: string }
    const anonymous = await fetch(url)
    const anonymousBody = (await anonymous.json()) as { title?: string }
    expect({
      signedInTitle: signedInBody.title,
      anonymousTitle: anonymousBody.title,
      signedInCacheControl: signedIn.headers.get('cache-control'),
      sameETagForBoth: signedIn.headers.get('etag') === anonymous.headers.get('etag'),
    }).toEqual({
      signedInTitle: 'UNSIGNED draft title',
      anonymousTitle: 'Signed title',
      signedInCacheControl: 'private, no-store',
      sameETagForBoth: false,
    })
  })
})
