import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { richText } from '../../app/seed/richText.js'
import { type Account, createAccount } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let t: TestServer
let writer: Account

beforeAll(async () => {
  t = await startTestServer()
  writer = await createAccount(t.payload, t.url, ['writer'])
})
afterAll(async () => t?.close())

const post = (path: string, body: unknown) =>
  fetch(`${t.url}/api/${path}`, { method: 'POST', headers: writer.headers, body: JSON.stringify(body) })

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const fieldErrors = async (response: Response) =>
  ((await response.json()) as ErrorBody).errors[0]?.data?.errors?.map((error) => error.path) ?? []

const trial = (nctId: string) => ({ nctId, title: 'A study', overallStatus: 'RECRUITING', phases: ['PHASE2'] })

describe('trials', () => {
  it('normalises an NCT id typed in lower case with spaces, and derives the study URL', async () => {
    const response = await post('trials', trial('  nct01234567 '))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const stored = await t.payload.findByID({ collection: 'trials', id: doc.id })
    expect(stored.nctId).toBe('NCT01234567')
    expect(stored.studyUrl).toBe('https://clinicaltrials.gov/study/NCT01234567')
  })

  it.each(['NCT123', 'ABC01234567', 'NCT012345678', 'NCT0123456a'])(
    'refuses the malformed NCT id %s with a 400 naming the field, and writes nothing',
    async (nctId) => {
      const before = await t.payload.count({ collection: 'trials' })
      const response = await post('trials', trial(nctId))
      expect(response.status).toBe(400)
      expect(await fieldErrors(response)).toEqual(['nctId'])
      expect(await t.payload.count({ collection: 'trials' })).toEqual(before)
    },
  )

  it('refuses a malformed NCT id in a draft too', async () => {
    const response = await post('trials?draft=true', { nctId: 'NCT12', title: 'Draft study' })
    expect(response.status).toBe(400)
    const stored = await t.payload.find({ collection: 'trials', where: { title: { equals: 'Draft study' } }, draft: true })
    expect(stored.totalDocs).toBe(0)
  })

  it('refuses a duplicate NCT id', async () => {
    expect((await post('trials', trial('NCT07654321'))).status).toBe(201)
    const response = await post('trials', trial('nct07654321'))
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual(['nctId'])
    expect((await t.payload.find({ collection: 'trials', where: { nctId: { equals: 'NCT07654321' } } })).totalDocs).toBe(1)
  })

  it('refuses a status that is not one of ClinicalTrials.gov values', async () => {
    const response = await post('trials', { ...trial('NCT01111111'), overallStatus: 'OPEN' })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual(['overallStatus'])
  })
})

describe('articles', () => {
  const article = (title: string, slug?: string) => ({ title, slug, body: richText('Some text.') })

  it('derives the slug from the title when it is empty', async () => {
    const response = await post('articles', article('CAR T-cell therapy: what’s next?'))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const stored = await t.payload.findByID({ collection: 'articles', id: doc.id })
    expect(stored.slug).toBe('car-t-cell-therapy-what-s-next')
    expect(stored.author).toMatchObject({ id: writer.user.id })
  })

  it('refuses a duplicate slug with a 400 on the slug field, and writes nothing', async () => {
    expect((await post('articles', article('First', 'same-slug'))).status).toBe(201)
    const before = await t.payload.count({ collection: 'articles' })
    const response = await post('articles', article('Second', 'same-slug'))
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual(['slug'])
    expect(await t.payload.count({ collection: 'articles' })).toEqual(before)
  })

  it('refuses missing required fields with an error per field', async () => {
    const response = await post('articles', { summary: 'No title, no body' })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).sort()).toEqual(['body', 'slug', 'title'])
    expect((await t.payload.find({ collection: 'articles', where: { summary: { equals: 'No title, no body' } } })).totalDocs).toBe(0)
  })

  it('refuses a malformed reference identifier', async () => {
    const response = await post('articles', { ...article('Refs'), references: [{ label: 'x', pmid: 'abc' }] })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual(['references.0.pmid'])
  })
})

describe('faqs', () => {
  it('refuses an FAQ without question and answer', async () => {
    const response = await post('faqs', { order: 1 })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).sort()).toEqual(['answer', 'question'])
    expect(await t.payload.count({ collection: 'faqs' })).toEqual({ totalDocs: 0 })
  })
})
