import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createPageCache } from '../../src/http/page-cache.js';
import { startViewCounter, type ViewCounter } from '../../src/jobs/view-counter.js';
import { createLogger } from '../../src/lib/logger.js';
import { parseTrustedProxies } from '../../src/lib/trusted-proxies.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { readsOf } from '../../src/storage/repos/rankings.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS, freshStore } from '../support/databases.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/**
 * The site as main.ts builds it, read counter included, over the database of a test app (whose
 * staff API makes the content), with a clock the test moves and a page cache on that clock.
 */
interface RankedSite {
  app: ReturnType<typeof createApp>;
  counter: ViewCounter;
  now(): Date;
  setNow(now: Date): void;
  /** One beacon as a browser sends it; `reader` stands for the reader's network address. */
  beacon(
    articleId: string,
    reader: string,
    init?: { userAgent?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  popular(query: string): Promise<{ status: number; body: PopularBody }>;
  page(path: string): Promise<string>;
}

interface PopularBody {
  language: string;
  window: string;
  items: Array<{ id: string; headline: string; url: string; reads: number; language: string }>;
  error?: { code: string; field?: string };
}

function rankedSite(t: TestApp, start: Date): RankedSite {
  let now = start;
  const clock = () => now;
  const log = createLogger('silent');
  const counter = startViewCounter({ db: t.store.db, clock, log, flushIntervalMs: 0 });
  const app = createApp({
    store: t.store,
    files: mediaFiles(join(t.dir, 'media')),
    publicUrl: PUBLIC_URL,
    timeZone: 'Europe/Zurich',
    clock,
    pageCache: createPageCache({ enabled: true, now: () => now.getTime() }),
    log,
    mailer: { send: async () => {} },
    readCounter: counter,
    // Readers are told apart by the address a proxy forwards, as behind a CDN.
    trustedProxies: parseTrustedProxies('1'),
  });
  return {
    app,
    counter,
    now: () => now,
    setNow: (value) => {
      now = value;
    },
    beacon: (articleId, reader, init = {}) =>
      Promise.resolve(
        app.request('/api/v1/public/views', {
          method: 'POST',
          body: JSON.stringify({ articleId }),
          headers: {
            'content-type': 'text/plain;charset=UTF-8',
            'user-agent': init.userAgent ?? FIREFOX,
            'x-forwarded-for': reader,
            ...init.headers,
          },
        }),
      ),
    popular: async (query) => {
      const res = await app.request(`/api/v1/public/popular?${query}`);
      return { status: res.status, body: (await res.json()) as PopularBody };
    },
    page: async (path) => {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      return res.text();
    },
  };
}

/** Reads from `count` different readers. */
async function reads(site: RankedSite, articleId: string, count: number, prefix = 'r'): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const res = await site.beacon(articleId, `203.0.113.${i}-${prefix}`);
    expect(res.status).toBe(204);
  }
}

describe.each(DIALECTS)('rankings on %s', (dialect) => {
  let t: TestApp;
  const start = new Date('2026-11-20T09:30:00Z');

  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const article = (headline: string, fields: Record<string, unknown> = {}) =>
    makeArticle(t, { headline, ...fields });

  it('counts a reader once per article and day, each reader once, and the same reader again the next day', async () => {
    const site = rankedSite(t, start);
    const a = await article('Once per reader');
    const b = await article('Another story');
    for (let i = 0; i < 3; i += 1) expect((await site.beacon(a.id, '198.51.100.7')).status).toBe(204);
    await site.beacon(a.id, '198.51.100.7', { userAgent: SAFARI }); // another device behind the same address
    await site.beacon(a.id, '198.51.100.8');
    await site.beacon(b.id, '198.51.100.7'); // the same reader, another article
    expect(site.counter.pending()).toBe(4);
    expect(await site.counter.flush()).toBe(4);
    expect(await readsOf(t.store.db, a.id, '24h', site.now())).toBe(3);
    expect(await readsOf(t.store.db, b.id, '24h', site.now())).toBe(1);

    site.setNow(new Date('2026-11-21T08:00:00Z'));
    await site.beacon(a.id, '198.51.100.7');
    await site.counter.flush();
    expect(await readsOf(t.store.db, a.id, '24h', site.now())).toBe(4);
  });

  it('bounds what it holds in memory, and keeps counts it could not write for the next try', async () => {
    const a = await article('Bounded counting');
    const b = await article('Bounded counting too');
    const now = new Date('2026-11-20T10:00:00Z');
    const reader = (articleId: string, address: string) => ({ articleId, address, userAgent: FIREFOX });
    const small = startViewCounter({
      db: t.store.db,
      clock: () => now,
      log: createLogger('silent'),
      flushIntervalMs: 0,
      maxPendingKeys: 1,
      maxSeen: 2,
    });
    expect(small.record(reader(a.id, '10.0.0.1'), now)).toBe('counted');
    // Another article would need a second buffered count: dropped until the next write.
    expect(small.record(reader(b.id, '10.0.0.1'), now)).toBe('dropped');
    expect(small.record(reader(a.id, '10.0.0.2'), now)).toBe('counted');
    expect(small.record(reader(a.id, '10.0.0.2'), now)).toBe('repeat');
    // Only the two newest readers are remembered: the first one counts again.
    expect(small.record(reader(a.id, '10.0.0.3'), now)).toBe('counted');
    expect(small.record(reader(a.id, '10.0.0.1'), now)).toBe('counted');
    await small.stop();
    expect(small.pending()).toBe(0);

    const broken = await freshStore(dialect);
    await broken.store.close();
    const failing = startViewCounter({
      db: broken.store.db,
      clock: () => now,
      log: createLogger('silent'),
      flushIntervalMs: 0,
    });
    failing.record(reader(a.id, '10.0.0.9'), now);
    await expect(failing.flush()).rejects.toThrow();
    expect(failing.pending()).toBe(1);
    rmSync(broken.dir, { recursive: true, force: true });
  });

  it('does not count crawlers, link previews, tools, prefetches or prerenders', async () => {
    const site = rankedSite(t, start);
    const a = await article('Read by machines only');
    const machines = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'curl/8.5.0',
      '',
    ];
    for (const [i, userAgent] of machines.entries()) {
      expect((await site.beacon(a.id, `192.0.2.${i}`, { userAgent })).status).toBe(204);
    }
    await site.beacon(a.id, '192.0.2.50', { headers: { 'sec-purpose': 'prefetch;prerender' } });
    await site.beacon(a.id, '192.0.2.51', { headers: { purpose: 'prefetch' } });
    // HEAD and GET are no reads: only the beacon's POST counts.
    for (const method of ['HEAD', 'GET']) {
      const res = await site.app.request('/api/v1/public/views', { method });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
    }
    expect(site.counter.pending()).toBe(0);
    await site.counter.flush();
    expect(await readsOf(t.store.db, a.id, '7d', site.now())).toBe(0);
  });

  it('ranks over the last 24 hours and the last 7 days, most reads first', async () => {
    const site = rankedSite(t, new Date('2026-11-01T12:10:00Z'));
    const [old, recent, ancient] = [
      await article('Big two days ago', { language: 'it' }),
      await article('Smaller but today', { language: 'it' }),
      await article('Nine days old', { language: 'it' }),
    ];
    await reads(site, ancient.id, 5);
    await site.counter.flush();
    site.setNow(new Date('2026-11-08T12:10:00Z'));
    await reads(site, old.id, 4);
    await site.counter.flush();
    site.setNow(new Date('2026-11-09T13:05:00Z')); // 24 h 55 min later: out of the 24-hour window
    await reads(site, recent.id, 2);
    await site.counter.flush();
    site.setNow(new Date('2026-11-10T12:59:00Z'));

    const day = await site.popular('language=it&window=24h');
    expect(day.status).toBe(200);
    expect(day.body.items.map((i) => [i.headline, i.reads])).toEqual([['Smaller but today', 2]]);
    const week = await site.popular('language=it&window=7d');
    expect(week.body.window).toBe('7d');
    expect(week.body.items.map((i) => [i.headline, i.reads])).toEqual([
      ['Big two days ago', 4],
      ['Smaller but today', 2],
    ]);
    expect(week.body.items[0]?.url).toBe(`${PUBLIC_URL}${pathOf(old.url)}`);
    // The default window is 24 hours: the current hour and the 23 before it, so the reads of
    // 13:05 yesterday count until 12:59 today and no longer from 13:00.
    expect((await site.popular('language=it')).body.items).toHaveLength(1);
    site.setNow(new Date('2026-11-10T13:00:00Z'));
    expect((await site.popular('language=it')).body.items).toEqual([]);
  });

  it('forgets counts older than any window when it writes', async () => {
    const site = rankedSite(t, new Date('2026-10-01T10:00:00Z'));
    const a = await article('Counted long ago', { language: 'pt' });
    await reads(site, a.id, 3);
    await site.counter.flush();
    expect(await readsOf(t.store.db, a.id, '7d', site.now())).toBe(3);
    site.setNow(new Date('2026-10-20T10:00:00Z'));
    await reads(site, a.id, 1, 'later');
    await site.counter.flush();
    const rows = await t.store.db
      .selectFrom('article_reads')
      .select(['hour', 'reads'])
      .where('article_id', '=', a.id)
      .execute();
    expect(rows.map((r) => [r.hour, Number(r.reads)])).toEqual([['2026-10-20T10:00:00Z', 1]]);
  });

  it('keeps each language to its own list, with published articles only', async () => {
    const site = rankedSite(t, new Date('2026-11-15T08:00:00Z'));
    const german = await article('Ein deutscher Artikel', { language: 'de' });
    const japanese = await article('日本語の記事', { language: 'ja' });
    const withdrawn = await article('Bald zurückgezogen', { language: 'de' });
    await reads(site, german.id, 2);
    await reads(site, japanese.id, 3);
    await reads(site, withdrawn.id, 9);
    await site.counter.flush();
    expect((await site.popular('language=de')).body.items.map((i) => i.headline)).toEqual([
      'Bald zurückgezogen',
      'Ein deutscher Artikel',
    ]);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${withdrawn.id}/unpublish`)).status).toBe(200);
    const de = await site.popular('language=de');
    expect(de.body.items.map((i) => [i.headline, i.reads, i.language])).toEqual([
      ['Ein deutscher Artikel', 2, 'de'],
    ]);
    const ja = await site.popular('language=ja');
    expect(ja.body.items.map((i) => [i.headline, i.reads])).toEqual([['日本語の記事', 3]]);
    expect((await site.popular('language=ru')).body.items).toEqual([]);
  });

  it('answers bad beacons and bad queries with a clear error, and writes nothing for unknown articles', async () => {
    const site = rankedSite(t, start);
    const post = (body: string, headers: Record<string, string> = {}) =>
      site.app.request('/api/v1/public/views', {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain', 'user-agent': FIREFOX, ...headers },
      });
    const notJson = await post('articleId=1');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as PopularBody).error?.code).toBe('validation_failed');
    const badId = await post(JSON.stringify({ articleId: '../../etc' }));
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as PopularBody).error?.field).toBe('articleId');
    expect((await post(JSON.stringify({ articleId: 'x'.repeat(2000) }))).status).toBe(413);
    expect((await post('{}', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(JSON.stringify({ articleId: 'nosucharticle' }))).status).toBe(204);
    expect(site.counter.pending()).toBe(1);
    expect(await site.counter.flush()).toBe(0);

    const noLanguage = await site.popular('window=24h');
    expect(noLanguage.status).toBe(400);
    expect(noLanguage.body.error?.field).toBe('language');
    const badWindow = await site.popular('language=en&window=1h');
    expect(badWindow.status).toBe(400);
    expect(badWindow.body.error?.field).toBe('window');
  });

  it('describes the beacon, Popular Stories and Most Discussed in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/public/views',
        '/api/v1/public/popular',
        '/api/v1/public/most-discussed',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ReadBeacon', 'PopularList', 'PopularArticle', 'MostDiscussedList']),
    );
  });

  it('answers Most Discussed per language', async () => {
    const site = rankedSite(t, start);
    const res = await site.app.request('/api/v1/public/most-discussed?language=fr');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ language: 'fr', items: [] });
    expect((await site.app.request('/api/v1/public/most-discussed?language=xx')).status).toBe(400);
  });

  it('shows Popular Stories and Most Discussed on article pages and the home, at most two minutes old', async () => {
    const site = rankedSite(t, new Date('2026-11-25T10:00:00Z'));
    const read: ArticleJson = await article('The most read story', { language: 'en', section: 'culture' });
    const other = await article('Another story read less', { language: 'en', section: 'culture' });
    const before = await site.page('/en/');
    expect(before).toContain('<h2 id="popular-stories">Popular Stories</h2>');
    expect(before).toContain('<h2 id="most-discussed">Most Discussed</h2>');
    expect(before).not.toContain(`href="${pathOf(read.url)}">The most read story</a></li>`);

    await reads(site, read.id, 3);
    await reads(site, other.id, 1);
    await site.counter.flush();
    // The home stays as cached for a while, then shows the new lists.
    site.setNow(new Date('2026-11-25T10:01:30Z'));
    expect(await site.page('/en/')).toBe(before);
    site.setNow(new Date('2026-11-25T10:02:00Z'));
    const after = await site.page('/en/');
    const ranking = after.slice(after.indexOf('id="popular-stories"'), after.indexOf('id="most-discussed"'));
    expect(ranking.indexOf('The most read story')).toBeGreaterThan(0);
    expect(ranking.indexOf('The most read story')).toBeLessThan(ranking.indexOf('Another story read less'));

    const articlePage = await site.page(pathOf(other.url));
    expect(articlePage).toContain('<h2 id="popular-stories">Popular Stories</h2>');
    expect(articlePage).toContain(`href="${pathOf(read.url)}">The most read story</a>`);
    expect(articlePage).toContain('<h2 id="most-discussed">Most Discussed</h2>');
    // The read beacon names this article (the island is built by the test setup).
    expect(articlePage).toMatch(
      new RegExp(`<script src="/assets/views\\.js\\?v=[\\w-]+" defer="" data-read="${other.id}">`),
    );
    const island = await site.app.request('/assets/views.js');
    expect(island.status).toBe(200);
    expect(await island.text()).toContain('/api/v1/public/views');
  });
});
