import type { PayloadRequest } from 'payload'

import type { ResolvedCollectionSettings } from '../collectionSettings.js'
import type { ResolvedOptions } from '../resolveOptions.js'
import type { ReviewState } from '../types.js'
import type { CommentAnchor } from './types.js'

import { clipText } from '../../clipText.js'
import { actorOf } from '../actorOf.js'
import { authorsOf } from '../authorsOf.js'
import { adminLink, emailUsers } from '../notify.js'
import { titleOf } from '../titleOf.js'

const quoted = (text: string) => `"${text.length > 80 ? `${clipText(text, 77)}...` : text}"`
/** What a thread is about, in words: `the claim "..."` or `the field "body"`. */
export const aboutOf = (anchor: CommentAnchor) => (anchor.kind === 'claim' ? `the claim ${quoted(anchor.quote)}` : `the field "${anchor.field}"`)

/**
 * Everyone with a stake in a conversation but the one who just spoke: the thread's participants,
 * the author, the last editor and the assigned reviewer. They are emailed; the admin shows open
 * threads on the dashboard and in the panel.
 */
export const notifyConversation = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  target: { collection: string; id: string; doc: Record<string, unknown>; settings: ResolvedCollectionSettings; state: ReviewState },
  participants: (string | null | undefined)[],
  text: string,
) => {
  const { collection, id, doc, settings, state } = target
  const actor = String(actorOf(req, options).id)
  const title = titleOf(req.payload, collection, doc)
  await emailUsers(
    req.payload,
    options,
    [...participants, ...authorsOf(doc, settings.authorField, options.usersSlug), state.contentEditedBy, state.assignment?.reviewer].filter(
      (person) => person && person !== actor,
    ),
    { subject: `New comment: ${title}`, text: `${text}\n\n${adminLink(req.payload, collection, id)}` },
  )
}
