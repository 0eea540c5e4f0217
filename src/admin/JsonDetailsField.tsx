'use client'
import type { JSONFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * A read-only JSON value as plain, indented text. Payload's JSON field loads its code editor from
 * a public CDN; an audit record needs no editor, and the admin then makes no third-party requests.
 */
export const JsonDetailsField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type mr-json">
      <FieldLabel label={field.label ?? field.name} path={path} />
      <pre className="mr-json__value">{value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  )
}
