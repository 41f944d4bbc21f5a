/**
 * The reader search index: the only file with dialect-specific search SQL. Both dialects
 * store the same normalised tokens (src/domain/search-text.ts) in `search_documents`;
 * SQLite matches them with FTS5 (bm25), PostgreSQL with a tsvector and GIN index (ts_rank).
 * Writes go through `indexArticle` / `unindexArticle` inside the use case's transaction,
 * so search shows exactly what is published.
 * @example await searchPublished(store, { language: 'de', tokens: queryTokens('Zürich'), limit: 20, offset: 0, now })
 */
import { sql } from 'kysely';
import type { Article } from '../domain/article.js';
import type { Language } from '../domain/languages.js';
import { searchDocumentOf } from '../domain/search-text.js';
import type { Db, DialectName, Store } from './db.js';
import { fromRow } from './repos/articles.js';

interface SearchDocumentsTable {
  article_id: string;
  language: string;
  published_at: string;
  /** Days since 1970 of the first publication, for the recency boost. */
  published_days: number;
  headline: string;
  body: string;
}

const DAY_MS = 86_400_000;
/** A headline match weighs this many times a match in the lead or body. */
const HEADLINE_WEIGHT = 10;
/** Days after which the recency boost has halved. */
const RECENCY_DAYS = 30;

function withIndex(db: Db) {
  return db.withTables<{ search_documents: SearchDocumentsTable }>();
}

/** Takes an article out of the search index (it is no longer published). */
export async function unindexArticle(db: Db, id: string): Promise<void> {
  await withIndex(db).deleteFrom('search_documents').where('article_id', '=', id).execute();
}

/** Puts an article into the search index when it is published, and takes it out otherwise. */
export async function indexArticle(db: Db, article: Article): Promise<void> {
  await unindexArticle(db, article.id);
  if (article.status !== 'published' || !article.firstPublishedAt) return;
  const tokens = searchDocumentOf(article);
  await withIndex(db)
    .insertInto('search_documents')
    .values({
      article_id: article.id,
      language: article.language,
      published_at: article.firstPublishedAt,
      published_days: Date.parse(article.firstPublishedAt) / DAY_MS,
      headline: tokens.headline,
      body: tokens.body,
    })
    .execute();
}

/** Indexes every published article anew; answers how many. Used when the index is new. */
export async function rebuildSearchIndex(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await withIndex(trx).deleteFrom('search_documents').execute();
    let count = 0;
    let after = '';
    for (;;) {
      const rows = await trx
        .selectFrom('articles')
        .selectAll()
        .where('status', '=', 'published')
        .where('id', '>', after)
        .orderBy('id')
        .limit(500)
        .execute();
      for (const row of rows) await indexArticle(trx, fromRow(row, [], []));
      count += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < 500) return count;
      after = last.id;
    }
  });
}

/**
 * Builds the index when it is empty but published articles exist (a database that predates
 * search); answers how many articles it indexed.
 */
export async function ensureSearchIndex(db: Db): Promise<number> {
  const indexed = await withIndex(db).selectFrom('search_documents').select('article_id').limit(1).execute();
  if (indexed.length > 0) return 0;
  const published = await db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'published')
    .limit(1)
    .execute();
  return published.length > 0 ? rebuildSearchIndex(db) : 0;
}

export interface SearchRequest {
  language: Language;
  /** Normalised query tokens (`queryTokens`); every one must match. */
  tokens: readonly string[];
  limit: number;
  offset: number;
  now: Date;
}

/** One page of matching article ids, best first, and how many match in all. */
export interface SearchPage {
  ids: string[];
  total: number;
}

interface SearchEngine {
  /** The ids of one page, best first, each row with the number of all matches. */
  page(
    db: Db,
    request: SearchRequest,
    nowDays: number,
  ): Promise<Array<{ article_id: string; total: number }>>;
  /** The number of all matches (needed only when the page is past the last result). */
  count(db: Db, request: SearchRequest): Promise<number>;
}

/** An FTS5 string that matches each token literally: quoted, quotes doubled, ANDed. */
function fts5Query(tokens: readonly string[]): string {
  return tokens.map((token) => `"${token.replaceAll('"', '""')}"`).join(' AND ');
}

/** plainto_tsquery reads no operators: the tokens are ANDed as they are. */
function tsQuery(tokens: readonly string[]) {
  return sql`plainto_tsquery('simple'::regconfig, ${tokens.join(' ')})`;
}

/**
 * PostgreSQL's planner does not count the cost of unpacking each stored tsvector, so for a
 * word in a few percent of the articles it prefers reading every vector in the table to the
 * GIN index (measured on 10,000 articles: 60-80 ms instead of 10-25 ms). Within the search's
 * own transaction it is told to use the index.
 */
async function withIndexScan<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return run(trx);
  });
}

// Relevance times a recency factor between 2 (today) and 1 (long ago); ties go to the newer.
const ENGINES: Record<DialectName, SearchEngine> = {
  sqlite: {
    async page(db, request, nowDays) {
      // bm25() only works while FTS5 reads its matches: scored in a CTE, counted and paged after.
      const { rows } = await sql<{ article_id: string; total: number }>`
        with hits as materialized (
          select d.article_id, d.published_at,
            -bm25(search_fts, ${sql.lit(HEADLINE_WEIGHT)}, 1.0)
              * (1.0 + 1.0 / (1.0 + max(${nowDays} - d.published_days, 0.0) / ${sql.lit(RECENCY_DAYS)})) as score
          from search_fts join search_documents d on d.doc_id = search_fts.rowid
          where search_fts match ${fts5Query(request.tokens)} and d.language = ${request.language}
        )
        select article_id, count(*) over () as total
        from hits
        order by score desc, published_at desc, article_id desc
        limit ${request.limit} offset ${request.offset}`.execute(db);
      return rows;
    },
    async count(db, request) {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n
        from search_fts join search_documents d on d.doc_id = search_fts.rowid
        where search_fts match ${fts5Query(request.tokens)} and d.language = ${request.language}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
  },
  postgres: {
    async page(db, request, nowDays) {
      const query = tsQuery(request.tokens);
      const weights = `{0.1,0.1,${(1 / HEADLINE_WEIGHT).toFixed(2)},1.0}`;
      return withIndexScan(db, async (trx) => {
        const { rows } = await sql<{ article_id: string; total: number }>`
          select article_id, count(*) over ()::int as total
          from search_documents
          where document @@ ${query} and language = ${request.language}
          order by ts_rank(${weights}::float4[], document, ${query})
              * (1.0 + 1.0 / (1.0 + greatest(${nowDays}::float8 - published_days, 0.0) / ${sql.lit(RECENCY_DAYS)})) desc,
            published_at desc, article_id desc
          limit ${request.limit} offset ${request.offset}`.execute(trx);
        return rows;
      });
    },
    async count(db, request) {
      return withIndexScan(db, async (trx) => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n
          from search_documents
          where document @@ ${tsQuery(request.tokens)} and language = ${request.language}`.execute(trx);
        return Number(rows[0]?.n ?? 0);
      });
    },
  },
};

/** Published articles of a language that match every token, best match first. */
export async function searchPublished(store: Store, request: SearchRequest): Promise<SearchPage> {
  if (request.tokens.length === 0) return { ids: [], total: 0 };
  const engine = ENGINES[store.dialect];
  const rows = await engine.page(store.db, request, request.now.getTime() / DAY_MS);
  const total = rows[0]?.total ?? (request.offset > 0 ? await engine.count(store.db, request) : 0);
  return { ids: rows.map((row) => row.article_id), total: Number(total) };
}
