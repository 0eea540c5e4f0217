import type { Field, FieldAccess, FieldHook } from 'payload'

import type { ResolvedOptions } from './resolveOptions.js'

import { claimStorage } from './claimStorage.js'
import { isStaffUser } from './isStaffUser.js'
import { SYSTEM_FIELD } from './readerContent.js'
import { scannerFor } from './scannerFor.js'

const serverOnly: FieldAccess = () => false

/**
 * The server-owned `medicalReview` group. No client writes it (field access drops what they
 * send, and the gate overwrites it on every save anyway); only staff (the site's `isStaff`) read it.
 */
export const reviewFields = (options: ResolvedOptions): Field => {
  const storage = claimStorage(scannerFor(options.claims))
  const compact: FieldHook = ({ value }) => (Array.isArray(value) ? storage.compact(value) : value)
  const expand: FieldHook = ({ value }) => storage.expand(value) ?? value
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
      { name: 'contentEditedBy', type: 'text', admin: { hidden: true } },
      { name: 'contentEditors', type: 'json', admin: { hidden: true } },
      {
        name: 'claims',
        type: 'json',
        admin: { hidden: true },
        // Stored compact (see claimStorage), read whole by every door.
        hooks: { beforeChange: [compact], afterRead: [expand] },
      },
      { name: 'signOff', type: 'json', admin: { hidden: true } },
      { name: 'changesRequested', type: 'json', admin: { hidden: true } },
      { name: 'assignment', type: 'json', admin: { hidden: true } },
      { name: 'lastReviewed', type: 'date' },
      { name: 'nextReviewDue', type: 'date', index: true },
    ],
  }
}
