/**
 * The "Correction" action in Chromium, by keyboard alone: from the dashboard's list of
 * published articles to the form, choosing the kind, writing the note, adding the German
 * version, sending it; the note is then on both reader pages. The form has nothing serious
 * for axe, and a refusal is said in the newsroom's language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-corrections-'));
const env = { DATA_DIR: dir };
let english: { id: string; url: string };
let german: { id: string; url: string };

async function publish(fields: Record<string, unknown>): Promise<{ id: string; url: string }> {
  const res = await fetch(`${server.url}/api/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ section: 'politics', lead: 'A lead.', status: 'published', ...fields }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; url: string };
}

beforeAll(async () => {
  const tokens = await addStaffByCli(env, [
    { email: 'editor@shortwave.test', name: 'The editor', role: 'editor', password: STAFF_PASSWORD },
  ]);
  token = tokens['editor@shortwave.test'] ?? '';
  server = await startServerProcess(env);
  browser = await launchBrowser();
  english = await publish({ language: 'en', headline: 'Turnout reached 61 percent' });
  german = await publish({
    language: 'de',
    translationOf: english.id,
    headline: 'Wahlbeteiligung bei 61 Prozent',
    lead: 'Mehr Menschen als vor vier Jahren haben gewählt.',
  });
});
afterAll(async () => {
  await browser?.close();
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Presses Tab until the focused element matches `selector` (at most 80 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('a correction from the newsroom', () => {
  it('is added by keyboard alone, on the chosen language versions, and readers see it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInBrowser(page, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await page.goto(`${server.url}/newsroom`);
    await tabTo(page, `a[href="/newsroom/articles/${english.id}/correction"]`);
    await Promise.all([page.waitForURL(/\/correction$/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Add a correction: Turnout reached 61 percent',
    );

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);

    await tabTo(page, '#correction-kind');
    await page.keyboard.press('ArrowDown'); // Correction → Clarification
    await page.keyboard.press('ArrowDown'); // → Update
    expect(await page.locator('#correction-kind').inputValue()).toBe('update');
    await page.keyboard.press('Tab');
    await page.keyboard.type('This article now gives the final turnout, 61.4 percent.');
    await tabTo(page, '#correction-language-de');
    await page.keyboard.press('Space');
    expect(await page.locator('#correction-language-en').isChecked()).toBe(true);
    expect(await page.locator('#correction-language-de').isChecked()).toBe(true);
    await tabTo(page, 'form[action$="/correction"] button[type=submit]');
    await Promise.all([page.waitForURL(/done=en,de/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('status').first().textContent()).toBe(
      'The note is published on: English, Deutsch.',
    );

    for (const article of [english, german]) {
      const reader = await context.newPage();
      await reader.goto(article.url.replace(/^https?:\/\/[^/]+/, server.url));
      await expect
        .poll(() => reader.locator('main').textContent())
        .toContain('This article now gives the final turnout, 61.4 percent.');
      await reader.close();
    }
    await context.close();
  });

  it('says what is wrong in the newsroom language and keeps what was typed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInBrowser(page, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await context.addCookies([{ name: 'sw_newsroom_lang', value: 'de', url: server.url }]);
    await page.goto(`${server.url}/newsroom/articles/${english.id}/correction`);
    await page.locator('#correction-text').fill('Eine Klarstellung.');
    await page.locator('#correction-language-en').uncheck();
    await page.keyboard.press('Enter'); // from the checkbox: sends the form
    await page.locator('[role=alert]').waitFor();
    expect(await page.locator('[role=alert]').textContent()).toBe(
      'Wählen Sie mindestens eine Sprachfassung.',
    );
    expect(await page.locator('#correction-text').inputValue()).toBe('Eine Klarstellung.');
    await context.close();
  });
});
