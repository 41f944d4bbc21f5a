/**
 * Autosave through a lost connection, in Chromium: offline, every change is kept on this
 * device and the status says so; when the connection returns the save goes through by itself
 * and the copy here is removed; a tab closed while offline leaves its copy, which the editor
 * offers when the article is opened again (restore saves it, discard drops it).
 * With SCREENSHOTS_DIR set, it also photographs the offline status and the restore question
 * at 360 and 1280 px.
 */
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArticleJson,
  body,
  type EditorStand,
  saveStatus,
  seriousFindings,
  startEditorStand,
} from '../support/editor-stand.js';

let stand: EditorStand;
beforeAll(async () => {
  stand = await startEditorStand('sw-e2e-offline-');
});
afterAll(async () => {
  await stand?.stop();
});

const OFFLINE = 'Offline — saved on this device';

/** The copies the editor keeps in this browser's localStorage, by key. */
function localCopies(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('shortwave:draft:'))
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

async function bodyText(id: string): Promise<string> {
  const stored = await stand.api<ArticleJson>('GET', `/api/v1/articles/${id}`);
  return stored.body.content.map((block) => block.content?.map((n) => n.text).join('') ?? '').join('\n');
}

async function photograph(page: Page, name: string, subject?: Locator): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await subject?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function draftArticle(text: string): Promise<ArticleJson> {
  return stand.api<ArticleJson>('POST', '/api/v1/articles', {
    language: 'en',
    section: 'society',
    headline: 'Written on the move',
    lead: 'A reporter on a train.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  });
}

/** Opens the article, goes offline, types at the end of its first paragraph and closes the tab. */
async function typeOfflineAndClose(context: BrowserContext, id: string, typed: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${stand.url}/newsroom/articles/${id}`);
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  await context.setOffline(true);
  await page.keyboard.type(typed);
  await expect.poll(() => saveStatus(page).textContent()).toBe(OFFLINE);
  await page.close();
  await context.setOffline(false);
}

describe('the editor without a connection', () => {
  it('keeps edits on this device while offline and saves them when the connection returns', async () => {
    const article = await draftArticle('Written at the desk.');
    const { context, page } = await stand.loggedIn('editor');
    await page.goto(`${stand.url}/newsroom/articles/${article.id}`);
    await body(page).locator('p').first().click();
    await page.keyboard.press('End');
    await context.setOffline(true);
    await page.keyboard.type(' Typed on the train.');
    await expect.poll(() => saveStatus(page).textContent()).toBe(OFFLINE);
    // The autosave has tried and failed by now (2 s): still offline, still kept here.
    await page.waitForTimeout(3000);
    expect(await saveStatus(page).textContent()).toBe(OFFLINE);
    const copies = await localCopies(page);
    expect(Object.keys(copies)).toEqual([`shortwave:draft:${article.id}@${article.version}`]);
    expect(Object.values(copies)[0]).toContain('Written at the desk. Typed on the train.');
    await photograph(page, 'editor-offline-status', saveStatus(page));

    await context.setOffline(false);
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved at /);
    expect(await bodyText(article.id)).toBe('Written at the desk. Typed on the train.');
    expect(await localCopies(page)).toEqual({});
    await context.close();
  });

  it('offers the copy of a tab closed while offline when the article is opened again', async () => {
    const article = await draftArticle('Written at the desk.');
    const { context, page } = await stand.loggedIn('editor');
    await page.close();
    await typeOfflineAndClose(context, article.id, ' Typed in the tunnel.');
    expect(await bodyText(article.id)).toBe('Written at the desk.');

    const again = await context.newPage();
    await again.goto(`${stand.url}/newsroom/articles/${article.id}`);
    const question = again.getByRole('dialog', {
      name: /^Restore the copy saved on this device from \d{1,2}:\d\d( [AP]M)?\?$/,
    });
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await seriousFindings(again)).toEqual([]);
    await photograph(again, 'editor-restore-question');
    await question.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => saveStatus(again).textContent(), { timeout: 10_000 }).toMatch(/^Saved at /);
    expect(await bodyText(article.id)).toBe('Written at the desk. Typed in the tunnel.');
    expect(await localCopies(again)).toEqual({});
    // The caret is back in the editor: the reporter goes on typing.
    await again.keyboard.press('Control+End');
    await again.keyboard.type(' Home again.');
    await expect
      .poll(() => body(again).textContent())
      .toBe('Written at the desk. Typed in the tunnel. Home again.');
    await context.close();
  });

  it('drops the copy when the reporter discards it, and keeps the server text', async () => {
    const article = await draftArticle('The server text.');
    const { context, page } = await stand.loggedIn('editor');
    await page.close();
    await typeOfflineAndClose(context, article.id, ' Not wanted.');
    const again = await context.newPage();
    await again.goto(`${stand.url}/newsroom/articles/${article.id}`);
    const question = again.getByRole('dialog', { name: /^Restore the copy saved on this device/ });
    await question.getByRole('button', { name: 'Discard', exact: true }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await localCopies(again)).toEqual({});
    expect(await body(again).textContent()).toBe('The server text.');
    await again.reload();
    expect(await again.getByRole('dialog', { name: /^Restore/ }).count()).toBe(0);
    expect(await bodyText(article.id)).toBe('The server text.');
    await context.close();
  });

  it('merges a restored copy with what someone else saved meanwhile, keeping both', async () => {
    const article = await draftArticle('Written at the desk.');
    const { context, page } = await stand.loggedIn('editor');
    await page.close();
    await typeOfflineAndClose(context, article.id, ' Typed on the ferry.');
    // Meanwhile the desk changes the headline.
    await stand.api('PATCH', `/api/v1/articles/${article.id}`, {
      headline: 'A headline from the desk',
      version: article.version,
    });
    const again = await context.newPage();
    await again.goto(`${stand.url}/newsroom/articles/${article.id}`);
    const question = again.getByRole('dialog', { name: /^Restore the copy saved on this device/ });
    await question.getByRole('button', { name: 'Restore', exact: true }).click();
    const merge = again.getByRole('dialog', {
      name: 'Someone else saved this article while you were editing',
    });
    await expect.poll(() => merge.isVisible()).toBe(true);
    expect(
      await merge.getByRole('group', { name: 'Headline' }).getByLabel('Take the other').isChecked(),
    ).toBe(true);
    await merge.getByRole('button', { name: 'Save merged version' }).click();
    await expect.poll(() => saveStatus(again).textContent(), { timeout: 10_000 }).toMatch(/^Saved at /);
    const stored = await stand.api<ArticleJson>('GET', `/api/v1/articles/${article.id}`);
    expect(stored.headline).toBe('A headline from the desk');
    expect(await bodyText(article.id)).toBe('Written at the desk. Typed on the ferry.');
    expect(await localCopies(again)).toEqual({});
    await context.close();
  });
});
