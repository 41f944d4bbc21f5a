import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../support/browser.js';
import { demoSiteInChromium } from '../support/demo-site.js';

const site = demoSiteInChromium('sw-e2e-');

/** Opens a page as a reader without JavaScript (the site must not need it); axe needs it on. */
async function open(path: string, width = 1280, javaScriptEnabled = false): Promise<Page> {
  const { page, status } = await site.open(path, { width, height: 900, javaScriptEnabled });
  expect(status, path).toBeLessThan(500);
  return page;
}

describe('a reader in Chromium', () => {
  it('follows a teaser from the language home to its article, with hero caption and credit', async () => {
    const page = await open('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const teaser = page.locator('#latest ~ ul .teaser h3 a').first();
    const headline = (await teaser.textContent())?.trim() ?? '';
    expect(headline.length).toBeGreaterThan(5);
    await teaser.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(headline);
    const caption = page.locator('figure.hero figcaption');
    await expect.poll(() => caption.isVisible()).toBe(true);
    expect(await caption.locator('.credit').textContent()).toMatch(/^© \S/);
    const hero = page.locator('figure.hero img');
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(page.url());
    await page.close();
  });

  it('marks an external link as external and follows a "More" box to its article', async () => {
    const home = await open('/en/');
    const hrefs = await home
      .locator('.teaser h3 a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    await home.close();
    let found = false;
    for (const href of hrefs) {
      const page = await open(new URL(href).pathname);
      const more = page.locator('.more-box a');
      const external = page.locator('.body a.ext');
      if ((await more.count()) === 0 || (await external.count()) === 0) {
        await page.close();
        continue;
      }
      found = true;
      expect(await external.first().locator('.visually-hidden').textContent()).toContain('External link');
      expect(await external.first().getAttribute('rel')).toContain('noopener');
      expect(await external.first().locator('svg').count()).toBe(1);
      const target = (await more.first().textContent())?.trim();
      await more.first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(target);
      await page.close();
      break;
    }
    expect(found, 'the demo has an English article with an external link and a "More" box').toBe(true);
  });

  it('mirrors an Arabic article: navigation and captions start on the right (screenshot kept)', async () => {
    const home = await open('/ar/');
    const href = (await home.locator('.teaser h3 a, .top-story h2 a').first().getAttribute('href')) ?? '/ar/';
    await home.close();
    const page = await open(href, 1280);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const sections = await page
      .locator('.sections a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().x));
    // In right-to-left order the first section sits furthest right.
    expect(sections.length).toBeGreaterThan(1);
    expect(sections[0]).toBeGreaterThan(sections.at(-1) ?? 0);
    const caption = await page.locator('figure.hero figcaption').evaluate((el) => {
      const figure = el.parentElement!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      return {
        figureRight: figure.right,
        textRight: text.right,
        textLeft: text.left,
        figureLeft: figure.left,
      };
    });
    // The caption's text starts at the right edge of the figure.
    expect(Math.abs(caption.figureRight - caption.textRight)).toBeLessThan(4);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/arabic-article.png', fullPage: false });
    await page.close();
  });

  it('fits a 320 px phone without horizontal scrolling', async () => {
    const home = await open('/en/', 320);
    const article = (await home.locator('.teaser h3 a').first().getAttribute('href')) ?? '/en/';
    for (const path of [
      '/en/',
      article,
      '/de/',
      '/ar/',
      '/zh/',
      '/en/politics',
      '/en/nothing-here',
      '/en/corrections',
      '/ar/search?q=%D8%B3',
    ]) {
      const page = await open(path, 320);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
      await page.close();
    }
    await home.close();
  });

  it('lets a 360 px phone load the small rendition of teaser pictures, a wide screen a larger one', async () => {
    const chosen = async (width: number) => {
      const page = await open('/en/politics', width);
      const picture = page.locator('main .teaser img').first();
      await picture.scrollIntoViewIfNeeded();
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const src = await picture.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
      await page.close();
      return src;
    };
    expect(await chosen(360)).toMatch(/^\/media\/\w+\/320\.webp$/);
    expect(await chosen(1280)).toMatch(/^\/media\/\w+\/640\.webp$/);
  });

  it('has no serious or critical accessibility findings on the main pages', async () => {
    const home = await open('/en/');
    const article = (await home.locator('.teaser h3 a').first().getAttribute('href')) ?? '/en/';
    await home.close();
    for (const path of [
      '/en/',
      article,
      '/en/politics',
      '/ar/',
      '/en/does-not-exist',
      '/en/corrections',
      '/en/search?q=glacier',
    ]) {
      const page = await open(path, 1280, true);
      expect(await seriousAxeFindings(page), path).toEqual([]);
      await page.close();
    }
  });
});
