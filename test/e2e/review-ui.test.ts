import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { type App, chromiumNotRunReason, launchBrowser, SCREENSHOTS, startApp } from './harness.js'

/**
 * The review workflow in a real browser, against the built admin as `npm start` serves it: a
 * writer drafts, sees the claims and why Publish is disabled, submits; a reviewer rejects one
 * claim with a reason and sends it back; the writer fixes and resubmits; the reviewer approves
 * and signs off; the writer publishes; an anonymous reader gets the article over REST.
 */
const notRun = chromiumNotRunReason()
if (notRun) process.stderr.write(`\n${notRun}\n`)
const suite = notRun ? describe.skip : describe

const TITLE = 'E2E: CAR T-cell therapy and MS'
const CURE = 'CAR T-cell therapy cures MS.'
const SAFETY = 'Side effects can be serious.'
const FIXED = 'CAR T-cell therapy is being studied in people with MS.'
const REJECTION = 'CAR T-cell therapy does not cure MS: say that it is being studied.'
const SENT_BACK = 'The cure claim must go; see my note on it.'
const QUESTION = 'Is there any trial result you could cite here instead?'
const ANSWER = 'No result yet; I will say it is being studied.'

let app: App
let browser: Browser
let writer: Page
let reviewer: Page
let id = ''
// Every host any admin page asked for: the admin must not call third parties.
const requestedHosts = new Set<string>()

/** Toasts fade on their own; screenshots leave them out so they do not cover the panel. */
const quiet = (page: Page) => page.addStyleTag({ content: '[data-sonner-toaster] { display: none !important; }' })
const shot = async (page: Page, name: string) => {
  await quiet(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
}

// Tall enough that the sidebar panel needs no scrolling under the sticky document header.
const signIn = async (email: string, viewport = { width: 1400, height: 1600 }, locale = 'en-GB'): Promise<Page> => {
  const context = await browser.newContext({ viewport, locale })
  context.on('request', (request) => requestedHosts.add(new URL(request.url()).host))
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${app.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', app.password)
  await page.click('button[type=submit]')
  await page.waitForURL(`${app.url}/admin`)
  return page
}

const panel = (page: Page) => page.locator('[data-testid=review-panel]')
const waitForStatus = (page: Page, status: string) =>
  page.locator(`[data-testid=review-panel][data-status=${status}]`).waitFor()
const openDocument = async (page: Page, status: string) => {
  await page.goto(`${app.url}/admin/collections/articles/${id}`)
  await waitForStatus(page, status)
}
/** Leaves the edit view, as a person would, so the document is not held open by this user. */
const leave = (page: Page) => page.goto(`${app.url}/admin/collections/articles`)
const publishReasons = (page: Page) => page.locator('.mr-publish').getAttribute('title')

/** A review action as the signed-in user's own browser would send it (cookie, same origin). */
const postAs = (page: Page, route: string, body: unknown) =>
  page.evaluate(
    async ([url, payload]) => {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      })
      return { status: response.status, body: (await response.json()) as { errors?: { data?: { code?: string } }[] } }
    },
    [`/api/${route}`, body] as const,
  )

suite('the review workflow in the admin (Chromium)', () => {
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    app = await startApp()
    browser = await launchBrowser()
  }, 900_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  }, 60_000)

  it('shows a writer the claims in a new draft, grouped by category, once it is saved', async () => {
    writer = await signIn('writer@example.com')
    // Autosave makes the draft as soon as the create view opens.
    await writer.goto(`${app.url}/admin/collections/articles/create`)
    await writer.waitForURL(/\/admin\/collections\/articles\/(?!create)[^/?]+$/)
    id = writer.url().split('/').pop()!
    await writer.fill('#field-title', TITLE)
    await writer.locator('[data-field-path="body"] [contenteditable="true"]').click()
    await writer.keyboard.type(`${CURE} ${SAFETY}`)

    const cure = panel(writer).locator('[data-category="cure_remission"] .mr-claim')
    const safety = panel(writer).locator('[data-category="safety_side_effects"] .mr-claim')
    await cure.waitFor()
    await safety.waitFor()
    expect(await cure.getAttribute('data-severity')).toBe('error')
    expect(await cure.locator('.mr-claim__sentence').innerText()).toContain(CURE)
    expect(await safety.locator('.mr-claim__sentence').innerText()).toContain(SAFETY)
    expect(await panel(writer).locator('.mr-category h4').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/cure or remission/i), expect.stringMatching(/safety/i)]),
    )

    // Clicking a claim brings its field into view and marks the words.
    await writer.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await cure.locator('.mr-claim__sentence').click()
    const body = writer.locator('.field-type.mr-flash[data-field-path="body"], .field-type.mr-flash:has([data-field-path="body"])')
    await body.first().waitFor()
    expect(await writer.evaluate(() => CSS.highlights.has('mr-claim'))).toBe(true)
  })

  it('keeps Publish disabled before sign-off, with the reasons in plain words', async () => {
    const publish = writer.locator('#action-save')
    expect(await publish.isDisabled()).toBe(true)
    const reasons = await publishReasons(writer)
    expect(reasons).toContain('2 claims await a reviewer')
    expect(reasons).toContain('No medical reviewer has signed off yet')
    await writer.locator('.mr-publish .popup-button').click()
    const menu = writer.locator('.mr-publish__reasons')
    await menu.waitFor()
    expect(await menu.innerText()).toContain('2 claims await a reviewer')
    await shot(writer, 'publish-blocked.png')
    await writer.keyboard.press('Escape')
    expect(await panel(writer).locator('[data-testid=publish-gate]').innerText()).toContain('2 claims await a reviewer')
    expect(await panel(writer).locator('[data-testid=byline]').innerText()).toMatch(/No byline yet/)
  })

  it('lets the writer submit, and shows no reviewer actions to a writer (the server refuses them too)', async () => {
    await writer.locator('#mr-submit').click()
    await waitForStatus(writer, 'in_review')
    expect(await writer.locator('.mr-badge').innerText()).toBe('In review')
    expect(await writer.locator('#mr-sign-off, #mr-request-changes, .mr-claim__open').count()).toBe(0)
    const key = await panel(writer).locator('.mr-claim').first().getAttribute('data-key')
    const decided = await postAs(writer, `articles/${id}/review/claims/${key}`, { decision: 'approved' })
    expect(decided.status).toBe(403)
    expect(decided.body.errors?.[0]?.data?.code).toBe('NOT_A_REVIEWER')
    await leave(writer)
  })

  it('lets the writer assign a reviewer from the panel', async () => {
    await openDocument(writer, 'in_review')
    await writer.locator('#mr-assign').click()
    await writer.locator('#mr-assign-reviewer').selectOption({ label: 'Dr Jane Doe, MD' })
    await writer.locator('#mr-assign-send').click()
    await writer.locator('[data-testid=review-assignment] p', { hasText: 'Assigned to Dr Jane Doe by Wren Writer' }).waitFor()
    await leave(writer)
  })

  it('lists the document in the reviewer’s queue with its pending claims', async () => {
    reviewer = await signIn('reviewer@example.com')
    // The dashboard leads the reviewer to what is assigned to them.
    expect(await reviewer.locator('[data-testid=dashboard-assigned]').innerText()).toContain(TITLE)
    // The queue is in the navigation for reviewers (and admins), not for writers.
    expect(await reviewer.locator('#nav-medical-review-queue').count()).toBe(1)
    expect(await writer.locator('#nav-medical-review-queue').count()).toBe(0)
    await reviewer.goto(`${app.url}/admin/review-queue`)
    const row = reviewer.locator('[data-testid=review-queue] tbody tr', { hasText: TITLE })
    await row.waitFor()
    expect(await row.locator('[data-kind=error]').innerText()).toBe('1')
    expect(await row.locator('[data-kind=warning]').innerText()).toBe('1')
    await reviewer.locator('.nav-toggler').first().click()
    await reviewer.locator('#nav-medical-review-queue[aria-current=page]').waitFor()
    await shot(reviewer, 'queue.png')
    expect(Number(await reviewer.locator('[data-testid=queue-badge]').innerText())).toBeGreaterThanOrEqual(1)
    expect(await row.locator('[data-testid=queue-assignee]').innerText()).toBe('Dr Jane Doe')
    await reviewer.goto(`${app.url}/admin/review-queue?tab=mine`)
    const mine = reviewer.locator('[data-testid=review-queue] tbody tr', { hasText: TITLE })
    await mine.waitFor()
    expect(await reviewer.locator('.mr-tab[aria-selected=true]').innerText()).toMatch(/^Assigned to me \(\d+\)$/)
    await mine.locator('a').click()
    await waitForStatus(reviewer, 'in_review')
  })

  it('lets the reviewer reject a claim only with a reason, then send the draft back', async () => {
    const cure = panel(reviewer).locator('[data-category="cure_remission"] .mr-claim')
    await cure.locator('.mr-claim__open').click()
    await cure.getByRole('button', { name: 'Reject' }).click()
    expect(await cure.locator('.mr-error').innerText()).toMatch(/Say why the claim is rejected/)
    await cure.locator('textarea').fill(REJECTION)
    await cure.locator('input[id$="-pmid"]').fill('31578221')
    await cure.getByRole('button', { name: 'Reject' }).click()
    await panel(reviewer).locator('[data-category="cure_remission"] .mr-claim[data-decision=rejected]').waitFor()
    expect(await cure.locator('[data-testid=claim-decision]').innerText()).toContain(REJECTION)

    await reviewer.locator('#mr-request-changes').click()
    await reviewer.locator('#field-mr-request-changes-reason').fill(SENT_BACK)
    await reviewer.locator('#mr-request-send').click()
    await waitForStatus(reviewer, 'changes_requested')
    await quiet(reviewer)
    await panel(reviewer).screenshot({ path: path.join(SCREENSHOTS, 'panel.png') })
    await leave(reviewer)
  })

  it('lets the reviewer start a conversation on a claim, which waits for the writer on the dashboard', async () => {
    await openDocument(reviewer, 'changes_requested')
    const cure = panel(reviewer).locator('[data-category="cure_remission"] .mr-claim')
    await cure.locator('.mr-claim__discuss').click()
    await cure.locator('.mr-comment-form textarea').fill(QUESTION)
    await cure.locator('.mr-comment-form').getByRole('button', { name: 'Send' }).click()
    const thread = panel(reviewer).locator('[data-testid=review-conversation] .mr-thread')
    await thread.waitFor()
    expect(await thread.innerText()).toContain(QUESTION)
    expect(await thread.locator('.mr-thread__about').innerText()).toContain(CURE)
    expect(await cure.locator('.mr-claim__threads').innerText()).toBe('1 open thread')
    await leave(reviewer)

    await writer.goto(`${app.url}/admin`)
    const waiting = writer.locator('[data-testid=dashboard-conversations]')
    expect(await waiting.innerText()).toMatch(/^1 conversation waiting for you/)
    expect(await waiting.innerText()).toContain(`Dr Jane Doe: ${QUESTION}`)
    await waiting.getByRole('link', { name: TITLE }).click()
    const writersThread = panel(writer).locator('[data-testid=review-conversation] .mr-thread')
    await writersThread.waitFor()
    await writersThread.getByRole('button', { name: 'Reply' }).click()
    await writersThread.locator('textarea').fill(ANSWER)
    await writersThread.getByRole('button', { name: 'Send' }).click()
    await writersThread.locator('.mr-thread__messages li').nth(1).waitFor()
    expect(await writersThread.locator('.mr-thread__body').allInnerTexts()).toEqual([QUESTION, ANSWER])
    await quiet(writer)
    await panel(writer).locator('[data-testid=review-conversation]').screenshot({ path: path.join(SCREENSHOTS, 'conversation.png') })
    await writer.goto(`${app.url}/admin`)
    expect(await writer.locator('[data-testid=dashboard-conversations]').innerText()).toMatch(/^0 conversations waiting for you/)
  })

  it('shows the writer why, and lets them fix the text and resubmit', async () => {
    await writer.goto(`${app.url}/admin`)
    const sentBack = writer.locator('[data-testid=dashboard-sent-back]')
    expect(await sentBack.innerText()).toMatch(/^Sent back to you \(\d+\)/)
    expect(await sentBack.innerText()).toContain(TITLE)
    await sentBack.getByRole('link', { name: TITLE }).click()
    await waitForStatus(writer, 'changes_requested')
    await shot(writer, 'sent-back.png')
    await openDocument(writer, 'changes_requested')
    expect(await writer.locator('[data-testid=changes-requested-reason]').innerText()).toBe(SENT_BACK)
    const rejected = panel(writer).locator('[data-category="cure_remission"] .mr-claim[data-decision=rejected]')
    expect(await rejected.innerText()).toContain(REJECTION)
    expect(await publishReasons(writer)).toContain('1 claim was rejected and must be changed')

    await writer.locator('[data-field-path="body"] [contenteditable="true"]').click()
    await writer.keyboard.press('Control+A')
    await writer.keyboard.type(`${FIXED} ${SAFETY}`)
    // The edited sentence no longer makes the claim: it drops out of the panel after the autosave.
    await panel(writer).locator('[data-category="cure_remission"]').waitFor({ state: 'detached' })
    await panel(writer).locator('[data-category="safety_side_effects"]').waitFor()
    // The conversation follows the sentence it was about into its new wording.
    const moved = panel(writer).locator('.mr-thread[data-placement=edited]')
    await moved.waitFor()
    expect(await moved.innerText()).toContain(FIXED)
    await writer.locator('#mr-submit').click()
    await waitForStatus(writer, 'in_review')
    await leave(writer)
  })

  it('tells a reviewer whose view went stale what happened, instead of overwriting the other decision', async () => {
    await openDocument(reviewer, 'in_review')
    const safety = panel(reviewer).locator('[data-category="safety_side_effects"] .mr-claim')
    await safety.locator('.mr-claim__open').click()
    // Hold this page's re-reads of the review state, so its view stays the stale one until it acts.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await reviewer.route(`**/api/articles/${id}/review`, async (route) => {
      if (route.request().method() === 'GET') await held
      await route.continue()
    })
    const other = await signIn('reviewer2@example.com')
    const key = await safety.getAttribute('data-key')
    expect((await postAs(other, `articles/${id}/review/claims/${key}`, { decision: 'approved' })).status).toBe(200)

    await safety.getByRole('button', { name: 'Approve' }).click()
    expect(await safety.locator('.mr-error').innerText()).toMatch(/changed after you loaded it.*Dr Sam Okafor marked/)
    release()
    await panel(reviewer).locator('.mr-claim[data-decision=approved]').waitFor()
    expect(await safety.locator('[data-testid=claim-decision]').innerText()).toContain('Dr Sam Okafor')
    await shot(reviewer, 'stale-decision.png')
    await other.context().close()
    await leave(reviewer)
  })

  it('lets the reviewer approve with evidence and sign off with the password in a dialog', async () => {
    await openDocument(reviewer, 'in_review')
    const safety = panel(reviewer).locator('[data-category="safety_side_effects"] .mr-claim')
    await safety.locator('.mr-claim__open').click()
    await safety.locator('input[id$="-doi"]').fill('10.1056/NEJMoa2407147')
    await safety.getByRole('button', { name: 'Approve' }).click()
    await panel(reviewer).locator('.mr-claim[data-decision=approved]').waitFor()

    await reviewer.locator('#mr-sign-off').click()
    const dialog = reviewer.locator('[data-testid=sign-off-dialog]')
    await dialog.waitFor()
    expect(await dialog.innerText()).toContain('I reviewed the health claims in this content and approve it for publication.')
    await dialog.locator('textarea').fill('Checked against the cited trial.')
    await dialog.locator('#mr-sign-off-password').fill(app.password)
    await shot(reviewer, 'sign-off-dialog.png')
    await dialog.locator('#mr-sign-off-password').fill('not the password')
    await dialog.locator('#mr-sign').click()
    expect(await dialog.locator('.mr-error').innerText()).toMatch(/password is not right/)
    await dialog.locator('#mr-sign-off-password').fill(app.password)
    await dialog.locator('#mr-sign').click()
    await waitForStatus(reviewer, 'approved')
    expect(await reviewer.locator('[data-testid=byline]').innerText()).toMatch(
      /^Medically reviewed by Dr Jane Doe, MD, on \d{1,2} [A-Z][a-z]+ \d{4}$/,
    )
    await leave(reviewer)
  })

  it('lets the writer publish, and an anonymous reader then gets the article', async () => {
    await openDocument(writer, 'approved')
    expect(await panel(writer).locator('[data-testid=publish-gate]').innerText()).toMatch(/Ready to publish/)
    const publish = writer.locator('#action-save')
    expect(await publish.isDisabled()).toBe(false)
    await publish.click()
    await writer.getByText(/^Published\. Readers now get the content Dr Jane Doe, MD signed off on \d+ \w+ \d{4}\.$/).waitFor()
    await shot(writer, 'published.png')

    const read = await fetch(`${app.url}/api/articles/${id}`)
    expect(read.status).toBe(200)
    const article = (await read.json()) as { title: string; _status: string; medicalReview?: unknown }
    expect(article).toMatchObject({ title: TITLE, _status: 'published' })
    expect(article.medicalReview).toBeUndefined()
  })

  it('draws the panel from the theme, in the dark theme too', async () => {
    await writer.context().addCookies([{ name: 'payload-theme', value: 'dark', url: app.url }])
    await openDocument(writer, 'approved')
    expect(await writer.locator('html').getAttribute('data-theme')).toBe('dark')
    const background = await panel(writer).evaluate((element) => getComputedStyle(element).backgroundColor)
    const [red, green, blue] = (background.match(/\d+/g) ?? []).map(Number)
    expect(red + green + blue).toBeLessThan(3 * 80)
    await quiet(writer)
    await panel(writer).screenshot({ path: path.join(SCREENSHOTS, 'panel-dark.png') })
  })

  it('shows what changed since sign-off, word by word, with the claims marked', async () => {
    await writer.context().clearCookies({ name: 'payload-theme' })
    await openDocument(writer, 'approved')
    await writer.locator('[data-field-path="body"] [contenteditable="true"]').click()
    await writer.keyboard.press('Control+A')
    await writer.keyboard.type(`${CURE} ${SAFETY}`)
    // The live edit is saved as a draft: the sign-off no longer matches and review starts again.
    await waitForStatus(writer, 'in_review')
    await writer.locator('#mr-changes-signoff').click()
    const body = writer.locator('[data-testid=review-changes] [data-field=body]')
    await body.waitFor()
    expect((await body.locator('.mr-diff__removed').allInnerTexts()).join(' ')).toMatch(/being studied in/)
    expect((await body.locator('.mr-diff__added').allInnerTexts()).join(' ')).toMatch(/cures/)
    expect((await body.locator('.mr-diff__claim').allInnerTexts()).join('')).toMatch(/cures/)
    // Every claim at once, with a toggle.
    await writer.locator('#mr-highlight-all').click()
    await writer.waitForFunction(() => (CSS.highlights.get('mr-claims-all')?.size ?? 0) === 2)
    await writer.locator('#mr-highlight-all').click()
    await writer.waitForFunction(() => !CSS.highlights.has('mr-claims-all'))
    // The reviewer's queue links straight to the same diff.
    await reviewer.goto(`${app.url}/admin/review-queue`)
    const queued = reviewer.locator('[data-testid=review-queue] tbody tr', { hasText: TITLE })
    await queued.getByRole('link', { name: 'What changed since sign-off' }).click()
    await reviewer.locator('[data-testid=review-changes] [data-since=signoff] [data-field=body]').waitFor()
    await leave(reviewer)
    await writer.locator('#mr-changes-published').click()
    await writer.locator('[data-testid=review-changes] [data-since=published] [data-field=body]').waitFor()
    await quiet(writer)
    await panel(writer).screenshot({ path: path.join(SCREENSHOTS, 'changes-since-published.png') })
  })

  it('lets a reviewer approve all pending warnings at once, with one note', async () => {
    const lexical = (text: string) => ({
      root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [
        { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [
          { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text },
        ] },
      ] },
    })
    const created = await postAs(writer, 'articles?draft=true', {
      title: 'E2E: warnings',
      body: lexical('The drug reduced relapses by 50%. This breakthrough changes everything.'),
    })
    const warningsId = (created.body as unknown as { doc: { id: string } }).doc.id
    expect((await postAs(writer, `articles/${warningsId}/review/submit`, {})).status).toBe(200)
    await reviewer.goto(`${app.url}/admin/collections/articles/${warningsId}`)
    await waitForStatus(reviewer, 'in_review')
    await reviewer.locator('#mr-approve-warnings').click()
    await reviewer.locator('#field-mr-approve-warnings-note').fill('Figures match the label.')
    await reviewer.locator('#mr-approve-warnings-send').click()
    await panel(reviewer).locator('.mr-claim[data-severity=warning][data-decision=pending]').first().waitFor({ state: 'detached' })
    expect(await panel(reviewer).locator('.mr-claim[data-severity=warning][data-decision=pending]').count()).toBe(0)
    const notes = await panel(reviewer).locator('.mr-claim[data-severity=warning] .mr-claim__note').allInnerTexts()
    expect(notes.length).toBeGreaterThanOrEqual(2)
    expect(new Set(notes)).toEqual(new Set(['Figures match the label.']))

    // A reviewer who edits the text, even one word that is only autosaved, is told why they may no
    // longer review it and what to do instead.
    await reviewer.locator('[data-field-path="body"] [contenteditable="true"]').click()
    await reviewer.keyboard.press('End')
    await reviewer.keyboard.type(' Indeed.')
    const explained = panel(reviewer).locator('.banner', { hasText: 'autosave' })
    await explained.waitFor()
    expect(await explained.innerText()).toMatch(/nobody reviews their own words.*Assign a reviewer/s)
    await leave(reviewer)
  })

  it('puts why publishing is blocked, and the actions, before the fields on a 390 px screen', async () => {
    const phone = await signIn('writer@example.com', { width: 390, height: 844 })
    await phone.goto(`${app.url}/admin/collections/articles/${id}`)
    await waitForStatus(phone, 'in_review')
    const gate = await panel(phone).locator('[data-testid=publish-gate]').boundingBox()
    const body = await phone.locator('[data-field-path="body"] [contenteditable="true"]').boundingBox()
    expect(gate && body && gate.y < body.y).toBe(true)
    await shot(phone, 'narrow-panel.png')
    await phone.context().close()
  })

  it('speaks the user’s language: the panel in German for a German browser', async () => {
    const german = await signIn('writer@example.com', undefined, 'de-DE')
    await german.goto(`${app.url}/admin/collections/articles/${id}`)
    await waitForStatus(german, 'in_review')
    expect(await panel(german).locator('header h3').innerText()).toBe('Medizinische Prüfung')
    expect(await panel(german).locator('[data-testid=publish-gate] h4').innerText()).toMatch(/Veröffentlichung ist blockiert/i)
    await quiet(german)
    await panel(german).screenshot({ path: path.join(SCREENSHOTS, 'panel-de.png') })
    await german.context().close()
  })

  it('shows audit records without third-party requests: every request went to the site itself', async () => {
    await reviewer.goto(`${app.url}/admin/collections/review-events`)
    // The document column names the document and links to it.
    await reviewer.locator('.table tbody td a', { hasText: TITLE }).first().waitFor()
    await reviewer.locator('.table tbody tr a').first().click()
    const details = reviewer.locator('.mr-json__value')
    await details.waitFor()
    expect(await details.innerText()).toMatch(/[{"]/)
    await reviewer.waitForLoadState('networkidle')
    expect([...requestedHosts]).toEqual([new URL(app.url).host])
  })
})
