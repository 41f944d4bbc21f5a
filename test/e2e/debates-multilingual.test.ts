/**
 * One debate across languages in Chromium (ADR 0027), against the built server and the real
 * Apertium APY (eng-spa): a Spanish reader and an English reader answer each other in one
 * multilingual debate; each sees the other's comment in their own language labelled
 * "Translated from …", and the original with one click; a moderator approves both from the
 * German newsroom, where each comment shows as written. Screenshots at 360 and 1280 px go to
 * the system's temp folder (shortwave-debate-shots).
 * @example CHROMIUM_PATH=/usr/bin/chromium npx vitest run test/e2e/debates-multilingual.test.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApertiumServer, startApertium } from '../support/apertium.js';
import { launchBrowser } from '../support/browser.js';
import { type Mailbox, startMailbox } from '../support/mailbox.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-debates-'));
const shots = join(tmpdir(), 'shortwave-debate-shots');
let apy: ApertiumServer;
let mailbox: Mailbox;
let server: ServerProcess;
let browser: Browser;
let editorToken = '';
let moderatorToken = '';

beforeAll(async () => {
  apy = await startApertium();
  mailbox = await startMailbox();
  server = await startServerProcess({
    DATA_DIR: dir,
    SMTP_URL: mailbox.url,
    TRANSLATION_PROVIDER: 'apertium',
    TRANSLATION_URL: apy.url,
    TRANSLATION_PIVOT: 'es',
  });
  const tokens = await addStaffByCli({ DATA_DIR: dir }, [
    { email: 'desk@shortwave.test', name: 'Dee Sk', role: 'editor', password: STAFF_PASSWORD },
    { email: 'mod@shortwave.test', name: 'Moritz Moderator', role: 'moderator', password: STAFF_PASSWORD },
  ]);
  editorToken = tokens['desk@shortwave.test'] ?? '';
  moderatorToken = tokens['mod@shortwave.test'] ?? '';
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await mailbox?.close();
  await apy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function api(token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A browser of a reader who signed up, confirmed from the mail and logged in (through the API). */
async function readerBrowser(email: string, displayName: string, locale: string): Promise<BrowserContext> {
  const send = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  expect(
    (await send('/api/v1/readers', { email, password: 'correct horse battery', displayName })).status,
  ).toBe(201);
  await expect.poll(() => mailbox.received.some((m) => m.to.includes(email)), { timeout: 20_000 }).toBe(true);
  const raw = (mailbox.received.filter((m) => m.to.includes(email)).at(-1)?.data ?? '').replace(
    /=\r?\n/g,
    '',
  );
  const token = /token=([\w-]+)/.exec(raw.replace(/=3D/g, '='))?.[1];
  expect((await send('/api/v1/readers/confirm', { token })).status).toBe(200);
  const login = await send('/api/v1/session', { email, password: 'correct horse battery' });
  const [name, value] = (login.headers.getSetCookie()[0]?.split(';')[0] ?? '').split('=');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: server.url }]);
  return context;
}

/** The moderator approves, in the German newsroom, the one pending comment that holds `text`. */
async function approveInGerman(moderator: Page, text: string): Promise<void> {
  await moderator.goto(`${server.url}/newsroom/moderation?status=pending`);
  const item = moderator.locator('.mod-item', { hasText: text });
  await expect.poll(() => item.count()).toBe(1);
  // Moderation on the original, with what the German newsroom has of a translation beside it.
  expect(await item.locator('.mod-texts').textContent()).toMatch(/Original \((Español|English)\)/);
  await moderator.screenshot({
    path: join(shots, `moderation-de-${text.split(' ')[0]}.png`),
    fullPage: true,
  });
  await item.locator('button[value^="approve:"]').click();
  await moderator.waitForURL(/done=1/);
}

const SPANISH = 'El gobierno quiere cerrar la escuela del pueblo.';
const ENGLISH = 'The school must stay open for the children of the village.';

describe('one debate across languages in Chromium', () => {
  it('lets a Spanish and an English reader answer each other, each reading the other in their language', async () => {
    const created = await api(editorToken, 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'Should small villages keep their schools?',
      multilingual: true,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const moderatorContext = await browser.newContext();
    const moderator = await moderatorContext.newPage();
    await logInBrowser(moderator, server.url, 'mod@shortwave.test', STAFF_PASSWORD);
    // The moderator works in the German newsroom.
    await moderatorContext.addCookies([{ name: 'sw_newsroom_lang', value: 'de', url: server.url }]);

    // Sofia writes in Spanish on the Spanish page.
    const sofiaContext = await readerBrowser('sofia@example.org', 'Sofía', 'es-ES');
    const sofia = await sofiaContext.newPage();
    await sofia.goto(`${server.url}/es/debates/${id}`);
    expect(await sofia.locator('h1').getAttribute('lang')).toBe('en');
    await sofia.locator('#comment-body').fill(SPANISH);
    expect(await sofia.locator('#comment-body-language').inputValue()).toBe('es');
    await sofia.locator('form.comment-form button[type=submit]').first().click();
    await sofia.waitForURL(/posted=pending/);
    await approveInGerman(moderator, SPANISH);

    // Emma reads it in English, labelled, with the original one click away.
    const emmaContext = await readerBrowser('emma@example.org', 'Emma', 'en-GB');
    const emma = await emmaContext.newPage();
    const label = emma.locator('.mt-label', { hasText: 'Translated from Spanish' });
    await expect
      .poll(
        async () => {
          await emma.goto(`${server.url}/en/debates/${id}`);
          return label.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    const translation = emma.locator('.mt-translation').first();
    expect(await translation.textContent()).toMatch(/government/i);
    const original = emma.locator('.mt-original').first();
    expect(await original.isVisible()).toBe(false);
    await label.getByRole('link', { name: 'Show original' }).click();
    expect(await original.isVisible()).toBe(true);
    expect(await original.textContent()).toContain(SPANISH);
    expect(await translation.isVisible()).toBe(false);
    expect(emma.url()).not.toContain('original=');

    // Emma answers in English.
    await emma.locator('.comment-actions summary', { hasText: 'Reply' }).first().click();
    await emma.locator('textarea[id^="reply-"]').fill(ENGLISH);
    await emma
      .locator('form.comment-form', { has: emma.locator('textarea[id^="reply-"]') })
      .locator('button[type=submit]')
      .click();
    await emma.waitForURL(/posted=pending/);
    await approveInGerman(moderator, ENGLISH);

    // Sofia reads the answer in Spanish, and its original on request.
    const reply = sofia.locator('.comment .comment').first();
    await expect
      .poll(
        async () => {
          await sofia.goto(`${server.url}/es/debates/${id}`);
          return reply.locator('.mt-label', { hasText: 'Traducido del inglés' }).count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await reply.locator('.mt-translation').textContent()).toMatch(/niños del pueblo/i);
    await reply.getByRole('link', { name: 'Ver el original' }).click();
    expect(await reply.locator('.mt-original').textContent()).toContain(ENGLISH);

    for (const width of [360, 1280]) {
      await sofia.setViewportSize({ width, height: 900 });
      await sofia.screenshot({ path: join(shots, `debate-es-${width}.png`), fullPage: true });
      await emma.setViewportSize({ width, height: 900 });
      await emma.goto(`${server.url}/en/debates/${id}`);
      await emma.screenshot({ path: join(shots, `debate-en-${width}.png`), fullPage: true });
    }
    // The counts take both languages together.
    const listed = (await (await fetch(`${server.url}/api/v1/debates?language=de`)).json()) as {
      items: Array<{ id: string; comments: number }>;
    };
    expect(listed.items.find((d) => d.id === id)?.comments).toBe(2);
    expect(moderatorToken).not.toBe('');
    for (const context of [moderatorContext, sofiaContext, emmaContext]) await context.close();
  });
});
