import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAxeFindings } from '../support/browser.js';
import { type ServerProcess, startServerProcess } from '../support/processes.js';

/** A reader's Chrome: Chromium here runs headless, and a headless browser is not counted. */
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let server: ServerProcess;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-rankings-'));

beforeAll(async () => {
  server = await startServerProcess({ DATA_DIR: dir }, []);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function reader(javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({ userAgent: CHROME, viewport: { width: 390, height: 800 }, javaScriptEnabled });
}

/** Opens a page and waits for its read beacon's answer; answers the beacon request's headers. */
async function openAndCount(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; headers: Record<string, string> }> {
  const page = await context.newPage();
  const beacon = page.waitForResponse(
    (res) => res.url().endsWith('/api/v1/public/views') && res.request().method() === 'POST',
  );
  await page.goto(url);
  const answer = await beacon;
  expect(answer.status()).toBe(204);
  return { page, headers: await answer.request().allHeaders() };
}

describe('Popular Stories in Chromium', () => {
  it('counts one read for a reader opening an article served from the page cache, and lists it after a restart', async () => {
    const list = (await (await fetch(`${server.url}/api/v1/public/articles?language=en&limit=3`)).json()) as {
      items: Array<{ id: string; headline: string; url: string }>;
    };
    const [read, other] = list.items;
    if (!read || !other) throw new Error('the demo has English articles');
    const path = new URL(read.url).pathname;
    // Rendered once (as for any earlier visitor), so the reader gets the page from the cache.
    const first = await fetch(`${server.url}${path}`);
    expect(first.status).toBe(200);
    const cached = await fetch(`${server.url}${path}`, {
      headers: { 'if-none-match': first.headers.get('etag') ?? '' },
    });
    expect(cached.status).toBe(304);

    const context = await reader();
    const opened = await openAndCount(context, `${server.url}${path}`);
    expect(opened.headers.cookie).toBeUndefined();
    expect(await opened.page.locator('h1').textContent()).toBe(read.headline);
    // Opening it again the same day is the same reader: no second read.
    await opened.page.close();
    await (await openAndCount(context, `${server.url}${path}`)).page.close();
    await context.close();

    // A clean stop writes the counts still in memory.
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = await startServerProcess({ DATA_DIR: dir }, []);
    const popular = (await (await fetch(`${server.url}/api/v1/public/popular?language=en`)).json()) as {
      items: Array<{ id: string; reads: number }>;
    };
    expect(popular.items).toEqual([expect.objectContaining({ id: read.id, reads: 1 })]);

    // Both lists on the language home and on another article, without JavaScript, accessible.
    const plain = await reader(false);
    for (const target of ['/en/', new URL(other.url).pathname]) {
      const page = await plain.newPage();
      await page.goto(`${server.url}${target}`);
      const ranking = page.locator('section[aria-labelledby=popular-stories]');
      expect(await ranking.locator('h2').textContent()).toBe('Popular Stories');
      expect(await ranking.locator('ol li a').allTextContents()).toEqual([read.headline]);
      await ranking.locator('ol li a').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(read.headline);
      await page.goto(`${server.url}${target}`);
      expect(await page.locator('section[aria-labelledby=most-discussed] h2').textContent()).toBe(
        'Most Discussed',
      );
      await page.close();
    }
    await plain.close();
    const withScripts = await reader();
    const page = await withScripts.newPage();
    await page.goto(`${server.url}/en/`);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await withScripts.close();
  });
});
