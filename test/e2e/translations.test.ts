/**
 * Translation in the browser (ADR 0024), against the built server and the real Apertium APY
 * (en → es, and en → pt through es): an editor ticks Spanish and Portuguese under "Translate
 * into …", the drafts come back machine-translated by Apertium, the editor works through
 * the translator's view by keyboard (type the Spanish text, Tab, Enter; Enter alone on the
 * focused button of the next field), publishes, and a reader sees the Spanish text at a
 * Spanish URL. Publishing the untouched Portuguese draft is refused by the guard, naming the
 * first unreviewed field. On SQLite, and on PostgreSQL when TEST_DATABASE_URL names a server.
 * Screenshots at 360 and 1280 px go to the system's temp folder.
 * @example CHROMIUM_PATH=/usr/bin/chromium npx vitest run test/e2e/translations.test.ts
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApertiumServer, startApertium } from '../support/apertium.js';
import { launchBrowser } from '../support/browser.js';
import { logInBrowser, STAFF_PASSWORD } from '../support/newsroom.js';
import {
  addStaffByCli,
  processTargets,
  runCli,
  type ServerProcess,
  startServerProcess,
} from '../support/processes.js';

const shots = join(tmpdir(), 'shortwave-translation-shots');
let apy: ApertiumServer;
let server: ServerProcess;
let browser: Browser;
let token: string;

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const SPANISH: Record<string, string> = {
  headline: 'El puerto abre una nueva terminal para los barcos de pasajeros',
  lead: 'La terminal, que costó dos años de obras, recibirá a los primeros barcos el lunes y según el puerto estará lista para el verano.',
  'body.0':
    'El director del puerto dijo que la terminal es la más grande de la costa y que los barcos podrán atracar sin esperar.',
  'body.1':
    'Los vecinos que estaban en contra del proyecto han cambiado de opinión, según el alcalde de la ciudad.',
};

beforeAll(async () => {
  apy = await startApertium();
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await apy?.stop();
});

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function newPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

describe.each(processTargets('translations'))('translating a story in the newsroom on $name', (target) => {
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const made = await target.env();
    drop = made.drop;
    server = await startServerProcess({
      ...made.env,
      TRANSLATION_PROVIDER: 'apertium',
      TRANSLATION_URL: apy.url,
      TRANSLATION_PIVOT: 'es',
    });
    await addStaffByCli(made.env, [
      { email: 'editor@shortwave.test', name: 'Eddie Editor', role: 'editor', password: STAFF_PASSWORD },
    ]);
    token = (await runCli(['token', 'create', '--email', 'editor@shortwave.test'], made.env)).stdout
      .trim()
      .split('\n')
      .pop() as string;
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await drop?.();
  });

  it('translates into Spanish and Portuguese, reviews by keyboard, publishes; the guard stops the unreviewed one', async () => {
    const made = await api('POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      status: 'published',
      headline: 'Harbour opens a new terminal for passenger ships',
      lead: 'The terminal, which took two years to build, will receive the first ships on Monday and should be ready for the summer.',
      body: {
        type: 'doc',
        content: [
          para(
            'The harbour director said that the terminal is the largest on the coast and that ships will be able to dock without waiting.',
          ),
          para(
            'Residents who were against the project have changed their minds, the mayor of the city said.',
          ),
        ],
      },
    });
    expect(made.status).toBe(201);
    const originalId = made.json.id as string;

    const page = await newPage(1280);
    await logInBrowser(page, server.url, 'editor@shortwave.test', STAFF_PASSWORD);
    await page.goto(`${server.url}/newsroom/articles/${originalId}`);
    const form = page.locator(`form[action="/newsroom/articles/${originalId}/translations"]`);
    await expect(form.getByText('Machine translation: Apertium').count()).resolves.toBe(1);
    await form.locator('input[value="es"]').check();
    await form.locator('input[value="pt"]').check();
    await Promise.all([
      page.waitForURL(/\/translation\?made=es,pt$/),
      form.locator('button[type=submit]').click(),
    ]);
    await expect(page.locator('[role=status]').first().textContent()).resolves.toContain(
      'Español, Português',
    );
    const esUrl = page.url().replace(/\?.*$/, '');
    // Apertium drafted both: Spanish directly, Portuguese through Spanish; every field unreviewed.
    const drafts = await Promise.all(
      ['es', 'pt'].map(async (language) => {
        const list = await api('GET', `/api/v1/articles?language=${language}`);
        const id = (list.json.items as Array<{ id: string }>)[0]?.id as string;
        return (await api('GET', `/api/v1/articles/${id}`)).json;
      }),
    );
    expect(drafts[0]?.headline).toMatch(/puerto/i);
    expect(drafts[1]?.headline).toMatch(/porto/i);
    for (const draft of drafts)
      expect(draft.translation).toMatchObject({
        provider: 'Apertium',
        unreviewed: expect.arrayContaining(['headline']),
      });
    await page.screenshot({ path: join(shots, 'translator-1280.png'), fullPage: true });

    // By keyboard: the next unreviewed field's button has the focus after every save.
    for (const field of ['headline', 'lead', 'body.0', 'body.1']) {
      const row = page.locator(`form:has(input[name="field"][value="${field}"])`);
      await expect(row.locator('button[data-next="true"]').count()).resolves.toBe(1);
      await row.locator('textarea').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(SPANISH[field] as string);
      await page.keyboard.press('Tab');
      await Promise.all([
        page.waitForLoadState('load'),
        page.waitForURL(esUrl),
        page.keyboard.press('Enter'),
      ]);
      await page.waitForSelector(`section.tr-row.reviewed:has(input[value="${field}"])`);
    }
    await expect(page.getByText('Every field is reviewed.').count()).resolves.toBe(1);

    const small = await newPage(360);
    await small.context().addCookies(await page.context().cookies());
    await small.goto(esUrl);
    await small.screenshot({ path: join(shots, 'translator-360.png'), fullPage: true });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await small.goto(`${server.url}/newsroom/translations?language=pt`);
    await small.screenshot({ path: join(shots, 'desk-360.png'), fullPage: true });
    await small.context().close();

    // Publish both: Spanish goes out, the untouched Portuguese draft is stopped by the guard.
    const esId = esUrl.split('/').at(-2) as string;
    const es = await api('POST', `/api/v1/articles/${esId}/publish`);
    expect(es.status).toBe(200);
    const pts = await api('GET', '/api/v1/articles?language=pt');
    const ptId = (pts.json.items as Array<{ id: string }>)[0]?.id as string;
    const pt = await api('POST', `/api/v1/articles/${ptId}/publish`);
    expect(pt.status).toBe(409);
    expect((pt.json.error as { field: string }).field).toBe('headline');

    const reader = await newPage(1280);
    const path = new URL(es.json.url as string).pathname;
    expect(path).toMatch(/^\/es\/politics\/el-puerto-abre-una-nueva-terminal/);
    await reader.goto(`${server.url}${path}`);
    await expect(reader.locator('h1').textContent()).resolves.toContain(SPANISH.headline);
    await expect(reader.locator('html').getAttribute('lang')).resolves.toBe('es');
    await reader.screenshot({ path: join(shots, 'reader-es-1280.png') });
    await reader.context().close();
    await page.goto(`${server.url}/newsroom/translations?language=es`);
    await page.screenshot({ path: join(shots, 'desk-1280.png'), fullPage: true });
    await page.context().close();
  });
});
