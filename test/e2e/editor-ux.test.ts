/**
 * The editor's chrome in Chromium, typed as a person types (ADR 0029): SVG icons with names
 * in the newsroom's language, the slash menu, the floating toolbar and link popover, the
 * reader's typography and the article's direction, the side panel with length and previews,
 * the editor on a 360 px phone, and axe with the menu and the toolbar open. With
 * SCREENSHOTS_DIR set, it also leaves screenshots there to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de as editorDe } from '../../src/i18n/messages/editor/de.js';
import { launchBrowser } from '../support/browser.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let heroId: string;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-editor-ux-'));
const env = { DATA_DIR: dir };
const shots = process.env.SCREENSHOTS_DIR;
if (shots) mkdirSync(shots, { recursive: true });

beforeAll(async () => {
  const added = await runCli(
    ['user', 'add', '--email', 'editor@shortwave.test', '--name', 'The editor', '--role', 'editor'].concat([
      '--password',
      STAFF_PASSWORD,
    ]),
    env,
  );
  expect(added.code, added.stderr).toBe(0);
  const created = await runCli(['token', 'create', '--email', 'editor@shortwave.test'], env);
  expect(created.code, created.stderr).toBe(0);
  const token = created.stdout.trim().split('\n').at(-1) ?? '';
  server = await startServerProcess(env);
  browser = await launchBrowser();
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a7' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(jpeg)]), 'lake.jpg');
  form.set('alt', 'Lake Geneva at dawn');
  const upload = await fetch(`${server.url}/api/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(upload.status).toBe(201);
  heroId = ((await upload.json()) as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

async function editorPage(
  language: string,
  options: BrowserContextOptions & { newsroomLanguage?: string } = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { newsroomLanguage, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  await logInBrowser(page, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
  // The newsroom's language, as its language switcher sets it.
  if (newsroomLanguage)
    await context.addCookies([{ name: 'sw_newsroom_lang', value: newsroomLanguage, url: server.url }]);
  await page.goto(`${server.url}/newsroom/articles/new?language=${language}`);
  await page.locator('.ed-toolbar:not([hidden])').waitFor();
  return { page, close: () => context.close() };
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: name.endsWith('page') });
}

const body = (page: Page) => page.locator('#ed-body .ProseMirror');
const slashList = (page: Page) => page.getByRole('listbox', { name: 'Insert a block' });
const bubble = (page: Page) => page.getByRole('toolbar', { name: 'Format the selected text' });
const bodyHtml = (page: Page) => body(page).innerHTML();

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the editor chrome in Chromium', () => {
  it('draws the toolbar with SVG icons, no emoji, each button named in the newsroom language', async () => {
    const { page, close } = await editorPage('de', { newsroomLanguage: 'de' });
    const buttons = page.getByRole('toolbar', { name: 'Formatierung' }).getByRole('button');
    expect(await buttons.count()).toBe(15);
    const german = new Set(Object.values(editorDe));
    for (const button of await buttons.all()) {
      const text = (await button.textContent()) ?? '';
      expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text.trim()).toBe('');
      expect(await button.locator('svg').count()).toBe(1);
      const name = (await button.getAttribute('aria-label')) ?? '';
      expect(german.has(name), name).toBe(true);
      expect(await button.getAttribute('title')).toContain(name);
    }
    await expect.poll(() => page.getByRole('button', { name: 'Fett', exact: true }).isVisible()).toBe(true);
    await close();
  });

  it('opens a slash menu of every block kind, filtered by typing, chosen with the keyboard', async () => {
    const { page, close } = await editorPage('en');
    await body(page).click();
    await page.keyboard.type('/');
    await slashList(page).waitFor();
    const options = slashList(page).getByRole('option');
    expect(await options.allTextContents()).toEqual([
      'Paragraph',
      'Sub-heading',
      'Sub-heading, level 3',
      'Sub-heading, level 4',
      'Bulleted list',
      'Numbered list',
      'Quote',
      'Image',
      'Embed',
      '"More" box',
    ]);
    // The editing area points at the highlighted option; the arrows move it.
    expect(await body(page).getAttribute('aria-activedescendant')).toBe('ed-slash-paragraph');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await body(page).getAttribute('aria-activedescendant')).toBe('ed-slash-heading3');
    expect(await options.nth(2).getAttribute('aria-selected')).toBe('true');
    await shot(page, 'slash-menu-1280');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Reactions');
    expect(await bodyHtml(page)).toContain('<h3>Reactions</h3>');
    expect(await slashList(page).isVisible()).toBe(false);

    // Filtering: "quo" leaves the quote, Enter turns the paragraph into one.
    await page.keyboard.press('Enter');
    await page.keyboard.type('/quo');
    expect(await options.allTextContents()).toEqual(['Quote']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('We will appeal.');
    expect(await bodyHtml(page)).toContain('<blockquote><p>We will appeal.</p></blockquote>');

    // Escape closes the menu and keeps what was typed; typing on does not reopen it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/xyz');
    expect(await page.locator('.ed-slash-none').textContent()).toContain('No block kind matches "xyz"');
    await page.keyboard.press('Escape');
    expect(await page.locator('.ed-slash').isVisible()).toBe(false);
    await page.keyboard.type(' stays');
    expect(await page.locator('.ed-slash').isVisible()).toBe(false);
    expect(await bodyHtml(page)).toContain('<p>/xyz stays</p>');
    expect(await body(page).getAttribute('aria-activedescendant')).toBeNull();

    // A slash inside a sentence is only a slash.
    await page.keyboard.press('Enter');
    await page.keyboard.type('and/or');
    expect(await page.locator('.ed-slash').isVisible()).toBe(false);

    // Blocks with a dialog open it, and the block lands right after the paragraph before.
    await page.keyboard.press('Enter');
    await page.keyboard.type('/ima');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ed-media-dialog').isVisible()).toBe(true);
    await page.locator('#ed-media-results button').first().click();
    await page.getByRole('button', { name: 'Use this image' }).click();
    await body(page).locator('figure.ed-image').waitFor();
    expect(await bodyHtml(page)).toMatch(/<p>and\/or<\/p><figure[^>]*class="ed-block ed-image/);
    await close();
  });

  it('shows a floating toolbar on a selection and a popover to edit, remove or open a link', async () => {
    const { page, close } = await editorPage('en');
    await body(page).click();
    await page.keyboard.type('The council met today.');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await bubble(page).waitFor();
    await shot(page, 'floating-toolbar-1280');
    await bubble(page).getByRole('button', { name: 'Bold' }).click();
    expect(await bodyHtml(page)).toContain('The <strong>council</strong> met today.');
    expect(await bubble(page).getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // From the keyboard: Alt+F10 into the toolbar, arrows along it, Escape back to the text.
    await page.keyboard.press('Alt+F10');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Bold');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await bodyHtml(page)).toMatch(
      /<strong><em>council<\/em><\/strong>|<em><strong>council<\/strong><\/em>/,
    );
    // Back in the text with "council" still selected: into the toolbar again, on to Link.
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Link');
    await page.keyboard.press('Enter');
    await page.locator('#ed-link-href').fill('https://www.admin.ch/');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyHtml(page)).toContain('href="https://www.admin.ch/"');

    // A click into the link shows where it goes, and offers to edit, remove or open it.
    await page.keyboard.press('End');
    await body(page).locator('a').click();
    const popover = page.getByRole('group', { name: 'Link' });
    await popover.waitFor();
    expect(await popover.locator('.ed-linkpop-url').textContent()).toBe('https://www.admin.ch/');
    expect(await popover.getByRole('link', { name: 'Open link in a new tab' }).getAttribute('href')).toBe(
      'https://www.admin.ch/',
    );
    await shot(page, 'link-popover-1280');
    await popover.getByRole('button', { name: 'Edit link' }).click();
    expect(await page.locator('#ed-link-href').inputValue()).toBe('https://www.admin.ch/');
    await page.keyboard.press('Escape');
    await body(page).locator('a').click();
    await popover.getByRole('button', { name: 'Remove link' }).click();
    expect(await bodyHtml(page)).not.toContain('<a ');
    expect(await bodyHtml(page)).toContain('council');
    expect(await popover.isVisible()).toBe(false);
    await close();
  });

  it("sets the text in the reader's typography and follows the article's language and direction", async () => {
    const { page, close } = await editorPage('ar');
    expect(await page.locator('#ed-body').getAttribute('lang')).toBe('ar');
    expect(await page.locator('#ed-body').getAttribute('dir')).toBe('rtl');
    await body(page).click();
    await page.keyboard.type('/quo');
    await page.keyboard.press('Enter');
    await page.keyboard.type('نص');
    const style = await body(page).evaluate((el) => {
      const quote = getComputedStyle(el.querySelector('blockquote') as Element);
      const own = getComputedStyle(el);
      return {
        direction: own.direction,
        font: getComputedStyle(el.querySelector('p') as Element).fontFamily,
        size:
          Number.parseFloat(own.fontSize) /
          Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
        measure: own.maxInlineSize,
        quoteBorder: quote.borderInlineStartColor,
        quoteSide: quote.borderRightWidth,
      };
    });
    // The reader's .body (1.08rem), its measure, its red quote rule, on the right in Arabic.
    expect(style).toMatchObject({ direction: 'rtl', quoteBorder: 'rgb(179, 0, 27)', quoteSide: '4px' });
    expect(style.size).toBeCloseTo(1.08, 2);
    expect(style.font).toContain('Noto Naskh Arabic');
    expect(style.measure).not.toBe('none');
    await close();

    // An image spans the measure as in the article, its caption fields under it.
    const english = await editorPage('en');
    await body(english.page).click();
    await english.page.keyboard.type('/ima');
    await english.page.keyboard.press('Enter');
    await english.page.locator('#ed-media-results button').first().click();
    await english.page.locator('#ed-media-caption').fill('Dawn over the lake');
    await english.page.locator('#ed-media-credit').fill('Keystone');
    await english.page.getByRole('button', { name: 'Use this image' }).click();
    const figure = body(english.page).locator('figure.ed-image img');
    await figure.waitFor();
    const widths = await body(english.page).evaluate((el) => ({
      image: (el.querySelector('figure img') as HTMLElement).getBoundingClientRect().width,
      text: el.getBoundingClientRect().width - Number.parseFloat(getComputedStyle(el).paddingInlineStart) * 2,
    }));
    expect(widths.image).toBeGreaterThan(widths.text * 0.95);
    await shot(english.page, 'body-blocks-1280');
    await english.close();
  });

  it('counts words and reading time and previews the teaser and the share card while one types', async () => {
    const { page, close } = await editorPage('en');
    const panel = page.getByRole('region', { name: 'Length and previews' });
    expect(await panel.locator('#ed-insight-words').textContent()).toBe('0 words');
    await page.locator('#ed-headline').click();
    await page.keyboard.type('Council backs rail tunnel');
    await page.locator('#ed-lead').click();
    await page.keyboard.type('The vote was close.');
    await page.locator('#ed-kicker').click();
    await page.keyboard.type('Transport');
    await body(page).click();
    await page.keyboard.type('One more word.');
    await expect.poll(() => panel.locator('#ed-insight-words').textContent()).toBe('7 words');
    expect(await panel.locator('#ed-insight-reading').textContent()).toBe('1 minute to read');
    const teaser = panel.locator('.ed-teaser-preview');
    expect(await teaser.locator('.label').textContent()).toBe('Transport');
    expect(await teaser.locator('.ed-teaser-headline').textContent()).toBe('Council backs rail tunnel');
    expect(await teaser.textContent()).toContain('Read more: Council backs rail tunnel');
    expect(await teaser.textContent()).toContain('The vote was close.');
    const card = panel.locator('.ed-share-card');
    expect(await card.locator('.ed-share-headline').textContent()).toBe(
      'Council backs rail tunnel - Shortwave',
    );
    expect(await card.locator('.ed-share-site').textContent()).toBe(new URL(server.url).host);

    // A long body, as dictation puts it in (one input, not 3,300 key presses): 660 more words are three minutes.
    await page.keyboard.insertText(' word'.repeat(660));
    await expect.poll(() => panel.locator('#ed-insight-reading').textContent()).toBe('3 minutes to read');

    // The hero image shows, cropped as the reader's teaser crops it (3:2).
    await page.locator('[data-action="hero-choose"]').click();
    await page.locator('#ed-media-results button').first().click();
    await page.getByRole('button', { name: 'Use this image' }).click();
    const image = teaser.locator('#ed-teaser-image');
    await expect.poll(() => image.isVisible()).toBe(true);
    const ratio = await image.evaluate(
      (img) => img.getBoundingClientRect().width / img.getBoundingClientRect().height,
    );
    expect(ratio).toBeCloseTo(1.5, 1);
    expect(await card.locator('img').isVisible()).toBe(true);
    expect(heroId).toBeTruthy();
    await shot(page, 'side-panel-1280');
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'editor-1280-page');
    await close();
  });

  it('counts Chinese by the character', async () => {
    const { page, close } = await editorPage('zh');
    await body(page).click();
    await page.keyboard.insertText('联邦委员会今天开会。');
    await expect.poll(() => page.locator('#ed-insight-words').textContent()).toBe('9 characters');
    await close();
  });

  it('works on a 360 px phone: the toolbar scrolls, the panel goes below, a photo comes from the camera', async () => {
    const { page, close } = await editorPage('en', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    const toolbar = page.locator('.ed-toolbar');
    const scroll = await toolbar.evaluate((el) => ({
      overflow: getComputedStyle(el).overflowX,
      height: el.clientHeight,
    }));
    expect(scroll.overflow).toBe('auto');
    expect(scroll.height).toBeLessThan(70);
    await body(page).tap();
    await page.keyboard.type('Reporting from Lausanne.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await slashList(page).waitFor();
    const menu = await page.locator('.ed-slash').boundingBox();
    expect(menu && menu.x >= 0 && menu.x + menu.width <= 360).toBe(true);
    await shot(page, 'slash-menu-360');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');
    const form = await page.locator('#editor-form').boundingBox();
    const panel = await page.locator('.ed-insight').boundingBox();
    expect(form && panel && panel.y > form.y + form.height).toBe(true);
    await shot(page, 'editor-360-page');

    // The image dialog offers the camera.
    await page.getByRole('button', { name: 'Image', exact: true }).tap();
    const camera = page.locator('#ed-media-camera');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await page.getByText('Take a photo').isVisible()).toBe(true);
    await shot(page, 'media-dialog-360');
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a74' } })
      .jpeg()
      .toBuffer();
    await camera.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await expect.poll(() => page.locator('#ed-media-selected').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Escape');

    // Selecting text shows the floating toolbar inside the screen; submit is within reach.
    await body(page).locator('p').first().dblclick();
    await bubble(page).waitFor();
    const floating = await bubble(page).boundingBox();
    expect(floating && floating.x >= 0 && floating.x + floating.width <= 360).toBe(true);
    await shot(page, 'floating-toolbar-360');
    await page.locator('#ed-headline').fill('Lausanne floods');
    await page.locator('#ed-save').tap();
    const submit = page.locator('[data-workflow="submit"]');
    await expect.poll(() => submit.isVisible(), { timeout: 10_000 }).toBe(true);
    await submit.scrollIntoViewIfNeeded();
    const box = await submit.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await shot(page, 'side-panel-360');
    await close();
  });

  it('passes axe with the slash menu open and with the floating toolbar open', async () => {
    const { page, close } = await editorPage('en');
    await body(page).click();
    await page.keyboard.type('/');
    await slashList(page).waitFor();
    expect(await seriousAxe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Select these words');
    await page.keyboard.press('Shift+Home');
    await bubble(page).waitFor();
    expect(await seriousAxe(page)).toEqual([]);
    await close();
  });
});
