/**
 * A reader in Chromium on a language home with few stories of its own (the demo's Japanese
 * home): the block of stories from other languages is labelled, each teaser speaks its own
 * language, the page fits a 360 px phone and passes axe. With SCREENSHOTS_DIR set, it also
 * keeps screenshots of /ja/ and /ru/ at 360 and 1280 px there, for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/messages/homes/ja.js';
import { seriousAxeFindings } from '../support/browser.js';
import { demoSiteInChromium } from '../support/demo-site.js';

const site = demoSiteInChromium('sw-e2e-homes-');

async function open(path: string, width: number): Promise<Page> {
  const { page, status } = await site.open(path, { width, height: 800 });
  expect(status, path).toBe(200);
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
    expect(await seriousAxeFindings(page)).toEqual([]);
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
