/**
 * Security headers on every kind of answer: reader and newsroom pages (fresh and from the page
 * cache, byte for byte the same), the API, feeds, media, scripts, 404 and 500; HSTS only for an
 * https public address; and the violation report endpoint, which logs and limits.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_ORIGINS } from '../../src/domain/embeds.js';
import { createLogger } from '../../src/lib/logger.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';
import { addStaffByCli, type ServerProcess, startServerProcess } from '../support/processes.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const MASTODON = 'https://mastodon.social/@Gargron/109318853155624447';

/** The directives of a Content-Security-Policy header, by name. */
function directivesOf(res: Response): Map<string, string[]> {
  const policy = res.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** What in a page the policy would block: unhashed sheets, style attributes, inline scripts and handlers. */
function blockedInline(html: string, res: Response): string[] {
  const styles = directivesOf(res).get('style-src') ?? [];
  const problems: string[] = [];
  for (const [, css = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    if (!styles.includes(hash)) problems.push(`unlisted <style> ${css.slice(0, 60)}`);
  }
  for (const [tag] of html.matchAll(/<[a-z][^>]*\sstyle="[^>]*>/g)) problems.push(`style attribute: ${tag}`);
  for (const [tag] of html.matchAll(/<[a-z][^>]*\son[a-z]+="[^>]*>/g)) problems.push(`event handler: ${tag}`);
  for (const [tag, attrs = ''] of html.matchAll(/<script\b([^>]*)>/g)) {
    const data = /\stype="application\/(ld\+)?json"/.test(attrs);
    if (!data && !/\ssrc="\/assets\//.test(attrs)) problems.push(`inline script: ${tag}`);
  }
  return problems;
}

/** Every header of an answer, by name. */
function headersOf(res: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Unique to each request by design (src/http/request-log.ts).
  delete headers['x-request-id'];
  return headers;
}

/** Asserts the headers of an HTML page of the reader site or the newsroom. */
function expectPagePolicy(
  res: Response,
  kind: 'reader' | 'newsroom',
  frames: readonly string[] = FRAME_ORIGINS,
  https = false,
) {
  const csp = directivesOf(res);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')?.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('frame-src')?.toSorted()).toEqual([...frames].sort());
  expect(csp.get('frame-ancestors')).toEqual([kind === 'reader' ? "'self'" : "'none'"]);
  expect(csp.get('report-uri')).toEqual(['/csp-report']);
  // The Reporting API only over https (Chromium sends its reports from https pages alone).
  expect(csp.get('report-to')).toEqual(https ? ['csp'] : undefined);
  expect(res.headers.get('reporting-endpoints')).toBe(https ? 'csp="/csp-report"' : null);
  expect(res.headers.get('x-frame-options')).toBe(kind === 'reader' ? 'SAMEORIGIN' : 'DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(res.headers.get('permissions-policy')).toContain('camera=()');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

/** Asserts the headers of anything that is not an HTML page. */
function expectDataPolicy(res: Response) {
  expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

const cspReport = (directive: string, blocked: string) => ({
  'csp-report': {
    'document-uri': 'http://shortwave.test/en/',
    'violated-directive': directive,
    'effective-directive': directive,
    'blocked-uri': blocked,
    'original-policy': "default-src 'self'",
    disposition: 'enforce',
  },
});

describe.each(DIALECTS)('security headers on %s', (dialect) => {
  let t: TestApp;
  let admin: StaffSession;
  const log: string[] = [];
  let article: { id: string; path: string };
  let mastodonArticle: { id: string; path: string };
  let mediaId: string;
  let debatePath: string;

  beforeAll(async () => {
    t = await testApp(dialect, { log: createLogger('warn', (line) => void log.push(line)) });
    admin = await staffSession(t, 'admin');
    const embeds = (...urls: string[]) => ({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Posts and videos.' }] },
        ...urls.map((url) => ({ type: 'embed', attrs: { url } })),
      ],
    });
    const made = await makeArticle(t, { headline: 'Budget night in posts', body: embeds(YOUTUBE) });
    article = { id: made.id, path: new URL(made.url ?? '').pathname };
    const toot = await makeArticle(t, {
      headline: 'A post from the fediverse',
      body: embeds(MASTODON, YOUTUBE),
    });
    mastodonArticle = { id: toot.id, path: new URL(toot.url ?? '').pathname };
    mediaId = await makeImage(t, { alt: 'The lake' });
    const debate = await t.api('editor', 'POST', '/api/v1/debates', { language: 'en', question: 'Bridges?' });
    debatePath = new URL(((await debate.json()) as { url: string }).url).pathname;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('sends every reader page with the reader policy, and nothing in them that it blocks', async () => {
    const paths = [
      '/en/',
      '/en/politics',
      article.path,
      '/en/search?q=budget',
      '/en/about/trust',
      '/en/corrections',
      `/en/comments/${article.id}`,
      '/en/debates',
      debatePath,
      '/en/account/signup',
      '/en/account/login',
      '/ar/',
    ];
    for (const path of paths) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      expectPagePolicy(res, 'reader');
      expect(blockedInline(await res.text(), res), path).toEqual([]);
      expect(res.headers.get('strict-transport-security'), 'no HSTS over http').toBeNull();
    }
  });

  it('lets an article page frame exactly the players of the registry, and the Mastodon host of its post', async () => {
    const res = await t.app.request(mastodonArticle.path);
    expectPagePolicy(res, 'reader', [...FRAME_ORIGINS, 'https://mastodon.social']);
    // From the page cache: the same bytes and the same headers.
    const again = await t.app.request(mastodonArticle.path);
    expect(headersOf(again)).toEqual(headersOf(res));
    expect(await again.text()).toBe(await res.text());
    expect(directivesOf(await t.app.request(article.path)).get('frame-src')).not.toContain(
      'https://mastodon.social',
    );
  });

  it('sends every newsroom page with the newsroom policy (never framed), and nothing in them that it blocks', async () => {
    const login = await t.app.request('/newsroom/login');
    expectPagePolicy(login, 'newsroom');
    expect(blockedInline(await login.text(), login)).toEqual([]);
    const paths = [
      '/newsroom',
      '/newsroom/articles/new',
      `/newsroom/articles/${article.id}`,
      `/newsroom/articles/${article.id}/history`,
      '/newsroom/media',
      `/newsroom/media/${mediaId}`,
      '/newsroom/front-pages',
      '/newsroom/moderation',
      '/newsroom/moderation/words',
      '/newsroom/moderation/settings',
      '/newsroom/debates',
      '/newsroom/staff',
      '/newsroom/error-reports',
      '/newsroom/settings/trust',
      '/newsroom/corrections/translations',
    ];
    for (const path of paths) {
      const res = await admin.request('GET', path);
      expect(res.status, path).toBe(200);
      expectPagePolicy(res, 'newsroom');
      expect(blockedInline(await res.text(), res), path).toEqual([]);
    }
    const preview = await admin.request('GET', `/newsroom/articles/${mastodonArticle.id}/preview`);
    expectPagePolicy(preview, 'newsroom', [...FRAME_ORIGINS, 'https://mastodon.social']);
    expect(blockedInline(await preview.text(), preview)).toEqual([]);
    const missing = await admin.request('GET', '/newsroom/articles/nosucharticle');
    expect(missing.status).toBe(404);
    expectPagePolicy(missing, 'newsroom');
  });

  it('sends API answers, feeds, sitemaps, media and scripts as data nothing may run in', async () => {
    const answers = [
      await t.app.request('/api/v1/public/articles?language=en'),
      await t.api('editor', 'GET', `/api/v1/articles/${article.id}`),
      await t.app.request('/api/v1/articles'),
      await t.app.request('/api/nothing-here'),
      await t.app.request('/api/v1/openapi.json'),
      await t.app.request('/en/feed.xml'),
      await t.app.request('/en/atom.xml'),
      await t.app.request('/sitemap.xml'),
      await t.app.request(`/media/${mediaId}/320.webp`),
      await t.app.request('/assets/embeds.js'),
      await t.app.request('/healthz'),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 401, 404, 200, 200, 200, 200, 200, 200, 200]);
    for (const res of answers) expectDataPolicy(res);
  });

  it('sends the 404 page as a reader page wherever it is answered', async () => {
    for (const path of ['/en/no-such-page', '/media/abcdef/1.webp', '/assets/nothing.js']) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expectPagePolicy(res, 'reader');
      expect(blockedInline(await res.text(), res), path).toEqual([]);
    }
  });

  it('logs a violation reported either way as one warn line, and answers 204', async () => {
    t.setNow(new Date('2026-11-20T10:00:00Z'));
    log.length = 0;
    const old = await t.app.request('/csp-report', {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify(cspReport('script-src-elem', 'inline')),
    });
    expect(old.status).toBe(204);
    expectDataPolicy(old);
    const batch = await t.app.request('/csp-report', {
      method: 'POST',
      headers: { 'content-type': 'application/reports+json' },
      body: JSON.stringify([
        {
          type: 'csp-violation',
          age: 10,
          url: 'http://shortwave.test/en/',
          user_agent: 'Chrome',
          body: {
            documentURL: 'http://shortwave.test/en/',
            effectiveDirective: 'frame-src',
            blockedURL: 'https://evil.example/frame',
            disposition: 'enforce',
            originalPolicy: "default-src 'self'",
            statusCode: 200,
          },
        },
        { type: 'deprecation', age: 5, url: 'http://shortwave.test/en/', body: { id: 'x' } },
      ]),
    });
    expect(batch.status).toBe(204);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(
      /"level":"warn".*"msg":"content security policy violation".*"directive":"script-src-elem".*"blocked":"inline"/,
    );
    expect(log[1]).toMatch(/"directive":"frame-src".*"blocked":"https:\/\/evil.example\/frame"/);
  });

  it('refuses what is not a small violation report with a clear 4xx, and logs nothing', async () => {
    t.setNow(new Date('2026-11-20T10:05:00Z'));
    log.length = 0;
    const post = (type: string, body: string) =>
      t.app.request('/csp-report', { method: 'POST', headers: { 'content-type': type }, body });
    const wrongType = await post('text/plain', JSON.stringify(cspReport('img-src', 'x')));
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const notJson = await post('application/csp-report', '{"csp-report":');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await post('application/csp-report', '{"hello":1}')).status).toBe(400);
    const huge = await post(
      'application/csp-report',
      JSON.stringify(cspReport('img-src', 'x'.repeat(40_000))),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(log).toEqual([]);
  });

  it('takes 20 reports a minute from one address and 200 in all, then answers 429 without logging', async () => {
    t.setNow(new Date('2026-11-20T11:00:00Z'));
    log.length = 0;
    const from = (address: string) =>
      t.app.request(
        '/csp-report',
        {
          method: 'POST',
          headers: { 'content-type': 'application/csp-report' },
          body: JSON.stringify(cspReport('img-src', `https://tracker.example/${address}`)),
        },
        { incoming: { socket: { remoteAddress: address } } },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await from('192.0.2.1')).status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(20);
    const refused = await from('192.0.2.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    for (let a = 2; a <= 10; a++)
      for (let i = 0; i < 20; i++) expect((await from(`192.0.2.${a}`)).status).toBe(204);
    // 200 taken this minute: a new address is refused too, until the next minute.
    expect((await from('192.0.2.99')).status).toBe(429);
    expect(log).toHaveLength(200);
    t.setNow(new Date('2026-11-20T11:01:00Z'));
    expect((await from('192.0.2.99')).status).toBe(204);
  });
});

describe('when the database fails', () => {
  it('sends the 500 page with the reader policy and the API error as data', async () => {
    const t = await testApp('sqlite', { pageCache: false });
    await t.store.close();
    try {
      const page = await t.app.request('/de/');
      expect(page.status).toBe(500);
      expectPagePolicy(page, 'reader');
      expect(blockedInline(await page.text(), page)).toEqual([]);
      const api = await t.api('editor', 'GET', '/api/v1/articles');
      expect(api.status).toBe(500);
      expectDataPolicy(api);
    } finally {
      await t.cleanup().catch(() => {});
    }
  });
});

describe('the server process with an https public address', () => {
  let server: ServerProcess;
  let token = '';
  const dir = mkdtempSync(join(tmpdir(), 'sw-security-headers-'));
  const env = { DATA_DIR: dir, PUBLIC_URL: 'https://news.example.test' };

  beforeAll(async () => {
    const tokens = await addStaffByCli(env, [
      { email: 'desk@shortwave.test', name: 'Desk', role: 'editor', password: 'a long enough password' },
    ]);
    token = tokens['desk@shortwave.test'] ?? '';
    server = await startServerProcess(env);
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Status, headers (without the per-connection ones) and bytes of an answer. */
  const snapshot = async (res: Response) => {
    const headers = headersOf(res);
    delete headers.date;
    delete headers.connection;
    delete headers['keep-alive'];
    return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('base64') };
  };

  it('answers a page from the cache with the bytes and headers of its fresh rendering, HSTS included', async () => {
    const created = await fetch(`${server.url}/api/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        language: 'en',
        section: 'politics',
        status: 'published',
        headline: 'Cached and fresh alike',
        lead: 'The same bytes.',
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'A post.' }] },
            { type: 'embed', attrs: { url: MASTODON } },
          ],
        },
      }),
    });
    expect(created.status).toBe(201);
    const path = new URL(((await created.json()) as { url: string }).url).pathname;
    // Publishing cleared the cache: the first answer of each is rendered, the second from the cache.
    for (const page of [path, '/en/', '/en/politics', '/en/feed.xml', '/en/about/trust']) {
      const fresh = await snapshot(await fetch(`${server.url}${page}`));
      const cached = await snapshot(await fetch(`${server.url}${page}`));
      expect(fresh.status, page).toBe(200);
      expect(cached, page).toEqual(fresh);
      expect(fresh.headers['strict-transport-security'], page).toBe('max-age=31536000');
      expect(fresh.headers['content-security-policy'], page).toBeTruthy();
    }
    const article = await fetch(`${server.url}${path}`);
    expectPagePolicy(article, 'reader', [...FRAME_ORIGINS, 'https://mastodon.social'], true);
  });

  it('sends HSTS on newsroom pages, API answers and reports too, and logs a reported violation', async () => {
    const login = await fetch(`${server.url}/newsroom/login`);
    expectPagePolicy(login, 'newsroom', FRAME_ORIGINS, true);
    const api = await fetch(`${server.url}/api/v1/articles`);
    expect(api.status).toBe(401);
    expectDataPolicy(api);
    const report = await fetch(`${server.url}/csp-report`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify(cspReport('style-src-attr', 'inline')),
    });
    expect(report.status).toBe(204);
    for (const res of [login, api, report])
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    await expect
      .poll(() => server.output())
      .toMatch(
        /"level":"warn".*"msg":"content security policy violation".*"directive":"style-src-attr".*"blocked":"inline"/,
      );
  });
});
