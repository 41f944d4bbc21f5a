import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAxeFindings } from '../support/browser.js';
import { type Mailbox, startMailbox } from '../support/mailbox.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let mailbox: Mailbox;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-moderation-'));
let editorToken = '';
let moderatorToken = '';

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServerProcess({ DATA_DIR: dir, SMTP_URL: mailbox.url });
  const tokens = await addStaffByCli({ DATA_DIR: dir }, [
    { email: 'mod@shortwave.test', name: 'Mo Derator', role: 'moderator', password: STAFF_PASSWORD },
    { email: 'desk@shortwave.test', name: 'Dee Sk', role: 'editor', password: STAFF_PASSWORD },
    { email: 'boss@shortwave.test', name: 'Ad Min', role: 'admin', password: STAFF_PASSWORD },
  ]);
  editorToken = tokens['desk@shortwave.test'] ?? '';
  moderatorToken = tokens['mod@shortwave.test'] ?? '';
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await mailbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api(token: string | null, method: string, path: string, body?: unknown, headers = {}) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function publish(headline: string, language: string): Promise<{ id: string; path: string }> {
  const res = await api(editorToken, 'POST', '/api/v1/articles', {
    language,
    section: 'politics',
    status: 'published',
    headline,
    lead: 'A lead for the readers.',
  });
  expect(res.status).toBe(201);
  const article = (await res.json()) as { id: string; url: string };
  return { id: article.id, path: new URL(article.url).pathname };
}

/** Signs a reader up through the API, confirms from the mail, and answers the session. */
async function reader(email: string, displayName: string, language = 'en') {
  const password = 'a long enough password';
  expect(
    (await api(null, 'POST', '/api/v1/readers', { email, password, displayName, language })).status,
  ).toBe(201);
  await expect.poll(() => mailbox.received.some((m) => m.to.includes(email)), { timeout: 20_000 }).toBe(true);
  const raw = mailbox.received.filter((m) => m.to.includes(email)).at(-1)?.data ?? '';
  const text = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const token = /token=([\w-]+)/.exec(text)?.[1];
  expect((await api(null, 'POST', '/api/v1/readers/confirm', { token })).status).toBe(200);
  const login = await api(null, 'POST', '/api/v1/session', { email, password });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return {
    email,
    password,
    comment: async (articleId: string, body: string) => {
      const res = await api(
        null,
        'POST',
        `/api/v1/articles/${articleId}/comments`,
        { body },
        {
          cookie,
          'x-csrf-token': csrfToken,
        },
      );
      expect(res.status, body).toBe(201);
      return ((await res.json()) as { id: string }).id;
    },
  };
}

async function commentOf(id: string) {
  const res = await api(moderatorToken, 'GET', `/api/v1/comments/${id}`);
  return (
    (await res.json()) as { comment: { status: string; rejectReason: string | null; featured: boolean } }
  ).comment;
}

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a refused close is fine.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  return page;
}

describe('the moderation queue in Chromium', () => {
  it('passes axe and is worked with the keyboard: j/k, x, a, r with a reason, f', async () => {
    const article = await publish('The tram line is extended', 'en');
    const ann = await reader('ann@example.org', 'Ann Reader');
    // New commenters wait in the queue, oldest first.
    const first = await ann.comment(article.id, 'First: the tram is great.');
    const second = await ann.comment(article.id, 'Second: it should run at night.');
    const third = await ann.comment(article.id, 'Third: the stops need shelters.');

    const page = await newPage();
    await logInBrowser(page, server.url, 'mod@shortwave.test', STAFF_PASSWORD);
    await page.goto(`${server.url}/newsroom/moderation?language=en&status=pending`);
    await expect.poll(() => page.locator('.mod-item').count()).toBe(3);
    expect(await seriousAxeFindings(page), 'queue').toEqual([]);

    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('j');
    expect(await focused()).toBe(`mod-${first}`);
    await page.keyboard.press('j');
    expect(await focused()).toBe(`mod-${second}`);
    await page.keyboard.press('k');
    expect(await focused()).toBe(`mod-${first}`);
    await page.keyboard.press('x');
    expect(await page.locator(`#select-${first}`).isChecked()).toBe(true);
    await page.keyboard.press('x');
    expect(await page.locator(`#select-${first}`).isChecked()).toBe(false);

    // a approves the current comment.
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect.poll(async () => (await commentOf(second)).status).toBe('approved');
    await expect.poll(() => page.locator('.mod-item').count()).toBe(2);
    expect(await page.locator('.message.ok').textContent()).toContain('1');

    // r goes to the reason; Enter there rejects that comment, not the first one of the page.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focused()).toBe(`mod-${third}`);
    await page.keyboard.press('r');
    expect(await focused()).toBe(`reason-${third}`);
    await page.keyboard.type('Off topic');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await commentOf(third)).status).toBe('rejected');
    expect((await commentOf(third)).rejectReason).toBe('Off topic');
    expect((await commentOf(first)).status).toBe('pending');
    await expect.poll(() => page.locator('.mod-item').count()).toBe(1);

    // f features (and so approves) the current comment.
    await page.keyboard.press('j');
    await page.keyboard.press('f');
    await expect.poll(async () => (await commentOf(first)).featured).toBe(true);
    expect((await commentOf(first)).status).toBe('approved');
    await expect.poll(() => page.locator('.mod-item').count()).toBe(0);

    // The comment in its thread, with the log of decisions, passes axe too.
    // (In a page of its own: the queue may still be loading after the last decision.)
    const detail = await page.context().newPage();
    await detail.goto(`${server.url}/newsroom/moderation/comments/${third}`);
    expect(await seriousAxeFindings(detail), 'comment in context').toEqual([]);
    await detail.close();
    await page.close();
  });
});

describe('the newsroom pages of debates and comment settings in Chromium', () => {
  it('creates a debate with the form and passes axe on every new page', async () => {
    const article = await publish('A new bridge for the river', 'en');
    const page = await newPage();
    await logInBrowser(page, server.url, 'boss@shortwave.test', STAFF_PASSWORD);

    await page.goto(`${server.url}/newsroom/debates?language=en`);
    expect(await seriousAxeFindings(page), 'debates').toEqual([]);
    await page.getByLabel('Question').fill('Where should the new bridge go?');
    await page.getByLabel('Introduction').fill('Three places are on the table.');
    await page.getByLabel('Pre-moderated: a moderator approves each comment').check();
    await page.getByRole('button', { name: 'Create debate' }).click();
    await expect.poll(() => page.locator('.message.ok').textContent()).toBe('The debate has been created.');
    expect(await page.locator('tbody tr').first().textContent()).toContain('Open');
    expect(await seriousAxeFindings(page), 'debates with one').toEqual([]);

    await page.getByRole('link', { name: 'Where should the new bridge go?' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Edit the debate');
    expect(await seriousAxeFindings(page), 'debate edit').toEqual([]);
    await page.getByRole('button', { name: 'Close the debate now' }).click();
    await expect.poll(() => page.locator('.message.ok').textContent()).toBe('The debate is closed.');

    for (const path of [
      `/newsroom/comments/settings?article=${article.id}`,
      '/newsroom/comments/settings?language=en',
      '/newsroom/moderation/words?language=ar',
      '/newsroom/moderation/settings',
    ]) {
      await page.goto(`${server.url}${path}`);
      expect(await seriousAxeFindings(page), path).toEqual([]);
    }

    // The article's comments closed from the form, and the reader site says so.
    await page.goto(`${server.url}/newsroom/comments/settings?article=${article.id}`);
    await page.getByLabel('Closed: no new comments').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.message.ok').textContent())
      .toBe('The comment settings have been saved.');
    const thread = (await (await api(null, 'GET', `/api/v1/articles/${article.id}/comments`)).json()) as {
      thread: { mode: string; open: boolean };
    };
    expect(thread.thread).toMatchObject({ mode: 'closed', open: false });

    // At 320 px the debates page is still usable: nothing wider than the screen but the table's own scroller.
    const narrow = await newPage(320);
    await logInBrowser(narrow, server.url, 'boss@shortwave.test', STAFF_PASSWORD);
    await narrow.goto(`${server.url}/newsroom/debates?language=en`);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const p of [page, narrow]) await p.close();
  });
});

describe('the comments island in Chromium', () => {
  it('shows a refusal only in the reader’s language', async () => {
    const article = await publish('Die Brücke wird gebaut', 'de');
    expect(
      (await api(moderatorToken, 'PUT', '/api/v1/moderation/words/de', { banned: ['schwachkopf'] })).status,
    ).toBe(200);
    const ben = await reader('ben@example.org', 'Ben Leser', 'de');
    const page = await newPage();
    const login = await page.context().request.post(`${server.url}/api/v1/session`, {
      data: { email: ben.email, password: ben.password },
    });
    expect(login.status()).toBe(200);
    await page.goto(`${server.url}${article.path}`);
    const box = page.locator('#comment-live-body');
    await expect.poll(() => box.count(), { timeout: 20_000 }).toBe(1);
    await box.fill('So ein Schwachkopf von Plan.');
    await page.locator('.comment-form button[type=submit]').click();
    const status = page.locator('#comments .notice');
    await expect
      .poll(() => status.textContent())
      .toBe('Ihr Kommentar enthält Wörter, die wir nicht veröffentlichen. Bitte formulieren Sie ihn um.');
    expect(await status.textContent()).not.toContain('words we do not publish');

    // An empty comment (bypassing the browser's own check) is refused in German too.
    await box.evaluate((el) => el.removeAttribute('required'));
    await box.fill('   ');
    await page.locator('.comment-form button[type=submit]').click();
    await expect.poll(() => status.textContent()).toBe('Schreiben Sie etwas, bevor Sie absenden.');
    await page.close();
  });
});
