import { inflateRawSync } from 'node:zlib'

/** What a packed claims value holds, claim by claim, named: undefined where the reader rebuilds it. */
export type PackedRowView = {
  key: string
  ruleId: string
  text: string
  field?: string
  sentence?: string
  category?: string
  message?: string
  decision?: Record<string, unknown>
}

/** Reads the positions of the packed format (see claimStorage) back into names, without the plugin's code. */
export const packedRows = (stored: unknown): PackedRowView[] => {
  const deflated = (stored as { deflated?: unknown } | null)?.deflated
  if (typeof deflated !== 'string') throw new Error(`Expected packed claims, got ${JSON.stringify(stored)?.slice(0, 80)}`)
  const packed = inflateRawSync(Buffer.from(deflated, 'base64')).toString('utf8')
  const kept = (value: unknown) => (value === 0 || value === undefined ? undefined : value)
  return (JSON.parse(packed) as unknown[][]).map((row) => ({
    key: row[0] as string,
    ruleId: row[1] as string,
    text: row[2] as string,
    field: kept(row[6]) as string | undefined,
    sentence: kept(row[7]) as string | undefined,
    category: kept(row[8]) as string | undefined,
    message: kept(row[9]) as string | undefined,
    decision: kept(row[10]) as Record<string, unknown> | undefined,
  }))
}
