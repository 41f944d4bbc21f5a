/**
 * A browser test's reader site: the demo newsroom in a server process (loaded on its first
 * start, as `npm start` does) and Chromium, both started before the test file's tests and
 * stopped after them; pages open in a new browser context each.
 * @example const site = demoSiteInChromium('sw-e2e-'); const { page, status } = await site.open('/en/', { width: 360 });
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { endBrowserTest, launchBrowser } from './browser.js';
import { type ServerProcess, startServerProcess } from './processes.js';

export interface OpenOptions {
  /** The viewport, 1280 x 900 unless given. */
  width?: number;
  height?: number;
  /** Whether the page runs scripts (on unless turned off). */
  javaScriptEnabled?: boolean;
}

/** Starts the demo site and Chromium for the calling test file (in a temporary data folder named by `prefix`). */
export function demoSiteInChromium(prefix: string) {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(async () => {
    server = await startServerProcess({ DATA_DIR: dir }, []);
    browser = await launchBrowser();
  });
  afterAll(() => endBrowserTest(browser, server, dir));
  return {
    /** Opens a page of the site in a context of its own, closed with the page; with the answer's status. */
    async open(path: string, options: OpenOptions = {}): Promise<{ page: Page; status: number | undefined }> {
      if (!server || !browser) throw new Error('the demo site is not started (open it from a test)');
      const { width = 1280, height = 900, javaScriptEnabled = true } = options;
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
      const page = await context.newPage();
      // The browser may already be closing (afterAll): a refused close is fine.
      page.on('close', () => {
        context.close().catch(() => {});
      });
      const res = await page.goto(`${server.url}${path}`);
      return { page, status: res?.status() };
    },
  };
}
