import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { testDatabaseKind } from '../helpers/testDatabase.js'
import { type Attacker, codeOf, startAttacker } from './securityHarness.js'

/**
 * Payload keeps the id a client sends for an array row, and SQL adapters store array rows in one
 * table for every document, keyed by that id. A row id of another document failed with a 500 on
 * SQLite; it answers a 400 with a code, and nothing is stored.
 */
// MongoDB keeps rows inside their document: two documents may hold rows of the same id.
const describeSql = testDatabaseKind() === 'mongodb' ? describe.skip : describe

describeSql('array row ids shared between documents', () => {
  let a: Attacker
  beforeAll(async () => {
    a = await startAttacker()
  }, 120_000)
  afterAll(() => a.close())

  it('answers a row id another document already uses with a 4xx, and stores nothing', async () => {
    const first = await a.call('articles?draft=true', a.writer, {
      body: { title: 'First', slug: 'first-row-id', references: [{ id: 'shared-row-id', label: 'NICE' }] },
    })
    expect(first.status).toBe(201)
    const before = await a.rowCounts('articles')
    const second = await a.call('articles?draft=true', a.writer2, {
      body: { title: 'Second', slug: 'second-row-id', references: [{ id: 'shared-row-id', label: 'WHO' }] },
    })
    const after = await a.rowCounts('articles')
    // PostgreSQL's adapter answers with its own validation error; SQLite's with the plugin's code.
    expect({ status: second.status, unchanged: JSON.stringify(after) === JSON.stringify(before), code: codeOf(second.body) ?? 'ValidationError' }).toEqual({
      status: 400,
      unchanged: true,
      code: expect.stringMatching(/^(DUPLICATE_VALUE|ValidationError)$/),
    })
  })

  it('answers the same on an update of an existing document', async () => {
    const body = {
      root: {
        type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
        children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0,
          children: [{ type: 'text', version: 1, text: 'Rest.', format: 0, mode: 'normal', style: '', detail: 0 }] }],
      },
    }
    const target = await a.call('articles?draft=true', a.writer2, { body: { title: 'Third', slug: 'third-row-id', body } })
    expect(target.status).toBe(201)
    const id = target.body.doc.id
    const patched = await a.call(`articles/${id}`, a.writer2, {
      method: 'PATCH',
      body: { _status: 'draft', body, references: [{ id: 'shared-row-id', label: 'WHO' }] },
    })
    expect([patched.status, patched.body.errors?.[0]?.message?.slice(0, 120)]).toEqual([400, expect.any(String)])
  })
})
