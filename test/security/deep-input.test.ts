import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * A site (a plain Next.js install, no request-body guard of its own in front of Payload's REST
 * handler) with a `json` field and rich text on a reviewed collection. A writer's draft save whose
 * JSON value, or a rich-text node's extra key, nested thousands of levels deep was valid JSON that
 * Payload stores, but the plugin's walks of it (the fingerprint's canonical form) overflowed the
 * stack: a 500. From 101 levels the claim scan refused it without a code. Now any save nested more
 * than 100 levels is a 400 INVALID_INPUT.
 */
const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`

describe('deeply nested values in a json field or a rich-text node of a reviewed collection', () => {
  let site: NoteSite
  let token: string
  const post = async (body: string) => {
    const response = await site.rest(
      new Request(`http://localhost/api/${NOTES}?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body,
      }),
    )
    const answer = (await response.json()) as { errors?: { data?: { code?: string } }[] }
    return { status: response.status, code: answer.errors?.[0]?.data?.code ?? null }
  }

  beforeAll(async () => {
    site = await startNoteSite({
      fields: [
        { name: 'title', type: 'text' },
        { name: 'data', type: 'json' },
        { name: 'body', type: 'richText', editor: lexicalEditor() },
      ],
    })
    token = (await site.payload.login({ collection: 'users' as CollectionSlug, data: { email: 'writer@example.test', password: TEST_PASSWORD } })).token!
  }, 120_000)
  afterAll(() => site.close())

  it('answers a 4xx with a stable code, not a 500 (json field)', async () => {
    const answers = {
      deep150: await post(`{"title":"Deep","data":${nestedObject(150)}}`),
      deep3000: await post(`{"title":"Deep","data":${nestedObject(3000)}}`),
    }
    expect(answers).toEqual({
      deep150: { status: 400, code: 'INVALID_INPUT' },
      deep3000: { status: 400, code: 'INVALID_INPUT' },
    })
  })

  it('answers a 4xx with a stable code, not a 500 (an extra key on a rich-text paragraph)', async () => {
    const richText = (levels: number) =>
      `{"root":{"type":"root","version":1,"format":"","indent":0,"direction":"ltr","children":[` +
      `{"type":"paragraph","version":1,"format":"","indent":0,"direction":"ltr","x":${nestedObject(levels)},` +
      `"children":[{"type":"text","version":1,"text":"Rest helps.","format":0,"mode":"normal","style":"","detail":0}]}]}}`
    const answers = {
      deep150: await post(`{"title":"Deep","body":${richText(150)}}`),
      deep3000: await post(`{"title":"Deep","body":${richText(3000)}}`),
    }
    expect(answers).toEqual({
      deep150: { status: 400, code: 'INVALID_INPUT' },
      deep3000: { status: 400, code: 'INVALID_INPUT' },
    })
  })
})
