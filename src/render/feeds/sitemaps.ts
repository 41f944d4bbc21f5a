/**
 * Sitemaps (sitemaps.org 0.9): the index over per-language sitemaps, split into pages when a
 * language has more articles than a page holds; each URL with its hreflang alternates; and
 * the Google News sitemap. Pure: rows in, names and XML out.
 * @example sitemapName('en', 2, 3) // 'en-2.xml'; parseSitemapName('en-2.xml') // { language: 'en', page: 2 }
 */
import { type ArticleLocation, articlePath } from '../../domain/article.js';
import { isLanguage, LANGUAGES, type Language } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { el, type XmlFragment, xmlDocument } from '../../lib/xml.js';
import { rfc3339 } from './atom.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** One page of a language's sitemap, as counted by storage. */
export interface SitemapPageRef {
  language: Language;
  /** From 1. */
  page: number;
  lastmod: string | null;
}

/** The file name of a page: `en.xml` when the language fits one page, else `en-1.xml`, `en-2.xml`, … */
export function sitemapName(language: Language, page: number, pages: number): string {
  return pages > 1 ? `${language}-${page}.xml` : `${language}.xml`;
}

/** The language and page a file name asks for (`en.xml` is page 1), or null for any other name. */
export function parseSitemapName(name: string): { language: Language; page: number } | null {
  const match = /^([a-z]{2})(?:-([1-9]\d{0,5}))?\.xml$/.exec(name);
  if (!match || !isLanguage(match[1])) return null;
  return { language: match[1], page: match[2] ? Number(match[2]) : 1 };
}

/**
 * The sitemap index: the news sitemap (what went out in the last 48 hours), then one entry per
 * page of every language that has published articles. Listing the news sitemap here is how
 * news aggregators find it.
 */
export function sitemapIndex(pages: readonly SitemapPageRef[], publicUrl: string): string {
  const perLanguage = new Map<Language, number>();
  let newest: string | null = null;
  for (const p of pages) {
    perLanguage.set(p.language, Math.max(perLanguage.get(p.language) ?? 0, p.page));
    if (p.lastmod && (newest === null || p.lastmod > newest)) newest = p.lastmod;
  }
  const entry = (loc: string, lastmod: string | null) =>
    el('sitemap', {}, el('loc', {}, loc), lastmod ? el('lastmod', {}, rfc3339(lastmod)) : null);
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      pages.length > 0 ? entry(`${publicUrl}/news-sitemap.xml`, newest) : null,
      pages.map((p) =>
        entry(
          `${publicUrl}/sitemaps/${sitemapName(p.language, p.page, perLanguage.get(p.language) ?? 1)}`,
          p.lastmod,
        ),
      ),
    ),
  );
}

/** What a sitemap URL is made from. */
export type SitemapArticle = ArticleLocation;

export interface SitemapUrl {
  loc: string;
  lastmod: string;
  /** The story's versions, this one included, with x-default; empty when it has no other. */
  alternates: Array<{ hreflang: string; href: string }>;
}

/**
 * The URLs of a sitemap page. A story published in several languages lists every version
 * in each of them (so the alternates are reciprocal), plus `x-default`: the English
 * version when there is one, else the first in the site's language order.
 */
export function sitemapUrls(
  entries: readonly SitemapArticle[],
  translations: ReadonlyArray<Omit<SitemapArticle, 'firstPublishedAt' | 'updatedAt'>>,
  publicUrl: string,
): SitemapUrl[] {
  const byStory = new Map<string, Array<{ language: Language; href: string }>>();
  for (const version of translations) {
    const list = byStory.get(version.storyId) ?? [];
    list.push({ language: version.language, href: `${publicUrl}${articlePath(version)}` });
    byStory.set(version.storyId, list);
  }
  return entries.map((entry) => {
    const loc = `${publicUrl}${articlePath(entry)}`;
    const others = byStory.get(entry.storyId) ?? [];
    const versions = [{ language: entry.language, href: loc }, ...others].sort(
      (a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language),
    );
    const fallback = versions.find((v) => v.language === 'en') ?? versions[0];
    return {
      loc,
      lastmod: entry.updatedAt ?? entry.firstPublishedAt,
      alternates:
        others.length > 0 && fallback
          ? [
              ...versions.map((v) => ({ hreflang: v.language, href: v.href })),
              { hreflang: 'x-default', href: fallback.href },
            ]
          : [],
    };
  });
}

/** A sitemap (`urlset`) of URLs with their alternates. */
export function urlSet(urls: readonly SitemapUrl[]): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS },
      urls.map((url) =>
        el(
          'url',
          {},
          el('loc', {}, url.loc),
          el('lastmod', {}, rfc3339(url.lastmod)),
          url.alternates.map((alt) =>
            el('xhtml:link', { rel: 'alternate', hreflang: alt.hreflang, href: alt.href }),
          ),
        ),
      ),
    ),
  );
}

/** The language code Google News expects: `zh-cn` for (simplified) Chinese, else ours. */
export function newsLanguage(language: Language): string {
  return language === 'zh' ? 'zh-cn' : language;
}

/** An article for the news sitemap. */
export interface NewsArticle {
  id: string;
  language: Language;
  slug: string;
  sectionSlug: string | null;
  headline: string;
  firstPublishedAt: string;
}

function newsUrl(article: NewsArticle, publicUrl: string): XmlFragment {
  return el(
    'url',
    {},
    el('loc', {}, `${publicUrl}${articlePath(article)}`),
    el(
      'news:news',
      {},
      el(
        'news:publication',
        {},
        el('news:name', {}, translator(article.language).t('site.name')),
        el('news:language', {}, newsLanguage(article.language)),
      ),
      el('news:publication_date', {}, rfc3339(article.firstPublishedAt)),
      el('news:title', {}, article.headline),
    ),
  );
}

/** The Google News sitemap of recent articles. */
export function newsSitemap(articles: readonly NewsArticle[], publicUrl: string): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      articles.map((a) => newsUrl(a, publicUrl)),
    ),
  );
}
