import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { type Mailbox, type Received, startMailbox } from '../support/mailbox.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let mailbox: Mailbox;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-trust-'));
const READER_EMAIL = 'careful.reader@example.org';

beforeAll(async () => {
  mailbox = await startMailbox();
  // The first start on an empty database loads the demo newsroom, with its transparency texts.
  server = await startServerProcess({ DATA_DIR: dir, SMTP_URL: mailbox.url }, []);
  await addStaffByCli({ DATA_DIR: dir }, [
    { email: 'editor@shortwave.test', name: 'Eddie Editor', role: 'editor', password: STAFF_PASSWORD },
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  await mailbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page in a context of its own; readers come without JavaScript. */
async function open(path: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  // The browser may already be closing (afterAll): a refused close is fine.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.status(), path).toBeLessThan(400);
  return page;
}

/** The newest English article of the demo that has no correction yet. */
async function englishArticle(): Promise<string> {
  const home = await open('/en/', false);
  const href = (await home.locator('.teaser h3 a').first().getAttribute('href')) ?? '';
  await home.close();
  expect(href).toMatch(/^\/en\//);
  return href;
}

/** Quoted-printable text (RFC 2045) back to UTF-8. */
function fromQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The subject (RFC 2047 words decoded) and the decoded body of a received message. */
function readMail(mail: Received): { subject: string; body: string } {
  const [head = '', ...rest] = mail.data.split(/\r?\n\r?\n/);
  const raw = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1] ?? '';
  const subject = raw
    .replace(/\?=\r?\n[ \t]+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, kind: string, word: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : fromQuotedPrintable(word.replace(/_/g, ' ')),
    );
  const body = rest.join('\n\n');
  return { subject, body: /quoted-printable/i.test(head) ? fromQuotedPrintable(body) : body };
}

async function waitForMail(to: string): Promise<Received> {
  await expect.poll(() => mailbox.received.some((m) => m.to.includes(to)), { timeout: 20_000 }).toBe(true);
  const found = mailbox.received.find((m) => m.to.includes(to));
  if (!found) throw new Error('no mail');
  return found;
}

describe('trust and accuracy in Chromium', () => {
  let articlePath = '';

  it('a reader reports an error without JavaScript; an editor accepts it and corrects the article; the reader hears back', async () => {
    articlePath = await englishArticle();
    const reader = await open(articlePath, false);
    const headline = ((await reader.locator('h1').textContent()) ?? '').trim();
    await reader
      .getByLabel('What is wrong?')
      .fill('The second paragraph gives the wrong year: it was 2019, not 2018.');
    await reader.getByLabel(/Source \(optional\)/).fill('https://www.bfs.admin.ch/');
    await reader.getByLabel(/Your email address/).fill(READER_EMAIL);
    await Promise.all([
      reader.waitForURL(/\/en\/about\/report-error\/sent/),
      reader.getByRole('button', { name: 'Send the report' }).click(),
    ]);
    await expect.poll(() => reader.locator('h1').textContent()).toBe('Thank you for your report');
    await reader.close();

    const editor = await open('/newsroom/login', true);
    await logInBrowser(editor, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await editor.goto(`${server.url}/newsroom/error-reports?language=en&status=new`);
    const row = editor.locator('tr.report-row', { hasText: 'it was 2019, not 2018' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link', { name: 'Handle' }).click();
    await expect.poll(() => editor.locator('h1').textContent()).toContain('Report');
    expect(
      await editor
        .getByText(/The reader saw version \d+/)
        .first()
        .isVisible(),
    ).toBe(true);
    await editor.getByLabel('Accepted').check();
    await editor.getByLabel('Note for the desk').fill('Checked against the Federal Statistical Office.');
    await Promise.all([
      editor.waitForURL(/done=saved/),
      editor.getByRole('button', { name: 'Save the decision' }).click(),
    ]);
    expect(await editor.locator('.message.ok').textContent()).toBe('Decision saved.');
    await editor.getByLabel('Kind of note').selectOption('correction');
    await editor
      .getByLabel('Text readers will see')
      .fill('An earlier version of this article gave the wrong year (2018).');
    await Promise.all([
      editor.waitForURL(/done=corrected/),
      editor.getByRole('button', { name: 'Publish the note' }).click(),
    ]);
    await editor.close();

    const mail = readMail(await waitForMail(READER_EMAIL));
    expect(mail.subject).toBe(`Your error report on “${headline}”`);
    expect(mail.body).toContain('> The second paragraph gives the wrong year: it was 2019, not 2018.');
    expect(mail.body).toContain('We checked your report and you are right.');
    expect(mail.body).toContain(`${server.url}${articlePath}`);

    const again = await open(articlePath, false);
    expect(again.url()).toBe(`${server.url}${articlePath}`);
    const note = again.locator('.corrections-top .correction-correction');
    await expect
      .poll(() => note.textContent())
      .toContain('An earlier version of this article gave the wrong year (2018).');
    await again.close();
    const log = await open('/en/corrections', false);
    const entry = log.locator('.log li', { hasText: 'gave the wrong year (2018)' });
    expect(await entry.count()).toBe(1);
    expect(await entry.getByRole('link').textContent()).toBe(headline);
    await log.close();
  });

  it('shows the demo’s transparency page with the JTI badge, accessible, linked from the footer', async () => {
    const page = await open('/de/', true);
    await Promise.all([
      page.waitForURL(/\/de\/about\/trust$/),
      page.locator('footer').getByRole('link', { name: 'Vertrauen und Transparenz' }).click(),
    ]);
    expect(await page.locator('.jti-badge').textContent()).toContain('Entspricht den JTI-Standards');
    expect(await page.getByRole('heading', { name: 'Eigentum und Finanzierung' }).count()).toBe(1);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
    const article = await open(articlePath, true);
    const form = await new AxeBuilder({ page: article }).include('.report-error').analyze();
    expect(form.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await article.close();
  });

  it('shows hostile strings in reports as text in the inbox; no script of theirs runs', async () => {
    const id = new URL(`${server.url}${articlePath}`).pathname.split('/').at(-1);
    const hostile =
      '<script>window.pwned=1</script> <svg onload="window.pwned=2"></svg> <img src=x onerror="window.pwned=3"> <a href="javascript:window.pwned=4">click me</a>';
    const res = await fetch(`${server.url}/api/v1/articles/${id}/error-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: hostile, source: 'javascript:window.pwned=5' }),
    });
    expect(res.status).toBe(201);
    const editor = await open('/newsroom/login', true);
    const dialogs: string[] = [];
    editor.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await logInBrowser(editor, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await editor.goto(`${server.url}/newsroom/error-reports?language=en`);
    const row = editor.locator('tr.report-row', { hasText: '<script>window.pwned=1</script>' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link', { name: 'Handle' }).click();
    await expect
      .poll(() => editor.locator('.reader-report').textContent())
      .toContain('<img src=x onerror="window.pwned=3">');
    expect(await editor.getByText('javascript:window.pwned=5').count()).toBe(1);
    expect(await editor.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await editor.locator('main svg, main img, main script').count()).toBe(0);
    expect(await editor.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await editor.close();
  });

  it('limits a flood of the form with a friendly page, and the inbox stays usable', async () => {
    const page = await open(articlePath, false);
    const article = await page.locator('input[name=article]').getAttribute('value');
    const version = await page.locator('input[name=version]').getAttribute('value');
    await page.close();
    const statuses: number[] = [];
    for (let i = 0; i < 12 && !statuses.includes(429); i++) {
      const res = await fetch(`${server.url}/en/about/report-error`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ article: article ?? '', version: version ?? '', text: `Flood ${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
    // What a reader sees when they send one more: a page that says to wait, with the way back.
    const reader = await open(articlePath, false);
    await reader.getByLabel('What is wrong?').fill('One more report.');
    await reader.getByRole('button', { name: 'Send the report' }).click();
    await expect.poll(() => reader.locator('h1').textContent()).toBe('Please wait a moment');
    expect(await reader.getByRole('link', { name: 'Back to the article' }).getAttribute('href')).toBe(
      articlePath,
    );
    await reader.close();
    const editor = await open('/newsroom/login', true);
    await logInBrowser(editor, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    const res = await editor.goto(`${server.url}/newsroom/error-reports?language=en&status=new`);
    expect(res?.status()).toBe(200);
    expect(await editor.locator('tr.report-row').count()).toBeGreaterThan(0);
    await editor.close();
  });
});
