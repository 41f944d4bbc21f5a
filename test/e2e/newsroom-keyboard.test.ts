/**
 * The newsroom's main scenario in Chromium by keyboard alone (Tab, Shift+Tab, Enter, Space,
 * the arrows and typing; no mouse): a contributor logs in, writes an article with every
 * element (sub-heading, paragraph with bold and a link, a list, a quote, an image from the
 * media library with its alt text and credit, an embed, a "More" box) through the slash menu,
 * the toolbar and the editor's shortcuts, saves it and submits it for review; an editor logs
 * in, opens it from the dashboard, publishes it and adds a correction. The API and the reader
 * page then show the article published with every element and the correction. Axe finds
 * nothing serious with the slash menu open.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArticleJson,
  type EditorStand,
  saveStatus,
  seriousFindings,
  startEditorStand,
} from '../support/editor-stand.js';
import { STAFF_PASSWORD } from '../support/newsroom.js';

let stand: EditorStand;
beforeAll(async () => {
  stand = await startEditorStand('sw-e2e-keyboard-');
});
afterAll(async () => {
  await stand?.stop();
});

const LINK = 'https://www.bern.ch/budget';
const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
/** How long a wait may take on a loaded two-core machine; each returns as soon as its state is there. */
const SLOW = { timeout: 20_000 };
const CORRECTION = 'An earlier version gave the wrong date of the vote; it is on Tuesday.';

/** True when the focused element matches the selector. */
const focusIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (at most 80 times). */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    if (await focusIs(page, selector)) return;
  }
  throw new Error(`${key} never reached ${selector}`);
}

/** Presses an arrow key until the focused element's accessible name is `name` (at most 20 times). */
async function arrowTo(page: Page, name: string, key = 'ArrowRight'): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached "${name}"`);
}

/** Presses Enter on the focused link or button and waits for the page it leads to. */
async function enterTo(page: Page, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

/** True when the body editor has focus with a caret (a collapsed selection inside it). */
function caretInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const selection = document.getSelection();
    return Boolean(
      active?.classList.contains('ProseMirror') &&
        selection?.isCollapsed &&
        selection.anchorNode &&
        active.contains(selection.anchorNode),
    );
  });
}

/** Logs in through the login form by keyboard and waits for the newsroom. */
async function logIn(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stand.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${stand.url}/newsroom/login`);
  await tabTo(page, '#login-email');
  await page.keyboard.type(`${role}@shortwave.test`);
  await tabTo(page, '#login-password');
  await page.keyboard.type(STAFF_PASSWORD);
  await enterTo(page, /\/newsroom(\/)?$/);
  return { context, page };
}

/** Waits until the editor island has brought the page to life. */
async function editorReady(page: Page): Promise<void> {
  await page.locator('.ed-toolbar:not([hidden])').waitFor();
  await page.locator('.ed-workflow:not([hidden])').waitFor();
}

/** Opens the slash menu in the empty paragraph at the caret, filters it and chooses the first option. */
async function slash(page: Page, filter: string, expected: string): Promise<void> {
  await page.keyboard.type(`/${filter}`);
  const list = page.getByRole('listbox', { name: 'Insert a block' });
  await expect.poll(() => list.getByRole('option').first().textContent(), SLOW).toBe(expected);
  await page.keyboard.press('Enter');
}

type Block = ArticleJson['body']['content'][number];

/** The body as one line per block: its kind and its text (an image's alt | caption | credit). */
function outline(blocks: Block[]): string[] {
  const textOf = (node: unknown): string => {
    const n = node as { text?: string; content?: unknown[] };
    return n.text ?? (n.content ?? []).map(textOf).join('');
  };
  return blocks.map((block) => {
    const a = block.attrs ?? {};
    if (block.type === 'image') return `image: ${a.alt} | ${a.caption ?? ''} | ${a.credit ?? ''}`;
    if (block.type === 'embed') return `embed: ${a.url}`;
    if (block.type === 'related') return `related: ${a.articleId}`;
    return `${block.type}: ${textOf(block)}`;
  });
}

describe('the newsroom by keyboard alone', () => {
  it('writes every element, reviews, publishes and corrects an article without a mouse', async () => {
    // The contributor: from the dashboard to a new article.
    const reporter = await logIn('contributor');
    let page = reporter.page;
    await tabTo(page, 'a[href="/newsroom/articles/new"]');
    await enterTo(page, /\/newsroom\/articles\/new$/);
    await editorReady(page);
    await tabTo(page, '#ed-headline');
    await page.keyboard.type('Council backs the new budget');
    await tabTo(page, '#ed-lead');
    await page.keyboard.type('The vote ends a long quarrel over spending.');
    await tabTo(page, '#ed-section');
    for (let i = 0; i < 10 && (await page.locator('#ed-section').inputValue()) !== 'politics'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await page.locator('#ed-section').inputValue()).toBe('politics');

    // Into the body: a sub-heading from the slash menu (axe looks at the open menu first).
    await tabTo(page, '#ed-body .ProseMirror');
    await page.keyboard.type('/');
    await page.getByRole('listbox', { name: 'Insert a block' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.keyboard.press('Backspace');
    await slash(page, 'sub', 'Sub-heading');
    await page.keyboard.type('What the council decided');
    await page.keyboard.press('Enter');

    // A paragraph with a bold word (Ctrl+B) and a link (Ctrl+K and its dialog).
    await page.keyboard.type('The council ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('approved');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' the plan. Read the full report');
    for (let i = 0; i < 'full report'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    await expect.poll(() => focusIs(page, '#ed-link-href'), SLOW).toBe(true);
    await page.keyboard.type(LINK);
    await page.keyboard.press('Enter');
    await expect.poll(() => caretInEditor(page), SLOW).toBe(true);
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');

    // A list from the toolbar: Shift+Tab onto it, the arrows along it, Enter.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIs(page, '.ed-toolbar button'), SLOW).toBe(true);
    await arrowTo(page, 'Bulleted list');
    await page.keyboard.press('Enter');
    await expect.poll(() => caretInEditor(page), SLOW).toBe(true);
    await page.keyboard.type('Taxes stay as they are');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Schools get more money');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // A quote by its shortcut; a second Enter leaves it.
    await page.keyboard.press('Control+Shift+9');
    await page.keyboard.type('We have waited long enough.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // An image from the media library: chosen, its alt text replaced, a caption and a credit.
    await slash(page, 'ima', 'Image');
    const media = page.getByRole('dialog', { name: 'Choose an image' });
    await expect.poll(() => focusIs(page, '#ed-media-q'), SLOW).toBe(true);
    await media.getByRole('button', { name: 'Choose: The Federal Palace in Bern' }).waitFor();
    await tabTo(page, '#ed-media-results button');
    await page.keyboard.press('Space');
    await expect.poll(() => media.locator('#ed-media-alt').isVisible(), SLOW).toBe(true);
    await tabTo(page, '#ed-media-alt');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('The Federal Palace in Bern at dusk');
    await tabTo(page, '#ed-media-caption');
    await page.keyboard.type('Parliament sits here');
    await tabTo(page, '#ed-media-credit');
    await page.keyboard.type('Keystone');
    await tabTo(page, '#ed-media-dialog button[value="ok"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => caretInEditor(page), SLOW).toBe(true);

    // An embed and a "More" box, both from the slash menu and their dialogs.
    await slash(page, 'emb', 'Embed');
    await expect.poll(() => focusIs(page, '#ed-embed-url'), SLOW).toBe(true);
    await page.keyboard.type(VIDEO);
    await page.keyboard.press('Enter');
    await expect.poll(() => caretInEditor(page), SLOW).toBe(true);
    await slash(page, 'more', '"More" box');
    // The dialog lists the published articles as it opens (typing would search again).
    await expect.poll(() => focusIs(page, '#ed-related-q'), SLOW).toBe(true);
    const related = page.getByRole('dialog', { name: 'Add a "More" box' });
    await related.getByRole('button', { name: 'Add "More" box: Parliament passes the budget' }).waitFor();
    await tabTo(page, '#ed-related-results button');
    await page.keyboard.press('Enter');
    await expect.poll(() => caretInEditor(page), SLOW).toBe(true);
    await page.keyboard.type('The law comes into force in January.');

    // Saved, then submitted for review.
    await tabTo(page, '#ed-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => saveStatus(page).textContent(), SLOW).toMatch(/^Saved at /);
    // The first save created the article: the address now carries its id.
    await expect.poll(() => page.url(), SLOW).toMatch(/\/newsroom\/articles\/(?!new$)[^/]+$/);
    const id = page.url().split('/').at(-1) ?? '';
    await tabTo(page, '[data-workflow="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ed-status').getAttribute('data-status'), SLOW).toBe('in_review');
    await reporter.context.close();

    // The editor: from the dashboard to the article, published, then corrected.
    const desk = await logIn('editor');
    page = desk.page;
    await tabTo(page, `a[href="/newsroom/articles/${id}"]`);
    await enterTo(page, new RegExp(`/newsroom/articles/${id}$`));
    await editorReady(page);
    await tabTo(page, '[data-workflow="publish"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ed-status').getAttribute('data-status'), SLOW).toBe('published');
    await tabTo(page, `a[href="/newsroom/articles/${id}/correction"]`);
    await enterTo(page, /\/correction$/);
    await tabTo(page, '#correction-kind');
    expect(await page.locator('#correction-kind').inputValue()).toBe('correction');
    await tabTo(page, '#correction-text');
    await page.keyboard.type(CORRECTION);
    expect(await page.locator('#correction-language-en').isChecked()).toBe(true);
    await tabTo(page, 'form[action$="/correction"] button[type=submit]');
    await enterTo(page, /done=en/);
    expect(await page.getByRole('status').first().textContent()).toBe('The note is published on: English.');

    // The API has it published with every element, the bold word and the link.
    const stored = await stand.api<ArticleJson>('GET', `/api/v1/articles/${id}`);
    expect(stored.status).toBe('published');
    expect(outline(stored.body.content)).toEqual([
      'heading: What the council decided',
      'paragraph: The council approved the plan. Read the full report.',
      'bullet_list: Taxes stay as they areSchools get more money',
      'blockquote: We have waited long enough.',
      'image: The Federal Palace in Bern at dusk | Parliament sits here | Keystone',
      `embed: ${VIDEO}`,
      `related: ${stand.relatedId}`,
      'paragraph: The law comes into force in January.',
    ]);
    expect(stored.body.content[1]?.content).toEqual([
      { type: 'text', text: 'The council ' },
      { type: 'text', text: 'approved', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' the plan. Read the ' },
      { type: 'text', text: 'full report', marks: [{ type: 'link', attrs: { href: LINK } }] },
      { type: 'text', text: '.' },
    ]);
    const corrections = await stand.api<{ items: Array<{ kind: string; text: string }> }>(
      'GET',
      `/api/v1/articles/${id}/corrections`,
    );
    expect(corrections.items).toMatchObject([{ kind: 'correction', text: CORRECTION }]);

    // The reader page shows every element and the correction.
    const reader = await desk.context.newPage();
    await reader.goto((stored.url ?? '').replace(/^https?:\/\/[^/]+/, stand.url));
    const main = reader.locator('main');
    await expect.poll(() => main.textContent(), SLOW).toContain(CORRECTION);
    expect(await main.locator('h2', { hasText: 'What the council decided' }).count()).toBe(1);
    expect(await main.locator('strong', { hasText: 'approved' }).count()).toBe(1);
    expect(await main.locator(`a[href="${LINK}"]`).textContent()).toContain('full report');
    expect(await main.locator('ul li').allTextContents()).toEqual(
      expect.arrayContaining(['Taxes stay as they are', 'Schools get more money']),
    );
    expect(await main.locator('blockquote').textContent()).toContain('We have waited long enough.');
    const figure = main.locator('figure', {
      has: reader.locator('img[alt="The Federal Palace in Bern at dusk"]'),
    });
    expect(await figure.textContent()).toContain('Parliament sits here');
    expect(await figure.textContent()).toContain('Keystone');
    expect(await main.locator('figure.embed[data-embed]').count()).toBe(1);
    expect(await main.locator('aside.more-box a').textContent()).toBe('Parliament passes the budget');
    await desk.context.close();
  });
});
