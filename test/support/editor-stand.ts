/**
 * The editor's browser tests share one stand: a built server process with a contributor and
 * an editor (and the editor's API token), one published article to point "More" boxes at, one
 * photo in the media library, Chromium, and the page helpers every editor test uses.
 * @example const stand = await startEditorStand('sw-e2e-editor-'); const { page } = await stand.loggedIn('editor');
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { expect } from 'vitest';
import { launchBrowser, seriousAxeFindings } from './browser.js';
import { logInBrowser, STAFF_PASSWORD } from './newsroom.js';
import { runCli, startServerProcess } from './processes.js';

export interface ArticleJson {
  id: string;
  version: number;
  status: string;
  headline: string;
  lead: string;
  url?: string;
  body: {
    content: Array<{ type: string; content?: Array<{ text?: string }>; attrs?: Record<string, unknown> }>;
  };
}

export interface EditorStand {
  url: string;
  browser: Browser;
  /** The published article "Parliament passes the budget". */
  relatedId: string;
  /** "The Federal Palace in Bern", a 1200×800 JPEG in the media library. */
  photoId: string;
  /** A staff API call with the editor's token; fails the test on an error answer. */
  api<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** A fresh browser context logged in as `<role>@shortwave.test`. */
  loggedIn(role: string, width?: number): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** A JPEG of one colour, as a camera's photo stands in for in tests. */
export function testJpeg(width = 1200, height = 800, background = '#4a7'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

/** Starts the server and Chromium with the stand's users, article and photo. */
export async function startEditorStand(prefix: string): Promise<EditorStand> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = { DATA_DIR: dir };
  for (const role of ['contributor', 'editor']) {
    const email = `${role}@shortwave.test`;
    const res = await runCli(
      [
        'user',
        'add',
        '--email',
        email,
        '--name',
        `The ${role}`,
        '--role',
        role,
        '--password',
        STAFF_PASSWORD,
      ],
      env,
    );
    expect(res.code, res.stderr).toBe(0);
  }
  const created = await runCli(['token', 'create', '--email', 'editor@shortwave.test'], env);
  expect(created.code, created.stderr).toBe(0);
  const token = created.stdout.trim().split('\n').at(-1) ?? '';
  const server = await startServerProcess(env);
  const browser = await launchBrowser();

  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as T;
    expect(res.status, JSON.stringify(json)).toBeLessThan(300);
    return json;
  }

  const relatedId = (
    await api<ArticleJson>('POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'Parliament passes the budget',
      lead: 'The budget passed after a long night.',
      status: 'published',
    })
  ).id;
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(await testJpeg())]), 'palace.jpg');
  form.set('alt', 'The Federal Palace in Bern');
  const upload = await fetch(`${server.url}/api/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(upload.status).toBe(201);
  const photoId = ((await upload.json()) as { id: string }).id;

  return {
    url: server.url,
    browser,
    relatedId,
    photoId,
    api,
    async loggedIn(role, width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await logInBrowser(page, server.url, `${role}@shortwave.test`, STAFF_PASSWORD);
      return { context, page };
    },
    async stop() {
      await browser.close();
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The body editor's editable area. */
export const body = (page: Page) => page.locator('#ed-body .ProseMirror');
/** A button of the formatting toolbar, by its accessible name. */
export const tool = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
export const saveStatus = (page: Page) => page.locator('#ed-save-status');
export const alert = (page: Page) => page.locator('#ed-alert');

/** Clicks Save and waits for the "Saved at" status. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => saveStatus(page).textContent()).toMatch(/^Saved at /);
}

/** What axe finds serious or critical on the page (WCAG 2.2 AA). */
export const seriousFindings = seriousAxeFindings;
