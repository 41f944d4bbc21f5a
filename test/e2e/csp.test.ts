/**
 * The Content-Security-Policy in Chromium, with the real headers of a real server process:
 * the comments island, the read beacon, the privacy-first embeds and the newsroom editor run
 * without a single violation, on fresh pages and on pages from the cache; a script injected
 * into a page is blocked, and the browser's report of it reaches the server's log.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endBrowserTest, launchBrowser } from '../support/browser.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const MASTODON = 'https://mastodon.social/@Gargron/109318853155624447';

let server: ServerProcess;
let browser: Browser;
let token = '';
let article = { id: '', path: '' };
const dir = mkdtempSync(join(tmpdir(), 'sw-e2e-csp-'));
const env = { DATA_DIR: dir };
/** Where the screenshots at 360 and 1280 px go: CSP_SCREENSHOTS to keep and look at them. */
const shots = process.env.CSP_SCREENSHOTS ?? dir;

beforeAll(async () => {
  server = await startServerProcess(env);
  const tokens = await addStaffByCli(env, [
    { email: 'editor@shortwave.test', name: 'The editor', role: 'editor', password: STAFF_PASSWORD },
  ]);
  token = tokens['editor@shortwave.test'] ?? '';
  const res = await fetch(`${server.url}/api/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'en',
      section: 'politics',
      status: 'published',
      headline: 'The vote in posts and videos',
      lead: 'What was said, and shown.',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The day in posts and videos.' }] },
          { type: 'embed', attrs: { url: YOUTUBE } },
          { type: 'embed', attrs: { url: MASTODON } },
        ],
      },
    }),
  });
  const json = (await res.json()) as { id: string; url: string };
  expect(res.status, JSON.stringify(json)).toBe(201);
  article = { id: json.id, path: new URL(json.url).pathname };
  browser = await launchBrowser();
});
afterAll(() => endBrowserTest(browser, server, dir));

/** A page whose policy violations, console errors and uncaught exceptions are recorded. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  await context.exposeBinding('reportViolation', (_source, text: string) => {
    problems.push(`violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return { page, problems };
}

/**
 * The problems that are not the network's: offline here, the players' own pages cannot load,
 * and no favicon exists (a 404 the browser asks for by itself).
 */
const policyProblems = (problems: readonly string[]) =>
  problems.filter(
    (p) => !/^console: Failed to load resource: net::ERR_/.test(p) && !/ \(\S+\/favicon\.ico\)$/.test(p),
  );

describe('the Content-Security-Policy in Chromium', () => {
  it('lets the comments island, the read beacon and the embeds run on a fresh and on a cached article page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    for (const round of ['fresh', 'cached']) {
      const beacon = page.waitForResponse(
        (res) => res.url().endsWith('/api/v1/public/views') && res.request().method() === 'POST',
      );
      const answer = await page.goto(`${server.url}${article.path}`);
      expect(answer?.headers()['content-security-policy'], round).toContain("script-src 'self'");
      // The read beacon reported the read.
      expect((await beacon).status(), round).toBe(204);
      // The comments island loaded the thread.
      await expect.poll(() => page.locator('#comments .comments-count').textContent()).toBe('Comments: 0');
      // Each embed loads its player after the click, from its own host.
      for (const [provider, src] of [
        ['YouTube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
        ['Mastodon', `${MASTODON}/embed`],
      ] as const) {
        await page.getByRole('button', { name: `Load content from ${provider}`, exact: true }).click();
        const frame = page.locator(`figure.embed iframe[src="${src}"]`);
        await expect.poll(() => frame.count(), { message: `${round} ${provider}` }).toBe(1);
        // The player got its size from the island (a style set through the CSSOM is allowed).
        expect(await frame.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(100);
      }
      await page.waitForLoadState('networkidle').catch(() => {});
      expect(policyProblems(problems), round).toEqual([]);
      problems.length = 0;
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(shots, 'article-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(shots, 'article-1280.png') });
    await context.close();
  });

  it('lets the newsroom editor run, autosave and preview without a violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await logInBrowser(page, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await page.goto(`${server.url}/newsroom/articles/new?language=en`);
    await page.getByLabel('Headline', { exact: true }).fill('Written under the policy');
    const body = page.locator('#ed-body .ProseMirror');
    await body.click();
    await page.keyboard.type('Typed in the editor, saved by itself.');
    await expect
      .poll(() => page.locator('#ed-save-status').textContent(), { timeout: 15_000 })
      .toMatch(/^Saved at /);
    const id = page.url().split('/').at(-1) ?? '';
    const stored = async () => {
      const res = await fetch(`${server.url}/api/v1/articles/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await res.json()) as { body: { content: Array<{ content?: unknown[] }> } };
    };
    expect(JSON.stringify(await stored())).toContain('Typed in the editor, saved by itself.');

    // A paste from Google Docs: bold and "not bold" are styles, which the policy does not
    // apply to pasted markup; the paste cleaning reads them from the attribute instead.
    await body.press('End');
    await body.press('Enter');
    await body.evaluate((element) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Docs bold</span><span style="font-style:italic"> and slanted</span> and plain</p></b>',
      );
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => (await stored()).body.content.at(-1)?.content)
      .toEqual([
        { type: 'text', text: 'Docs bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and slanted', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' and plain' },
      ]);
    await page.screenshot({ path: join(shots, 'editor-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(shots, 'editor-360.png'), fullPage: true });

    await page.goto(`${server.url}/newsroom/articles/${article.id}/preview`);
    await page.getByRole('button', { name: 'Load content from Mastodon', exact: true }).click();
    await expect.poll(() => page.locator(`iframe[src="${MASTODON}/embed"]`).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'preview-360.png') });
    expect(policyProblems(problems)).toEqual([]);
    await context.close();
  });

  it('blocks an injected inline script, and the browser reports it to the server log', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${server.url}${article.path}`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => problems.join('\n')).toMatch(/violation: script-src-elem inline/);
    // Only this one: the page itself caused none.
    expect(policyProblems(problems).filter((p) => p.startsWith('violation:'))).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await expect
      .poll(() => server.output(), { timeout: 30_000 })
      .toMatch(
        /"level":"warn".*"msg":"content security policy violation".*"directive":"script-src-elem".*"blocked":"inline"/,
      );
    await context.close();
  });
});
