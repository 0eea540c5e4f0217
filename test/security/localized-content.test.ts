import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { reviewActions } from 'payload-medical-review'

import type { User } from '../../app/payload-types.js'

import { verifyAuditChain } from '../../src/audit/index.js'
import { reviewChanges } from '../../src/review/changes/reviewChanges.js'
import { requestAs, reviewAndPublish } from '../../app/seed/reviewAndPublish.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, refusalCode, startNoteSite, type NoteSite } from './noteSite.js'

/**
 * A site with localization (English and Spanish) and a reviewed collection whose title and body
 * are localized. A reader who asks for Spanish gets the Spanish text, so a sign-off must bind every
 * locale's text, and a save or publish in one locale must not carry another locale's unsigned edits
 * to readers.
 */
const SIGNED = { title: 'Exercise and MS', body: 'Regular exercise can ease fatigue in some people with MS.' }
// The claim engine reads English: a second locale often holds English text before it is translated.
const UNSIGNED_ES = 'Exercise cures MS and has no side effects.'

let site: NoteSite
let payload: NoteSite['payload']
let writer: User
let reviewer: User
const as = (user: User) => site.as(user)
const readerSees = (id: number | string, locale: 'en' | 'es' | 'all') => site.readerSees(id, locale)

beforeAll(async () => {
  site = await startNoteSite({
    localization: { locales: ['en', 'es'], defaultLocale: 'en', fallback: true },
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'body', type: 'textarea', localized: true },
      // Rows shared by every locale, each with text of its own per locale.
      { name: 'sections', type: 'array', fields: [{ name: 'heading', type: 'text', localized: true }] },
      // A shared block whose own field is localized, used inside a localized field: Payload stores
      // the block's text once per locale of the parent.
      { name: 'layout', type: 'blocks', localized: true, blocks: [], blockReferences: ['callout' as never] },
    ],
    blocks: [{ slug: 'callout', fields: [{ name: 'text', type: 'textarea', localized: true }] }],
  })
  ;({ payload, writer, reviewer } = site)
}, 120_000)

afterAll(() => site.close())

/** A note published through review in English, with nothing yet in Spanish. */
const publishedInEnglish = async () => {
  const draft = await payload.create({ collection: NOTES, data: SIGNED as never, draft: true, locale: 'en' as never, ...as(writer) })
  await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
  expect((await readerSees(draft.id, 'en'))?.title).toBe(SIGNED.title)
  return draft.id
}

describe('localized content', () => {
  it('finds the claims of every locale, and a sign-off binds them all', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const state = await reviewActionsState(id)
    expect(state.status).not.toBe('approved')
    const spanish = state.claims.filter((claim) => claim.field === 'body.es')
    expect(spanish.map((claim) => claim.category)).toEqual(expect.arrayContaining(['cure_remission']))
    // The reviewer's word-by-word changes show the Spanish text, whatever locale they read in.
    const changes = await reviewChanges(await requestAs(payload, reviewer), NOTES, String(id), {}, state, 'published')
    expect(changes.fields.map((field) => [field.field, field.label])).toEqual([['body.es', 'Body (es)']])
    expect(changes.fields[0]!.parts.filter((part) => part.added).map((part) => part.value).join('')).toContain('cures MS')
  })

  it('refuses to publish from another locale while a Spanish edit is unsigned, and readers keep the signed text', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const refused = await refusalCode(async () => {
      await payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, locale: 'en' as never, ...as(writer) })
    })
    expect(refused).toBe('MEDICAL_REVIEW_REQUIRED')
    expect((await readerSees(id, 'es'))?.body).not.toBe(UNSIGNED_ES)
    expect(JSON.stringify(await readerSees(id, 'all'))).not.toContain('cura')
  })

  it('refuses to publish one locale alone, even with every locale signed: the live row would mix versions', async () => {
    const id = await publishedInEnglish()
    const refused = await refusalCode(async () => {
      // Nothing changed since the sign-off: only the locale-publish rule stands in the way.
      await payload.update({
        collection: NOTES,
        id,
        data: { _status: 'published' } as never,
        locale: 'es' as never,
        publishSpecificLocale: 'es',
        ...as(writer),
      })
    })
    expect(refused).toBe('LOCALE_PUBLISH_UNSUPPORTED')
    expect((await readerSees(id, 'en'))?.body).toBe(SIGNED.body)
  })

  it('shows a reviewer working in English the Spanish claims, and refuses a sign-off past them', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    // Saved again in English: the state the reviewer opens was last computed from the English view.
    await payload.update({ collection: NOTES, id, data: { title: SIGNED.title } as never, draft: true, locale: 'en' as never, ...as(writer) })
    const review = reviewActions(payload)
    const state = await review.state(await requestAs(payload, reviewer), NOTES, id)
    expect(state.claims.filter((claim) => claim.field === 'body.es').map((claim) => claim.decision.status)).toContain('pending')
    for (const claim of state.claims.filter((claim) => claim.field !== 'body.es' && claim.decision.status === 'pending'))
      await review.decide(await requestAs(payload, reviewer), NOTES, id, claim.key, { decision: 'approved' })
    const { fingerprint } = await review.state(await requestAs(payload, reviewer), NOTES, id)
    const refused = await refusalCode(async () => {
      await review.signOff(await requestAs(payload, reviewer), NOTES, id, { password: TEST_PASSWORD, fingerprint })
      await payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, locale: 'en' as never, ...as(writer) })
    })
    expect(refused).toBe('CLAIMS_PENDING')
    expect(JSON.stringify(await readerSees(id, 'all'))).not.toContain('cures')
  })

  it('keeps a thread on a Spanish claim with its sentence when the Spanish text is edited', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const review = reviewActions(payload)
    const claim = (await reviewActionsState(id)).claims.find((candidate) => candidate.field === 'body.es')!
    const started = await review.startThread(await requestAs(payload, reviewer), NOTES, id, { claim: claim.key, body: 'Which trial shows this?' })
    const thread = started.threads[0]!
    await payload.update({
      collection: NOTES,
      id,
      data: { body: 'Exercise cures MS in some people and has no side effects.' } as never,
      draft: true,
      locale: 'es' as never,
      ...as(writer),
    })
    const answered = await review.continueThread(await requestAs(payload, writer), NOTES, id, thread.id, { body: 'Reworded.' })
    expect(answered.threads.find((candidate) => candidate.id === thread.id)?.placement).toEqual({
      status: 'edited',
      sentence: 'Exercise cures MS in some people and has no side effects.',
    })
  })

  it('reads a localized field inside rows every locale shares, matching rows as Payload does', async () => {
    const id = await publishedInEnglish()
    const english = await payload.update({
      collection: NOTES,
      id,
      data: { sections: [{ heading: 'Pacing your activity' }] } as never,
      draft: true,
      locale: 'en' as never,
      ...as(writer),
    })
    const row = (english as unknown as { sections: { id: string }[] }).sections[0]!.id
    await payload.update({
      collection: NOTES,
      id,
      data: { sections: [{ id: row, heading: UNSIGNED_ES }] } as never,
      draft: true,
      locale: 'es' as never,
      ...as(writer),
    })
    const state = await reviewActionsState(id)
    expect(state.claims.filter((claim) => claim.field === 'sections.0.heading.es').length).toBeGreaterThan(0)
    const stored = (await payload.findByID({ collection: NOTES, id, locale: 'all' as never, draft: true, depth: 0 })) as unknown as {
      sections: { heading: Record<string, string> }[]
    }
    expect(stored.sections[0]!.heading).toEqual({ en: 'Pacing your activity', es: UNSIGNED_ES })
  })

  it('refuses a write in every locale at once, or in a locale the site does not have', async () => {
    const id = await publishedInEnglish()
    for (const locale of ['all', 'fr']) {
      const refused = await refusalCode(async () => {
        await payload.update({
          collection: NOTES,
          id,
          data: { body: { en: UNSIGNED_ES, es: UNSIGNED_ES }, _status: 'published' } as never,
          locale: locale as never,
          ...as(writer),
        })
      })
      expect(refused).toBe('LOCALE_REQUIRED')
    }
    expect(JSON.stringify(await readerSees(id, 'all'))).not.toContain('cures')
    // The status alone changes no localized value, so the plugin does not refuse it (Payload's own
    // validation of `all` differs by database).
    const statusOnly = await refusalCode(() =>
      payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, locale: 'all' as never, ...as(writer) }),
    )
    expect(statusOnly).not.toBe('LOCALE_REQUIRED')
    expect((await readerSees(id, 'en'))?.body).toBe(SIGNED.body)
  })

  it('lists the claims of the Spanish text a restore brings back, and puts nothing unsigned live', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const { docs } = await payload.findVersions({ collection: NOTES, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0 })
    await payload.update({ collection: NOTES, id, data: { body: null } as never, draft: true, locale: 'es' as never, ...as(writer) })
    // Restored in English: Payload brings the version's Spanish text back with it.
    const restored = (await payload.restoreVersion({ collection: NOTES, id: docs[0]!.id, draft: true, locale: 'en' as never, ...as(writer) })) as unknown as {
      medicalReview: { claims: { field: string; decision: { status: string } }[] }
    }
    const stored = (await payload.findByID({ collection: NOTES, id, locale: 'all' as never, draft: true, depth: 0 })) as unknown as { body: Record<string, string> }
    expect(stored.body.es).toBe(UNSIGNED_ES)
    expect(restored.medicalReview.claims.filter((claim) => claim.field === 'body.es').map((claim) => claim.decision.status)).toContain('pending')
    expect(JSON.stringify(await readerSees(id, 'all')) ?? '').not.toContain('cures')
  })

  it('lists the claims of every locale a duplicate copies', async () => {
    const id = await publishedInEnglish()
    await payload.update({ collection: NOTES, id, data: { body: UNSIGNED_ES } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const copy = (await payload.duplicate({ collection: NOTES, id, draft: true, locale: 'en' as never, ...as(writer) })) as unknown as {
      medicalReview: { claims: { field: string; category: string }[] }
    }
    expect(copy.medicalReview.claims.filter((claim) => claim.field === 'body.es').map((claim) => claim.category)).toContain('cure_remission')
  })

  it('reads a localized field of a shared block inside a localized field as Payload stores it, one value per locale', async () => {
    const draft = await payload.create({
      collection: NOTES,
      data: { ...SIGNED, layout: [{ blockType: 'callout', text: 'Pacing can help some people manage fatigue.' }] } as never,
      draft: true,
      locale: 'en' as never,
      ...as(writer),
    })
    await reviewAndPublish(payload, NOTES, draft.id, { writer, reviewer, reviewerPassword: TEST_PASSWORD })
    await payload.update({
      collection: NOTES,
      id: draft.id,
      data: { layout: [{ blockType: 'callout', text: 'This supplement cures MS.' }] } as never,
      draft: true,
      locale: 'en' as never,
      ...as(writer),
    })
    const state = await reviewActionsState(draft.id)
    expect(state.claims.filter((claim) => claim.field === 'layout.en.0.text').map((claim) => claim.category)).toContain('cure_remission')
    const refused = await refusalCode(async () => {
      await payload.update({ collection: NOTES, id: draft.id, data: { _status: 'published' } as never, locale: 'en' as never, ...as(writer) })
    })
    expect(refused).toBe('MEDICAL_REVIEW_REQUIRED')
    expect(JSON.stringify(await readerSees(draft.id, 'all'))).not.toContain('cures MS')
  })

  it('publishes Spanish once a reviewer has signed the text of both locales', async () => {
    const id = await publishedInEnglish()
    const spanish = 'El ejercicio regular puede aliviar el cansancio en algunas personas con EM.'
    await payload.update({ collection: NOTES, id, data: { body: spanish } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const review = reviewActions(payload)
    const state = await review.state(await requestAs(payload, reviewer), NOTES, id)
    expect(state.status).toBe('in_review')
    for (const claim of state.claims.filter((claim) => claim.decision.status === 'pending'))
      await review.decide(await requestAs(payload, reviewer), NOTES, id, claim.key, { decision: 'approved' })
    const { fingerprint } = await review.state(await requestAs(payload, reviewer), NOTES, id)
    await review.signOff(await requestAs(payload, reviewer), NOTES, id, { password: TEST_PASSWORD, fingerprint })
    await payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, locale: 'en' as never, ...as(writer) })
    expect((await readerSees(id, 'es'))?.body).toBe(spanish)
    expect((await readerSees(id, 'en'))?.body).toBe(SIGNED.body)
    // The audit reads live rows in every locale, as the gate fingerprinted them: no false alarm.
    const { liveContent } = await verifyAuditChain(payload)
    expect(liveContent.checked).toBeGreaterThan(0)
    expect(liveContent.mismatches.filter((mismatch) => mismatch.id === String(id))).toEqual([])
  })

  it('publishes from the Spanish locale too, where Spanish never had the localized list', async () => {
    const id = await publishedInEnglish()
    const spanish = 'Descansar a menudo ayuda a algunas personas con EM.'
    await payload.update({ collection: NOTES, id, data: { body: spanish } as never, draft: true, locale: 'es' as never, ...as(writer) })
    const review = reviewActions(payload)
    for (const claim of (await review.state(await requestAs(payload, reviewer), NOTES, id)).claims.filter((claim) => claim.decision.status === 'pending'))
      await review.decide(await requestAs(payload, reviewer), NOTES, id, claim.key, { decision: 'approved' })
    const { fingerprint } = await review.state(await requestAs(payload, reviewer), NOTES, id)
    await review.signOff(await requestAs(payload, reviewer), NOTES, id, { password: TEST_PASSWORD, fingerprint })
    // A Spanish editor publishes from the Spanish admin: Payload saves the Spanish list as empty.
    await payload.update({ collection: NOTES, id, data: { _status: 'published' } as never, locale: 'es' as never, ...as(writer) })
    expect((await readerSees(id, 'es'))?.body).toBe(spanish)
    const { liveContent } = await verifyAuditChain(payload)
    expect(liveContent.mismatches.filter((mismatch) => mismatch.id === String(id))).toEqual([])
  })
})

const reviewActionsState = async (id: number | string) => reviewActions(payload).state(await requestAs(payload, reviewer), NOTES, id)
