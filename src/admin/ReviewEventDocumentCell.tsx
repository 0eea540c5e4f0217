import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'

import { Link } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { titleOf } from '../review/titleOf.js'

/**
 * The audit list's document column: the document's title, linked to it, instead of "articles / 4".
 * A deleted document (or one the reader may not see) keeps its collection and id.
 */
export const ReviewEventDocumentCell: React.FC<DefaultServerCellComponentProps> = async ({ payload, rowData }) => {
  const collection = String(rowData?.documentCollection ?? '')
  const id = String(rowData?.documentId ?? '')
  if (!collection || !id || !payload.collections[collection as CollectionSlug]) return <span>{id}</span>
  const doc = (await payload
    .findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, disableErrors: true })
    .catch(() => null)) as (Record<string, unknown> & { id: number | string }) | null
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${collection}/${id}` })
  return (
    <Link href={href} prefetch={false}>
      {doc ? titleOf(payload, collection, doc) : `${collection} / ${id}`}
    </Link>
  )
}
