import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ReviewState } from '../../src/review/types.js'

import { closePayload } from '../../app/closePayload.js'
import { richText } from '../../app/seed/richText.js'
import { readCheckpointFile } from '../../src/audit/readCheckpointFile.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { REVIEW_DUE_TASK } from '../../src/delivery/reviewDue/reviewDueTask.js'
import { WEBHOOK_TASK } from '../../src/delivery/webhooks/webhookTask.js'
import { type Json, type Receiver, startReceiver } from '../delivery/deliveryHarness.js'
import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { type Mailbox, startMailbox } from '../helpers/mailbox.js'
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../helpers/testDatabase.js'

/**
 * Scale-out: three stateless instances of the CMS on one PostgreSQL database, started at the same
 * moment: this process serves one, two more run as separate Node processes (`app/server.ts` on
 * their own sockets and connection pools). Sessions, review actions racing each other across
 * instances, the audit chain, and the job queue run from every instance at once.
 */
const kind = testDatabaseKind()
const onPostgres = kind === 'postgres'
if (!onPostgres) {
  process.stderr.write(
    `\nscale-out test NOT RUN on ${kind}: several app instances share one database only on PostgreSQL ` +
      '(PAYLOAD_DATABASE=postgres npm test -- test/integration/scale-out.test.ts)\n',
  )
}
const suite = onPostgres ? describe : describe.skip

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

type Instance = { name: string; url: string }

/** One more instance in a process of its own: the config and server as `npm start` loads them. */
const CHILD = `
const { default: config } = await import(${JSON.stringify(`${root}/payload.config.ts`)})
const { createServer } = await import(${JSON.stringify(`${root}/app/server.ts`)})
const cms = await createServer({ config })
const server = await cms.listen(0, '127.0.0.1')
process.stdout.write('listening ' + server.address().port + '\\n')
process.once('SIGTERM', () => process.exit(0))
`

/** Runs `code` as a module in a Node process of its own, loading the sources as the app does. */
const spawnModule = (code: string, env: Record<string, string>) =>
  spawn(
    process.execPath,
    ['--conditions=production', '--conditions=medreview-source', '--import', 'tsx', '--input-type=module', '-e', code],
    // Jest's own NODE_OPTIONS (vm modules) are not the server's.
    { cwd: root, env: { ...process.env, ...env, NODE_OPTIONS: '' }, stdio: 'pipe' },
  )

const startChild = (name: string, env: Record<string, string>): Promise<{ instance: Instance; child: ChildProcess }> =>
  new Promise((resolve, reject) => {
    const child = spawnModule(CHILD, env)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      const port = /listening (\d+)/.exec(stdout)?.[1]
      if (port) resolve({ instance: { name, url: `http://127.0.0.1:${port}` }, child })
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('exit', (code) => reject(new Error(`instance ${name} exited (${code}) before listening:\n${stderr.slice(-3000)}`)))
  })

/**
 * A job worker beside the instances, as `payload jobs:run --handle-schedules --limit 10` runs one:
 * the site's config started with getPayload, not the server. Each line on stdin is one run.
 */
const WORKER = `
const { default: config } = await import(${JSON.stringify(`${root}/payload.config.ts`)})
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
process.stdout.write('ready\\n')
process.stdin.setEncoding('utf8')
process.stdin.on('data', () => {
  payload.jobs.handleSchedules({})
    .then(() => payload.jobs.run({ limit: 10 }))
    .then(() => process.stdout.write('ran\\n'), (error) => process.stdout.write('failed ' + String(error).replace(/\\n/g, ' ') + '\\n'))
})
process.once('SIGTERM', () => process.exit(0))
`

type Worker = { child: ChildProcess; run: () => Promise<void> }

const startWorker = (): Promise<Worker> =>
  new Promise((resolve, reject) => {
    const child = spawnModule(WORKER, {})
    const waiting: { done: () => void; fail: (error: Error) => void }[] = []
    const run = () =>
      new Promise<void>((done, fail) => {
        waiting.push({ done, fail })
        child.stdin.write('run\n')
      })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      for (let end = stdout.indexOf('\n'); end >= 0; end = stdout.indexOf('\n')) {
        const line = stdout.slice(0, end)
        stdout = stdout.slice(end + 1)
        if (line === 'ready') resolve({ child, run })
        else if (line === 'ran') waiting.shift()?.done()
        else if (line.startsWith('failed')) waiting.shift()?.fail(new Error(`the worker's run ${line}`))
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it was ready:\n${stderr.slice(-3000)}`)))
  })

let database: TestDatabase
let payload: Payload
let server: Server
let children: ChildProcess[] = []
let instances: Instance[] = []
let site: Receiver
let mail: Mailbox
let dir: string
let writer: Account
let reviewer: Account
let reviewer2: Account
let admin: Account
let bootMs = 0

const [A, B, C] = [0, 1, 2]

beforeAll(async () => {
  if (!onPostgres) return
  const started = Date.now()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mr-scale-out-'))
  database = await createTestDatabase()
  site = await startReceiver(200)
  mail = await startMailbox()
  // What every instance shares: one database, one secret, one audit key and checkpoint file, the
  // same webhooks and mail. Jobs run when this test asks, on every instance at once.
  const env = {
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'scale-out-secret-of-at-least-thirty-two-characters',
    MEDICAL_REVIEW_AUDIT_KEY: 'scale-out-audit-key-of-at-least-thirty-two-chars',
    MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE: path.join(dir, 'audit-checkpoints.jsonl'),
    MEDICAL_REVIEW_WEBHOOKS: JSON.stringify([{ url: site.url, secret: 'site-secret-0123456789abcdef' }]),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_STARTTLS: 'false',
    PAYLOAD_JOBS_AUTORUN: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
  }
  Object.assign(process.env, env)
  // All three start together on the empty database, as a deployment rolls out N replicas.
  const inProcess = (async () => {
    const { default: config } = await import('../../payload.config.js')
    const { createServer } = await import('../../app/server.js')
    const cms = await createServer({ config })
    payload = cms.payload
    server = await cms.listen(0, '127.0.0.1')
    return { name: 'A', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  })()
  const others = [startChild('B', env), startChild('C', env)]
  const settled = await Promise.allSettled([inProcess, ...others])
  children = settled.flatMap((result) => (result.status === 'fulfilled' && 'child' in result.value ? [result.value.child] : []))
  const failed = settled.find((result) => result.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  instances = settled.map((result) => {
    const value = (result as PromiseFulfilledResult<Instance | { instance: Instance }>).value
    return 'instance' in value ? value.instance : value
  })
  bootMs = Date.now() - started
  const url = instances[A]!.url
  writer = await createAccount(payload, url, ['writer'])
  reviewer = await createAccount(payload, url, ['reviewer'])
  reviewer2 = await createAccount(payload, url, ['reviewer'])
  admin = await createAccount(payload, url, ['admin'])
}, 180_000)

afterAll(async () => {
  if (!onPostgres) return
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
  if (server) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
  if (payload) await closePayload(payload)
  await database?.drop()
  await site?.close()
  await mail?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  process.stderr.write(`\nscale-out: three instances booted and migrated together in ${(bootMs / 1000).toFixed(1)} s\n`)
})

type Reply = { status: number; body: Json }

/** One HTTP call to one instance, as an account or anonymously. */
const call = async (on: number, route: string, account: Account | null, method = 'GET', body?: unknown): Promise<Reply> => {
  const response = await fetch(`${instances[on]!.url}/api/${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(account ? { authorization: `JWT ${account.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} }
}
const codeOf = (reply: Reply) => (reply.body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

const stored = async (id: number) =>
  (await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as unknown as {
    body: unknown
    _status: string
    medicalReview: ReviewState
  }
const eventsOf = async (id: number, action?: string) =>
  (
    await payload.find({
      collection: 'review-events',
      where: { and: [{ documentId: { equals: String(id) } }, ...(action ? [{ action: { equals: action } }] : [])] },
      pagination: false,
      sort: 'sequence',
      depth: 0,
    })
  ).docs as unknown as Json[]

/** What an anonymous reader receives from every instance: the body text when published, else null. */
const whatReadersGet = async (id: number) =>
  Promise.all(
    instances.map(async (_, on) => {
      const reply = await call(on, `articles?where[id][equals]=${id}&depth=0`, null)
      expect(reply.status).toBe(200)
      const [doc, ...more] = reply.body.docs as Json[]
      expect(more).toHaveLength(0)
      return doc ? JSON.stringify(doc.body) : null
    }),
  )

const draft = async (title: string, text: string, on = A) => {
  const reply = await call(on, 'articles?draft=true', writer, 'POST', { title, body: richText(text) })
  expect(reply.status).toBe(201)
  return reply.body.doc.id as number
}
const submitAndApprove = async (id: number, on = A) => {
  expect((await call(on, `articles/${id}/review/submit`, writer, 'POST', {})).status).toBe(200)
  for (const claim of (await stored(id)).medicalReview.claims) {
    expect((await call(on, `articles/${id}/review/claims/${claim.key}`, reviewer, 'POST', { decision: 'approved' })).status).toBe(200)
  }
  return (await stored(id)).medicalReview
}

suite('several instances on one PostgreSQL database', () => {
  it('boots all three at once: migrations run once, and every instance answers', async () => {
    const migrations = await payload.find({ collection: 'payload-migrations', pagination: false })
    const names = migrations.docs.map((doc) => (doc as unknown as { name: string }).name)
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
    for (const [on, instance] of instances.entries()) {
      const ready = await fetch(`${instance.url}/readyz`)
      expect({ on, status: ready.status }).toEqual({ on, status: 200 })
    }
  })

  describe('sessions', () => {
    it('a token from one instance is valid on every instance, and a logout on one ends it on all', async () => {
      const login = await call(B, 'users/login', null, 'POST', { email: writer.user.email, password: TEST_PASSWORD })
      expect(login.status).toBe(200)
      const session: Account = { ...writer, token: login.body.token as string }
      for (const on of [A, B, C]) {
        const me = await call(on, 'users/me', session)
        expect(me.body.user?.email).toBe(writer.user.email)
      }
      expect((await call(C, 'users/logout', session, 'POST', {})).status).toBe(200)
      for (const on of [A, B, C]) {
        expect((await call(on, 'users/me', session)).body.user ?? null).toBeNull()
      }
      // The writer's other session (signed in on A before the test) is untouched.
      expect((await call(B, 'users/me', writer)).body.user?.email).toBe(writer.user.email)
    })

    it('one account signed in on every instance in turn: each token works on every instance', async () => {
      // In turn: two sign-ins of one account at the same moment keep only one of the two sessions,
      // on one instance as on several (Payload rewrites the user's whole session list on sign-in).
      const tokens: string[] = []
      for (const on of [A, B, C]) {
        const login = await call(on, 'users/login', null, 'POST', { email: reviewer2.user.email, password: TEST_PASSWORD })
        expect(login.status).toBe(200)
        tokens.push(login.body.token as string)
      }
      const seen = await Promise.all(
        tokens.map((token) => Promise.all([A, B, C].map(async (on) => (await call(on, 'users/me', { ...reviewer2, token })).body.user?.email ?? null))),
      )
      expect(seen).toEqual(tokens.map(() => Array(3).fill(reviewer2.user.email)))
    })
  })

  describe('review actions racing across instances', () => {
    it('a submit sent to every instance at once is accepted once, and recorded once', async () => {
      const id = await draft('Submitted three times', 'It cures MS.')
      const answers = await Promise.all([A, B, C].map((on) => call(on, `articles/${id}/review/submit`, writer, 'POST', {})))
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
      expect(answers.filter((answer) => answer.status === 409).map(codeOf)).toEqual(['ALREADY_IN_REVIEW', 'ALREADY_IN_REVIEW'])
      expect((await stored(id)).medicalReview.status).toBe('in_review')
      expect(await eventsOf(id, 'submitted')).toHaveLength(1)
    })

    it('two reviewers deciding the same claim on two instances from the same revision: one wins, the other is told', async () => {
      const id = await draft('Two reviewers', 'It cures MS.')
      expect((await call(A, `articles/${id}/review/submit`, writer, 'POST', {})).status).toBe(200)
      const state = await call(C, `articles/${id}/review`, reviewer, 'GET')
      const [claim] = state.body.claims as { key: string }[]
      const [first, second] = await Promise.all([
        call(A, `articles/${id}/review/claims/${claim!.key}`, reviewer, 'POST', { decision: 'approved', revision: state.body.revision }),
        call(B, `articles/${id}/review/claims/${claim!.key}`, reviewer2, 'POST', {
          decision: 'rejected',
          note: 'Not a cure: say it is being studied.',
          revision: state.body.revision,
        }),
      ])
      expect([first.status, second.status].sort()).toEqual([200, 409])
      const loser = first.status === 409 ? first : second
      expect(codeOf(loser)).toBe('STALE_REVIEW')
      const winner = first.status === 200 ? { who: reviewer, decision: 'approved' } : { who: reviewer2, decision: 'rejected' }
      const decided = (await stored(id)).medicalReview.claims.find((each) => each.key === claim!.key)
      expect(decided?.decision).toMatchObject({ status: winner.decision })
      const events = await eventsOf(id, 'claim_decided')
      expect(events).toHaveLength(1)
      expect(events[0]!.actorUserId).toBe(String(winner.who.user.id))
    })

    it.each([1, 2, 3, 4])('a sign-off on one instance racing an edit on another and a publish on a third (round %i)', async (round) => {
      const SIGNED = 'CAR T-cell therapy cures MS.'
      const EDITED = 'CAR T-cell therapy may one day help some people with MS.'
      const id = await draft(`Race ${round}`, SIGNED)
      const before = await submitAndApprove(id)
      const [signOn, editOn, publishOn] = [[A, B, C], [B, C, A], [C, A, B], [A, C, B]][round - 1]!
      const [signed, edited, published] = await Promise.all([
        call(signOn, `articles/${id}/review/sign-off`, reviewer, 'POST', { password: TEST_PASSWORD, fingerprint: before.fingerprint }),
        call(editOn, `articles/${id}?draft=true`, writer, 'PATCH', { body: richText(EDITED) }),
        call(publishOn, `articles/${id}`, writer, 'PATCH', { _status: 'published' }),
      ])
      expect(edited.status).toBe(200)
      expect([200, 409]).toContain(signed.status)
      expect([200, 403]).toContain(published.status)

      const after = await stored(id)
      // The edit landed, so no sign-off covers the stored text...
      expect(JSON.stringify(after.body)).toContain(EDITED)
      expect(after.medicalReview.signOff?.fingerprint ?? null).not.toBe(after.medicalReview.fingerprint)
      expect((await call(A, `articles/${id}`, writer, 'PATCH', { _status: 'published' })).status).toBe(403)
      // ...and readers on every instance get nothing, or exactly the signed text.
      const read = await whatReadersGet(id)
      expect(new Set(read).size).toBe(1)
      if (read[0] !== null) {
        expect(published.status).toBe(200)
        expect(read[0]).toContain(SIGNED)
        expect(read[0]).not.toContain(EDITED)
        expect(await eventsOf(id, 'signed')).toHaveLength(1)
      }
    })

    it('publishing signed content from every instance at once, while an unsigned edit tries to go live', async () => {
      const SIGNED = 'Side effects can be serious.'
      const id = await draft('Published three times', SIGNED)
      const before = await submitAndApprove(id)
      expect((await call(B, `articles/${id}/review/sign-off`, reviewer, 'POST', { password: TEST_PASSWORD, fingerprint: before.fingerprint })).status).toBe(200)
      const answers = await Promise.all([
        call(A, `articles/${id}`, writer, 'PATCH', { _status: 'published' }),
        call(B, `articles/${id}`, writer, 'PATCH', { _status: 'published' }),
        call(C, `articles/${id}`, writer, 'PATCH', { _status: 'published', body: richText('Side effects are rare and never serious.') }),
      ])
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 403])
      expect(await whatReadersGet(id)).toEqual(Array(3).fill(expect.stringContaining(SIGNED)))
      expect((await stored(id)).medicalReview.fingerprint).toBe(before.fingerprint)
    })
  })

  describe('the audit chain', () => {
    it('stays one linear chain while every instance appends at once, and verifies with every instance\'s checkpoints', async () => {
      const id = await draft('Many voices', 'It cures MS.')
      expect((await call(A, `articles/${id}/review/submit`, writer, 'POST', {})).status).toBe(200)
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, n) =>
          call(n % 3, `articles/${id}/review/comments`, n % 2 ? reviewer : writer, 'POST', { field: 'body', body: `Comment ${n} from instance ${'ABC'[n % 3]}` }),
        ),
      )
      expect(answers.map((answer) => answer.status)).toEqual(Array(24).fill(200))
      expect(await eventsOf(id, 'commented')).toHaveLength(24)

      const all = (await payload.find({ collection: 'review-events', pagination: false, sort: 'sequence', depth: 0 })).docs as unknown as Json[]
      expect(all.map((event) => event.sequence)).toEqual(all.map((_, n) => n + 1))
      all.forEach((event, n) => n > 0 && expect(event.prevHash).toBe(all[n - 1]!.hash))

      const report = await verifyAuditChain(payload)
      expect(report).toMatchObject({ ok: true, checked: all.length, head: { sequence: all.length } })
      expect(report.liveContent.mismatches).toEqual([])
      // Every instance wrote committed heads to the shared file; none contradicts the chain.
      const file = await readCheckpointFile(process.env.MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE!)
      expect(file.unreadable).toBe(0)
      expect(file.read).toBeGreaterThan(0)
      expect(report.checkpoints.problems).toEqual([])
      // The verify endpoint of another instance agrees.
      const remote = await call(C, 'review-events/verify', admin)
      expect(remote.status).toBe(200)
      expect(remote.body).toMatchObject({ ok: true })
    })
  })

  describe('jobs', () => {
    it('run exactly once when every instance and a `payload jobs:run` worker run the queue at the same time', async () => {
      const worker = await startWorker()
      children.push(worker.child)
      // A scheduled publish of signed content, the review-due check (as of two years on, so every
      // published article is due), and a batch of webhook deliveries, besides those already queued.
      const SCHEDULED = 'Scheduled: it may help some people.'
      const scheduledId = await draft('Scheduled publish', SCHEDULED)
      const approved = await submitAndApprove(scheduledId)
      expect((await call(C, `articles/${scheduledId}/review/sign-off`, reviewer, 'POST', { password: TEST_PASSWORD, fingerprint: approved.fingerprint })).status).toBe(200)
      await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: scheduledId } } })
      const asOf = new Date(Date.now() + 2 * 365 * 86_400_000).toISOString()
      await payload.jobs.queue({ task: REVIEW_DUE_TASK as never, input: { asOf } as never })
      for (let n = 0; n < 30; n += 1) {
        await payload.jobs.queue({
          task: WEBHOOK_TASK as never,
          input: { url: site.url, event: 'test', deliveryId: `batch-${n}`, body: JSON.stringify({ n }) } as never,
        })
      }
      // Runnable now: not done, not failed for good, not waiting (the next daily review-due run waits).
      const pending = async () =>
        payload.count({
          collection: 'payload-jobs',
          where: {
            and: [
              { completedAt: { exists: false } },
              { hasError: { not_equals: true } },
              { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
            ],
          },
        })
      const queued = (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs as unknown as Json[]
      const webhookJobs = queued.filter((job) => job.taskSlug === WEBHOOK_TASK)
      expect(webhookJobs.length).toBeGreaterThan(30)
      expect(await eventsOf(scheduledId, 'published')).toHaveLength(0)
      const publishedBefore = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
      expect(publishedBefore.totalDocs).toBeGreaterThan(0)

      // Every instance and the worker run the queue at once, round after round, until nothing is left.
      for (let round = 0; (await pending()).totalDocs > 0; round += 1) {
        expect(round).toBeLessThan(20)
        const [runs] = await Promise.all([Promise.all([A, B, C].map((on) => call(on, 'payload-jobs/run?limit=10', admin))), worker.run()])
        expect(runs.map((run) => run.status)).toEqual([200, 200, 200])
      }

      // Each delivery reached the site once: the batch, the events queued by the tests above, and
      // the review.due announcements the review-due job queued while the queue ran.
      const bodies = site.received.map((request) => ({ id: String(request.headers['x-medreview-delivery']), body: JSON.parse(request.body) as Json }))
      const counts = new Map<string, number>()
      for (const { id } of bodies) counts.set(id, (counts.get(id) ?? 0) + 1)
      expect([...counts.entries()].filter(([, count]) => count > 1)).toEqual([])
      expect([...counts.keys()]).toEqual(expect.arrayContaining(webhookJobs.map((job) => (job.input as Json).deliveryId)))

      // The scheduled publish happened once, and readers on every instance get the signed text.
      expect(await eventsOf(scheduledId, 'published')).toHaveLength(1)
      expect(await whatReadersGet(scheduledId)).toEqual(Array(3).fill(expect.stringContaining(SCHEDULED)))

      // The review-due check announced each due document once: one notice, one review.due, one mail.
      const notices = (await payload.find({ collection: 'review-due-notices', pagination: false, depth: 0 })).docs as unknown as Json[]
      // (The scheduled article is due too, if its publish ran before the check did.)
      expect([publishedBefore.totalDocs, publishedBefore.totalDocs + 1]).toContain(notices.length)
      expect(new Set(notices.map((notice) => notice.key)).size).toBe(notices.length)
      const due = bodies.filter(({ body }) => body.event === 'review.due').map(({ body }) => String(body.document.id))
      expect(due.sort()).toEqual(notices.map((notice) => String(notice.documentId)).sort())
      const dueMails = mail.messages.filter((message) => message.subject.startsWith('Medical review due'))
      expect(dueMails.map((message) => message.subject)).toEqual([`Medical review due: ${notices.length} document(s)`])
      // Every run above also scheduled the daily check, on four runners at once: one run is queued.
      const next = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REVIEW_DUE_TASK } }, pagination: false, depth: 0 })
      expect(next.docs).toHaveLength(1)
    })
  })
})
