/**
 * Read-only queries of the reader site: only published articles, newest first.
 */
import type { Article, ArticleSummary, ArticleType, ArticleWithoutBody } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { prepared } from '../prepared.js';
import {
  type ArticleRow,
  heroOfRow,
  hydrate,
  hydrateWithoutBodies,
  SUMMARY_COLUMNS,
  type SummaryRow,
} from './articles.js';
import { activePins, nextExpiry } from './front-pages.js';

export interface PublishedFilter {
  language: Language;
  section?: string | undefined;
  author?: string | undefined;
  topic?: string | undefined;
  excludeIds?: readonly string[] | undefined;
  limit: number;
  offset: number;
  /** Read the bodies too (feeds with full text). Default false. */
  withBodies?: boolean | undefined;
}

/** The values a filter's query is built from: the same keys in the same order on every call. */
function publishedArgs(filter: Omit<PublishedFilter, 'limit' | 'offset'>) {
  return {
    language: filter.language,
    section: filter.section,
    author: filter.author,
    topic: filter.topic,
    excludeIds: filter.excludeIds ?? [],
  };
}

function publishedQuery(db: Db, filter: ReturnType<typeof publishedArgs>) {
  let query = db
    .selectFrom('articles')
    .where('articles.language', '=', filter.language)
    .where('articles.status', '=', 'published');
  if (filter.section) query = query.where('articles.section_slug', '=', filter.section);
  if (filter.author) {
    const author = filter.author;
    query = query.where('articles.id', 'in', (eb) =>
      eb.selectFrom('article_authors').select('article_id').where('author_slug', '=', author),
    );
  }
  if (filter.topic) {
    const topic = filter.topic;
    query = query.where('articles.id', 'in', (eb) =>
      eb.selectFrom('article_topics').select('article_id').where('topic_slug', '=', topic),
    );
  }
  if (filter.excludeIds.length > 0) query = query.where('articles.id', 'not in', filter.excludeIds);
  return query;
}

const latestQuery = prepared(
  (db, a: ReturnType<typeof publishedArgs> & { limit: number; offset: number; withBodies: boolean }) =>
    publishedQuery(db, a)
      .select(
        (a.withBodies ? [...SUMMARY_COLUMNS, 'body_json' as const] : SUMMARY_COLUMNS).map(
          (c) => `articles.${c}` as const,
        ),
      )
      .orderBy('articles.first_published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(a.limit)
      .offset(a.offset),
);

const countQuery = prepared((db, a: ReturnType<typeof publishedArgs>) =>
  publishedQuery(db, a).select((eb) => eb.fn.countAll<number>().as('n')),
);

/** The columns of an article summary: about half of a row, which is what lists of teasers cost. */
export const SUMMARY_ONLY_COLUMNS = [
  'id',
  'language',
  'type',
  'slug',
  'headline',
  'lead',
  'kicker',
  'hero_media_id',
  'hero_alt',
  'hero_caption',
  'hero_credit',
  'section_slug',
  'first_published_at',
  'modified_at',
] as const;

export type SummaryOnlyRow = Pick<SummaryRow, (typeof SUMMARY_ONLY_COLUMNS)[number]>;

/** The article summary of a row of summary columns. */
export function summaryOf(row: SummaryOnlyRow): ArticleSummary {
  return {
    id: row.id,
    language: row.language as Language,
    type: row.type as ArticleType,
    slug: row.slug,
    headline: row.headline,
    lead: row.lead,
    kicker: row.kicker,
    hero: heroOfRow(row),
    sectionSlug: row.section_slug,
    firstPublishedAt: row.first_published_at,
    modifiedAt: row.modified_at,
  };
}

const latestSummariesQuery = prepared(
  (db, a: ReturnType<typeof publishedArgs> & { limit: number; offset: number }) =>
    publishedQuery(db, a)
      .select(SUMMARY_ONLY_COLUMNS.map((c) => `articles.${c}` as const))
      .orderBy('articles.first_published_at', 'desc')
      .orderBy('articles.id', 'desc')
      .limit(a.limit)
      .offset(a.offset),
);

/** Like `latestPublished`, but only what teasers show. */
export async function latestSummaries(
  db: Db,
  filter: Omit<PublishedFilter, 'withBodies'>,
): Promise<ArticleSummary[]> {
  const rows = await latestSummariesQuery(db, {
    ...publishedArgs(filter),
    limit: filter.limit,
    offset: filter.offset,
  });
  return rows.map(summaryOf);
}

const summariesByIdsQuery = prepared((db, a: { ids: string[] }) =>
  db
    .selectFrom('articles')
    .select(SUMMARY_ONLY_COLUMNS)
    .where('id', 'in', a.ids)
    .where('status', '=', 'published'),
);

/** Summaries of published articles by id, as a map; drafts and unknown ids are left out. */
export async function publishedSummaries(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, ArticleSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await summariesByIdsQuery(db, { ids: unique });
  return new Map(rows.map((row) => [row.id, summaryOf(row)]));
}

/** Published articles of a language (optionally of a section or an author), newest first, with bodies. */
export async function latestPublished(
  db: Db,
  filter: PublishedFilter & { withBodies: true },
): Promise<Article[]>;
/** Published articles of a language (optionally of a section or an author), newest first, without bodies. */
export async function latestPublished(
  db: Db,
  filter: PublishedFilter & { withBodies?: false | undefined },
): Promise<ArticleWithoutBody[]>;
export async function latestPublished(
  db: Db,
  filter: PublishedFilter,
): Promise<Article[] | ArticleWithoutBody[]> {
  const withBodies = filter.withBodies ?? false;
  const rows = await latestQuery(db, {
    ...publishedArgs(filter),
    limit: filter.limit,
    offset: filter.offset,
    withBodies,
  });
  // The query read `body_json` exactly when asked to.
  return withBodies ? hydrate(db, rows as ArticleRow[]) : hydrateWithoutBodies(db, rows);
}

/** How many published articles match. */
export async function countPublished(
  db: Db,
  filter: Omit<PublishedFilter, 'limit' | 'offset'>,
): Promise<number> {
  const [row] = await countQuery(db, publishedArgs(filter));
  return Number(row?.n ?? 0);
}

/** Published articles by id with their bodies, as a map; drafts and unknown ids are left out. */
export async function publishedByIds(
  db: Db,
  ids: readonly string[],
  options: { withBodies: true },
): Promise<Map<string, Article>>;
/** Published articles by id without their bodies, as a map; drafts and unknown ids are left out. */
export async function publishedByIds(
  db: Db,
  ids: readonly string[],
  options?: { withBodies?: false | undefined },
): Promise<Map<string, ArticleWithoutBody>>;
export async function publishedByIds(
  db: Db,
  ids: readonly string[],
  options: { withBodies?: boolean | undefined } = {},
): Promise<Map<string, Article> | Map<string, ArticleWithoutBody>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const withBodies = options.withBodies ?? false;
  const rows = await byIdsQuery(db, { ids: unique, withBodies });
  // The query read `body_json` exactly when asked to.
  const articles = withBodies
    ? await hydrate(db, rows as ArticleRow[])
    : await hydrateWithoutBodies(db, rows);
  return new Map(articles.map((a) => [a.id, a]));
}

const byIdsQuery = prepared((db, a: { ids: string[]; withBodies: boolean }) =>
  db
    .selectFrom('articles')
    .select(a.withBodies ? [...SUMMARY_COLUMNS, 'body_json' as const] : SUMMARY_COLUMNS)
    .where('id', 'in', a.ids)
    .where('status', '=', 'published'),
);

// In the languages' order: without an order, rows came in their physical order, which differs
// once a database is restored from a backup (or PostgreSQL moves an updated row).
const translationsQuery = prepared((db, a: { storyId: string }) =>
  db
    .selectFrom('articles')
    .innerJoin('languages', 'languages.code', 'articles.language')
    .select(['articles.id', 'articles.language', 'articles.slug', 'articles.section_slug'])
    .where('articles.story_id', '=', a.storyId)
    .where('articles.status', '=', 'published')
    .orderBy('languages.position'),
);

/** The published language versions of a story, in the languages' order. */
export async function publishedTranslations(
  db: Db,
  storyId: string,
): Promise<Array<Pick<Article, 'id' | 'language' | 'slug' | 'sectionSlug'>>> {
  const rows = await translationsQuery(db, { storyId });
  return rows.map((r) => ({
    id: r.id,
    language: r.language as Language,
    slug: r.slug,
    sectionSlug: r.section_slug,
  }));
}

const perSectionQuery = prepared(
  (db, filter: { language: Language; perSection: number; excludeIds: readonly string[] }) => {
    let inner = db
      .selectFrom('articles')
      .select(SUMMARY_ONLY_COLUMNS)
      .select((eb) =>
        eb.fn
          .agg<number>('row_number')
          .over((over) =>
            over.partitionBy('section_slug').orderBy('first_published_at', 'desc').orderBy('id', 'desc'),
          )
          .as('rank'),
      )
      .where('language', '=', filter.language)
      .where('status', '=', 'published')
      .where('section_slug', 'is not', null);
    if (filter.excludeIds.length > 0) inner = inner.where('id', 'not in', filter.excludeIds);
    return db
      .selectFrom(inner.as('ranked'))
      .selectAll()
      .where('rank', '<=', filter.perSection)
      .orderBy('section_slug')
      .orderBy('rank');
  },
);

/**
 * The newest `perSection` published articles of every section of a language, in one query
 * (a window over sections), leaving out `excludeIds`. Without authors and topics: teasers
 * do not show them.
 */
export async function latestPerSection(
  db: Db,
  filter: { language: Language; perSection: number; excludeIds: readonly string[] },
): Promise<Map<string, ArticleSummary[]>> {
  const rows = await perSectionQuery(db, {
    language: filter.language,
    perSection: filter.perSection,
    excludeIds: filter.excludeIds,
  });
  const bySection = new Map<string, ArticleSummary[]>();
  for (const row of rows) {
    const article = summaryOf(row);
    const slug = row.section_slug ?? '';
    bySection.set(slug, [...(bySection.get(slug) ?? []), article]);
  }
  return bySection;
}

/**
 * The top stories of a language home: the pinned ones that count at `now`, in the editors'
 * order, then the newest published ones, `limit` in all, each once; and when the soonest
 * of those pins expires (the home changes then), or null.
 */
export async function homeStories(
  db: Db,
  filter: { language: Language; limit: number; now: Date },
): Promise<{ articles: ArticleSummary[]; nextChange: string | null }> {
  const pins = (await activePins(db, filter.language, filter.now)).slice(0, filter.limit);
  const pinnedIds = pins.map((p) => p.articleId);
  const [pinned, latest] = await Promise.all([
    publishedSummaries(db, pinnedIds),
    latestSummaries(db, {
      language: filter.language,
      excludeIds: pinnedIds,
      limit: filter.limit - pins.length,
      offset: 0,
    }),
  ]);
  const ordered = pinnedIds.flatMap((id) => pinned.get(id) ?? []);
  return { articles: [...ordered, ...latest], nextChange: nextExpiry(pins) };
}
