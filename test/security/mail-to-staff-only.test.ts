import type { CollectionConfig, Field } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reviewActions } from 'payload-medical-review'

import type { User } from '../../app/payload-types.js'

import { requestAs } from '../../app/seed/reviewAndPublish.js'
import { Users } from '../../collections/Users.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, startNoteSite } from './noteSite.js'

/**
 * Review notifications go to the document's authors, last editor, thread participants and
 * assignee. They quote the unpublished claim, reviewers' comments and reasons, so an account that
 * is no longer staff (a writer an admin turned into a plain member) must get none of them.
 */
const withSubscribers: CollectionConfig = {
  ...Users,
  fields: Users.fields.map((field) =>
    'name' in field && field.name === 'roles' && field.type === 'select'
      ? ({ ...field, options: [...field.options, { label: 'Subscriber', value: 'subscriber' }] } as Field)
      : field,
  ),
}

let site: NoteSite
const sent: { to: unknown; subject: string; text: string }[] = []
beforeAll(async () => {
  site = await startNoteSite({
    users: withSubscribers,
    fields: [
      { name: 'title', type: 'text' },
      { name: 'body', type: 'textarea' },
      { name: 'author', type: 'relationship', relationTo: 'users' },
    ],
  })
  site.payload.sendEmail = (async (message: { to: unknown; subject: string; text: string }) => {
    sent.push(message)
  }) as never
}, 120_000)
afterAll(() => site?.close())

describe('notifications to an account that is no longer staff', () => {
  it('do not carry the unpublished draft’s words, comments or reasons', async () => {
    const { payload } = site
    const former = (await payload.create({
      collection: 'users',
      data: { email: 'former@example.test', password: TEST_PASSWORD, name: 'Former writer', roles: ['writer'] } as never,
    })) as User
    const note = await payload.create({
      collection: NOTES,
      data: { title: 'Unreleased', body: 'Turmeric capsules cure rheumatoid arthritis within six weeks.', author: former.id } as never,
      draft: true,
      ...site.as(site.writer),
    })
    const review = reviewActions(payload)
    await review.submit(await requestAs(payload, site.writer), NOTES, note.id)

    // The admin takes the writer role away: an ordinary member now, who may read published notes only.
    await payload.update({ collection: 'users', id: former.id, data: { roles: ['subscriber'] } as never })
    const member = (await payload.findByID({ collection: 'users', id: former.id, depth: 0 })) as User
    const canRead = await payload.find({ collection: NOTES, where: { id: { equals: note.id } }, draft: true, ...site.as(member) })
    expect(canRead.docs).toEqual([])

    const { claims } = await review.state(await requestAs(payload, site.reviewer), NOTES, note.id)
    await review.startThread(await requestAs(payload, site.reviewer), NOTES, note.id, { claim: claims[0]!.key, body: 'Which trial shows six weeks?' })
    await review.requestChanges(await requestAs(payload, site.reviewer), NOTES, note.id, { reason: 'The embargoed phase 3 trial found no effect.' })

    const to = (email: string) => sent.filter((message) => JSON.stringify(message.to).includes(email)).map((message) => message.text)
    // The writer who is still staff is told; the former one hears nothing.
    expect({
      writer: to(site.writer.email).some((text) => text.includes('embargoed')),
      former: to('former@example.test'),
    }).toEqual({ writer: true, former: [] })
  })
})
