import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { type Mailbox, startMailbox } from '../support/mailbox.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let mailbox: Mailbox;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-comments-'));
let editorToken = '';
let moderatorToken = '';

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServerProcess({ DATA_DIR: dir, SMTP_URL: mailbox.url });
  const tokens = await addStaffByCli({ DATA_DIR: dir }, [
    { email: 'moderator@shortwave.test', name: 'Mo Derator', role: 'moderator', password: STAFF_PASSWORD },
    { email: 'journalist@shortwave.test', name: 'Jane Journalist', role: 'editor', password: STAFF_PASSWORD },
  ]);
  editorToken = tokens['journalist@shortwave.test'] ?? '';
  moderatorToken = tokens['moderator@shortwave.test'] ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await mailbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api(token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Publishes an article through the API and answers its id and path. */
async function publish(
  headline: string,
  mode: 'open' | 'premoderated',
): Promise<{ id: string; path: string }> {
  const res = await api(editorToken, 'POST', '/api/v1/articles', {
    language: 'en',
    section: 'politics',
    status: 'published',
    headline,
    lead: 'A lead for the readers.',
  });
  expect(res.status).toBe(201);
  const article = (await res.json()) as { id: string; url: string };
  expect(
    (await api(moderatorToken, 'PUT', `/api/v1/articles/${article.id}/comment-settings`, { mode })).status,
  ).toBe(200);
  return { id: article.id, path: new URL(article.url).pathname };
}

/** The link of the last mail to an address, read from the SMTP server (quoted-printable undone). */
async function linkMailedTo(to: string): Promise<string> {
  await expect.poll(() => mailbox.received.some((m) => m.to.includes(to)), { timeout: 20_000 }).toBe(true);
  const raw = mailbox.received.filter((m) => m.to.includes(to)).at(-1)?.data ?? '';
  const text = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const link = /https?:\/\/\S+token=[\w-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in the mail to ${to}`);
  return link;
}

async function newPage(javaScriptEnabled: boolean, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a refused close is fine.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  return page;
}

describe('a debate in Chromium', () => {
  it('goes from sign-up through moderation and a badged journalist reply to a second reader', async () => {
    const article = await publish('The council votes on the new bridge', 'premoderated');

    // A reader without JavaScript signs up, confirms from the email and logs in.
    const reader = await newPage(false, 360);
    await reader.goto(`${server.url}/en/account/signup`);
    await reader.getByLabel('Email address').fill('ada@example.org');
    await reader.getByLabel('Display name').fill('Ada Lovelace');
    await reader.getByLabel('Password').fill('a long enough password');
    await reader.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => reader.locator('[role=status]').textContent()).toContain('Check your inbox');
    const link = await linkMailedTo('ada@example.org');
    await reader.goto(link);
    await reader.getByRole('button', { name: 'Confirm my address' }).click();
    await expect.poll(() => reader.locator('[role=status]').textContent()).toContain('confirmed');
    await reader.getByLabel('Email address').fill('ada@example.org');
    await reader.getByLabel('Password').fill('a long enough password');
    await reader.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => reader.locator('h1').textContent()).toBe('Your account');

    // The article ends with the invitation; the thread page takes the comment.
    await reader.goto(`${server.url}${article.path}`);
    await reader.getByRole('link', { name: 'Read the comments and join the debate' }).click();
    await reader
      .getByLabel('Your comment')
      .fill('The bridge is overdue.\n\nSee https://example.org/plan for the plan.');
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => reader.locator('[role=status]').textContent())
      .toContain('once a moderator has approved it');
    expect(await reader.locator('.comment').count()).toBe(0);

    // A moderator approves it from the newsroom queue.
    const moderator = await newPage(true);
    await logInBrowser(moderator, server.url, 'moderator@shortwave.test', STAFF_PASSWORD);
    await moderator.goto(`${server.url}/newsroom/moderation?language=en&status=pending`);
    const item = moderator.locator('.mod-item', { hasText: 'The bridge is overdue.' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('Ada Lovelace');
    await item.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => moderator.locator('.message.ok').textContent()).toContain('1');

    // The journalist answers from the thread in context.
    const journalist = await newPage(true);
    await logInBrowser(journalist, server.url, 'journalist@shortwave.test', STAFF_PASSWORD);
    await journalist.goto(`${server.url}/newsroom/moderation?language=en&status=approved`);
    await journalist
      .locator('.mod-item', { hasText: 'The bridge is overdue.' })
      .getByRole('link', { name: 'Show the thread' })
      .click();
    await journalist.getByLabel('Reply as journalist').fill('Thank you, Ada: the vote is on Monday.');
    await journalist.getByRole('button', { name: 'Publish reply' }).click();
    await expect
      .poll(() => journalist.locator('.mod-thread').first().textContent())
      .toContain('the vote is on Monday');
    expect(await journalist.locator('ul li').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Approved by Mo Derator/),
        expect.stringMatching(/^Reply published by Jane Journalist/),
      ]),
    );

    // A second reader, logged out and with JavaScript, sees both on the article page.
    const second = await newPage(true);
    await second.goto(`${server.url}${article.path}`);
    const live = second.locator('#comments .comments-live');
    await expect.poll(() => live.locator('.comment').count()).toBe(2);
    const first = live.locator('.comment').first();
    expect(await first.locator('strong').first().textContent()).toBe('Ada Lovelace');
    expect(await first.locator('a[href="https://example.org/plan"]').getAttribute('rel')).toBe(
      'nofollow ugc noopener',
    );
    const reply = first.locator('.comment');
    expect(await reply.locator('.badge').textContent()).toBe('Journalist');
    expect(await reply.textContent()).toContain('Jane Journalist');
    expect(await live.locator('.comments-count').textContent()).toBe('Comments: 2');

    // And without JavaScript, on the thread's own page, which passes axe.
    const plain = await newPage(false, 320);
    await plain.goto(`${server.url}/en/comments/${article.id}`);
    expect(await plain.locator('.comment .badge').textContent()).toBe('Journalist');
    expect(await plain.locator('.comment p').allTextContents()).toEqual(
      expect.arrayContaining(['The bridge is overdue.', 'Thank you, Ada: the vote is on Monday.']),
    );
    const axePage = await newPage(true);
    await axePage.goto(`${server.url}/en/comments/${article.id}`);
    const results = await new AxeBuilder({ page: axePage }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    for (const page of [reader, moderator, journalist, second, plain, axePage]) await page.close();
  });
});

/** Script, SVG, event-handler and javascript: vectors, and other strings that break naive code. */
const HOSTILE = [
  '<script>window.__pwned=1;alert(1)</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg/onload=window.__pwned=1>",
  '<svg><script>window.__pwned=1</script></svg>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  'javascript:window.__pwned=1//https://example.org',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<body onload=window.__pwned=1>',
  '<div style="background:url(javascript:window.__pwned=1)">x</div>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<!--<script>window.__pwned=1</script>-->',
  'https://example.org/"onmouseover="window.__pwned=1',
  '\u202Egnp.exe <b>bold?</b>',
  'Ω≈ç√∫˜µ≤≥÷ 田中さんにあげて下さい 𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 ثم نفس سقطت',
  'Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7} %s %n %x \\u0000 NaN undefined null',
];

/** How a comment's text reads once stored: NFC, without direction overrides. */
const shownAs = (body: string) => body.normalize('NFC').replace(/\u202E/g, '');

/** Display names that pass the rules yet hold quote and dash characters. */
const HOSTILE_NAMES = ["x' onmouseover x", 'Tom -- x', "O'Reilly _ x"];

describe('hostile text in Chromium', () => {
  it('shows every hostile comment and name as text, runs none, on the article page and in the moderation queue', async () => {
    const article = await publish('Hostile strings are only text', 'open');
    const base = server.url;
    const bodies: string[] = [];
    // Several readers, so that the per-reader rate limit does not stop the corpus.
    const names = [...HOSTILE_NAMES, 'Reader Four', 'Reader Five'];
    for (const [index, name] of names.entries()) {
      const email = `hostile${index}@example.org`;
      const signUp = await fetch(`${base}/api/v1/readers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'correct horse battery', displayName: name }),
      });
      expect(signUp.status, name).toBe(201);
      const token = /token=([\w-]+)/.exec(await linkMailedTo(email))?.[1];
      await fetch(`${base}/api/v1/readers/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      const login = await fetch(`${base}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'correct horse battery' }),
      });
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      for (const body of HOSTILE.slice(index * 4, index * 4 + 4)) {
        const res = await fetch(`${base}/api/v1/articles/${article.id}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ body }),
        });
        expect(res.status, body).toBe(201);
        bodies.push(body);
      }
    }
    expect(bodies).toHaveLength(HOSTILE.length);
    // Markup in a display name is refused outright.
    const refused = await fetch(`${base}/api/v1/readers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'x@example.org',
        password: 'correct horse battery',
        displayName: '<img src=x onerror=alert(1)>',
      }),
    });
    expect(refused.status).toBe(400);

    const watch = async (page: Page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      return dialogs;
    };
    const expectSafe = async (page: Page, dialogs: string[], scope: string) => {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(
        await page
          .locator(`${scope} script, ${scope} iframe, ${scope} svg, ${scope} img, ${scope} math`)
          .count(),
      ).toBe(0);
      const hrefs = await page
        .locator(`${scope} a`)
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect(href).toMatch(/^https?:/);
    };

    // The moderation queue shows them pending, as text.
    const moderator = await newPage(true);
    const modDialogs = await watch(moderator);
    await logInBrowser(moderator, base, 'moderator@shortwave.test', STAFF_PASSWORD);
    await moderator.goto(`${base}/newsroom/moderation?language=en&status=pending`);
    const queueText = (await moderator.locator('.mod-list').textContent()) ?? '';
    for (const body of bodies) expect(queueText, body).toContain(shownAs(body));
    for (const name of HOSTILE_NAMES) expect(queueText).toContain(name);
    await moderator.keyboard.press('j');
    await expectSafe(moderator, modDialogs, '.mod-list');

    // Approved in bulk from the queue, then shown on the article page by the island.
    await moderator.getByRole('checkbox').evaluateAll((boxes) => {
      for (const box of boxes) (box as HTMLInputElement).checked = true;
    });
    await moderator.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => moderator.locator('.message.ok').textContent()).toContain(String(HOSTILE.length));

    const reader = await newPage(true);
    const dialogs = await watch(reader);
    await reader.goto(`${base}${article.path}`);
    const live = reader.locator('#comments .comments-live');
    await expect.poll(() => live.locator('.comment').count(), { timeout: 20_000 }).toBe(HOSTILE.length);
    const shown = await live.locator('.comment').allTextContents();
    for (const body of bodies) expect(shown.join('\n'), body).toContain(shownAs(body));
    await expectSafe(reader, dialogs, '#comments .comments-live');

    // And on the thread page rendered by the server, without the island.
    const plain = await newPage(true);
    const plainDialogs = await watch(plain);
    await plain.goto(`${base}/en/comments/${article.id}`);
    const text = (await plain.locator('.comment-list').textContent()) ?? '';
    for (const body of bodies) expect(text, body).toContain(shownAs(body));
    await expectSafe(plain, plainDialogs, '.comment-list');
    for (const page of [moderator, reader, plain]) await page.close();
  });
});

/** Signs a reader up through the API, confirms from the mail and logs in: the headers to act as them. */
async function readerSession(email: string, displayName: string): Promise<Record<string, string>> {
  const base = server.url;
  const signUp = await fetch(`${base}/api/v1/readers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery', displayName }),
  });
  expect(signUp.status).toBe(201);
  const token = /token=([\w-]+)/.exec(await linkMailedTo(email))?.[1];
  await fetch(`${base}/api/v1/readers/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  const login = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie: login.headers.getSetCookie()[0]?.split(';')[0] ?? '', 'x-csrf-token': csrfToken };
}

describe('times and counts in Chromium', () => {
  it('shows a new comment at the time the server writes, in the newsroom’s zone, whatever the browser’s locale and zone', async () => {
    const base = server.url;
    const article = await publish('Time zones on the comment thread', 'open');
    const writer = await readerSession('zones@example.org', 'Zoe Zone');
    const second = await readerSession('second@example.org', 'Sam Second');
    const posted = await fetch(`${base}/api/v1/articles/${article.id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...writer },
      body: JSON.stringify({ body: 'What time is it in Bern?' }),
    });
    expect(posted.status).toBe(201);
    const { id, status } = (await posted.json()) as { id: string; status: string };
    // A first comment may wait for a moderator (suspect words, new account): approve it if so.
    if (status !== 'approved')
      expect((await api(moderatorToken, 'POST', `/api/v1/comments/${id}/approve`)).status).toBe(200);
    // A second reader recommends it once: "1 time", not "1 times".
    const recommended = await fetch(`${base}/api/v1/comments/${id}/recommend`, {
      method: 'POST',
      headers: second,
    });
    expect(recommended.status, await recommended.clone().text()).toBeLessThan(300);

    // The thread's own page, rendered by the server without JavaScript.
    const plain = await newPage(false);
    await plain.goto(`${base}/en/comments/${article.id}`);
    const serverTime = (await plain.locator('.comment time').first().textContent()) ?? '';
    expect(serverTime).not.toBe('');

    // A browser in Los Angeles with a Japanese locale reads the article page with the island.
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${base}${article.path}`);
    const live = page.locator('#comments .comments-live');
    await expect.poll(() => live.locator('.comment').count()).toBe(1);
    const islandTime = live.locator('.comment time').first();
    const iso = (await islandTime.getAttribute('datetime')) ?? '';
    expect(await islandTime.textContent()).toBe(serverTime);
    // The browser's own way would have differed: the check above is not vacuous.
    const browserWay = await page.evaluate((at) => new Date(at).toLocaleString(), iso);
    expect(browserWay).not.toBe(serverTime);
    expect(await live.locator('.comment .hint').first().textContent()).toBe('Recommended 1 time');
    expect(await live.locator('.comments-count').textContent()).toBe('Comments: 1');
    await context.close();
    await plain.close();
  });
});
