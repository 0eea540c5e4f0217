import type { Request } from 'express'

import { publicError } from 'payload-medical-review'

const tooLarge = (maxBytes: number) =>
  publicError(
    413,
    'BODY_TOO_LARGE',
    `The request body is larger than ${maxBytes} bytes. Send less at once (rich text, references), or ask the operator to raise MAX_BODY_BYTES.`,
  )

/**
 * The whole request body, refused with a 413 as soon as it passes `maxBytes`: a declared
 * Content-Length is judged before a byte is read, a chunked body while it arrives.
 */
export const readLimitedBody = async (req: Request, maxBytes: number): Promise<Buffer> => {
  const declared = Number(req.get('content-length') ?? 0)
  if (declared > maxBytes) throw tooLarge(maxBytes)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge(maxBytes)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
