import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endBrowserTest, launchBrowser, seriousAxeFindings } from '../support/browser.js';
import { runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const X_POST = 'https://x.com/swissinfo_en/status/1572912345678901234';

let server: ServerProcess;
let browser: Browser;
let articlePath = '';
let arabicPath = '';
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-embeds-'));
const env = { DATA_DIR: dir };

/** Creates a published article with a YouTube and an X embed through the staff API. */
async function createArticle(token: string, language: string, headline: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      language,
      section: 'politics',
      status: 'published',
      headline,
      lead: 'Posts and videos from the day.',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The day in posts and videos.' }] },
          { type: 'embed', attrs: { url: YOUTUBE } },
          { type: 'embed', attrs: { url: X_POST } },
        ],
      },
    }),
  });
  const json = (await res.json()) as { url?: string };
  expect(res.status, JSON.stringify(json)).toBe(201);
  return new URL(json.url ?? '').pathname;
}

beforeAll(async () => {
  const add = await runCli(
    [
      'user',
      'add',
      '--email',
      'desk@shortwave.test',
      '--name',
      'Desk',
      '--role',
      'editor',
      '--password',
      'a long enough password',
    ],
    env,
  );
  expect(add.code, add.stderr).toBe(0);
  const token = await runCli(['token', 'create', '--email', 'desk@shortwave.test'], env);
  expect(token.code, token.stderr).toBe(0);
  server = await startServerProcess(env);
  const secret = token.stdout.trim().split('\n').at(-1) ?? '';
  articlePath = await createArticle(secret, 'en', 'Voting day in posts and videos');
  arabicPath = await createArticle(secret, 'ar', 'يوم التصويت');
  browser = await launchBrowser();
});
afterAll(() => endBrowserTest(browser, server, dir));

/** A fresh reader (own storage) with every request the page makes recorded. */
async function reader(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  return { context, page, requests };
}

const hostsOf = (urls: readonly string[]) => [...new Set(urls.map((url) => new URL(url).host))];
const youtube = (page: Page) => page.locator('figure.embed[data-embed="youtube"]');
const x = (page: Page) => page.locator('figure.embed[data-embed="x"]');

describe('privacy-first embeds in Chromium', () => {
  it('loads nothing from a provider until the reader clicks, then only that provider', async () => {
    const { context, page, requests } = await reader();
    await page.goto(`${server.url}${articlePath}`);
    const load = page.getByRole('button', { name: 'Load content from YouTube', exact: true });
    await expect.poll(() => load.isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(hostsOf(requests)).toEqual([new URL(server.url).host]);
    expect(await page.locator('iframe').count()).toBe(0);

    await load.click();
    const frame = youtube(page).locator('iframe');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(await frame.getAttribute('title')).toBe('Content from YouTube');
    expect(await frame.getAttribute('loading')).toBe('lazy');
    expect(await frame.getAttribute('sandbox')).toContain('allow-scripts');
    expect(await youtube(page).locator('.embed-consent').count()).toBe(0);
    // The request itself fails without a network; that it was attempted is what counts.
    await expect.poll(() => hostsOf(requests)).toContain('www.youtube-nocookie.com');
    // X stays a placeholder and is never asked.
    expect(await x(page).locator('iframe').count()).toBe(0);
    expect(hostsOf(requests).filter((host) => /twitter|x\.com/.test(host))).toEqual([]);
    expect(
      await x(page)
        .getByRole('link', { name: /View the original on X/ })
        .getAttribute('href'),
    ).toBe(X_POST);
    await context.close();
  });

  it('remembers "always load" for that provider across a reload, until the reader stops it', async () => {
    const { context, page, requests } = await reader();
    await page.goto(`${server.url}${articlePath}`);
    await page.getByRole('button', { name: 'Always load content from YouTube', exact: true }).click();
    await expect.poll(() => youtube(page).locator('iframe').count()).toBe(1);

    requests.length = 0;
    await page.reload();
    await expect.poll(() => youtube(page).locator('iframe').count()).toBe(1);
    await expect.poll(() => hostsOf(requests)).toContain('www.youtube-nocookie.com');
    expect(await x(page).locator('iframe').count()).toBe(0);
    expect(await x(page).getByRole('button', { name: 'Load content from X', exact: true }).isVisible()).toBe(
      true,
    );

    await youtube(page)
      .getByRole('button', { name: 'Stop loading content from YouTube automatically', exact: true })
      .click();
    requests.length = 0;
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: 'Load content from YouTube', exact: true }).isVisible())
      .toBe(true);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(hostsOf(requests)).toEqual([new URL(server.url).host]);
    await context.close();
  });

  it('keeps the link to the original and hides the buttons without JavaScript', async () => {
    const { context, page, requests } = await reader({ javaScriptEnabled: false });
    await page.goto(`${server.url}${articlePath}`);
    const original = youtube(page).getByRole('link', { name: /View the original on YouTube/ });
    expect(await original.isVisible()).toBe(true);
    expect(await original.getAttribute('href')).toBe(YOUTUBE);
    expect(
      await page.getByRole('button', { name: 'Load content from YouTube', exact: true }).isVisible(),
    ).toBe(false);
    expect(hostsOf(requests)).toEqual([new URL(server.url).host]);
    await context.close();
  });

  it('fits a 320 px phone, left to right and right to left', async () => {
    for (const path of [articlePath, arabicPath]) {
      const { context, page } = await reader({ width: 320 });
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.locator('.embed-actions:not([hidden])').count()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await context.close();
    }
  });

  it('has no serious or critical accessibility findings, before and after loading', async () => {
    const { context, page } = await reader();
    await page.goto(`${server.url}${articlePath}`);
    await expect.poll(() => page.locator('.embed-actions:not([hidden])').count()).toBe(2);
    const analyze = () => seriousAxeFindings(page);
    expect(await analyze()).toEqual([]);
    await page.getByRole('button', { name: 'Load content from YouTube', exact: true }).click();
    await expect.poll(() => youtube(page).locator('iframe').count()).toBe(1);
    expect(await analyze()).toEqual([]);
    await context.close();
  });
});
