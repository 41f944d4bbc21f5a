/**
 * Read-only queries for feeds and sitemaps: the newest published articles of a language,
 * section or topic; every published article of a language, page by page, with the other
 * language versions of their stories; what went out in the last hours. Only published
 * articles, on both dialects with the same SQL.
 * @example await sitemapPage(db, { language: 'en', page: 1, pageSize: 50_000 })
 */
import { sql } from 'kysely';
import type { Article, ArticleLocation } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { latestPublished } from './reader.js';

export interface FeedFilter {
  language: Language;
  section?: string | undefined;
  topic?: string | undefined;
  limit: number;
}

/** The newest published articles of a language (and of a section or topic), newest first, with bodies. */
export function feedArticles(db: Db, filter: FeedFilter): Promise<Article[]> {
  return latestPublished(db, { ...filter, offset: 0, withBodies: true });
}

/** What a sitemap needs of an article: where it is and when it last changed. */
export type SitemapRow = ArticleLocation;

/** One page of a language's sitemap: how many articles, and the newest change among them. */
export interface SitemapPageStat {
  language: Language;
  /** From 1. */
  page: number;
  count: number;
  lastmod: string | null;
}

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`bad sitemap page size ${pageSize}`);
  return pageSize;
}

/**
 * Every sitemap page of every language that has published articles, in one query: articles
 * are numbered per language, oldest first (so a page keeps its articles as new ones arrive),
 * and grouped `pageSize` at a time.
 */
export async function sitemapPageStats(db: Db, pageSize: number): Promise<SitemapPageStat[]> {
  const size = sql.lit(checkPageSize(pageSize));
  const ranked = db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .select([
      'language',
      sql<string>`coalesce(updated_at, first_published_at)`.as('modified'),
      sql<number>`row_number() over (partition by language order by first_published_at, id)`.as('rn'),
    ])
    .as('ranked');
  const pageOf = sql<number>`(ranked.rn - 1) / ${size}`;
  const rows = await db
    .selectFrom(ranked)
    .select((eb) => [
      'ranked.language',
      pageOf.as('page_index'),
      eb.fn.max('ranked.modified').as('lastmod'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['ranked.language', pageOf])
    .execute();
  return rows
    .map((row) => ({
      language: row.language as Language,
      page: Number(row.page_index) + 1,
      count: Number(row.n),
      lastmod: row.lastmod ?? null,
    }))
    .sort((a, b) => a.language.localeCompare(b.language) || a.page - b.page);
}

/** A published language version of a story, as an alternate of a sitemap URL. */
export type StoryVersionRow = Pick<SitemapRow, 'id' | 'storyId' | 'language' | 'slug' | 'sectionSlug'>;

const SITEMAP_COLUMNS = [
  'id',
  'story_id',
  'language',
  'slug',
  'section_slug',
  'first_published_at',
  'updated_at',
] as const;

/**
 * One page of a language's sitemap (oldest first), and, in a second query, the published
 * versions in other languages of the stories on that page.
 */
export async function sitemapPage(
  db: Db,
  options: { language: Language; page: number; pageSize: number },
): Promise<{ entries: SitemapRow[]; translations: StoryVersionRow[] }> {
  const limit = checkPageSize(options.pageSize);
  const offset = (options.page - 1) * limit;
  const pageQuery = db
    .selectFrom('articles')
    .where('language', '=', options.language)
    .where('status', '=', 'published')
    .orderBy('first_published_at')
    .orderBy('id')
    .limit(limit)
    .offset(offset);
  const [rows, others] = await Promise.all([
    pageQuery.select(SITEMAP_COLUMNS).execute(),
    db
      .selectFrom('articles')
      .select(['id', 'story_id', 'language', 'slug', 'section_slug'])
      .where('status', '=', 'published')
      .where('language', '!=', options.language)
      .where('story_id', 'in', pageQuery.select('story_id'))
      .execute(),
  ]);
  return {
    entries: rows.map((r) => ({
      id: r.id,
      storyId: r.story_id,
      language: r.language as Language,
      slug: r.slug,
      sectionSlug: r.section_slug,
      firstPublishedAt: r.first_published_at ?? '',
      updatedAt: r.updated_at,
    })),
    translations: others.map((r) => ({
      id: r.id,
      storyId: r.story_id,
      language: r.language as Language,
      slug: r.slug,
      sectionSlug: r.section_slug,
    })),
  };
}

/** An article for the news sitemap. */
export interface RecentRow {
  id: string;
  language: Language;
  slug: string;
  sectionSlug: string | null;
  headline: string;
  firstPublishedAt: string;
}

/** Articles of every language first published at `since` or later, newest first. */
export async function recentlyPublished(
  db: Db,
  options: { since: Date; limit: number },
): Promise<RecentRow[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'language', 'slug', 'section_slug', 'headline', 'first_published_at'])
    .where('status', '=', 'published')
    .where('first_published_at', '>=', options.since.toISOString())
    .orderBy('first_published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    language: r.language as Language,
    slug: r.slug,
    sectionSlug: r.section_slug,
    headline: r.headline,
    firstPublishedAt: r.first_published_at ?? '',
  }));
}
