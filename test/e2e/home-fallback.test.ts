/**
 * A reader in Chromium on a language home with few stories of its own (the demo's Japanese
 * home): the block of stories from other languages is labelled, each teaser speaks its own
 * language, the page fits a 360 px phone and passes axe. With SCREENSHOTS_DIR set, it also
 * keeps screenshots of /ja/ and /ru/ at 360 and 1280 px there, for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/messages/homes/ja.js';
import { launchBrowser } from '../support/browser.js';
import { type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-homes-'));

beforeAll(async () => {
  // The first start on an empty database loads the demo newsroom.
  server = await startServerProcess({ DATA_DIR: dir }, []);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => {});
  });
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('a language home with few stories of its own, in Chromium', () => {
  it('shows the newest stories from other languages, labelled, on a 360 px phone that passes axe', async () => {
    const page = await open('/ja/', 360);
    const block = page.locator('section[aria-labelledby="other-languages"]');
    expect((await block.locator('h2').textContent())?.trim()).toBe(ja['homes.otherLanguages.title']);
    const teasers = block.locator('.teaser > div[lang]');
    expect(await teasers.count()).toBeGreaterThanOrEqual(3);
    for (const teaser of await teasers.all()) {
      const lang = await teaser.getAttribute('lang');
      expect(lang).not.toBe('ja');
      expect(await teaser.locator('h3 a').getAttribute('hreflang')).toBe(lang);
      expect(await teaser.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    }
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.close();

    const shots = process.env.SCREENSHOTS_DIR;
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    for (const language of ['ja', 'ru']) {
      for (const width of [360, 1280]) {
        const shot = await open(`/${language}/`, width);
        await shot.screenshot({ path: join(shots, `${language}-${width}.png`), fullPage: true });
        await shot.close();
      }
    }
  });
});
