/**
 * Drives a stranger's Payload site with the packed plugin installed (see run.sh): accounts of the
 * site's own model, the publish gate over REST, what an anonymous reader and a subscriber get,
 * and the review panel in Chromium. Exits non-zero on the first broken expectation.
 */
import assert from 'node:assert/strict'

import { launchBrowser } from '../e2e/harness.js'

const base = process.argv[2]
if (!base) throw new Error('usage: check.ts <site url>')
const PASSWORD = 'stranger-site-password-1'

type Answer = { status: number; body: Record<string, unknown> }

const call = async (method: string, path: string, token?: string, body?: unknown): Promise<Answer> => {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

const codeOf = (answer: Answer) =>
  ((answer.body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code ?? '') as string

const lexical = (sentence: string) => ({
  root: {
    type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
    children: [{
      type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
      children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: sentence }],
    }],
  },
})

const login = async (email: string) => {
  const answer = await call('POST', '/accounts/login', undefined, { email, password: PASSWORD })
  assert.equal(answer.status, 200, `login ${email}: ${JSON.stringify(answer.body)}`)
  return answer.body.token as string
}

const step = (line: string) => console.log(`  ok  ${line}`)

const first = await call('POST', '/accounts/first-register', undefined, { email: 'owner@site.test', password: PASSWORD, role: 'owner' })
assert.equal(first.status, 200, JSON.stringify(first.body))
const owner = await login('owner@site.test')
const ids: Record<string, string | number> = {}
for (const role of ['editor', 'doctor', 'subscriber']) {
  const made = await call('POST', '/accounts', owner, { email: `${role}@site.test`, password: PASSWORD, role, fullName: `A ${role}` })
  assert.equal(made.status, 201, JSON.stringify(made.body))
  ids[role] = (made.body.doc as { id: string | number }).id
}
const [editor, doctor, subscriber] = await Promise.all(['editor', 'doctor', 'subscriber'].map((role) => login(`${role}@site.test`)))
step('the site’s own accounts and roles')

const CLAIM = 'This supplement cures type 2 diabetes and has no side effects.'
const created = await call('POST', '/posts?draft=true', editor, { headline: 'A supplement story', content: lexical(CLAIM), writer: ids.editor })
assert.equal(created.status, 201, JSON.stringify(created.body))
const id = (created.body.doc as { id: string | number }).id

const blocked = await call('PATCH', `/posts/${id}`, editor, { _status: 'published' })
assert.ok(blocked.status >= 400 && blocked.status < 500, `publishing unreviewed content answered ${blocked.status}`)
assert.ok(codeOf(blocked), `a refused publish carries a code: ${JSON.stringify(blocked.body)}`)
const hidden = await call('GET', '/posts')
assert.equal(hidden.body.totalDocs, 0, 'an anonymous reader sees no unreviewed post')
step(`the gate refuses to publish unreviewed content (${blocked.status} ${codeOf(blocked)})`)

const asSubscriber = await call('GET', `/posts/${id}/review`, subscriber)
assert.equal(asSubscriber.status, 403, `a subscriber reading review data answered ${asSubscriber.status}`)
const scan = await call('POST', '/medical-review/scan', subscriber, { text: CLAIM })
assert.ok(scan.status === 401 || scan.status === 403, `a subscriber scanning answered ${scan.status}`)
const versions = await call('GET', '/posts/versions', subscriber)
assert.equal(versions.status, 403, `a subscriber listing versions answered ${versions.status}`)
// A write answers with the latest draft: an empty autosave would show the unreviewed text.
const written = await call('PATCH', `/posts/${id}?draft=true&autosave=true`, subscriber, {})
assert.equal(written.status, 403, `a subscriber writing a post answered ${written.status}`)
assert.ok(!JSON.stringify(written.body).includes('cures type 2 diabetes'), 'a refused write shows no draft text')
step('a subscriber gets no review data, no scanner, no versions and no write')

// The site leaves account updates at Payload's default (any signed-in account): the plugin still
// keeps a writer from taking over the doctor's account and signing as them.
const takeover = await call('PATCH', `/accounts/${ids.doctor}`, editor, { password: 'chosen-by-the-editor-0123' })
assert.equal(takeover.status, 403, `an editor setting the doctor's password answered ${takeover.status}`)
assert.equal(codeOf(takeover), 'ACCOUNT_ADMIN_ONLY', JSON.stringify(takeover.body))
await login('doctor@site.test')
step(`an editor cannot take over the doctor's account (${takeover.status} ${codeOf(takeover)})`)

const submitted = await call('POST', `/posts/${id}/review/submit`, editor)
assert.equal(submitted.status, 200, JSON.stringify(submitted.body))
const review = await call('GET', `/posts/${id}/review`, doctor)
const claims = (review.body.claims ?? (review.body.state as { claims?: unknown })?.claims) as { key: string; category: string }[]
assert.ok(claims?.some((claim) => claim.category === 'cure_remission'), `claims found: ${JSON.stringify(review.body).slice(0, 300)}`)
const selfDecide = await call('POST', `/posts/${id}/review/claims/${claims[0].key}`, editor, { decision: 'approved' })
assert.equal(selfDecide.status, 403, 'the writer cannot decide claims')
for (const claim of claims) {
  const decided = await call('POST', `/posts/${id}/review/claims/${claim.key}`, doctor, { decision: 'approved', note: 'Checked.' })
  assert.equal(decided.status, 200, JSON.stringify(decided.body))
}
const fingerprint = ((review.body.fingerprint ?? (review.body.state as { fingerprint?: string })?.fingerprint) as string)
const signed = await call('POST', `/posts/${id}/review/sign-off`, doctor, { password: PASSWORD, fingerprint })
assert.equal(signed.status, 200, JSON.stringify(signed.body))
const published = await call('PATCH', `/posts/${id}`, editor, { _status: 'published' })
assert.equal(published.status, 200, JSON.stringify(published.body))
const read = await call('GET', `/posts/${id}`)
assert.equal(read.status, 200)
assert.equal(read.body.medicalReview, undefined, 'an anonymous reader never gets the review state')
assert.equal((read.body.review as { reviewedBy?: { name?: string } })?.reviewedBy?.name, 'doctor@site.test')
step('writer submits, the doctor decides and signs, the post goes live with its byline')

const tampered = await call('PATCH', `/posts/${id}`, editor, { headline: 'A supplement story', content: lexical('This supplement cures every disease.') })
const after = await call('GET', `/posts/${id}`)
assert.ok(tampered.status >= 400 || JSON.stringify(after.body.content).includes('type 2 diabetes'), 'a live edit never reaches readers unreviewed')
const drafted = await call('PATCH', `/posts/${id}?draft=true`, editor, { content: lexical('This supplement cures every disease, new draft.') })
assert.equal(drafted.status, 200, JSON.stringify(drafted.body))
for (const reader of [undefined, subscriber]) {
  const asked = await call('GET', `/posts/${id}?draft=true`, reader)
  assert.ok(!JSON.stringify(asked.body).includes('new draft'), 'a reader asking for drafts never gets the unreviewed one')
}
step('an unreviewed live edit does not reach readers, nor does a new draft')

// The admin panel in a real browser, as the doctor, on a second post waiting for review.
const second = await call('POST', '/posts?draft=true', editor, { headline: 'Waiting for review', content: lexical(CLAIM), writer: ids.editor })
const secondId = (second.body.doc as { id: string | number }).id
await call('POST', `/posts/${secondId}/review/submit`, editor)
const browser = await launchBrowser()
try {
  const page = await browser.newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill('doctor@site.test')
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type=submit]').click()
  await page.waitForURL(/\/admin(?!\/login)/, { timeout: 60_000 })
  await page.goto(`${base}/admin/collections/posts/${secondId}`)
  const panel = page.locator('[data-testid=review-panel][data-status=in_review]')
  await panel.waitFor({ timeout: 60_000 })
  await panel.locator('[data-category="cure_remission"] .mr-claim').first().waitFor()
  assert.ok((await panel.innerText()).includes('cures type 2 diabetes'))
  step('the review panel shows the claims in Chromium')
} finally {
  await browser.close()
}
console.log('stranger site: all checks passed')
