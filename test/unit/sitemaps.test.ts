import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/languages.js';
import {
  type NewsArticle,
  newsSitemap,
  parseSitemapName,
  type SitemapArticle,
  sitemapIndex,
  sitemapName,
  sitemapUrls,
  urlSet,
} from '../../src/render/feeds/sitemaps.js';

const BASE = 'https://news.test';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name),
});

function article(id: string, language: Language, storyId = `story-${id}`): SitemapArticle {
  return {
    id,
    storyId,
    language,
    slug: `slug-${id}`,
    sectionSlug: 'politics',
    firstPublishedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: null,
  };
}

describe('sitemap page names', () => {
  it('names a language that fits one page without a number, and numbers the pages of a larger one', () => {
    expect(sitemapName('en', 1, 1)).toBe('en.xml');
    expect(sitemapName('en', 1, 3)).toBe('en-1.xml');
    expect(sitemapName('en', 3, 3)).toBe('en-3.xml');
  });

  it('reads a page name back, and nothing else', () => {
    expect(parseSitemapName('en.xml')).toEqual({ language: 'en', page: 1 });
    expect(parseSitemapName('de-27.xml')).toEqual({ language: 'de', page: 27 });
    for (const bad of [
      'xx.xml',
      'en-0.xml',
      'en-01.xml',
      'en-.xml',
      'en.xml.gz',
      'EN.xml',
      '../en.xml',
      'en-1',
    ])
      expect(parseSitemapName(bad), bad).toBeNull();
  });
});

describe('sitemap index with a page size of 2', () => {
  // What storage counts for 5 English articles and 1 German one, two to a page.
  const pages = [
    { language: 'de' as const, page: 1, lastmod: '2026-11-21T08:00:00.000Z' },
    { language: 'en' as const, page: 1, lastmod: '2026-11-20T09:01:00.000Z' },
    { language: 'en' as const, page: 2, lastmod: '2026-11-20T09:03:00.000Z' },
    { language: 'en' as const, page: 3, lastmod: null },
  ];
  const doc = parser.parse(sitemapIndex(pages, BASE));

  it('lists the news sitemap, then every page of every language, numbered only where a language needs several', () => {
    expect(doc.sitemapindex.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${BASE}/news-sitemap.xml`,
      `${BASE}/sitemaps/de.xml`,
      `${BASE}/sitemaps/en-1.xml`,
      `${BASE}/sitemaps/en-2.xml`,
      `${BASE}/sitemaps/en-3.xml`,
    ]);
  });

  it('gives each page the newest change on it, as a W3C datetime', () => {
    expect(doc.sitemapindex.sitemap.map((s: { lastmod?: string }) => s.lastmod)).toEqual([
      '2026-11-21T08:00:00Z',
      '2026-11-21T08:00:00Z',
      '2026-11-20T09:01:00Z',
      '2026-11-20T09:03:00Z',
      undefined,
    ]);
  });

  it('is an empty but well-formed index when nothing is published', () => {
    const empty = sitemapIndex([], BASE);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parser.parse(empty).sitemapindex.sitemap).toBeUndefined();
  });
});

describe('sitemap URLs and their language alternates', () => {
  const en = article('a1', 'en', 'story');
  const de = article('a2', 'de', 'story');
  const fr = article('a3', 'fr', 'story');
  const alone = { ...article('a4', 'en'), updatedAt: '2026-11-22T10:00:00.000Z' };
  const url = (a: SitemapArticle) => `${BASE}/${a.language}/politics/slug-${a.id}/${a.id}`;

  it('lists each article with its last change: the update when there is one, else the first publication', () => {
    const urls = sitemapUrls([en, alone], [], BASE);
    expect(urls.map((u) => [u.loc, u.lastmod])).toEqual([
      [url(en), en.firstPublishedAt],
      [url(alone), '2026-11-22T10:00:00.000Z'],
    ]);
  });

  it('gives an article without translations no alternates', () => {
    expect(sitemapUrls([alone], [], BASE)[0]?.alternates).toEqual([]);
  });

  it('lists every version, itself included, in each version, with x-default on English', () => {
    const fromEn = sitemapUrls([en], [de], BASE)[0]?.alternates;
    const fromDe = sitemapUrls([de], [en], BASE)[0]?.alternates;
    const expected = [
      { hreflang: 'en', href: url(en) },
      { hreflang: 'de', href: url(de) },
      { hreflang: 'x-default', href: url(en) },
    ];
    expect(fromEn).toEqual(expected);
    expect(fromDe).toEqual(expected);
  });

  it('points x-default to the first version in the site language order when there is no English one', () => {
    const alternates = sitemapUrls([fr], [de], BASE)[0]?.alternates;
    expect(alternates?.at(-1)).toEqual({ hreflang: 'x-default', href: url(de) });
  });

  it('writes them as xhtml:link elements of the url', () => {
    const xml = urlSet(sitemapUrls([en], [de], BASE));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.urlset['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const [entry] = doc.urlset.url;
    expect(entry.loc).toBe(url(en));
    expect(entry.lastmod).toBe('2026-11-20T09:00:00Z');
    expect(entry['xhtml:link']).toEqual([
      { rel: 'alternate', hreflang: 'en', href: url(en) },
      { rel: 'alternate', hreflang: 'de', href: url(de) },
      { rel: 'alternate', hreflang: 'x-default', href: url(en) },
    ]);
  });
});

describe('news sitemap', () => {
  const news = (language: Language, headline: string): NewsArticle => ({
    id: `n-${language}`,
    language,
    slug: 'x',
    sectionSlug: 'politics',
    headline,
    firstPublishedAt: '2026-11-20T09:30:00.000Z',
  });

  it('names the publication and its language (zh as zh-cn), with date and title', () => {
    const xml = newsSitemap([news('zh', '标题 & <更多>'), news('de', 'Titel')], BASE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const [zh, de] = parser.parse(xml).urlset.url;
    expect(zh['news:news']).toEqual({
      'news:publication': { 'news:name': 'Shortwave', 'news:language': 'zh-cn' },
      'news:publication_date': '2026-11-20T09:30:00Z',
      'news:title': '标题 & <更多>',
    });
    expect(de['news:news']['news:publication']['news:language']).toBe('de');
  });
});
