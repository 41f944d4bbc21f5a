import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

interface FrontPage {
  language: string;
  pins: Array<{
    articleId: string;
    position: number;
    headline: string;
    url: string;
    expiresAt: string | null;
  }>;
}

/** The headlines among `headlines` in the order the page first shows them. */
function orderOn(html: string, headlines: readonly string[]): string[] {
  return headlines.filter((h) => html.includes(h)).sort((a, b) => html.indexOf(a) - html.indexOf(b));
}

describe.each(DIALECTS)('front pages API on %s', (dialect) => {
  let t: TestApp;
  const a: Record<string, ArticleJson> = {};
  const NOW = new Date('2026-11-20T12:00:00Z');
  const HEADLINES = ['Oldest story', 'Second story', 'Third story', 'Newest story'];

  const put = (language: string, pins: unknown, role: 'editor' | 'contributor' | 'admin' = 'editor') =>
    t.api(role, 'PUT', `/api/v1/front-pages/${language}`, { pins });
  const home = async (language = 'en') => (await t.app.request(`/${language}/`)).text();
  const errorOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;

  beforeAll(async () => {
    t = await testApp(dialect);
    for (const [i, headline] of HEADLINES.entries()) {
      t.setNow(new Date(Date.UTC(2026, 10, 20, 8, i)));
      a[headline] = await makeArticle(t, { headline });
    }
    a.draft = await makeArticle(t, { headline: 'A draft', status: 'draft' });
    a.german = await makeArticle(t, { headline: 'Eine Geschichte', language: 'de' });
    t.setNow(NOW);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const id = (headline: string) => a[headline]?.id as string;

  it('shows the newest stories first while nothing is pinned', async () => {
    expect(orderOn(await home(), HEADLINES)).toEqual([...HEADLINES].reverse());
    const res = await t.api('editor', 'GET', '/api/v1/front-pages/en');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ language: 'en', pins: [] });
  });

  it('puts pinned stories first in their order, the rest by recency, each once, right after the change', async () => {
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Newest story'); // the home is cached now
    const res = await put('en', [{ articleId: id('Second story') }, { articleId: id('Oldest story') }]);
    expect(res.status).toBe(200);
    const page = (await res.json()) as FrontPage;
    expect(page.pins.map((p) => [p.headline, p.position])).toEqual([
      ['Second story', 1],
      ['Oldest story', 2],
    ]);
    expect(page.pins[0]?.url).toBe(a['Second story']?.url);

    const html = await home();
    expect(orderOn(html, HEADLINES)).toEqual(['Second story', 'Oldest story', 'Newest story', 'Third story']);
    // Each story once: a pinned teaser links its article as often as an unpinned one does.
    const links = (headline: string) => html.split(`href="${pathOf(a[headline]?.url)}"`).length - 1;
    expect(links('Oldest story')).toBeGreaterThan(0);
    expect(links('Oldest story')).toBe(links('Newest story'));
    expect(await home('de')).toContain('Eine Geschichte');

    const again = (await (await t.api('admin', 'GET', '/api/v1/front-pages/en')).json()) as FrontPage;
    expect(again.pins.map((p) => p.headline)).toEqual(['Second story', 'Oldest story']);
  });

  it('reorders pins by writing the list in the new order', async () => {
    await put('en', [{ articleId: id('Oldest story') }, { articleId: id('Second story') }]);
    expect(orderOn(await home(), HEADLINES)).toEqual([
      'Oldest story',
      'Second story',
      'Newest story',
      'Third story',
    ]);
  });

  it('refuses drafts, other languages, unknown and doubled articles, past expiries, naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [[{ articleId: id('draft') }], 'pins.0.articleId'],
      [[{ articleId: id('Newest story') }, { articleId: id('german') }], 'pins.1.articleId'],
      [[{ articleId: 'nosucharticle' }], 'pins.0.articleId'],
      [[{ articleId: id('Newest story') }, { articleId: id('Newest story') }], 'pins.1.articleId'],
      [[{ articleId: id('Newest story'), expiresAt: '2026-11-20T11:00:00Z' }], 'pins.0.expiresAt'],
      [[{ articleId: id('Newest story'), expiresAt: 'tomorrow' }], 'pins.0.expiresAt'],
      [[{ articleId: id('Newest story'), position: 3 }], 'pins.0'],
      [Array.from({ length: 11 }, () => ({ articleId: id('Newest story') })), 'pins'],
    ];
    for (const [pins, field] of cases) {
      const res = await put('en', pins);
      expect(res.status, JSON.stringify(pins)).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('validation_failed');
      expect(error.field).toBe(field);
    }
    // Nothing was half-written: the pins are as before.
    const page = (await (await t.api('editor', 'GET', '/api/v1/front-pages/en')).json()) as FrontPage;
    expect(page.pins.map((p) => p.headline)).toEqual(['Oldest story', 'Second story']);
  });

  it('lets only editors and admins manage front pages', async () => {
    const contributor = await put('en', [], 'contributor');
    expect(contributor.status).toBe(403);
    expect((await errorOf(contributor)).code).toBe('forbidden');
    expect((await t.api('contributor', 'GET', '/api/v1/front-pages/en')).status).toBe(403);
    expect((await t.api('moderator', 'GET', '/api/v1/front-pages/en')).status).toBe(403);
    expect((await t.api(null, 'GET', '/api/v1/front-pages/en')).status).toBe(401);
  });

  it('answers 404 for an unknown language and 415 for a body that is not JSON', async () => {
    expect((await t.api('editor', 'GET', '/api/v1/front-pages/xx')).status).toBe(404);
    const res = await t.app.request('/api/v1/front-pages/en', {
      method: 'PUT',
      body: 'pins=1',
      headers: { authorization: `Bearer ${t.tokens.editor}`, 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });

  it('drops a pin whose article is unpublished, from the home and the list', async () => {
    const pinned = await put('en', [{ articleId: id('Third story') }, { articleId: id('Oldest story') }]);
    expect(pinned.status).toBe(200);
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Third story');
    const res = await t.api('editor', 'POST', `/api/v1/articles/${id('Third story')}/unpublish`);
    expect(res.status).toBe(200);
    expect(orderOn(await home(), HEADLINES)).toEqual(['Oldest story', 'Newest story', 'Second story']);
    const page = (await (await t.api('editor', 'GET', '/api/v1/front-pages/en')).json()) as FrontPage;
    expect(page.pins.map((p) => p.headline)).toEqual(['Oldest story']);
    // Published again, it is back in its place until the list is next written.
    expect((await t.api('editor', 'POST', `/api/v1/articles/${id('Third story')}/publish`)).status).toBe(200);
    expect(orderOn(await home(), HEADLINES).slice(0, 2)).toEqual(['Third story', 'Oldest story']);
  });

  it('ends a pin at its expiry, also on the cached home', async () => {
    const expiresAt = new Date(NOW.getTime() + 1000).toISOString();
    const res = await put('en', [{ articleId: id('Second story'), expiresAt }]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as FrontPage).pins[0]?.expiresAt).toBe(expiresAt);
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Second story');

    t.setNow(new Date(NOW.getTime() + 2000));
    const page = (await (await t.api('editor', 'GET', '/api/v1/front-pages/en')).json()) as FrontPage;
    expect(page.pins).toEqual([]);
    // The home was cached with the pin; it is cleared when the pin expires.
    await vi.waitFor(async () => expect(orderOn(await home(), HEADLINES)[0]).toBe('Newest story'), {
      timeout: 5000,
      interval: 100,
    });
    t.setNow(NOW);
  });

  it('unpins everything with an empty list', async () => {
    await put('en', [{ articleId: id('Oldest story') }]);
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Oldest story');
    expect((await put('en', [])).status).toBe(200);
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Newest story');
  });
});
