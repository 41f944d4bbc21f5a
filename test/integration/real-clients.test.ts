/**
 * The demo newsroom as the tools of readers, search engines and apps see it, with the real
 * tools: Mozilla's Readability (Firefox's reader view, read-later apps) on jsdom, a feed
 * parser, the html-validate validator, and what link previews read from the head.
 */
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseFeed } from '@rowanmanning/feed-parser';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AUTHORS, DEMO_TOPICS } from '../../src/demo/authors-topics.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

/** The validator's recommended rules, less those that disagree with deliberate choices. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Texts come from translators and readers: typographic quotes and apostrophes are theirs.
    'no-raw-characters': 'off',
    // The site's stylesheet is inlined in every page on purpose (see src/render/styles.ts).
    'no-inline-style': 'off',
    // How the JSX runtime writes HTML (`<!doctype html>`, `<br/>`, `defer=""`): spellings
    // the HTML standard allows alike.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // A page's title is its headline, as long as the editors wrote it.
    'long-title': 'off',
  },
});

interface Page {
  path: string;
  html: string;
  document: Document;
}

describe.each(DIALECTS)('real clients on %s', (dialect) => {
  let t: TestApp;
  /** English article paths of the demo, newest first. */
  let articles: string[] = [];

  const page = async (path: string): Promise<Page> => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(200);
    const html = await res.text();
    return { path, html, document: new JSDOM(html, { url: `${PUBLIC_URL}${path}` }).window.document };
  };
  const meta = (p: Page, property: string): string[] =>
    [...p.document.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)].map(
      (m) => m.getAttribute('content') ?? '',
    );

  beforeAll(async () => {
    t = await testApp(dialect);
    await loadDemo({
      db: t.store.db,
      files: mediaFiles(join(t.dir, 'media')),
      now: new Date('2026-11-20T08:00:00Z'),
      publicUrl: PUBLIC_URL,
    });
    const list = (await (await t.app.request('/api/v1/public/articles?language=en&limit=100')).json()) as {
      items: Array<{ url: string }>;
    };
    articles = list.items.map((item) => new URL(item.url).pathname);
    // A correction above the text of one article (the newest), as readers would see it.
    const id = articles[0]?.split('/').at(-1) ?? '';
    const corrected = await t.api('editor', 'POST', `/api/v1/articles/${id}/corrections`, {
      kind: 'correction',
      text: 'An earlier version gave the wrong number of delegations.',
    });
    expect(corrected.status).toBe(201);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('lets Readability extract exactly the article: headline, lead, hero, body, corrections', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    let withMoreBox = 0;
    let withMoreIn = 0;
    for (const path of articles) {
      const p = await page(path);
      const main = p.document.querySelector('main article');
      const headline = main?.querySelector('h1')?.textContent ?? '';
      const lead = main?.querySelector('.lead')?.textContent ?? '';
      const hero = main?.querySelector('figure.hero img')?.getAttribute('src') ?? '';
      const caption = main?.querySelector('figure.hero figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
      const paragraphs = [...(main?.querySelectorAll(':scope > p:not(.agency)') ?? [])].map(
        (el) => el.textContent ?? '',
      );
      // What the page shows besides the article.
      const around = p.document.querySelector('body > aside');
      const excluded = [
        ...[...(around?.querySelectorAll('h2') ?? [])].map((h) => h.textContent ?? ''),
        ...[...(around?.querySelectorAll('a') ?? [])].map((a) => a.textContent ?? ''),
      ].filter((text) => text.trim().length > 0);
      if (p.document.querySelector('.more-box')) withMoreBox += 1;
      expect(headline.length, path).toBeGreaterThan(5);
      expect(hero, path).toMatch(/^\/media\//);
      expect(paragraphs.length, path).toBeGreaterThan(1);
      expect(excluded, path).toEqual(
        expect.arrayContaining([
          'Report an error',
          'Trust and transparency',
          'Popular Stories',
          'Most Discussed',
        ]),
      );
      if (excluded.some((text) => text.startsWith('More in '))) withMoreIn += 1;
      expect(excluded).toContain('Comments');

      const read = new Readability(p.document.cloneNode(true) as Document).parse();
      expect(read, path).not.toBeNull();
      const content = read?.content ?? '';
      const text = (read?.textContent ?? '').replace(/\s+/g, ' ');
      expect(read?.title, path).toBe(headline);
      expect(text, path).toContain(lead);
      expect(content, path).toContain(`src="${PUBLIC_URL}${hero}"`);
      if (caption) expect(text, path).toContain(caption);
      for (const paragraph of paragraphs) expect(text, path).toContain(paragraph.replace(/\s+/g, ' '));
      for (const part of excluded) expect(text, `${path} shows "${part}" in reader mode`).not.toContain(part);
      expect(text, path).not.toContain('Have you found a factual error');
    }
    expect(withMoreBox, 'demo articles with a "More" box').toBeGreaterThan(0);
    expect(withMoreIn, 'demo articles with "More in" their section').toBeGreaterThan(3);
    const corrected = new Readability((await page(articles[0] ?? '')).document).parse();
    expect(corrected?.textContent).toContain('An earlier version gave the wrong number of delegations.');
  });

  it('gives feed readers the full text of every item, in RSS and in Atom', async () => {
    for (const path of ['/en/feed.xml', '/en/atom.xml', '/de/politics/feed.xml', '/de/politics/atom.xml']) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      const feed = parseFeed(await res.text());
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) {
        const articlePath = new URL(item.url ?? '').pathname;
        const p = await page(articlePath);
        const body = [...p.document.querySelectorAll('main article > p:not(.agency)')].map((el) =>
          (el.textContent ?? '').replace(/\s+/g, ' '),
        );
        const content = new JSDOM(item.content ?? '').window.document.body.textContent?.replace(/\s+/g, ' ');
        expect(body.length, articlePath).toBeGreaterThan(1);
        for (const paragraph of body) expect(content, `${path}: ${item.title}`).toContain(paragraph);
        expect(item.title, path).toBe(p.document.querySelector('main h1')?.textContent);
      }
    }
  });

  it('serves reader pages that the HTML validator accepts, headings without skipped levels', async () => {
    const debate = await t.api('editor', 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'Should night trains be free?',
      intro: 'The new fund pays for the lines.\n\nWhat do you think?',
      closesAt: '2026-12-31T23:00:00Z',
    });
    const { id: debateId } = (await debate.json()) as { id: string };
    const paths = [
      '/en/',
      '/ar/',
      '/en/politics',
      '/de/science',
      `/en/topics/${DEMO_TOPICS[0]?.slug}`,
      `/en/authors/${DEMO_AUTHORS[0]?.slug}`,
      '/en/search?q=glacier',
      ...articles.slice(0, 4),
      '/en/corrections',
      '/en/about/trust',
      '/en/debates',
      `/en/debates/${debateId}`,
      '/en/account/login',
      '/en/account/signup',
    ];
    expect(paths.length).toBe(17);
    const found: string[] = [];
    for (const path of paths) {
      const p = await page(path);
      const report = await validator.validateString(p.html);
      for (const result of report.results)
        for (const m of result.messages) found.push(`${path}: ${m.ruleId} ${m.message} (${m.selector})`);
      const levels = [...p.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName[1]),
      );
      expect(levels[0], path).toBe(1);
      for (let i = 1; i < levels.length; i += 1)
        expect(levels[i] ?? 0, `${path}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(
          (levels[i - 1] ?? 0) + 1,
        );
    }
    expect(found).toEqual([]);
  });

  it('tells link previews the picture, the other languages and the dates of every page', async () => {
    const home = await page('/en/');
    const top = home.document.querySelector('.top-story img')?.getAttribute('srcset') ?? '';
    expect(meta(home, 'og:image')[0]).toMatch(/^http:\/\/shortwave\.test\/media\/\w+\/\d+\.webp$/);
    expect(top).toContain(new URL(meta(home, 'og:image')[0] ?? '').pathname);
    expect(meta(home, 'og:locale')).toEqual(['en_GB']);
    expect(meta(home, 'og:locale:alternate')).toHaveLength(9);
    expect(meta(home, 'og:locale:alternate')).toContain('de_CH');

    const section = await page('/en/politics');
    const newest = section.document.querySelector('main .teaser img')?.getAttribute('srcset') ?? '';
    expect(newest).toContain(new URL(meta(section, 'og:image')[0] ?? '').pathname);
    expect(meta(section, 'og:image:width')[0]).toMatch(/^\d+$/);

    // A page without a picture of its own shows the site's card.
    const corrections = await page('/en/corrections');
    expect(meta(corrections, 'og:image')).toEqual([`${PUBLIC_URL}/assets/card.png`]);
    const card = await t.app.request('/assets/card.png');
    expect(card.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await card.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const politics = await page(articles.find((path) => path.startsWith('/en/politics/')) ?? '');
    expect(meta(politics, 'og:type')).toEqual(['article']);
    expect(meta(politics, 'article:section')).toEqual(['Politics']);
    const published = meta(politics, 'article:published_time')[0] ?? '';
    expect(new Date(published).toISOString()).toBe(published);
    expect(politics.document.querySelector('.dates time')?.getAttribute('datetime')).toBe(published);
    expect(meta(politics, 'article:modified_time')[0]).toBeTruthy();
    expect(meta(politics, 'article:author')[0]).toMatch(/^http:\/\/shortwave\.test\/en\/authors\/[\w-]+$/);
    const alternates = [...politics.document.querySelectorAll('link[rel=alternate][hreflang]')]
      .map((l) => l.getAttribute('hreflang'))
      .filter((l) => l !== 'x-default' && l !== 'en');
    expect(meta(politics, 'og:locale:alternate').length).toBe(alternates.length);

    const german = await page(
      new URL(
        (
          (await (await t.app.request('/api/v1/public/articles?language=de&limit=1')).json()) as {
            items: Array<{ url: string }>;
          }
        ).items[0]?.url ?? '',
      ).pathname,
    );
    expect(meta(german, 'article:section')[0]).toMatch(
      /^(Politik|Wirtschaft|Gesellschaft|Kultur|Wissenschaft)$/,
    );
  });

  it('has a favicon, app icons and a web app manifest, named in every page head', async () => {
    const home = await page('/de/');
    const link = (rel: string) => home.document.querySelector(`link[rel="${rel}"]`)?.getAttribute('href');
    expect(link('manifest')).toBe('/de/manifest.webmanifest');
    expect(link('apple-touch-icon')).toBe('/apple-touch-icon.png');
    expect(link('icon')).toBe('/favicon.ico');

    const ico = await t.app.request('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    const bytes = Buffer.from(await ico.arrayBuffer());
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const sizes = [0, 1, 2].map((i) => bytes.readUInt8(6 + 16 * i));
    expect(sizes).toEqual([16, 32, 48]);
    const offset = bytes.readUInt32LE(6 + 12);
    expect(bytes.subarray(offset, offset + 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));

    const manifest = await t.app.request('/de/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    const body = (await manifest.json()) as {
      name: string;
      start_url: string;
      lang: string;
      icons: Array<{ src: string; sizes: string; type: string }>;
    };
    expect(body).toMatchObject({ name: 'Shortwave', start_url: '/de/', lang: 'de', display: 'minimal-ui' });
    for (const icon of [
      ...body.icons,
      { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
    ]) {
      const res = await t.app.request(icon.src);
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type'), icon.src).toContain(icon.type);
      if (icon.type === 'image/png') {
        const png = Buffer.from(await res.arrayBuffer());
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }
    }
    expect(
      ((await (await t.app.request('/manifest.webmanifest')).json()) as { start_url: string }).start_url,
    ).toBe('/');
  });
});
