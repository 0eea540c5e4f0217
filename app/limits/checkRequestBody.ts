import { publicError } from 'payload-medical-review'

const OPEN = new Set(['{', '['])
const CLOSE = new Set(['}', ']'])

/** Whether arrays and objects nest deeper than `max`: one pass over the text, no recursion to overflow. */
const nestsDeeperThan = (text: string, max: number): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (OPEN.has(char)) {
      depth++
      if (depth > max) return true
    } else if (CLOSE.has(char)) depth--
  }
  return false
}

/** Whether any key or string in a parsed JSON value holds a NUL character (the value nests at most maxNesting deep). */
const holdsNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000')
  if (!value || typeof value !== 'object') return false
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item))
}

/** Every Payload endpoint takes an object of fields; anything else crashes its handlers, so it is refused here. */
const checkJsonObject = (text: string, maxNesting: number, what: string): void => {
  if (nestsDeeperThan(text, maxNesting)) {
    throw publicError(400, 'JSON_TOO_DEEP', `${what} nests arrays and objects more than ${maxNesting} levels deep.`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw publicError(400, 'INVALID_JSON', `${what} is not valid JSON. Check quoting, commas and brackets.`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw publicError(400, 'BODY_NOT_OBJECT', `${what} must be a JSON object of fields, e.g. {"title": "..."}.`)
  }
  // PostgreSQL cannot store or compare text with NUL in it, and no field means it.
  if (holdsNul(value)) throw publicError(400, 'NUL_CHARACTER', `${what} contains a NUL character (\\u0000); remove it.`)
}

export type BodyKind = 'empty' | 'form' | 'json' | 'multipart'

/** The media type without parameters, in lower case. */
const mediaType = (contentType: string | undefined) => (contentType ?? '').split(';', 1)[0].trim().toLowerCase()

/**
 * Refuses, with a 4xx a client can act on, a body Payload's handlers would fail on with a 500:
 * JSON that does not parse, is not an object or nests too deep; multipart that does not parse or
 * whose `_payload` is not a JSON object; a media type the API does not read. A form-encoded body
 * is only what Payload's method override (`X-HTTP-Method-Override: GET`) reads.
 */
export const checkRequestBody = async (
  body: Buffer,
  { contentType, methodOverride, maxNesting }: { contentType?: string; methodOverride?: string; maxNesting: number },
): Promise<BodyKind> => {
  const type = mediaType(contentType)
  const overridden = methodOverride?.toUpperCase() === 'GET'
  if (body.length === 0) {
    // The method override parses a JSON body unguarded, so it must have one.
    if (overridden && type === 'application/json') checkJsonObject('', maxNesting, 'The request body')
    return 'empty'
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    checkJsonObject(body.toString('utf8'), maxNesting, 'The request body')
    return 'json'
  }
  if (type === 'multipart/form-data') {
    let form: FormData
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType ?? '' } }).formData()
    } catch {
      throw publicError(400, 'INVALID_MULTIPART', 'The multipart/form-data body could not be read: check the boundary and the parts.')
    }
    const data = form.get('_payload')
    if (data !== null) checkJsonObject(typeof data === 'string' ? data : '', maxNesting, 'The _payload field')
    return 'multipart'
  }
  if (type === 'application/x-www-form-urlencoded' && overridden) return 'form'
  throw publicError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON (Content-Type: application/json) or multipart/form-data.')
}
