import type { PayloadRequest } from 'payload'

import { describe, expect, it, jest } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { appendReviewEvent } from '../../src/audit/appendReviewEvent.js'
import { startTestServer } from '../helpers/testServer.js'

/**
 * A process that closes right after a review action (the seed, a CLI, a test) still records the
 * chain head: the checkpoint that waits for the action's commit runs before the database closes.
 */
describe('closing Payload right after a review action', () => {
  it('checkpoints the head of a just-committed append first, and logs no failed checkpoint', async () => {
    const t = await startTestServer({ LOG_LEVEL: 'info' })
    const info = jest.spyOn(t.payload.logger, 'info')
    const error = jest.spyOn(t.payload.logger, 'error')
    try {
      const req = (await createLocalReq({}, t.payload)) as PayloadRequest
      await initTransaction(req)
      const event = await appendReviewEvent(
        t.payload,
        {
          action: 'signed',
          actorName: 'Dr Jane Roe',
          actorCredentials: 'MD',
          meaning: 'Signed off as medically accurate',
          documentCollection: 'articles',
          documentId: '1',
          fingerprint: `sha256:${'a'.repeat(64)}`,
          details: { note: 'closing right after' },
        },
        req,
      )
      // The checkpoint polls for the commit, backing off: after 0.7 s it is in a pause of 0.64 s,
      // so the close below comes while it still has to read the head.
      await new Promise((resolve) => setTimeout(resolve, 700))
      await commitTransaction(req)
      await t.close()
      expect(info).toHaveBeenCalledWith(`audit checkpoint seq=${event.sequence} hash=${event.hash}`)
      expect(error.mock.calls).toEqual([])
    } finally {
      info.mockRestore()
      error.mockRestore()
    }
  })
})
