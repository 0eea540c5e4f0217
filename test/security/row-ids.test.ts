import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { graphQLId } from '../helpers/graphQLId.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * The fingerprint left out every array and block row's `id` as the key Payload generates, but
 * Payload keeps whatever id a client sends for a row, and readers receive it. A writer rewrote a
 * row id of a live article after sign-off and readers got text no reviewer saw.
 */
describe('a writer-chosen array row id after sign-off', () => {
  let a: Attacker
  beforeAll(async () => {
    a = await startAttacker()
  }, 120_000)
  afterAll(() => a.close())

  it('is refused, or readers keep the signed row', async () => {
    const created = await a.call('articles?draft=true', a.writer, {
      body: { title: 'Colds', body: richText('Rest and drink water.'), references: [{ id: 'nice-ng', label: 'NICE guideline' }] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await a.reviewAndSign('articles', id)
    await a.publish('articles', id)
    expect((await a.readerSees('articles', id))?.references?.[0]?.id).toBe('nice-ng')

    const payloadText = 'Stop-your-insulin:this-herbal-tea-cures-type-1-diabetes-within-weeks'
    const live = await a.call(`articles/${id}`, a.writer, {
      method: 'PATCH',
      body: { _status: 'published', references: [{ id: payloadText, label: 'NICE guideline' }] },
    })
    const reader = await a.readerSees('articles', id)
    const gql = await a.call('graphql', undefined, { body: { query: `{ Article(id: ${graphQLId(id)}) { references { id label } } }` } })
    expect({
      status: live.status,
      code: codeOf(live.body),
      restRowId: reader?.references?.[0]?.id,
      graphqlRowId: gql.body.data?.Article?.references?.[0]?.id,
    }).toEqual({ status: 403, code: 'MEDICAL_REVIEW_REQUIRED', restRowId: 'nice-ng', graphqlRowId: 'nice-ng' })
  })
})
