import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TEST_PASSWORD } from '../helpers/accounts.js'
import { reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { NOTES, startNoteSite, type NoteSite } from './noteSite.js'

/**
 * `unpublishAllLocales` (REST `?unpublishAllLocales=true`) is meant for collections with
 * `localizeStatus`, which the plugin refuses, yet the plugin lets it through on every write (it only
 * refuses `publishSpecificLocale`). Payload's saveVersion then overwrites the latest version in place
 * (`updateLatestVersion` with no autosave condition) instead of adding one: a writer's unsigned draft
 * replaces the very version the reviewer signed, so the version history, the restore of the signed
 * version and the reviewer's "changes since sign-off" view all lose it.
 */
describe('a draft save with unpublishAllLocales', () => {
  let site: NoteSite
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'advice', type: 'textarea' }] })
  }, 120_000)
  afterAll(() => site.close())

  it('is refused, or adds a version and keeps the published one', async () => {
    const { payload, writer, reviewer, as } = site
    const draft = await payload.create({ collection: NOTES, data: { title: 'Flu', advice: 'Rest and drink water.' } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    const versionsBefore = (await payload.countVersions({ collection: NOTES, where: { parent: { equals: draft.id } } })).totalDocs

    await payload.update({
      collection: NOTES,
      id: draft.id,
      data: { advice: 'Stop your insulin: this tea cures diabetes.' } as never,
      draft: true,
      unpublishAllLocales: true,
      ...as(writer),
    } as never)

    const versionsAfter = (await payload.countVersions({ collection: NOTES, where: { parent: { equals: draft.id } } })).totalDocs
    // The version the publish added, as readers got it: gone, rewritten with the unsigned draft.
    const publishedVersions = (
      await payload.countVersions({ collection: NOTES, where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] } })
    ).totalDocs
    expect({ added: versionsAfter - versionsBefore, publishedVersions }).toEqual({ added: 1, publishedVersions: 1 })
  })

  it('still unpublishes as the admin’s Unpublish button asks, and keeps the signed version', async () => {
    const { payload, writer, reviewer, as } = site
    const draft = await payload.create({ collection: NOTES, data: { title: 'Cold', advice: 'Rest and keep warm.' } as never, draft: true, ...as(writer) })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    await payload.update({ collection: NOTES, id: draft.id, data: { _status: 'draft' } as never, unpublishAllLocales: true, ...as(writer) } as never)
    const readers = await payload.find({ collection: NOTES, where: { id: { equals: draft.id } }, overrideAccess: false })
    const publishedVersions = (
      await payload.countVersions({ collection: NOTES, where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] } })
    ).totalDocs
    expect({ readers: readers.totalDocs, publishedVersions }).toEqual({ readers: 0, publishedVersions: 1 })
  })
})
