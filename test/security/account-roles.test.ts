import type { CollectionConfig, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, registerFirstUserOperation } from 'payload'
import { reviewActions } from 'payload-medical-review'

import type { User } from '../../app/payload-types.js'

import { requestAs } from '../../app/seed/reviewAndPublish.js'
import { ROLES } from '../../collections/roles.js'
import { TEST_PASSWORD } from '../helpers/accounts.js'
import { NOTES, type NoteSite, refusalCode, startNoteSite } from './noteSite.js'

/**
 * A site whose accounts keep Payload's default access (any signed-in account may create, change
 * and delete any account) and let anyone sign up, as many member sites do. The plugin decides who
 * may review from the roles on an account, so it must not let a writer hand out those roles, or
 * take over a reviewer's account, and then sign its own text.
 */
const openUsers: CollectionConfig = {
  slug: 'users',
  auth: true,
  // Anyone may sign up, and (a rule a site forgot) anyone may change any account.
  access: { create: () => true, update: () => true },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'roles', type: 'select', hasMany: true, options: [...ROLES], saveToJWT: true },
  ],
}

/** A request from nobody signed in, as REST makes it. */
const signedOutRequest = async (site: NoteSite) => {
  const req = (await createLocalReq({}, site.payload)) as unknown as PayloadRequest
  req.payloadAPI = 'REST'
  return req
}

describe('accounts on a site with Payload’s default access', () => {
  let site: NoteSite
  let admin: User
  let noteId: number | string
  beforeAll(async () => {
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'body', type: 'textarea' }], users: openUsers })
    admin = (await site.payload.find({ collection: 'users', where: { email: { equals: 'admin@example.test' } }, overrideAccess: true })).docs[0] as User
    const note = await site.payload.create({ collection: NOTES, data: { title: 'Turmeric', body: 'Turmeric cures arthritis.' } as never, draft: true, ...site.as(site.writer) })
    noteId = note.id
    await reviewActions(site.payload).submit(await requestAs(site.payload, site.writer), NOTES, noteId)
  }, 120_000)
  afterAll(() => site.close())

  const signedEvents = async () =>
    (await site.payload.count({ collection: 'review-events' as never, where: { and: [{ action: { equals: 'signed' } }, { documentId: { equals: String(noteId) } }] }, overrideAccess: true })).totalDocs

  it('refuses a writer who gives itself the reviewer role', async () => {
    const code = await refusalCode(() => site.payload.update({ collection: 'users', id: site.writer.id, data: { roles: ['writer', 'reviewer'] } as never, ...site.as(site.writer) }))
    const stored = await site.payload.findByID({ collection: 'users', id: site.writer.id, overrideAccess: true })
    expect({ code, roles: stored.roles }).toEqual({ code: 'ROLE_ADMIN_ONLY', roles: ['writer'] })
  })

  it('refuses a writer who makes a second account a reviewer, so no sock puppet signs the writer’s text', async () => {
    const code = await refusalCode(() =>
      site.payload.create({ collection: 'users', data: { email: 'puppet@example.test', password: TEST_PASSWORD, name: 'Dr Puppet', roles: ['reviewer'] } as never, ...site.as(site.writer) }),
    )
    const puppets = await site.payload.count({ collection: 'users', where: { email: { equals: 'puppet@example.test' } }, overrideAccess: true })
    expect({ code, puppets: puppets.totalDocs, signed: await signedEvents() }).toEqual({ code: 'ROLE_ADMIN_ONLY', puppets: 0, signed: 0 })
  })

  it('refuses a signed-out sign-up that asks for a role, in a list or as one string, and lets one without a role through', async () => {
    const signUp = async (email: string, roles: unknown) =>
      refusalCode(async () => site.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, roles } as never, overrideAccess: false, req: await signedOutRequest(site) }))
    const codes = { asReviewer: await signUp('stranger@example.test', ['reviewer']), asString: await signUp('string@example.test', 'reviewer'), asMember: await signUp('member@example.test', []) }
    const accounts = await site.payload.find({ collection: 'users', where: { email: { in: ['stranger@example.test', 'string@example.test', 'member@example.test'] } }, overrideAccess: true })
    expect({ codes, stored: accounts.docs.map((account) => account.email) }).toEqual({
      codes: { asReviewer: 'ROLE_ADMIN_ONLY', asString: 'INVALID_INPUT', asMember: undefined },
      stored: ['member@example.test'],
    })
  })

  it('refuses a signed-out request that changes a reviewer, and answers a forgotten-password request for anyone alike', async () => {
    const changed = await refusalCode(async () =>
      site.payload.update({ collection: 'users', id: site.reviewer.id, data: { roles: ['writer'] } as never, overrideAccess: false, req: await signedOutRequest(site) }),
    )
    const forgot = async (email: string) =>
      refusalCode(async () => site.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req: await requestAs(site.payload, site.writer) }))
    const stored = await site.payload.findByID({ collection: 'users', id: site.reviewer.id, overrideAccess: true })
    expect({ changed, reviewer: await forgot('reviewer@example.test'), nobody: await forgot('nobody@example.test'), roles: stored.roles }).toEqual({
      changed: 'ACCOUNT_ADMIN_ONLY',
      reviewer: undefined,
      nobody: undefined,
      roles: ['reviewer'],
    })
  })

  it('refuses server code acting as a writer that plants a reset token on a reviewer', async () => {
    const token = async () =>
      ((await site.payload.findByID({ collection: 'users', id: site.reviewer.id, overrideAccess: true, showHiddenFields: true })) as { resetPasswordToken?: string | null }).resetPasswordToken
    const before = await token()
    const code = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { resetPasswordToken: 'known-token' } as never, user: { ...site.writer, collection: 'users' } as never }))
    expect({ code, unchanged: (await token()) === before }).toEqual({ code: 'ACCOUNT_ADMIN_ONLY', unchanged: true })
  })

  it('refuses a writer who changes a reviewer’s password or email, and the reviewer’s password still works', async () => {
    const password = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { password: 'taken-over-0123456789' } as never, ...site.as(site.writer) }))
    const email = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { email: 'writer+alias@example.test' } as never, ...site.as(site.writer) }))
    const login = await site.payload.login({ collection: 'users', data: { email: 'reviewer@example.test', password: TEST_PASSWORD } })
    expect({ password, email, loggedIn: login.user?.id }).toEqual({ password: 'ACCOUNT_ADMIN_ONLY', email: 'ACCOUNT_ADMIN_ONLY', loggedIn: site.reviewer.id })
  })

  it('refuses a writer who deletes a reviewer, and records an admin’s creation and deletion of one', async () => {
    const code = await refusalCode(() => site.payload.delete({ collection: 'users', id: site.reviewer.id, ...site.as(site.writer) }))
    const left = await site.payload.count({ collection: 'users', where: { id: { equals: site.reviewer.id } }, overrideAccess: true })
    const locum = await site.payload.create({ collection: 'users', data: { email: 'locum@example.test', password: TEST_PASSWORD, name: 'Dr Locum', roles: ['reviewer'] } as never, ...site.as(admin) })
    await site.payload.delete({ collection: 'users', id: locum.id, ...site.as(admin) })
    const events = await site.payload.find({ collection: 'review-events' as never, where: { documentId: { equals: String(locum.id) } }, sort: 'sequence', overrideAccess: true })
    expect({ code, left: left.totalDocs, meanings: events.docs.map((event) => (event as unknown as { meaning: string }).meaning) }).toEqual({
      code: 'ACCOUNT_ADMIN_ONLY',
      left: 1,
      meanings: ['Created the account with medical-review rights: staff, reviewer; sign-offs print “Dr Locum”.', 'Deleted an account that could write, review or administer medical content.'],
    })
  })

  it('lets a writer change their own password, and an admin grant a role, which the audit log records', async () => {
    const own = await refusalCode(() => site.payload.update({ collection: 'users', id: site.writer.id, data: { password: 'a-new-password-0123' } as never, ...site.as(site.writer) }))
    const login = await site.payload.login({ collection: 'users', data: { email: 'writer@example.test', password: 'a-new-password-0123' } })
    expect(login.user?.id).toBe(site.writer.id)
    const granted = await site.payload.update({ collection: 'users', id: site.writer.id, data: { roles: ['writer', 'reviewer'] } as never, ...site.as(admin) })
    const events = await site.payload.find({
      collection: 'review-events' as never,
      where: { and: [{ action: { equals: 'signer_profile_changed' } }, { documentId: { equals: String(site.writer.id) } }] },
      overrideAccess: true,
    })
    expect({ own, roles: granted.roles, meanings: events.docs.map((event) => (event as unknown as { meaning: string }).meaning) }).toEqual({
      own: undefined,
      roles: ['writer', 'reviewer'],
      meanings: ['Changed the account’s medical-review rights from staff to staff, reviewer; sign-offs print “writer”.'],
    })
  })

  it('refuses a reviewer’s own session that replaces the password a sign-off asks for, or the email a reset goes to', async () => {
    const password = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { password: 'chosen-by-a-thief-0123' } as never, ...site.as(site.reviewer) }))
    const email = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { email: 'thief@example.test' } as never, ...site.as(site.reviewer) }))
    const sameEmail = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { email: 'Reviewer@example.test', name: 'reviewer' } as never, ...site.as(site.reviewer) }))
    const login = await site.payload.login({ collection: 'users', data: { email: 'reviewer@example.test', password: TEST_PASSWORD } })
    expect({ password, email, sameEmail, loggedIn: login.user?.id }).toEqual({
      password: 'REVIEWER_PASSWORD_BY_RESET',
      email: 'REVIEWER_PASSWORD_BY_RESET',
      sameEmail: undefined,
      loggedIn: site.reviewer.id,
    })
  })
})

describe('accounts that verify their email, on Payload’s default access', () => {
  let site: NoteSite
  beforeAll(async () => {
    const verifyingUsers: CollectionConfig = { ...openUsers, auth: { verify: true }, fields: [...openUsers.fields, { name: 'phone', type: 'text' }] }
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'lede', type: 'textarea' }], users: verifyingUsers })
    // Server code verifies the accounts the site starts with.
    await site.payload.update({ collection: 'users', where: { id: { exists: true } }, data: { _verified: true } as never })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses a writer who un-verifies the reviewer, who can still log in', async () => {
    const code = await refusalCode(() => site.payload.update({ collection: 'users', id: site.reviewer.id, data: { _verified: false } as never, ...site.as(site.writer) }))
    const login = await site.payload.login({ collection: 'users', data: { email: 'reviewer@example.test', password: TEST_PASSWORD } })
    expect({ code, loggedIn: login.user?.id }).toEqual({ code: 'ACCOUNT_ADMIN_ONLY', loggedIn: site.reviewer.id })
  })

  it('lets the first visitor of an empty site register the first admin, verified, through Payload’s own flow', async () => {
    await site.payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const data = { email: 'first@example.test', password: 'a-long-enough-password-1', name: 'First', roles: ['admin'] }
    const code = await refusalCode(async () => registerFirstUserOperation({ collection: site.payload.collections.users, data: data as never, req: await signedOutRequest(site) } as never))
    const stored = await site.payload.find({ collection: 'users', overrideAccess: true, showHiddenFields: true })
    expect({ code, accounts: stored.docs.map((doc) => [doc.email, (doc as { _verified?: boolean })._verified]) }).toEqual({ code: undefined, accounts: [['first@example.test', true]] })
  })
})

describe('accounts whose roles a field hook can change after the guard has looked', () => {
  let site: NoteSite
  beforeAll(async () => {
    // A site's own rule, run by Payload after collection hooks: a "doctor" code adds the reviewer role.
    const promotingUsers: CollectionConfig = {
      ...openUsers,
      fields: [
        { name: 'name', type: 'text' },
        { name: 'code', type: 'text' },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          options: [...ROLES],
          saveToJWT: true,
          hooks: { beforeChange: [({ siblingData, value }) => (siblingData.code === 'doctor' ? [...((value as string[]) ?? []), 'reviewer'] : value)] },
        },
      ],
    }
    site = await startNoteSite({ fields: [{ name: 'title', type: 'text' }, { name: 'summary', type: 'textarea' }], users: promotingUsers })
  }, 120_000)
  afterAll(() => site.close())

  it('refuses the grant and keeps the stored roles, with or without a transaction to roll back', async () => {
    const code = await refusalCode(() => site.payload.update({ collection: 'users', id: site.writer.id, data: { code: 'doctor' } as never, ...site.as(site.writer) }))
    const stored = await site.payload.findByID({ collection: 'users', id: site.writer.id, overrideAccess: true })
    expect({ code, roles: stored.roles, writerCode: (stored as { code?: string }).code ?? null }).toEqual({ code: 'ROLE_ADMIN_ONLY', roles: ['writer'], writerCode: null })
  })

  it('refuses a sign-up the hook would make a reviewer, and stores no account', async () => {
    const data = { email: 'promoted@example.test', password: 'a-long-enough-password-2', code: 'doctor' }
    const code = await refusalCode(async () => site.payload.create({ collection: 'users', data: data as never, req: await signedOutRequest(site) }))
    const stored = await site.payload.count({ collection: 'users', where: { email: { equals: data.email } }, overrideAccess: true })
    expect({ code, stored: stored.totalDocs }).toEqual({ code: 'ROLE_ADMIN_ONLY', stored: 0 })
  })
})
