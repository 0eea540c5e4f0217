import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'

import { type Account, createAccount, TEST_PASSWORD } from '../helpers/accounts.js'
import { type TestServer } from '../helpers/testServer.js'

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type Reply = { status: number; headers: Headers; body: Json; text: string }

/** One HTTP call to the API, as `account` or anonymously. */
export const api = async (
  t: TestServer,
  path: string,
  account?: Account,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> => {
  const response = await fetch(`${t.url}/api/${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(account ? { authorization: `JWT ${account.token}` } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  let body: Json = {}
  try {
    body = text ? (JSON.parse(text) as Json) : {}
  } catch {
    body = {}
  }
  return { status: response.status, headers: response.headers, body, text }
}

export type Team = { writer: Account; reviewer: Account; admin: Account }

export const REVIEWER = { displayName: 'Dr Ada Reviewer', credentials: 'MD, PhD' }

/** A writer, a reviewer with a printed name and credentials, and an admin. */
export const createTeam = async (t: TestServer): Promise<Team> => ({
  writer: await createAccount(t.payload, t.url, ['writer']),
  reviewer: await createAccount(t.payload, t.url, ['reviewer'], { reviewerProfile: REVIEWER }),
  admin: await createAccount(t.payload, t.url, ['admin']),
})

const expectOk = (reply: Reply, what: string) => {
  if (reply.status >= 300) throw new Error(`${what}: HTTP ${reply.status} ${reply.text}`)
  return reply
}

/** The writer saves a draft over REST; returns its id. */
export const createDraft = async (
  t: TestServer,
  team: Team,
  collection: string,
  data: Json,
): Promise<number> =>
  expectOk(
    await api(t, `${collection}?draft=true`, team.writer, { body: data }),
    `draft ${collection}`,
  ).body.doc.id

/** Decisions recorded on every claim: a note and evidence that must never reach the public. */
export const PRIVATE_NOTE = 'INTERNAL-NOTE: checked against the sponsor briefing'
export const PRIVATE_DOI = '10.5555/internal.evidence.42'

/**
 * The writer submits (unless an edit already sent it back to review), the reviewer approves every
 * claim (with a note) and signs off, over HTTP.
 */
export const reviewAndSign = async (
  t: TestServer,
  team: Team,
  collection: string,
  id: number | string,
) => {
  const current = expectOk(await api(t, `${collection}/${id}/review`, team.writer), 'review state')
  const state =
    current.body.status === 'in_review'
      ? current
      : expectOk(
          await api(t, `${collection}/${id}/review/submit`, team.writer, { body: {} }),
          'submit',
        )
  for (const claim of state.body.claims as Json[]) {
    expectOk(
      await api(t, `${collection}/${id}/review/claims/${claim.key}`, team.reviewer, {
        body: { decision: 'approved', note: PRIVATE_NOTE, evidence: { doi: PRIVATE_DOI } },
      }),
      'decide',
    )
  }
  expectOk(
    await api(t, `${collection}/${id}/review/sign-off`, team.reviewer, {
      body: { password: TEST_PASSWORD, fingerprint: state.body.fingerprint },
    }),
    'sign',
  )
}

/** The whole workflow, then the writer publishes: the gate lets nothing else through. */
export const publishThroughReview = async (
  t: TestServer,
  team: Team,
  collection: string,
  id: number | string,
) => {
  await reviewAndSign(t, team, collection, id)
  return expectOk(
    await api(t, `${collection}/${id}`, team.writer, {
      method: 'PATCH',
      body: { _status: 'published' },
    }),
    'publish',
  )
}

/** Drafts and publishes through review; returns the id. */
export const createPublished = async (
  t: TestServer,
  team: Team,
  collection: string,
  data: Json,
) => {
  const id = await createDraft(t, team, collection, data)
  await publishThroughReview(t, team, collection, id)
  return id
}

export type Received = { headers: IncomingHttpHeaders; body: string }

export type Receiver = {
  url: string
  received: Received[]
  /** The status the next requests get. */
  status: number
  close: () => Promise<void>
}

/** A real HTTP endpoint that records every request and answers with `status`. */
export const startReceiver = async (status = 200): Promise<Receiver> => {
  const received: Received[] = []
  const receiver = { received, status } as Receiver
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.statusCode = receiver.status
      res.end(receiver.status < 300 ? 'ok' : 'down')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return receiver
}

/** Runs every queued job that is due now (the server's own cron is off in tests). */
export const runJobs = async (t: TestServer) => {
  for (let round = 0; round < 5; round += 1) {
    const result = await t.payload.jobs.run({ limit: 100, silent: true })
    if (!result || (result as { noJobsRemaining?: boolean }).noJobsRemaining) break
  }
}
