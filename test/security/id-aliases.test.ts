import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * A review URL with the id spelt another way (`007`) found document 7, but filed its audit events
 * and comments under documentId "007": the document's history and conversation never showed them,
 * and the audit check reported the signed, published document as NOT_SIGNED. Only the form the
 * database writes names a document.
 */
let a: Attacker
beforeAll(async () => {
  a = await startAttacker()
}, 120_000)
afterAll(async () => a?.close())

describe('a review URL that spells the id with leading zeros', () => {
  it('names no document, on every review action, and nothing is filed under that spelling', async () => {
    const created = await a.call('articles?draft=true', a.writer, { body: { title: `Alias ${Math.random()}`, body: richText('Vitamin C cures the common cold.') } })
    const id = created.body.doc.id as number
    const alias = `00${id}`
    const submitted = await a.call(`articles/${alias}/review/submit`, a.writer, { body: {} })
    expect((await a.call(`articles/${id}/review/submit`, a.writer, { body: {} })).status).toBe(200)
    const state = (await a.latest('articles', id)).medicalReview
    const answers = [
      submitted,
      await a.call(`articles/${alias}/review/claims/${state.claims[0]!.key}`, a.reviewer, { body: { decision: 'approved' } }),
      await a.call(`articles/${alias}/review/comments`, a.reviewer, { body: { field: 'body', body: 'A remark nobody on the page would see' } }),
      await a.call(`articles/${alias}/review/sign-off`, a.reviewer, { body: { password: TEST_PASSWORD, fingerprint: state.fingerprint } }),
      await a.call(`articles/${alias}/review/history`, a.reviewer),
      // The demo's route guard answers first (INVALID_ID); the plugin alone answers NOT_FOUND.
    ].map((answer) => [answer.status, codeOf(answer.body) === 'INVALID_ID' ? 'NOT_FOUND' : codeOf(answer.body)])
    const stray = await a.t.payload.count({ collection: 'review-events', where: { documentId: { equals: alias } } })
    const history = (await a.call(`articles/${id}/review/history`, a.writer)).body.entries.map((entry: { action: string }) => entry.action)
    expect({ answers, stray: stray.totalDocs, history }).toEqual({ answers: Array(5).fill([404, 'NOT_FOUND']), stray: 0, history: ['submitted'] })
  })
})
