import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endBrowserTest, launchBrowser, seriousAxeFindings } from '../support/browser.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

let server: ServerProcess;
let browser: Browser;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-library-'));
const env = { DATA_DIR: dir };

async function addUser(role: string): Promise<void> {
  const res = await runCli(
    [
      'user',
      'add',
      '--email',
      `${role}@shortwave.test`,
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

/** Publishes an English article through the API; answers its id. */
async function publish(headline: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'en',
      section: 'politics',
      headline,
      lead: 'A lead.',
      status: 'published',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A photo-like JPEG of some hundreds of kilobytes, so an upload takes a moment. */
function photo(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: { r: seed % 255, g: 90, b: 160 },
      noise: { type: 'gaussian', mean: 120, sigma: 50 },
    },
  })
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function expectAccessible(page: Page, label: string): Promise<void> {
  expect(await seriousAxeFindings(page), label).toEqual([]);
}

async function loggedIn(role: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await logInBrowser(page, server.url, `${role}@shortwave.test`, STAFF_PASSWORD);
  return { context, page };
}

/** Slows the page's uploads down, as on a newsroom's mobile connection, so progress shows. */
async function slowUploads(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });
}

/** Starts noting every value the upload progress bar shows. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.querySelector('progress');
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    if (bar) new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);

beforeAll(async () => {
  for (const role of ['editor', 'contributor']) await addUser(role);
  const created = await runCli(['token', 'create', '--email', 'editor@shortwave.test'], env);
  token = created.stdout.trim().split('\n').at(-1) ?? '';
  server = await startServerProcess(env);
  browser = await launchBrowser();
});
afterAll(() => endBrowserTest(browser, server, dir));

describe('the media library in Chromium', () => {
  it('uploads by file picker and by drop with progress, finds the image and edits its texts', async () => {
    const { context, page } = await loggedIn('editor');
    const picked = join(dir, 'harbour.jpg');
    writeFileSync(picked, await photo(1));
    await page.goto(`${server.url}/newsroom/media`);
    await expectAccessible(page, '/newsroom/media');
    await slowUploads(context, page);
    await watchProgress(page);

    // The file picker, then the Upload button.
    await page.getByLabel('Alt text', { exact: true }).fill('Fishing boats in the harbour');
    await page.getByLabel('Credit', { exact: true }).fill('Keystone');
    await page.locator('#upload-file').setInputFiles(picked);
    await page.getByRole('button', { name: 'Upload' }).click();
    const progress = page.locator('progress');
    await expect.poll(() => progress.isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 30_000 })
      .toBe('Uploaded: harbour.jpg');
    expect(await progress.evaluate((bar: HTMLProgressElement) => bar.value)).toBe(100);
    const seen = await progressSeen(page);
    expect(
      seen.some((value) => value > 0 && value < 100),
      `progress seen: ${seen.join(',')}`,
    ).toBe(true);
    expect(await page.getByRole('link', { name: 'Uploaded: harbour.jpg' }).isVisible()).toBe(true);

    // A drop on the drop zone, as from the desktop.
    await watchProgress(page);
    await page.getByLabel('Alt text', { exact: true }).fill('Evening light over the lake');
    const bytes = (await photo(2)).toString('base64');
    const dataTransfer = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'evening.jpg', { type: 'image/jpeg' }));
      return transfer;
    }, bytes);
    await page.dispatchEvent('[data-dropzone]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer });
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 30_000 })
      .toBe('Uploaded: evening.jpg');
    const dropSeen = await progressSeen(page);
    expect(
      dropSeen.some((value) => value > 0 && value < 100),
      `progress seen: ${dropSeen.join(',')}`,
    ).toBe(true);

    // A file that is not an image: the API's message shows.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['hello'], 'notes.jpg', { type: 'image/jpeg' }));
      document
        .querySelector('[data-dropzone]')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer }));
    });
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Could not upload notes.jpg: The file is not an image');

    // Found by search, edited on its page.
    await page.getByLabel('Search alt text, caption and credit').fill('HARBOUR');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.media-grid li').count()).toBe(1);
    await page.getByRole('link', { name: 'Fishing boats in the harbour' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Image details');
    await page.getByLabel('Alt text', { exact: true }).fill('Fishing boats moored in the harbour of Morges');
    await page.getByLabel('Caption', { exact: true }).fill('The fleet stays in port during the storm');
    await page.getByLabel('Credit', { exact: true }).fill('Keystone / Jean-Christophe Bott');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved.');
    expect(await page.getByLabel('Caption', { exact: true }).inputValue()).toBe(
      'The fleet stays in port during the storm',
    );
    await expectAccessible(page, 'image details');

    await page.goto(`${server.url}/newsroom/media?q=storm`);
    expect(await page.locator('.media-grid li').count()).toBe(1);
    expect(await page.locator('.media-grid').textContent()).toContain('© Keystone / Jean-Christophe Bott');
    await context.close();
  });

  it('works on a narrow screen without scrolling sideways (library and front pages)', async () => {
    const { context, page } = await loggedIn('editor', 320);
    for (const path of ['/newsroom/media', '/newsroom/front-pages?language=en']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('front pages in Chromium', () => {
  it('lets an editor pin and reorder two stories; the reader home shows them in that order right after', async () => {
    await publish('Storm closes the Gotthard pass');
    await publish('Central bank holds rates');
    await publish('Newest story of the day');
    const { context, page } = await loggedIn('editor');
    await page.goto(`${server.url}/newsroom/front-pages?language=en`);
    await expectAccessible(page, '/newsroom/front-pages');

    await page.getByLabel('Search published headlines').fill('gotthard');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: /^Pin\W+Storm closes the Gotthard pass$/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved.');
    await page.getByRole('button', { name: /^Pin\W+Central bank holds rates$/ }).click();
    const pinned = () => page.locator('.pins .headline a').allTextContents();
    await expect.poll(pinned).toEqual(['Storm closes the Gotthard pass', 'Central bank holds rates']);

    // Reorder by keyboard: focus the second story's "Up" button and press Enter.
    await page.getByRole('button', { name: /^Up\W+Central bank holds rates$/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(pinned).toEqual(['Central bank holds rates', 'Storm closes the Gotthard pass']);
    // Focus stays with the moved story, so it can be moved on.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Central bank holds rates',
    );
    await expectAccessible(page, 'front pages with pins');

    const reader = await context.newPage();
    await reader.goto(`${server.url}/en/`);
    const headlines = await reader
      .locator('main .top-story h2 a, main #latest ~ ul .teaser h3 a')
      .allTextContents();
    expect(headlines.map((h) => h.trim()).slice(0, 3)).toEqual([
      'Central bank holds rates',
      'Storm closes the Gotthard pass',
      'Newest story of the day',
    ]);
    await context.close();
  });

  it('answers a contributor with 403', async () => {
    const { context, page } = await loggedIn('contributor');
    const res = await page.goto(`${server.url}/newsroom/front-pages?language=en`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('nav a[href="/newsroom/front-pages"]').count()).toBe(0);
    await context.close();
  });
});
