/**
 * Articles with their authors and topics: insert, optimistic update, load, list.
 * Longer than 300 lines: every query of the articles table and its joins (authors, topics),
 * so that the optimistic-update contract is read in one file.
 */

import { sql } from 'kysely';
import type { Article, ArticleStatus, ArticleType, ArticleWithoutBody } from '../../domain/article.js';
import { BodySchema, emptyBody } from '../../domain/body.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { readJson } from '../json.js';
import { containsWord } from '../like.js';
import { prepared } from '../prepared.js';
import type { ArticlesTable } from '../schema/articles.js';

/** The columns an article is made of; the pending revision is kept by the revisions repository. */
export type ArticleRow = Omit<ArticlesTable, 'pending_revision_id'>;

function toRow(article: Article): ArticleRow {
  return {
    id: article.id,
    story_id: article.storyId,
    language: article.language,
    type: article.type,
    status: article.status,
    slug: article.slug,
    headline: article.headline,
    lead: article.lead,
    kicker: article.kicker,
    dateline: article.dateline,
    body_json: JSON.stringify(article.body),
    hero_media_id: article.hero?.mediaId ?? null,
    hero_alt: article.hero?.alt ?? null,
    hero_caption: article.hero?.caption ?? null,
    hero_credit: article.hero?.credit ?? null,
    section_slug: article.sectionSlug,
    source: article.source,
    first_published_at: article.firstPublishedAt,
    updated_at: article.updatedAt,
    publish_at: article.publishAt,
    created_at: article.createdAt,
    modified_at: article.modifiedAt,
    created_by: article.createdBy,
    version: article.version,
  };
}

/** Every column but the body: what lists of teasers read (the body is most of a row's bytes). */
export const SUMMARY_COLUMNS = [
  'id',
  'story_id',
  'language',
  'type',
  'status',
  'slug',
  'headline',
  'lead',
  'kicker',
  'dateline',
  'hero_media_id',
  'hero_alt',
  'hero_caption',
  'hero_credit',
  'section_slug',
  'source',
  'first_published_at',
  'updated_at',
  'publish_at',
  'created_at',
  'modified_at',
  'created_by',
  'version',
] as const satisfies ReadonlyArray<Exclude<keyof ArticleRow, 'body_json'>>;

/** A row read with `SUMMARY_COLUMNS`: everything but the body. */
export type SummaryRow = Omit<ArticleRow, 'body_json'>;

/** The hero image of a row (its media id, alt text, caption and credit), or null. */
export function heroOfRow(
  row: Pick<SummaryRow, 'hero_media_id' | 'hero_alt' | 'hero_caption' | 'hero_credit'>,
): Article['hero'] {
  return row.hero_media_id
    ? {
        mediaId: row.hero_media_id,
        alt: row.hero_alt ?? '',
        caption: row.hero_caption,
        credit: row.hero_credit,
      }
    : null;
}

/** An article without its body from its row and its ordered author and topic slugs. */
export function withoutBodyFromRow(row: SummaryRow, authors: string[], topics: string[]): ArticleWithoutBody {
  return {
    id: row.id,
    storyId: row.story_id,
    language: row.language as Language,
    type: row.type as ArticleType,
    status: row.status as ArticleStatus,
    slug: row.slug,
    headline: row.headline,
    lead: row.lead,
    kicker: row.kicker,
    dateline: row.dateline,
    hero: heroOfRow(row),
    sectionSlug: row.section_slug,
    authors,
    topics,
    source: row.source,
    firstPublishedAt: row.first_published_at,
    updatedAt: row.updated_at,
    publishAt: row.publish_at,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    createdBy: row.created_by,
    version: row.version,
  };
}

/**
 * Builds an article from its full row and its ordered author and topic slugs. The body is
 * parsed (and validated) on first use: lists of the newsroom read whole rows but show no body.
 */
export function fromRow(row: ArticleRow, authors: string[], topics: string[]): Article {
  const { id, storyId, language, type, status, slug, headline, lead, kicker, dateline, ...rest } =
    withoutBodyFromRow(row, authors, topics);
  // The body keeps its place among the fields (after the dateline), as everywhere an article is written out.
  const article: Article = {
    id,
    storyId,
    language,
    type,
    status,
    slug,
    headline,
    lead,
    kicker,
    dateline,
    body: emptyBody(),
    ...rest,
  };
  let body: Article['body'] | null = null;
  Object.defineProperty(article, 'body', {
    enumerable: true,
    configurable: true,
    get: () => {
      // Every save bumps the version: a version's body never changes.
      body ??= readJson(BodySchema, row.body_json, `body of article ${row.id}`, `${row.id} ${row.version}`);
      return body;
    },
    set: (value: Article['body']) => {
      body = value;
    },
  });
  return article;
}

async function writeLinks(db: Db, article: Article): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', article.id).execute();
  await db.deleteFrom('article_topics').where('article_id', '=', article.id).execute();
  if (article.authors.length > 0) {
    await db
      .insertInto('article_authors')
      .values(
        article.authors.map((slug, position) => ({ article_id: article.id, author_slug: slug, position })),
      )
      .execute();
  }
  if (article.topics.length > 0) {
    await db
      .insertInto('article_topics')
      .values(
        article.topics.map((slug, position) => ({ article_id: article.id, topic_slug: slug, position })),
      )
      .execute();
  }
}

/** Inserts a new article (its story must exist); call inside a transaction. */
export async function insertArticle(db: Db, article: Article): Promise<void> {
  await db.insertInto('articles').values(toRow(article)).execute();
  await writeLinks(db, article);
}

/** Creates the story an article belongs to. */
export async function insertStory(db: Db, id: string, createdAt: string): Promise<void> {
  await db.insertInto('stories').values({ id, created_at: createdAt }).execute();
}

/**
 * Writes a changed article when the stored version is still `expectedVersion`;
 * answers false when somebody else saved in between. Call inside a transaction.
 */
export async function updateArticle(db: Db, article: Article, expectedVersion: number): Promise<boolean> {
  const { id: _id, ...values } = toRow(article);
  const result = await db
    .updateTable('articles')
    .set(values)
    .where('id', '=', article.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await writeLinks(db, article);
  return true;
}

/** The author and topic links of articles, both in one query; `kind` tells which is which. */
const linksQuery = prepared((db, a: { ids: string[] }) =>
  db
    .selectFrom('article_authors')
    .select([sql.lit('author').as('kind'), 'article_id', 'author_slug as slug', 'position'])
    .where('article_id', 'in', a.ids)
    .unionAll(
      db
        .selectFrom('article_topics')
        .select([sql.lit('topic').as('kind'), 'article_id', 'topic_slug as slug', 'position'])
        .where('article_id', 'in', a.ids),
    ),
);
const articleQuery = prepared((db, a: { id: string }) =>
  db.selectFrom('articles').selectAll().where('id', '=', a.id),
);

async function loadLinks(
  db: Db,
  ids: string[],
): Promise<{ authors: Map<string, string[]>; topics: Map<string, string[]> }> {
  const authors = new Map<string, string[]>();
  const topics = new Map<string, string[]>();
  if (ids.length === 0) return { authors, topics };
  const rows = (await linksQuery(db, { ids })).sort((x, y) => x.position - y.position);
  for (const row of rows) {
    const links = row.kind === 'author' ? authors : topics;
    links.set(row.article_id, [...(links.get(row.article_id) ?? []), row.slug]);
  }
  return { authors, topics };
}

/** Loads complete articles for full rows, keeping their order. */
export async function hydrate(db: Db, rows: ArticleRow[]): Promise<Article[]> {
  const links = await loadLinks(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => fromRow(row, links.authors.get(row.id) ?? [], links.topics.get(row.id) ?? []));
}

/** Loads articles without their bodies for rows read with `SUMMARY_COLUMNS`, keeping their order. */
export async function hydrateWithoutBodies(db: Db, rows: SummaryRow[]): Promise<ArticleWithoutBody[]> {
  const links = await loadLinks(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    withoutBodyFromRow(row, links.authors.get(row.id) ?? [], links.topics.get(row.id) ?? []),
  );
}

/** One article by id, or null. */
export async function findArticle(db: Db, id: string): Promise<Article | null> {
  const [row] = await articleQuery(db, { id });
  if (!row) return null;
  const [article] = await hydrate(db, [row]);
  return article ?? null;
}

export interface ArticleFilter {
  language?: Language | undefined;
  status?: ArticleStatus | undefined;
  section?: string | undefined;
  /** Words the headline or the lead contains (any case). */
  q?: string | undefined;
  /** Only articles this staff member created. */
  createdBy?: string | undefined;
  /** Only articles with a held edit waiting. */
  pending?: boolean | undefined;
  /** The order: last change (default), scheduled time, or first publication. */
  order?: 'modified' | 'publish_at' | 'published' | undefined;
  limit: number;
  offset: number;
}

/** A page of articles, newest change first, with the total that match. */
export async function listArticles(
  db: Db,
  filter: ArticleFilter,
): Promise<{ items: Article[]; total: number }> {
  let query = db.selectFrom('articles');
  if (filter.language) query = query.where('language', '=', filter.language);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.section) query = query.where('section_slug', '=', filter.section);
  if (filter.createdBy) query = query.where('created_by', '=', filter.createdBy);
  if (filter.pending) query = query.where('pending_revision_id', 'is not', null);
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    query = query.where((eb) =>
      eb.or([
        containsWord(sql<string>`articles.headline`, word),
        containsWord(sql<string>`articles.lead`, word),
      ]),
    );
  }
  const ordered =
    filter.order === 'publish_at'
      ? query.selectAll().orderBy('publish_at', 'asc')
      : filter.order === 'published'
        ? query.selectAll().orderBy(sql`coalesce(updated_at, first_published_at)`, 'desc')
        : query.selectAll().orderBy('modified_at', 'desc');
  const [rows, count] = await Promise.all([
    ordered.orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await hydrate(db, rows), total: Number(count.n) };
}

/** Scheduled articles whose time has come, oldest first. */
export async function dueScheduledIds(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now.toISOString())
    .orderBy('publish_at')
    .execute();
  return rows.map((r) => r.id);
}

/** The language versions of a story: id, language, status. */
export async function storyVersions(
  db: Db,
  storyId: string,
): Promise<Array<{ id: string; language: Language; status: ArticleStatus }>> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'language', 'status'])
    .where('story_id', '=', storyId)
    .execute();
  return rows.map((r) => ({ id: r.id, language: r.language as Language, status: r.status as ArticleStatus }));
}

export type StoryVersion = { id: string; language: Language; status: ArticleStatus };

/** The language versions of several stories at once, by story id, in language order. */
export async function versionsOfStories(
  db: Db,
  storyIds: readonly string[],
): Promise<Map<string, StoryVersion[]>> {
  const byStory = new Map<string, StoryVersion[]>();
  if (storyIds.length === 0) return byStory;
  const rows = await db
    .selectFrom('articles')
    .innerJoin('languages', 'languages.code', 'articles.language')
    .select(['articles.id', 'articles.story_id', 'articles.language', 'articles.status'])
    .where('articles.story_id', 'in', [...new Set(storyIds)])
    .orderBy('languages.position')
    .execute();
  for (const row of rows) {
    const list = byStory.get(row.story_id) ?? [];
    list.push({ id: row.id, language: row.language as Language, status: row.status as ArticleStatus });
    byStory.set(row.story_id, list);
  }
  return byStory;
}

/** The first-written language version of a story other than `exceptId` (what a translation follows). */
export async function firstOtherVersion(db: Db, storyId: string, exceptId: string): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('story_id', '=', storyId)
    .where('id', '!=', exceptId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? findArticle(db, row.id) : null;
}

/** Counts all articles (used to decide whether the demo newsroom should be loaded). */
export async function countArticles(db: Db): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
