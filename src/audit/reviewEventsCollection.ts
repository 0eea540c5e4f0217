import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import type { StoredAuditSettings } from './auditSettings.js'

import { auditAppendOnlyError } from './auditAppendOnlyError.js'
import { AUDIT_SETTINGS } from './auditSettings.js'
import { chainReviewEvent } from './chainReviewEvent.js'
import { deriveAuditKey } from './deriveAuditKey.js'
import { refuseAuditChanges } from './refuseAuditChanges.js'
import { REVIEW_ACTIONS, REVIEW_EVENTS_SLUG } from './types.js'
import { verifyEndpoint } from './verifyEndpoint.js'

export type ReviewEventsCollectionOptions = {
  /** @default 'review-events' */
  slug?: string
  /** Who may list and read events over the API and in the admin. */
  readAccess: Access
  /** Who may call `GET /api/<slug>/verify`; only a plain `true` allows it. */
  verifyAccess: Access
  /** The auth collection the `actor` relationship points to. @default 'users' */
  usersSlug?: string
  /**
   * The HMAC key of the chain: a secret held outside the database, at least 32 characters. It is
   * never stored, sent to the admin or logged.
   * @default deriveAuditKey(the Payload secret)
   */
  auditKey?: string
  /**
   * A file that receives the chain head (one JSON line) after every committed append, and that
   * verification checks the chain against. Relative paths resolve from the working directory.
   * @default process.env.MEDICAL_REVIEW_AUDIT_CHECKPOINT_FILE (none when unset)
   */
  auditCheckpointFile?: string
}

const never: Access = () => false

/**
 * The append-only audit log of the review workflow. Server code appends through
 * `appendReviewEvent`; no API can create, update or delete an event, and the chain fields are
 * computed by the server.
 */
export const reviewEventsCollection = ({
  slug = REVIEW_EVENTS_SLUG,
  readAccess,
  verifyAccess,
  usersSlug = 'users',
  auditKey,
  auditCheckpointFile,
}: ReviewEventsCollectionOptions): CollectionConfig => {
  if (auditKey !== undefined && (typeof auditKey !== 'string' || auditKey.length < 32)) {
    throw new Error('[payload-medical-review] auditKey must be a secret of at least 32 characters')
  }
  const settings: StoredAuditSettings = {
    // Derived when asked, so that the key exists nowhere but in this process's memory.
    key: (payload) => auditKey ?? deriveAuditKey(payload.config.secret),
    checkpointFile: auditCheckpointFile,
  }
  return {
    slug,
    labels: { singular: 'Review event', plural: 'Review events' },
    admin: {
      group: 'Review',
      useAsTitle: 'meaning',
      defaultColumns: [
        'sequence',
        'action',
        'actorName',
        'documentCollection',
        'documentId',
        'occurredAt',
      ],
      description:
        'Append-only, hash-chained record of every review action. Nobody can edit or delete it. Search by what happened, by who acted, or by a document id.',
      listSearchableFields: ['meaning', 'actorName', 'documentId'],
    },
    access: { create: never, read: readAccess, update: never, delete: never },
    hooks: {
      beforeOperation: [refuseAuditChanges],
      beforeChange: [chainReviewEvent(slug)],
      beforeDelete: [
        () => {
          throw auditAppendOnlyError('deleted')
        },
      ],
    },
    endpoints: [verifyEndpoint({ slug, verifyAccess })],
    versions: false,
    disableDuplicate: true,
    lockDocuments: false,
    graphQL: { disableMutations: true },
    defaultSort: '-sequence',
    // `custom` stays on the server in Payload 3 (admin.custom is what reaches the browser).
    custom: { [AUDIT_SETTINGS]: settings },
    fields: [
      {
        name: 'sequence',
        type: 'number',
        required: true,
        unique: true,
        index: true,
        admin: { readOnly: true },
      },
      {
        name: 'action',
        type: 'select',
        required: true,
        options: REVIEW_ACTIONS.map((value) => ({
          label: value.replace(/_/g, ' '),
          value,
        })),
        admin: { readOnly: true },
      },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: usersSlug as CollectionSlug,
        admin: {
          readOnly: true,
          description: 'Empty for system events, or once the user is deleted.',
        },
      },
      {
        name: 'actorUserId',
        type: 'text',
        admin: {
          readOnly: true,
          description: 'The actor id as written; kept when the user is deleted.',
        },
      },
      {
        name: 'actorName',
        type: 'text',
        required: true,
        admin: { readOnly: true },
      },
      { name: 'actorCredentials', type: 'text', admin: { readOnly: true } },
      {
        name: 'meaning',
        type: 'text',
        required: true,
        admin: { readOnly: true },
      },
      {
        name: 'documentCollection',
        type: 'text',
        required: true,
        admin: { readOnly: true },
      },
      {
        name: 'documentId',
        type: 'text',
        required: true,
        // A document's history is looked up by id; compound indexes get unprefixed global names.
        index: true,
        admin: { readOnly: true, components: { Cell: 'payload-medical-review/rsc#ReviewEventDocumentCell' } },
      },
      { name: 'fingerprint', type: 'text', admin: { readOnly: true } },
      {
        name: 'details',
        type: 'json',
        admin: { readOnly: true, components: { Field: 'payload-medical-review/client#JsonDetailsField' } },
      },
      {
        name: 'occurredAt',
        type: 'date',
        required: true,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'prevHash',
        type: 'text',
        required: true,
        admin: { readOnly: true },
      },
      { name: 'hash', type: 'text', required: true, admin: { readOnly: true } },
    ],
  }
}
