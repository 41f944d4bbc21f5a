import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Hono } from 'hono';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache } from '../../src/http/page-cache.js';
import { feedRoutes } from '../../src/http/routes/feeds/feeds.js';
import { createLogger } from '../../src/lib/logger.js';
import { xmlChars } from '../../src/lib/xml.js';
import { mediaFiles } from '../../src/storage/media-files.js';
import { PUBLIC_URL, type TestApp, testApp } from '../support/app.js';
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

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is checked element by element
type Node = any;

/** Elements that may repeat, by their path: always parsed as arrays, even when there is one. */
const REPEATED = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.item.dc:creator',
  'feed.link',
  'feed.entry',
  'feed.entry.author',
  'feed.entry.category',
  'feed.entry.link',
  'urlset.url',
  'urlset.url.xhtml:link',
  'sitemapindex.sitemap',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#13;) are decoded only with this on.
  htmlEntities: true,
  isArray: (_name, jpath) => REPEATED.has(String(jpath)),
});

const textOf = (node: Node): string => (typeof node === 'string' ? node : (node?.['#text'] ?? ''));

/** Characters XML 1.0 forbids; none may reach a document. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** xmllint is needed like Chromium is: without it these tests fail and say how to get it. */
(() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    throw new Error('The feed tests need xmllint: apt-get install libxml2-utils');
  }
})();

/** Runs xmllint (a conforming XML 1.0 parser) on a document; with a schema, validates it too. */
function xmllint(xml: string, schema?: string): { ok: boolean; output: string } {
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), '-'];
  try {
    execFileSync('xmllint', args, { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  }
}

/** Fails unless the document is well-formed XML 1.0: our own check, fast-xml-parser's, and xmllint's. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(NOT_XML_CHAR.exec(xml)).toBeNull();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xmllint(xml).output).toBe('');
}

const SCHEMAS = join(import.meta.dirname, '../fixtures/xsd');
const T0 = Date.parse('2026-11-18T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

describe.each(DIALECTS)('feeds and sitemaps on %s', (dialect) => {
  let t: TestApp;
  let heroId: string;
  let old: ArticleJson;
  let draft: ArticleJson;
  let main: ArticleJson;
  let german: ArticleJson;
  /** The 52 plain English stories, oldest first. */
  const stories: ArticleJson[] = [];
  /** Every published article with its language, to compare sitemaps against. */
  const published: Array<ArticleJson & { language: string }> = [];

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers });
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  /** Fetches, checks status, type and well-formedness, and parses a document. */
  const fetchXml = async (path: string, type: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expectWellFormed(res.body);
    return { ...res, doc: parser.parse(res.body) as Node };
  };
  const rss = async (path: string) => (await fetchXml(path, 'application/rss+xml')).doc.rss.channel;
  const atom = async (path: string) => (await fetchXml(path, 'application/atom+xml')).doc.feed;
  const publish = async (fields: Record<string, unknown>) => {
    const article = await makeArticle(t, fields);
    if (article.status === 'published')
      published.push({ ...article, language: (fields.language as string | undefined) ?? 'en' });
    return article;
  };
  const stored = async (id: string) =>
    (await (await t.api('editor', 'GET', `/api/v1/articles/${id}`)).json()) as Record<string, string | null>;
  const itemFor = (channel: Node, article: ArticleJson) =>
    (channel.item ?? []).find((i: Node) => i.link === article.url);
  const entryFor = (feed: Node, article: ArticleJson) =>
    (feed.entry ?? []).find((e: Node) => e.link.some((l: Node) => l['@href'] === article.url));

  beforeAll(async () => {
    t = await testApp(dialect);
    await t.api('editor', 'POST', '/api/v1/authors', {
      slug: 'anna-meier',
      name: { en: 'Anna Meier', de: 'Anna Meier-Keller' },
    });
    await t.api('editor', 'POST', '/api/v1/topics', {
      slug: 'pensions',
      name: { en: 'Pensions', de: 'Renten' },
    });
    heroId = await makeImage(t, { alt: 'The Federal Palace', credit: 'Keystone' });
    t.setNow(at(-3 * 24 * 60));
    old = await publish({ language: 'fr', headline: 'Une vieille nouvelle' });
    for (let i = 0; i < 52; i++) {
      t.setNow(at(i));
      stories.push(
        await publish({ headline: `Story number ${i}`, section: i % 2 === 0 ? 'politics' : 'business' }),
      );
    }
    t.setNow(at(60));
    draft = await makeArticle(t, { headline: 'Secret draft', topics: ['pensions'], status: 'draft' });
    t.setNow(at(61));
    main = await publish({
      headline: 'Voters back pension reform',
      lead: 'A clear majority said yes.',
      authors: ['anna-meier'],
      topics: ['pensions'],
      hero: { mediaId: heroId, alt: 'Voters queue in Bern', credit: 'Keystone' },
      body: {
        type: 'doc',
        content: [
          paragraph(text('Read '), link('our archive', '/en/politics'), text(' & more.')),
          { type: 'image', attrs: { mediaId: heroId, alt: 'Inline photo' } },
          { type: 'related', attrs: { articleId: stories[0]?.id } },
        ],
      },
    });
    t.setNow(at(62));
    german = await publish({
      language: 'de',
      translationOf: main.id,
      headline: 'Stimmvolk sagt Ja zur Rentenreform',
      authors: ['anna-meier'],
      topics: ['pensions'],
    });
    t.setNow(at(63));
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  describe('RSS', () => {
    it('describes the channel: title, link to the language home, language, self link', async () => {
      const channel = await rss('/en/feed.xml');
      expect(textOf(channel.title)).toBe('News in English - Shortwave');
      expect(channel.link).toBe(`${PUBLIC_URL}/en/`);
      expect(channel.language).toBe('en');
      expect(channel.description).toBe('Independent news from Switzerland, in ten languages');
      expect(channel['atom:link']).toMatchObject({
        '@href': `${PUBLIC_URL}/en/feed.xml`,
        '@rel': 'self',
        '@type': 'application/rss+xml',
      });
      expect(channel.lastBuildDate).toBe(at(61).toUTCString());
    });

    it('carries the newest 50 published items, newest first', async () => {
      const channel = await rss('/en/feed.xml');
      const newest = [main, ...stories.slice(3).reverse()];
      expect(channel.item).toHaveLength(50);
      expect(channel.item.map((i: Node) => i.link)).toEqual(newest.map((a) => a.url));
    });

    it('gives an item its headline, lead, link, permanent GUID, date, author and categories', async () => {
      const item = itemFor(await rss('/en/feed.xml'), main);
      expect(textOf(item.title)).toBe('Voters back pension reform');
      expect(item.description).toBe('A clear majority said yes.');
      expect(item.link).toBe(main.url);
      expect(item.guid).toEqual({ '#text': `urn:shortwave:article:${main.id}`, '@isPermaLink': 'false' });
      expect(item.pubDate).toBe('Wed, 18 Nov 2026 09:01:00 GMT');
      expect(item['dc:creator']).toEqual(['Anna Meier']);
      expect(item.category).toEqual(['Politics', 'Pensions']);
    });

    it('attaches the hero image as enclosure and media:content, with the real file size', async () => {
      const item = itemFor(await rss('/en/feed.xml'), main);
      const enclosure = item.enclosure;
      expect(enclosure['@url']).toMatch(new RegExp(`^${PUBLIC_URL}/media/${heroId}/\\d+\\.webp$`));
      expect(enclosure['@type']).toBe('image/webp');
      const file = await t.app.request(pathOf(enclosure['@url']));
      expect(file.status).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(Number(enclosure['@length'])).toBe(bytes.length);
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(item['media:content']).toMatchObject({
        '@url': enclosure['@url'],
        '@type': 'image/webp',
        '@medium': 'image',
        '@width': String(meta.width),
        '@height': String(meta.height),
        '@fileSize': String(bytes.length),
        'media:credit': 'Keystone',
      });
      expect(textOf(item['media:content']['media:description'])).toBe('Voters queue in Bern');
    });

    it('gives the full text before the picture, so feed readers show the article, not the caption', async () => {
      const { body } = await get('/en/feed.xml');
      const items = body.split('<item>').slice(1);
      const withPicture = items.find((i) => i.includes('<media:description'));
      expect(withPicture).toBeDefined();
      const text = withPicture?.indexOf('<content:encoded>') ?? -1;
      expect(text).toBeGreaterThan(-1);
      expect(text).toBeLessThan(withPicture?.indexOf('<media:content') ?? -1);
    });

    it('names the sitemap and the news sitemap in robots.txt', async () => {
      const { body } = await get('/robots.txt');
      expect(body.split('\n')).toEqual(
        expect.arrayContaining([
          `Sitemap: ${PUBLIC_URL}/sitemap.xml`,
          `Sitemap: ${PUBLIC_URL}/news-sitemap.xml`,
        ]),
      );
    });

    it('carries the full text as HTML with absolute addresses', async () => {
      const item = itemFor(await rss('/en/feed.xml'), main);
      const html: string = item['content:encoded'];
      expect(html).toContain(`<a href="${PUBLIC_URL}/en/politics">our archive</a> &amp; more.`);
      expect(html).toMatch(
        new RegExp(`<img src="${PUBLIC_URL}/media/${heroId}/\\d+\\.webp" srcset="${PUBLIC_URL}/media/`),
      );
      expect(html).not.toMatch(/(?:href|src)="\/[^/]/);
      expect(html).toContain(`<a href="${stories[0]?.url}">Story number 0</a>`);
    });

    it('keeps a section feed to that section and names it', async () => {
      const channel = await rss('/en/business/feed.xml');
      expect(textOf(channel.title)).toBe('Business - Shortwave');
      expect(channel.link).toBe(`${PUBLIC_URL}/en/business`);
      const business = stories.filter((_, i) => i % 2 === 1).reverse();
      expect(channel.item.map((i: Node) => i.link)).toEqual(business.map((a) => a.url));
      expect(channel.item.every((i: Node) => i.category.includes('Business'))).toBe(true);
    });

    it('keeps a topic feed to that topic, in the names of its language', async () => {
      const en = await rss('/en/topics/pensions/feed.xml');
      expect(textOf(en.title)).toBe('Pensions - Shortwave');
      expect(en.item.map((i: Node) => i.link)).toEqual([main.url]);
      const de = await rss('/de/topics/pensions/feed.xml');
      expect(textOf(de.title)).toBe('Renten - Shortwave');
      expect(de.item).toHaveLength(1);
      expect(de.item[0].link).toBe(german.url);
      expect(de.item[0]['dc:creator']).toEqual(['Anna Meier-Keller']);
      expect(de.item[0].category).toEqual(['Politik', 'Renten']);
    });

    it('is empty, and still valid, for a language with nothing published', async () => {
      const channel = await rss('/ja/feed.xml');
      expect(channel.item).toBeUndefined();
      expect(channel.language).toBe('ja');
    });
  });

  describe('Atom', () => {
    it('describes the feed: id, title, updated, self and alternate links, site as author', async () => {
      const feed = await atom('/en/atom.xml');
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe('en');
      expect(feed.id).toBe('urn:shortwave:feed:en');
      expect(textOf(feed.title)).toBe('News in English - Shortwave');
      expect(feed.updated).toBe('2026-11-18T09:01:00Z');
      expect(feed.link).toEqual([
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': `${PUBLIC_URL}/en/atom.xml` },
        { '@rel': 'alternate', '@type': 'text/html', '@href': `${PUBLIC_URL}/en/` },
      ]);
      expect(feed.author).toEqual({ name: 'Shortwave' });
      expect(feed.entry).toHaveLength(50);
    });

    it('gives an entry its id, title, link, dates, author, categories, summary, content and image', async () => {
      const entry = entryFor(await atom('/en/atom.xml'), main);
      expect(entry.id).toBe(`urn:shortwave:article:${main.id}`);
      expect(entry.title).toEqual({ '#text': 'Voters back pension reform', '@type': 'text' });
      expect(entry.published).toBe('2026-11-18T09:01:00Z');
      expect(entry.updated).toBe('2026-11-18T09:01:00Z');
      expect(entry.author).toEqual([{ name: 'Anna Meier' }]);
      expect(entry.category.map((c: Node) => c['@term'])).toEqual(['Politics', 'Pensions']);
      expect(textOf(entry.summary)).toBe('A clear majority said yes.');
      expect(entry.content['@type']).toBe('html');
      expect(textOf(entry.content)).toContain(`<a href="${PUBLIC_URL}/en/politics">our archive</a>`);
      const enclosure = entry.link.find((l: Node) => l['@rel'] === 'enclosure');
      expect(enclosure['@type']).toBe('image/webp');
      expect(Number(enclosure['@length'])).toBeGreaterThan(0);
      expect(entry['media:content']['@url']).toBe(enclosure['@href']);
    });

    it('has section and topic feeds too, with their own ids', async () => {
      const section = await atom('/en/politics/atom.xml');
      expect(section.id).toBe('urn:shortwave:feed:en:section:politics');
      expect(section.entry.every((e: Node) => e.category.some((c: Node) => c['@term'] === 'Politics'))).toBe(
        true,
      );
      expect(section.entry).toHaveLength(27);
      const topic = await atom('/de/topics/pensions/atom.xml');
      expect(topic.id).toBe('urn:shortwave:feed:de:topic:pensions');
      expect(topic.entry.map((e: Node) => e.id)).toEqual([`urn:shortwave:article:${german.id}`]);
    });
  });

  describe('what feeds leave out and refuse', () => {
    it('never shows a draft', async () => {
      for (const path of [
        '/en/feed.xml',
        '/en/atom.xml',
        '/en/politics/feed.xml',
        '/en/topics/pensions/feed.xml',
        '/en/topics/pensions/atom.xml',
        '/sitemaps/en.xml',
        '/news-sitemap.xml',
      ]) {
        const { body } = await get(path);
        expect(body, path).not.toContain(draft.id);
        expect(body, path).not.toContain('Secret draft');
      }
    });

    it('answers 404 for an unknown language, section, topic or sitemap', async () => {
      for (const path of [
        '/xx/feed.xml',
        '/xx/atom.xml',
        '/en/nowhere/feed.xml',
        '/en/nowhere/atom.xml',
        '/en/topics/nowhere/feed.xml',
        '/en/topics/nowhere/atom.xml',
        '/xx/topics/pensions/feed.xml',
        '/sitemaps/xx.xml',
        '/sitemaps/ja.xml',
        '/sitemaps/en-2.xml',
        '/sitemaps/en-0.xml',
      ]) {
        expect((await get(path)).status, path).toBe(404);
      }
    });

    it('leaves the reader site its own pages', async () => {
      expect((await get('/en/politics')).headers.get('content-type')).toMatch(/^text\/html/);
      expect((await get(pathOf(main.url))).status).toBe(200);
    });
  });

  describe('caching', () => {
    it('answers 304 to a matching If-None-Match, also in a list and for a weak tag', async () => {
      const first = await get('/en/feed.xml');
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      for (const header of [etag, `"nope", ${etag}`, etag.replace(/^W\//, '')]) {
        const again = await get('/en/feed.xml', { 'if-none-match': header });
        expect(again.status, header).toBe(304);
        expect(again.body).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
      }
      expect((await get('/en/feed.xml', { 'if-none-match': '"nope"' })).status).toBe(200);
    });

    it('sends Last-Modified, the newest change among the items, and answers If-Modified-Since', async () => {
      const first = await get('/en/atom.xml');
      const lastModified = first.headers.get('last-modified') ?? '';
      expect(lastModified).toBe(at(61).toUTCString());
      expect((await get('/en/atom.xml', { 'if-modified-since': lastModified })).status).toBe(304);
      expect((await get('/en/atom.xml', { 'if-modified-since': at(70).toUTCString() })).status).toBe(304);
      expect((await get('/en/atom.xml', { 'if-modified-since': at(30).toUTCString() })).status).toBe(200);
    });

    it('shows a publication at once: it clears the cached feed', async () => {
      const before = await get('/es/feed.xml');
      expect(parser.parse(before.body).rss.channel.item).toBeUndefined();
      t.setNow(at(64));
      const fresh = await publish({ language: 'es', headline: 'Nueva noticia' });
      const after = await get('/es/feed.xml', { 'if-none-match': before.headers.get('etag') ?? '' });
      expect(after.status).toBe(200);
      expect(parser.parse(after.body).rss.channel.item.map((i: Node) => i.link)).toEqual([fresh.url]);
    });
  });

  describe('sitemaps', () => {
    const urlsOf = (language: string) =>
      published
        .filter((a) => a.language === language)
        .map((a) => a.url)
        .sort();

    it('has an index with one sitemap per language that has articles', async () => {
      const { doc } = await fetchXml('/sitemap.xml', 'application/xml');
      const languages = [...new Set(published.map((a) => a.language))].sort();
      const sitemaps = doc.sitemapindex.sitemap;
      // The news sitemap first: aggregators find it through the index.
      expect(sitemaps[0].loc).toBe(`${PUBLIC_URL}/news-sitemap.xml`);
      expect(
        sitemaps
          .slice(1)
          .map((s: Node) => s.loc)
          .sort(),
      ).toEqual(languages.map((l) => `${PUBLIC_URL}/sitemaps/${l}.xml`));
      expect(sitemaps.every((s: Node) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(s.lastmod))).toBe(true);
    });

    it('lists exactly the published articles of a language, each with lastmod', async () => {
      for (const language of ['en', 'de', 'fr']) {
        const { doc } = await fetchXml(`/sitemaps/${language}.xml`, 'application/xml');
        const urls: Node[] = doc.urlset.url;
        expect(urls.map((u) => u.loc).sort(), language).toEqual(urlsOf(language));
        expect(urls.every((u) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(u.lastmod))).toBe(true);
      }
    });

    it('links the language versions of a story both ways, with x-default on English', async () => {
      const expected = [
        { '@rel': 'alternate', '@hreflang': 'en', '@href': main.url },
        { '@rel': 'alternate', '@hreflang': 'de', '@href': german.url },
        { '@rel': 'alternate', '@hreflang': 'x-default', '@href': main.url },
      ];
      const en = (await fetchXml('/sitemaps/en.xml', 'application/xml')).doc.urlset.url;
      const de = (await fetchXml('/sitemaps/de.xml', 'application/xml')).doc.urlset.url;
      expect(en.find((u: Node) => u.loc === main.url)['xhtml:link']).toEqual(expected);
      expect(de.find((u: Node) => u.loc === german.url)['xhtml:link']).toEqual(expected);
      expect(en.find((u: Node) => u.loc === stories[0]?.url)['xhtml:link']).toBeUndefined();
    });

    it('lists in the news sitemap only what went out in the last 48 hours, with its news fields', async () => {
      const { doc } = await fetchXml('/news-sitemap.xml', 'application/xml');
      const urls: Node[] = doc.urlset.url;
      expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
      const recent = published.filter((a) => a.url !== old.url).map((a) => a.url);
      expect(urls.map((u) => u.loc).sort()).toEqual(recent.sort());
      const news = urls.find((u) => u.loc === german.url)['news:news'];
      expect(news).toEqual({
        'news:publication': { 'news:name': 'Shortwave', 'news:language': 'de' },
        'news:publication_date': '2026-11-18T09:02:00Z',
        'news:title': 'Stimmvolk sagt Ja zur Rentenreform',
      });
    });

    it('drops an article from the news sitemap once it is older than 48 hours', async () => {
      t.setNow(new Date(at(30).getTime() + 48 * 3600_000));
      const { doc } = await fetchXml('/news-sitemap.xml', 'application/xml');
      const locs = doc.urlset.url.map((u: Node) => u.loc);
      expect(locs).not.toContain(stories[0]?.url);
      expect(locs).not.toContain(stories[29]?.url);
      expect(locs).toContain(stories[30]?.url);
      expect(locs).toContain(main.url);
      t.setNow(at(65));
    });

    it('validates against the sitemaps.org schemas', async () => {
      const index = await get('/sitemap.xml');
      expect(xmllint(index.body, join(SCHEMAS, 'siteindex.xsd'))).toEqual({ ok: true, output: '' });
      for (const path of ['/sitemaps/en.xml', '/sitemaps/de.xml', '/news-sitemap.xml']) {
        expect(xmllint((await get(path)).body, join(SCHEMAS, 'sitemap.xsd')), path).toEqual({
          ok: true,
          output: '',
        });
      }
    });

    it('splits a language into numbered pages when it has more articles than a page holds', async () => {
      const paged = new Hono();
      paged.route(
        '/',
        feedRoutes(
          {
            store: t.store,
            files: mediaFiles(join(t.dir, 'media')),
            publicUrl: PUBLIC_URL,
            timeZone: 'Europe/Zurich',
            clock: () => at(70),
            pageCache: createPageCache({ enabled: false }),
            log: createLogger('silent'),
            mailer: { send: async () => {} },
          },
          { sitemapPageSize: 2 },
        ),
      );
      const index = parser.parse(await (await paged.request('/sitemap.xml')).text());
      const locs: string[] = index.sitemapindex.sitemap.map((s: Node) => s.loc);
      const english = urlsOf('en');
      const pages = Math.ceil(english.length / 2);
      const enPages = Array.from({ length: pages }, (_, i) => `${PUBLIC_URL}/sitemaps/en-${i + 1}.xml`);
      expect(locs.filter((l) => l.includes('/sitemaps/en'))).toEqual(enPages);
      expect(locs).toContain(`${PUBLIC_URL}/sitemaps/de.xml`);
      const seen: string[] = [];
      for (const loc of enPages) {
        const res = await paged.request(pathOf(loc));
        expect(res.status, loc).toBe(200);
        const urls = parser.parse(await res.text()).urlset.url.map((u: Node) => u.loc);
        expect(urls.length).toBeLessThanOrEqual(2);
        seen.push(...urls);
      }
      expect(seen.sort()).toEqual(english);
      expect((await paged.request(`/sitemaps/en-${pages + 1}.xml`)).status).toBe(404);
      // The oldest articles come first and stay on the first page as new ones arrive.
      const first = parser.parse(await (await paged.request('/sitemaps/en-1.xml')).text());
      expect(first.urlset.url.map((u: Node) => u.loc)).toEqual([stories[0]?.url, stories[1]?.url]);
    });
  });

  describe('hostile content', () => {
    // U+0000 is refused by the API (tested there); every other control character gets through.
    const CONTROLS = Array.from({ length: 31 }, (_, code) => String.fromCharCode(code + 1)).join('');
    const HOSTILE = [
      '<script>alert("x")</script> headline',
      'Ends a CDATA ]]> and opens <![CDATA[ one',
      'Already &amp; escaped &lt;b&gt; and a bare & too',
      `Controls ${CONTROLS} in the middle`,
      'Non-characters \uFFFE and \uFFFF here',
      'A lone \uD800 high and \uDC00 low surrogate',
      'Right-to-left \u200F\u202Eمرحبا بالعالم\u202C marks',
      'Emoji 👩‍👩‍👧 🇨🇭 😀 kept whole',
      `Quotes "double" and 'single'`,
      `Very long ${'äöü '.repeat(70)}`.slice(0, 290),
    ];
    const made: ArticleJson[] = [];

    beforeAll(async () => {
      t.setNow(at(66));
      for (const [index, headline] of HOSTILE.entries()) {
        made.push(
          await publish({
            language: 'it',
            headline,
            lead: `${headline} — ${'lead '.repeat(300)}`,
            body: {
              type: 'doc',
              content: [
                ...HOSTILE.map((h) => paragraph(text(h))),
                paragraph(link(`link ${index}`, 'https://example.org/?a=1&b=<2>&c="3"')),
                paragraph(text('x'.repeat(100_000))),
              ],
            },
          }),
        );
      }
    });

    it('still yields well-formed feeds and sitemaps', async () => {
      await fetchXml('/it/feed.xml', 'application/rss+xml');
      await fetchXml('/it/atom.xml', 'application/atom+xml');
      await fetchXml('/it/politics/feed.xml', 'application/rss+xml');
      await fetchXml('/sitemaps/it.xml', 'application/xml');
      await fetchXml('/news-sitemap.xml', 'application/xml');
      await fetchXml('/sitemap.xml', 'application/xml');
    });

    it('round-trips every headline and lead, less the characters XML cannot carry', async () => {
      const channel = await rss('/it/feed.xml');
      const feed = await atom('/it/atom.xml');
      const news = (await fetchXml('/news-sitemap.xml', 'application/xml')).doc.urlset.url;
      for (const article of made) {
        const { headline, lead } = await stored(article.id);
        const expected = xmlChars(headline ?? '');
        expect(expected.length).toBeGreaterThan(5);
        const item = itemFor(channel, article);
        expect(textOf(item.title)).toBe(expected);
        expect(textOf(item.description)).toBe(xmlChars(lead ?? ''));
        const entry = entryFor(feed, article);
        expect(textOf(entry.title)).toBe(expected);
        expect(textOf(entry.summary)).toBe(xmlChars(lead ?? ''));
        expect(textOf(news.find((u: Node) => u.loc === article.url)['news:news']['news:title'])).toBe(
          expected,
        );
      }
    });

    it('keeps the full text escaped as HTML: a script in the body stays text', async () => {
      const channel = await rss('/it/feed.xml');
      const html: string = itemFor(channel, made[0] as ArticleJson)['content:encoded'];
      expect(html).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; headline</p>');
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('href="https://example.org/?a=1&amp;b=&lt;2&gt;&amp;c=&quot;3&quot;"');
      expect(html).toContain('Emoji 👩‍👩‍👧 🇨🇭 😀 kept whole');
      expect(html).toContain('x'.repeat(100_000));
    });
  });

  describe('an edited article', () => {
    it('keeps its GUID and Atom id, and shows the new headline and the update time', async () => {
      const before = itemFor(await rss('/en/feed.xml'), main);
      t.setNow(at(90));
      const res = await t.api('editor', 'PATCH', `/api/v1/articles/${main.id}`, {
        headline: 'Voters clearly back pension reform',
      });
      expect(res.status).toBe(200);
      const after = itemFor(await rss('/en/feed.xml'), main);
      expect(textOf(after.title)).toBe('Voters clearly back pension reform');
      expect(after.guid).toEqual(before.guid);
      expect(after.pubDate).toBe(before.pubDate);
      const entry = entryFor(await atom('/en/atom.xml'), main);
      expect(entry.id).toBe(`urn:shortwave:article:${main.id}`);
      expect(entry.published).toBe('2026-11-18T09:01:00Z');
      expect(entry.updated).toBe('2026-11-18T09:30:00Z');
      const sitemap = (await fetchXml('/sitemaps/en.xml', 'application/xml')).doc.urlset.url;
      expect(sitemap.find((u: Node) => u.loc === main.url).lastmod).toBe('2026-11-18T09:30:00Z');
    });
  });
});
