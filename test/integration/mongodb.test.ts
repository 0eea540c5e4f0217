import { describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { mongoNotRunReason } from '../helpers/mongo.js'

/**
 * The CMS on MongoDB through @payloadcms/db-mongodb. Runs only where a mongod is provided;
 * otherwise prints one line saying so and skips: never a silent pass.
 */
const notRun = mongoNotRunReason()
if (notRun) process.stderr.write(`\n${notRun}\n`)

const suite = notRun ? describe.skip : describe

suite('MongoDB', () => {
  it('boots on MongoDB, stores a trial and an article, and hides drafts from readers', async () => {
    process.env.PAYLOAD_DATABASE = 'mongodb'
    const { startTestServer } = await import('../helpers/testServer.js')
    const t = await startTestServer()
    try {
      const trial = await t.payload.create({
        collection: 'trials',
        data: { nctId: 'nct01234567', title: 'Mongo trial', overallStatus: 'RECRUITING', _status: 'published' },
      })
      expect(trial.nctId).toBe('NCT01234567')
      await t.payload.create({ collection: 'articles', data: { title: 'Draft on Mongo', body: richText('x') }, draft: true })
      const body = (await (await fetch(`${t.url}/api/articles`)).json()) as { docs: unknown[] }
      expect(body.docs).toEqual([])
      const trials = (await (await fetch(`${t.url}/api/trials`)).json()) as { docs: { nctId: string }[] }
      expect(trials.docs.map((doc) => doc.nctId)).toEqual(['NCT01234567'])
    } finally {
      await t.close()
    }
  })
})
