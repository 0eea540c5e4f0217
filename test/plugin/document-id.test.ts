import type { Payload } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { documentId } from '../../src/review/documentId.js'

/** Just what documentId reads of a Payload instance: the database's id type and the collection's own. */
const on = (db: { name: string; defaultIDType: 'number' | 'text' }, customIDType?: 'text') =>
  ({ db, collections: { notes: { customIDType } } }) as unknown as Payload

const sql = on({ name: 'sqlite', defaultIDType: 'number' })
const mongo = on({ name: 'mongoose', defaultIDType: 'text' })

describe('documentId', () => {
  it('takes an id only in the form the database writes, so no second spelling names a document', () => {
    expect(['7', 7, '0', '007', '07', '+7', '7.0', '1e3', ''].map((raw) => documentId(sql, 'notes', raw))).toEqual([
      7, 7, 0, undefined, undefined, undefined, undefined, undefined, undefined,
    ])
    const objectId = '65a1b2c3d4e5f60718293a4b'
    expect([objectId, objectId.toUpperCase(), `${objectId}0`].map((raw) => documentId(mongo, 'notes', raw))).toEqual([objectId, undefined, undefined])
  })

  it('takes a custom text id as it is', () => {
    expect(documentId(on({ name: 'sqlite', defaultIDType: 'number' }, 'text'), 'notes', 'Flu-Guide')).toBe('Flu-Guide')
  })
})
