import type { ReviewState } from '../../src/review/types.js'
import type { Account } from './accounts.js'
import type { TestServer } from './testServer.js'

export type Answer = { status: number; body: Record<string, unknown> & Partial<ReviewState> & { revision?: string } }

/** The stable code of a refusal, as Payload's error body carries it. */
export const codeOf = (answer: Answer) => (answer.body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

/** Calls the running server over HTTP as an account (or anonymously), and reads the stored review state. */
export const reviewApi = (server: () => TestServer) => ({
  call: async (path: string, account: Account | null, method = 'POST', body: unknown = {}): Promise<Answer> => {
    const response = await fetch(`${server().url}/api/${path}`, {
      method,
      headers: account?.headers ?? { 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Answer['body'] }
  },
  stored: async (id: number, collection = 'articles') =>
    ((await server().payload.findByID({ collection: collection as 'articles', id, draft: true })) as unknown as { medicalReview: ReviewState })
      .medicalReview,
})
