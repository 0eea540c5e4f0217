import type { Field, FieldAccess, FieldHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { isObject } from '../isObject.js'
import { claimStorage } from './claimStorage.js'
import { isStaffUser } from './isStaffUser.js'
import { SYSTEM_FIELD } from './readerContent.js'
import { scannerFor } from './scannerFor.js'

const serverOnly: FieldAccess = () => false

/**
 * The parts of the review state kept together in `record` (nothing queries them by value): fields
 * of their own for every reader, never stored on their own.
 */
const recordFields: Field[] = (
  [
    { name: 'contentEditedBy', type: 'text', admin: { hidden: true } },
    { name: 'contentEditors', type: 'json', admin: { hidden: true } },
    // Claims are stored compact (see claimStorage) inside `record`, and read whole by every door.
    { name: 'claims', type: 'json', admin: { hidden: true } },
    { name: 'signOff', type: 'json', admin: { hidden: true } },
    { name: 'changesRequested', type: 'json', admin: { hidden: true } },
    { name: 'assignment', type: 'json', admin: { hidden: true } },
  ] as const
).map((field) => ({ ...field, virtual: true }) as Field)
const RECORD_KEYS = recordFields.map((field) => (field as { name: string }).name)

/**
 * The server-owned `medicalReview` group. No client writes it (field access drops what they
 * send, and the gate overwrites it on every save anyway); only staff (the site's `isStaff`) read it.
 *
 * Status, fingerprint and dates are columns (listed, queried, indexed). The rest is stored as one
 * JSON value, `record`, and read back into fields of the same names (virtual: never stored on
 * their own): Payload's SQL adapters walk every field of every document they read, public reads
 * included, and six more columns cost each of them more than the rest of the plugin. Every door
 * still reads and writes the group whole; a document stored before `record` (MongoDB has no
 * migration) reads as it was stored.
 */
export const reviewFields = (options: ResolvedOptions): Field => {
  const storage = claimStorage(scannerFor(options.claims))
  // The gate writes the whole state on every save; a group read straight from the database (only
  // `record`, no state fields) keeps the record it has.
  const pack: FieldHook = ({ value }) => {
    if (!isObject(value)) return value
    const record: Record<string, unknown> = isObject(value.record) ? { ...value.record } : {}
    for (const key of RECORD_KEYS) if (value[key] !== undefined) record[key] = value[key]
    if (Array.isArray(record.claims)) record.claims = storage.compact(record.claims)
    return { ...value, record }
  }
  const unpack: FieldHook = ({ value }) => {
    if (!isObject(value)) return value
    const { record, ...rest } = value
    const state: Record<string, unknown> = isObject(record) ? { ...rest, ...record } : rest
    if (state.claims !== undefined && state.claims !== null) state.claims = storage.expand(state.claims) ?? state.claims
    return state
  }
  return {
    name: 'medicalReview',
    type: 'group',
    label: 'Medical review',
    access: {
      create: serverOnly,
      update: serverOnly,
      read: ({ req }) => isStaffUser(req.user, options),
    },
    admin: { readOnly: true, position: 'sidebar' },
    custom: { [SYSTEM_FIELD]: true },
    hooks: { beforeChange: [pack], afterRead: [unpack] },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: [
          { label: 'Draft', value: 'draft' },
          { label: 'In review', value: 'in_review' },
          { label: 'Changes requested', value: 'changes_requested' },
          { label: 'Approved', value: 'approved' },
        ],
      },
      { name: 'fingerprint', type: 'text', admin: { hidden: true } },
      ...recordFields,
      { name: 'record', type: 'json', admin: { hidden: true } },
      { name: 'lastReviewed', type: 'date' },
      { name: 'nextReviewDue', type: 'date', index: true },
    ],
  }
}
