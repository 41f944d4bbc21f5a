import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import {
  type ArticleJson,
  link,
  makeArticle,
  makeImage,
  paragraph,
  pathOf,
  text,
} from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('reader site on %s', (dialect) => {
  let t: TestApp;
  let heroId: string;
  let related: ArticleJson;
  let draft: ArticleJson;
  let main: ArticleJson;

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers });
    return { status: res.status, html: await res.text(), headers: res.headers };
  };

  beforeAll(async () => {
    t = await testApp(dialect);
    await t.api('editor', 'POST', '/api/v1/authors', {
      slug: 'anna-meier',
      name: { en: 'Anna Meier' },
      role: { en: 'Federal politics correspondent' },
      bio: { en: 'Anna covers parliament in Bern.' },
    });
    heroId = await makeImage(t, {
      alt: 'The Federal Palace in Bern',
      caption: 'The Federal Palace',
      credit: 'Keystone',
    });
    related = await makeArticle(t, { headline: 'Background: how the Swiss vote', hero: { mediaId: heroId } });
    draft = await makeArticle(t, { headline: 'Unfinished draft story', status: 'draft' });
    t.setNow(new Date('2026-11-20T10:30:00Z'));
    main = await makeArticle(t, {
      headline: 'Voters back <b>new</b> pension reform',
      lead: 'A clear majority said yes on Sunday.',
      type: 'analysis',
      authors: ['anna-meier'],
      dateline: 'Bern',
      source: 'Keystone-SDA',
      hero: {
        mediaId: heroId,
        alt: 'Voters at a polling station',
        caption: 'Polling station in Bern',
        credit: 'Keystone',
      },
      body: {
        type: 'doc',
        content: [
          paragraph(text('Read the '), link('official results', 'https://www.admin.ch/results'), text('.')),
          paragraph(
            link('A forum', 'https://forum.example.org/', 'nofollow'),
            text(' and '),
            link('our archive', '/en/politics'),
          ),
          { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
          { type: 'related', attrs: { articleId: related.id } },
          { type: 'related', attrs: { articleId: draft.id } },
          { type: 'blockquote', content: [paragraph(text('We listened.'))] },
          { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph(text('Higher age'))] }] },
          {
            type: 'image',
            attrs: { mediaId: heroId, alt: 'Inline photo', caption: 'Inline caption', credit: 'Reuters' },
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('sends / to the language the reader asks for, English otherwise', async () => {
    const de = await t.app.request('/', { headers: { 'accept-language': 'de-CH,de;q=0.9,en;q=0.5' } });
    expect(de.status).toBe(302);
    expect(de.headers.get('location')).toBe('/de/');
    expect(
      (await t.app.request('/', { headers: { 'accept-language': 'sv,nl' } })).headers.get('location'),
    ).toBe('/en/');
    expect((await t.app.request('/')).headers.get('location')).toBe('/en/');
    expect((await t.app.request('/en')).headers.get('location')).toBe('/en/');
  });

  it('shows the language home with a top story and dated teasers with "Read more"', async () => {
    const { status, html } = await get('/en/');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('Voters back &lt;b&gt;new&lt;/b&gt; pension reform');
    expect(html).toContain(
      'This content was published on <time datetime="2026-11-20T09:00:00.000Z">November 20, 2026 at 10:00 AM</time>',
    );
    expect(html).toContain('Read more: Background: how the Swiss vote');
    expect(html).not.toContain('Unfinished draft story');
  });

  it('renders the article page with everything a reader expects', async () => {
    const { status, html } = await get(pathOf(main.url));
    expect(status).toBe(200);
    expect(html).toContain(`<link rel="canonical" href="${main.url}"/>`);
    expect(html).toContain('<p class="label label-analysis">Analysis</p>');
    expect(html).toContain('<h1>Voters back &lt;b&gt;new&lt;/b&gt; pension reform</h1>');
    expect(html).toMatch(
      /<figure class="hero"><img [^>]*alt="Voters at a polling station"[^>]*>.*Polling station in Bern <span class="credit">© Keystone<\/span>/,
    );
    expect(html).toMatch(/<img [^>]*width="\d+" height="\d+"/);
    expect(html).toContain('By <a href="/en/authors/anna-meier" rel="author">Anna Meier</a>, Bern');
    expect(html).toContain('<time datetime="2026-11-20T10:30:00.000Z">');
    expect(html).toContain('According to the news agency Keystone-SDA');
    expect(html).toContain('<h2>What changes</h2>');
    expect(html).toContain('<blockquote><p>We listened.</p></blockquote>');
    expect(html).toContain('Inline caption <span class="credit">© Reuters</span>');
  });

  it('marks external links, with nofollow only where the editor chose it', async () => {
    const { html } = await get(pathOf(main.url));
    expect(html).toContain(
      '<a class="ext" href="https://www.admin.ch/results" rel="noopener noreferrer">official results<span class="visually-hidden"> (External link)</span>',
    );
    expect(html).toContain(
      '<a class="ext" href="https://forum.example.org/" rel="nofollow noopener noreferrer">',
    );
    expect(html).toContain('<a href="/en/politics">our archive</a>');
  });

  it('resolves a "More" box to its published article and leaves out one whose article is a draft', async () => {
    const { html } = await get(pathOf(main.url));
    expect(html).toMatch(
      /<aside class="more-box"[^>]*>.*<a href="[^"]+\/[a-z0-9]+">Background: how the Swiss vote<\/a>/,
    );
    expect(html).toContain(pathOf(related.url));
    expect(html.match(/class="more-box"/g)).toHaveLength(1);
  });

  it('redirects an outdated slug to the canonical address', async () => {
    const res = await t.app.request(`/en/politics/old-slug/${main.id}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(pathOf(main.url));
  });

  it('lays Arabic out right to left', async () => {
    const ar = await makeArticle(t, {
      language: 'ar',
      headline: 'الناخبون يوافقون على الإصلاح',
      lead: 'أغلبية واضحة.',
    });
    const { html } = await get(pathOf(ar.url));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    const home = await get('/ar/');
    expect(home.html).toContain('الناخبون يوافقون على الإصلاح');
  });

  it('pages a section and answers 404 past its last page', async () => {
    for (let i = 0; i < 21; i++) {
      t.setNow(new Date(Date.UTC(2026, 10, 21, 8, i)));
      await makeArticle(t, { headline: `Science note ${i}`, section: 'science' });
    }
    const first = await get('/en/science');
    expect(first.status).toBe(200);
    expect(first.html.match(/Science note \d+<\/a><\/h2>/g)).toHaveLength(20);
    expect(first.html).toContain('href="/en/science?page=2"');
    expect(first.html).not.toContain('Voters back');
    const second = await get('/en/science?page=2');
    expect(second.html.match(/Science note \d+<\/a><\/h2>/g)).toHaveLength(1);
    expect((await get('/en/science?page=3')).status).toBe(404);
    // The home shows the 11 newest, then per section the next 4 that are not shown yet.
    const home = (await get('/en/')).html;
    const block = home.slice(home.indexOf('<a href="/en/science">Science</a></h2>'));
    expect(block.match(/Science note (\d+)<\/a><\/h3>/g)).toEqual([
      'Science note 9</a></h3>',
      'Science note 8</a></h3>',
      'Science note 7</a></h3>',
      'Science note 6</a></h3>',
    ]);
    expect((await get('/en/science?page=abc')).status).toBe(404);
  });

  it('shows a topic page with the articles of that topic only', async () => {
    await t.api('editor', 'POST', '/api/v1/topics', {
      slug: 'pensions',
      name: { en: 'Pensions', de: 'Renten' },
    });
    await makeArticle(t, { headline: 'Pension funds under pressure', topics: ['pensions'] });
    const { status, html } = await get('/en/topics/pensions');
    expect(status).toBe(200);
    expect(html).toContain('<h1 class="page-title">Pensions</h1>');
    expect(html).toContain('Pension funds under pressure');
    expect(html).not.toContain('Science note');
    const de = await get('/de/topics/pensions');
    expect(de.html).toContain('Zu diesem Thema gibt es noch keine Artikel.');
    expect((await get('/en/topics/nothing')).status).toBe(404);
  });

  it('shows an author page with the author and their articles', async () => {
    const { status, html } = await get('/en/authors/anna-meier');
    expect(status).toBe(200);
    expect(html).toContain('Anna Meier');
    expect(html).toContain('Federal politics correspondent');
    expect(html).toContain('Voters back &lt;b&gt;new&lt;/b&gt; pension reform');
    expect((await get('/en/authors/nobody')).status).toBe(404);
  });

  it('answers unknown addresses with a 404 page in the layout and the right language', async () => {
    const en = await get('/en/no/such/page/here');
    expect(en.status).toBe(404);
    expect(en.html).toContain('Page not found');
    expect(en.html).toContain('<nav');
    const de = await get('/de/gibt-es-nicht');
    expect(de.status).toBe(404);
    expect(de.html).toContain('<html lang="de"');
    expect(de.html).not.toContain('Page not found');
    expect((await get('/xx/')).status).toBe(404);
    expect((await get(`/en/politics/x/${draft.id}`)).status).toBe(404);
  });

  it('shows a renamed author at once in the byline of their articles', async () => {
    expect((await get(pathOf(main.url))).html).toContain('>Anna Meier</a>');
    const res = await t.api('editor', 'PATCH', '/api/v1/authors/anna-meier', {
      name: { en: 'Anna Meier-Rossi' },
    });
    expect(res.status).toBe(200);
    const { html } = await get(pathOf(main.url));
    expect(html).toContain('<a href="/en/authors/anna-meier" rel="author">Anna Meier-Rossi</a>');
    expect(html).not.toContain('>Anna Meier</a>');
  });

  it('shows a renamed section at once in the navigation', async () => {
    expect((await get('/en/culture')).html).toContain('>Culture</a>');
    const res = await t.api('editor', 'PATCH', '/api/v1/sections/culture', {
      name: { en: 'Arts and Culture' },
    });
    expect(res.status).toBe(200);
    const { html } = await get('/en/');
    expect(html).toContain('<a href="/en/culture">Arts and Culture</a>');
  });

  it('lists under "In <section>" up to three other newest articles of the section, never the article itself', async () => {
    const science = async (path: string) => {
      const html = (await get(path)).html;
      const block = /aria-labelledby="more-in-section">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      return [...block.matchAll(/(Science note \d+)<\/a><\/h3>/g)].map((m) => m[1]);
    };
    // The science notes were published a minute apart, note 20 last.
    t.setNow(new Date('2026-11-21T09:00:00Z'));
    const newest = await makeArticle(t, { headline: 'Science note 99', section: 'science' });
    expect(await science(pathOf(newest.url))).toEqual([
      'Science note 20',
      'Science note 19',
      'Science note 18',
    ]);
    const note19 = (await get('/en/science')).html.match(/href="([^"]+)">Science note 19</)?.[1] ?? '';
    expect(await science(note19)).toEqual(['Science note 99', 'Science note 20', 'Science note 18']);
    // A newly published article is in the list at once; an unpublished one leaves it at once.
    t.setNow(new Date('2026-11-21T09:10:00Z'));
    const later = await makeArticle(t, { headline: 'Science note 100', section: 'science' });
    expect(await science(note19)).toEqual(['Science note 100', 'Science note 99', 'Science note 20']);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${later.id}/unpublish`)).status).toBe(200);
    expect(await science(note19)).toEqual(['Science note 99', 'Science note 20', 'Science note 18']);
    expect((await get(pathOf(main.url))).html).not.toContain('Science note');
  });

  it('answers 304 to a reader who has the current page', async () => {
    const first = await t.app.request('/en/');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await t.app.request('/en/')).headers.get('referrer-policy')).toBe(
      'strict-origin-when-cross-origin',
    );
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await t.app.request('/en/', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });
});
