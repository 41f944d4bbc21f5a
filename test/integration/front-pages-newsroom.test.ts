import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

/** The headlines among `headlines` in the order the page first shows them. */
function orderOn(html: string, headlines: readonly string[]): string[] {
  return headlines.filter((h) => html.includes(h)).sort((a, b) => html.indexOf(a) - html.indexOf(b));
}

/** The pinned list of the front-page screen (before the "Pin a story" search). */
const pinnedPart = (html: string) =>
  html.slice(html.indexOf('id="pins-heading"'), html.indexOf('id="add-heading"'));

describe.each(DIALECTS)('newsroom front-page screen on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  const a: Record<string, ArticleJson> = {};
  const HEADLINES = ['Glacier melt speeds up', 'Parliament opens session', 'Trains run late'];

  const post = (action: string, fields: Record<string, string>) =>
    editor.request(
      'POST',
      `/newsroom/front-pages/${action}`,
      new URLSearchParams({ language: 'en', ...fields }),
      {
        csrf: true,
      },
    );
  const screen = async (query = '') =>
    (await editor.request('GET', `/newsroom/front-pages?language=en${query}`)).text();
  const home = async () => (await t.app.request('/en/')).text();

  beforeAll(async () => {
    t = await testApp(dialect);
    for (const [i, headline] of HEADLINES.entries()) {
      t.setNow(new Date(Date.UTC(2026, 10, 20, 8, i)));
      a[headline] = await makeArticle(t, { headline });
    }
    a.draft = await makeArticle(t, { headline: 'Unfinished draft', status: 'draft' });
    t.setNow(new Date('2026-11-20T12:00:00Z'));
    editor = await staffSession(t, 'editor');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const id = (headline: string) => a[headline]?.id as string;

  it('forbids the screen to a contributor', async () => {
    const contributor = await staffSession(t, 'contributor');
    expect((await contributor.request('GET', '/newsroom/front-pages?language=en')).status).toBe(403);
    const res = await contributor.request(
      'POST',
      '/newsroom/front-pages/pin',
      new URLSearchParams({ language: 'en', articleId: id('Trains run late') }),
      { csrf: true },
    );
    expect(res.status).toBe(403);
  });

  it('offers published stories of the language to pin, searchable by headline', async () => {
    const res = await editor.request('GET', '/newsroom/front-pages?language=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Nothing is pinned');
    for (const headline of HEADLINES) expect(html).toContain(headline);
    expect(html).not.toContain('Unfinished draft');
    const found = await screen('&q=PARLIAMENT');
    expect(found).toContain('Parliament opens session');
    expect(found).not.toContain('Trains run late');
  });

  it('pins two stories, moves one up, and the home follows at once', async () => {
    expect(orderOn(await home(), HEADLINES)[0]).toBe('Trains run late'); // cached now
    for (const headline of ['Glacier melt speeds up', 'Parliament opens session']) {
      const res = await post('pin', { articleId: id(headline) });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain('/newsroom/front-pages?language=en&saved=1');
    }
    expect(orderOn(pinnedPart(await screen()), HEADLINES)).toEqual([
      'Glacier melt speeds up',
      'Parliament opens session',
    ]);
    expect(orderOn(await home(), HEADLINES)).toEqual([
      'Glacier melt speeds up',
      'Parliament opens session',
      'Trains run late',
    ]);

    const moved = await post('move', { articleId: id('Parliament opens session'), direction: 'up' });
    expect(moved.status).toBe(303);
    const location = moved.headers.get('location') ?? '';
    expect(location).toContain(`moved=${id('Parliament opens session')}&dir=up`);
    const html = await (await editor.request('GET', location)).text();
    expect(html).toContain('Saved. The home shows the change now.');
    expect(orderOn(pinnedPart(html), HEADLINES)).toEqual([
      'Parliament opens session',
      'Glacier melt speeds up',
    ]);
    // Focus returns to the moved story; at the top its "up" button is disabled, so "down" takes it.
    expect(html).toMatch(/value="down"[^>]*autofocus/);
    expect(orderOn(await home(), HEADLINES)).toEqual([
      'Parliament opens session',
      'Glacier melt speeds up',
      'Trains run late',
    ]);
  });

  it('sets and removes an expiry in the newsroom time zone', async () => {
    const res = await post('expiry', {
      articleId: id('Glacier melt speeds up'),
      expiresAt: '2026-11-21T18:30',
    });
    expect(res.status).toBe(303);
    const page = (await (await t.api('editor', 'GET', '/api/v1/front-pages/en')).json()) as {
      pins: Array<{ headline: string; expiresAt: string | null }>;
    };
    expect(page.pins.find((p) => p.headline === 'Glacier melt speeds up')?.expiresAt).toBe(
      '2026-11-21T17:30:00.000Z',
    );
    const html = await screen();
    expect(html).toContain('value="2026-11-21T18:30"');
    expect(html).toContain('Pinned until November 21, 2026 at 6:30 PM');

    const cleared = await post('expiry', {
      articleId: id('Glacier melt speeds up'),
      expiresAt: '',
      clear: '1',
    });
    expect(cleared.status).toBe(303);
    expect(await screen()).not.toContain('Pinned until November');
  });

  it('refuses a past expiry and a draft, saying why, and changes nothing', async () => {
    const past = await post('expiry', {
      articleId: id('Glacier melt speeds up'),
      expiresAt: '2026-11-19T10:00',
    });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain('the expiry must lie in the future');
    const draft = await post('pin', { articleId: id('draft') });
    expect(draft.status).toBe(400);
    expect(await draft.text()).toContain('only a published article of the language en can be pinned');
    const again = await post('pin', { articleId: id('Glacier melt speeds up') });
    expect(again.status).toBe(409);
    expect(orderOn(pinnedPart(await screen()), HEADLINES)).toEqual([
      'Parliament opens session',
      'Glacier melt speeds up',
    ]);
  });

  it('unpins, and the rest of the home follows by recency', async () => {
    expect((await post('unpin', { articleId: id('Parliament opens session') })).status).toBe(303);
    expect((await post('unpin', { articleId: id('Glacier melt speeds up') })).status).toBe(303);
    expect(await screen()).toContain('Nothing is pinned');
    expect(orderOn(await home(), HEADLINES)).toEqual([
      'Trains run late',
      'Parliament opens session',
      'Glacier melt speeds up',
    ]);
  });
});
