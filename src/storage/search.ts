/**
 * The reader search index: the only file with dialect-specific search SQL. Both dialects
 * store the same normalised tokens and stems (src/domain/search-text.ts, ADR 0026) in
 * `search_documents`; SQLite finds the matches with FTS5, PostgreSQL with a tsvector and GIN
 * index. A query word matches by its stem in any field. The order is one score, computed the
 * same way on both (so both answer alike): per term, where it occurs (headline and lead over
 * body) and whether in its exact form, times a recency factor; then the newer first. Only
 * the newest `SCORED` matches are scored; older ones follow them by date. "Did you mean" reads
 * the index's vocabulary (`search_terms`: exact token → articles), kept here with the rows.
 * Longer than 300 lines: every dialect's search SQL in one place, read side by side. Writes go through `indexArticle` /
 * `unindexArticle` inside the use case's transaction, so search shows exactly what is published.
 * @example await searchPublished(store, { query: parseQuery('Zürich', 'de'), limit: 20, offset: 0, now })
 */
import { type RawBuilder, sql } from 'kysely';
import type { Article } from '../domain/article.js';
import type { Language } from '../domain/languages.js';
import type { QueryTerm, SearchQuery } from '../domain/search-query.js';
import { SEARCH_NORMALISER_VERSION } from '../domain/search-stem.js';
import { searchDocumentOf } from '../domain/search-text.js';
import type { Db, DialectName, Store } from './db.js';
import { fromRow } from './repos/articles.js';

interface SearchDocumentsTable {
  article_id: string;
  language: string;
  published_at: string;
  /** Days since 1970 of the first publication, for the recency boost. */
  published_days: number;
  /** Exact tokens of the headline and the lead. */
  headline: string;
  /** Exact tokens of the body. */
  body: string;
  headline_stems: string;
  body_stems: string;
  /** SEARCH_NORMALISER_VERSION of the code that made the row. */
  normaliser: number;
}

const DAY_MS = 86_400_000;
/** Weights of the four fields: headline and lead over body, the exact form over the stem. */
// Whole numbers: both databases then add them exactly alike.
const WEIGHTS = { headline: 100, body: 10, headlineStems: 40, bodyStems: 4 } as const;
type Field = keyof typeof WEIGHTS;
const COLUMN: Record<Field, string> = {
  headline: 'headline',
  body: 'body',
  headlineStems: 'headline_stems',
  bodyStems: 'body_stems',
};
/**
 * Matches scored per search at most, the newest ones (ADR 0026): scoring reads each row's
 * fields, which on PostgreSQL was most of a search's time. They are ordered by their score
 * (always above 0); every older match follows them, newest first, so pages stay consistent.
 */
export const SCORED = 500;
/** Days after which the recency boost has halved. */
const RECENCY_DAYS = 30;

/** One row of the vocabulary: how many articles of a language hold a token in its exact form. */
interface SearchTermsTable {
  language: string;
  term: string;
  documents: number;
}

/** Vocabulary rows written or looked up per statement. */
const TERMS_PER_STATEMENT = 500;

function withIndex(db: Db) {
  return db.withTables<{ search_documents: SearchDocumentsTable; search_terms: SearchTermsTable }>();
}

/** The distinct exact tokens of a document's fields (stored with a space at each end). */
function termsOf(...fields: string[]): string[] {
  return [...new Set(fields.join(' ').split(' '))].filter((token) => token !== '');
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += TERMS_PER_STATEMENT) yield items.slice(i, i + TERMS_PER_STATEMENT);
}

/** Counts one more article of `language` for each term (the vocabulary for "did you mean"). */
async function addTerms(db: Db, language: string, terms: readonly string[]): Promise<void> {
  for (const part of chunks(terms)) {
    await withIndex(db)
      .insertInto('search_terms')
      .values(part.map((term) => ({ language, term, documents: 1 })))
      .onConflict((oc) =>
        oc.columns(['language', 'term']).doUpdateSet({ documents: sql<number>`search_terms.documents + 1` }),
      )
      .execute();
  }
}

/** Counts one article fewer for each term; terms no article holds any more are removed. */
async function removeTerms(db: Db, language: string, terms: readonly string[]): Promise<void> {
  for (const part of chunks(terms)) {
    const these = withIndex(db);
    await these
      .updateTable('search_terms')
      .set({ documents: sql<number>`documents - 1` })
      .where('language', '=', language)
      .where('term', 'in', part)
      .execute();
    await these
      .deleteFrom('search_terms')
      .where('language', '=', language)
      .where('term', 'in', part)
      .where('documents', '<=', 0)
      .execute();
  }
}

/** Takes an article out of the search index (it is no longer published). */
export async function unindexArticle(db: Db, id: string): Promise<void> {
  const old = await withIndex(db)
    .selectFrom('search_documents')
    .select(['language', 'headline', 'body'])
    .where('article_id', '=', id)
    .executeTakeFirst();
  if (!old) return;
  await removeTerms(db, old.language, termsOf(old.headline, old.body));
  await withIndex(db).deleteFrom('search_documents').where('article_id', '=', id).execute();
}

/** Writes the index row of a published article; answers its distinct exact tokens (none if not published). */
async function writeDocument(db: Db, article: Article): Promise<string[]> {
  if (article.status !== 'published' || !article.firstPublishedAt) return [];
  const tokens = searchDocumentOf(article);
  await withIndex(db)
    .insertInto('search_documents')
    .values({
      article_id: article.id,
      language: article.language,
      published_at: article.firstPublishedAt,
      published_days: Date.parse(article.firstPublishedAt) / DAY_MS,
      // A space at each end, so that a whole token is found as " token " (see `holds`).
      headline: ` ${tokens.headline} `,
      body: ` ${tokens.body} `,
      headline_stems: ` ${tokens.headlineStems} `,
      body_stems: ` ${tokens.bodyStems} `,
      normaliser: SEARCH_NORMALISER_VERSION,
    })
    .execute();
  return termsOf(tokens.headline, tokens.body);
}

/** Puts an article into the search index when it is published, and takes it out otherwise. */
export async function indexArticle(db: Db, article: Article): Promise<void> {
  await unindexArticle(db, article.id);
  await addTerms(db, article.language, await writeDocument(db, article));
}

/** How far a rebuild has come: articles indexed of all published ones. */
export type OnReindexProgress = (done: number, total: number) => void;

/**
 * Indexes every published article anew, in one transaction (searches see the old index
 * until it commits); answers how many. Used when the index is new or its normaliser old.
 */
export async function rebuildSearchIndex(db: Db, onProgress?: OnReindexProgress): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const counted = await trx
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirst();
    const total = Number(counted?.n ?? 0);
    onProgress?.(0, total);
    await withIndex(trx).deleteFrom('search_documents').execute();
    await withIndex(trx).deleteFrom('search_terms').execute();
    // The vocabulary is counted here and written once at the end.
    const vocabulary = new Map<string, SearchTermsTable>();
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
      for (const row of rows) {
        for (const term of await writeDocument(trx, fromRow(row, [], []))) {
          const key = `${row.language} ${term}`;
          const entry = vocabulary.get(key) ?? { language: row.language, term, documents: 0 };
          entry.documents += 1;
          vocabulary.set(key, entry);
        }
      }
      count += rows.length;
      onProgress?.(count, Math.max(total, count));
      const last = rows.at(-1);
      if (!last || rows.length < 500) {
        for (const part of chunks([...vocabulary.values()]))
          await withIndex(trx).insertInto('search_terms').values(part).execute();
        return count;
      }
      after = last.id;
    }
  });
}

/**
 * Builds the index when it is empty but published articles exist (a database that predates
 * search), or holds rows of an older normaliser (after an upgrade); answers how many
 * articles it indexed.
 */
export async function ensureSearchIndex(db: Db): Promise<number> {
  const outdated = await withIndex(db)
    .selectFrom('search_documents')
    .select('article_id')
    .where('normaliser', '<>', SEARCH_NORMALISER_VERSION)
    .limit(1)
    .execute();
  if (outdated.length > 0) return rebuildSearchIndex(db);
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
  /** The parsed query (`parseQuery`); every term must match, in the query's language. */
  query: SearchQuery;
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

/** A token as an FTS5 string: quoted, quotes doubled. */
const ftsString = (token: string) => `"${token.replaceAll('"', '""')}"`;

/**
 * FTS5 reads each term: a word by its stem or its exact form in any column (as PostgreSQL's
 * unweighted lexemes, see `tsTerm`), phrases and characters in the text columns.
 */
function fts5Term(term: QueryTerm): string {
  switch (term.kind) {
    case 'word':
      return `(${ftsString(term.stem)} OR ${ftsString(term.exact)})`;
    case 'phrase':
      return `{headline body} : ${ftsString(term.words.join(' '))}`;
    case 'gram':
      return `{headline body} : ${ftsString(term.gram)}`;
  }
}

/** An FTS5 query of every term, ANDed; tokens are only ever read as quoted strings. */
function fts5Query(query: SearchQuery): string {
  return query.terms.map(fts5Term).join(' AND ');
}

/**
 * A tsquery operand: tokens hold only letters, digits and marks (search-text.ts), so quoted
 * they cannot be read as operators; anything else is dropped all the same.
 */
const tsLexeme = (token: string, weights: string) =>
  `'${token.replace(/[^\p{L}\p{N}\p{M}]/gu, '')}'${weights === '' ? '' : `:${weights}`}`;

/**
 * The weights A (headline and lead) and C (body) hold exact tokens; B and D their stems. A
 * word is looked up without weights (its stem or exact form in any field): the GIN index
 * answers that alone, whereas a weight makes PostgreSQL unpack every matching row's stored
 * tsvector to check it (21 of 23 ms for a word in half of 10,000 articles).
 */
function tsTerm(term: QueryTerm): string {
  switch (term.kind) {
    case 'word':
      return `(${tsLexeme(term.stem, '')} | ${tsLexeme(term.exact, '')})`;
    case 'phrase':
      return `(${term.words.map((word) => tsLexeme(word, 'AC')).join(' <-> ')})`;
    case 'gram':
      return tsLexeme(term.gram, 'AC');
  }
}

function tsQuery(query: SearchQuery) {
  return sql`to_tsquery('simple'::regconfig, ${query.terms.map(tsTerm).join(' & ')})`;
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

/**
 * Row `d` holds `tokens` side by side as whole words in one field. SQLite asks its FTS5
 * index (the set of rows is made once per search); PostgreSQL looks in the row's text, each
 * field starting and ending with a space. Both read the same stored tokens: the same answer.
 */
const HOLDS: Record<DialectName, (field: Field, tokens: string) => RawBuilder<boolean>> = {
  sqlite: (field, tokens) =>
    sql<boolean>`d.doc_id in (select rowid from search_fts where search_fts match ${`{${COLUMN[field]}} : ${ftsString(tokens)}`})`,
  postgres: (field, tokens) => sql<boolean>`strpos(d.${sql.raw(COLUMN[field])}, ${` ${tokens} `}) > 0`,
};

/**
 * The score of one term in a row that matched them all: where it occurs (headline and lead,
 * else body) and whether in its exact form. A matched row holds each term somewhere, so only
 * the short headline field is searched, and the body only for a word's exact form.
 */
function termScore(dialect: DialectName, term: QueryTerm) {
  const w = WEIGHTS;
  const has = HOLDS[dialect];
  switch (term.kind) {
    case 'word':
      return sql`(case when ${has('headlineStems', term.stem)} then ${sql.lit(w.headlineStems)} else ${sql.lit(w.bodyStems)} end
        + case when ${has('headline', term.exact)} then ${sql.lit(w.headline)}
            when ${has('body', term.exact)} then ${sql.lit(w.body)} else 0 end)`;
    case 'phrase':
      return sql`(case when ${has('headline', term.words.join(' '))} then ${sql.lit(w.headline)} else ${sql.lit(w.body)} end)`;
    case 'gram':
      return sql`(case when ${has('headline', term.gram)} then ${sql.lit(w.headline)} else ${sql.lit(w.body)} end)`;
  }
}

/** The score of a matching row `d`: its terms' scores times a recency factor from 2 (today) to 1. */
function scoreOf(dialect: DialectName, query: SearchQuery, nowDays: number) {
  const terms = sql.join(
    query.terms.map((term) => termScore(dialect, term)),
    sql` + `,
  );
  const age = sql`(case when ${nowDays} - d.published_days > 0 then ${nowDays} - d.published_days else 0 end)`;
  return sql`(${terms}) * (1.0 + 1.0 / (1.0 + ${age} / ${sql.lit(RECENCY_DAYS)}))`;
}

const ENGINES: Record<DialectName, SearchEngine> = {
  sqlite: {
    async page(db, request, nowDays) {
      const { rows } = await sql<{ article_id: string; total: number }>`
        with hits as materialized (
          select d.doc_id, d.article_id, d.published_at,
            row_number() over (order by d.published_at desc, d.article_id desc) as newest
          from search_fts join search_documents d on d.doc_id = search_fts.rowid
          where search_fts match ${fts5Query(request.query)} and d.language = ${request.query.language}
        )
        , ranked as (
          select h.article_id, h.published_at, ${scoreOf('sqlite', request.query, nowDays)} as score
          from hits h join search_documents d on d.doc_id = h.doc_id
          where h.newest <= ${sql.lit(SCORED)}
          union all
          select h.article_id, h.published_at, 0 as score from hits h where h.newest > ${sql.lit(SCORED)}
        )
        select article_id, count(*) over () as total
        from ranked
        order by score desc, published_at desc, article_id desc
        limit ${request.limit} offset ${request.offset}`.execute(db);
      return rows;
    },
    async count(db, request) {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n
        from search_fts join search_documents d on d.doc_id = search_fts.rowid
        where search_fts match ${fts5Query(request.query)} and d.language = ${request.query.language}`.execute(
        db,
      );
      return Number(rows[0]?.n ?? 0);
    },
  },
  postgres: {
    async page(db, request, nowDays) {
      return withIndexScan(db, async (trx) => {
        const { rows } = await sql<{ article_id: string; total: number }>`
          with hits as materialized (
            select d.article_id, d.published_at,
              row_number() over (order by d.published_at desc, d.article_id desc) as newest
            from search_documents d
            where d.document @@ ${tsQuery(request.query)} and d.language = ${request.query.language}
          )
          , ranked as (
            select h.article_id, h.published_at, ${scoreOf('postgres', request.query, nowDays)} as score
            from hits h join search_documents d on d.article_id = h.article_id
            where h.newest <= ${sql.lit(SCORED)}
            union all
            select h.article_id, h.published_at, 0 as score from hits h where h.newest > ${sql.lit(SCORED)}
          )
          select article_id, count(*) over ()::int as total
          from ranked
          order by score desc, published_at desc, article_id desc
          limit ${request.limit} offset ${request.offset}`.execute(trx);
        return rows;
      });
    },
    async count(db, request) {
      return withIndexScan(db, async (trx) => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n
          from search_documents
          where document @@ ${tsQuery(request.query)} and language = ${request.query.language}`.execute(trx);
        return Number(rows[0]?.n ?? 0);
      });
    },
  },
};

/** Published articles of a language that match every term, best match first. */
export async function searchPublished(store: Store, request: SearchRequest): Promise<SearchPage> {
  if (request.query.terms.length === 0) return { ids: [], total: 0 };
  const engine = ENGINES[store.dialect];
  const rows = await engine.page(store.db, request, request.now.getTime() / DAY_MS);
  const total = rows[0]?.total ?? (request.offset > 0 ? await engine.count(store.db, request) : 0);
  return { ids: rows.map((row) => row.article_id), total: Number(total) };
}

/**
 * How many published articles of a language hold each of the words in its exact form; words
 * found nowhere are left out. For "did you mean".
 */
export async function indexedWordCounts(
  store: Store,
  language: Language,
  words: readonly string[],
): Promise<Map<string, number>> {
  // Look-ups by the vocabulary's primary key: the documents themselves are never read.
  const counts = new Map<string, number>();
  for (const part of chunks([...new Set(words)])) {
    const rows = await withIndex(store.db)
      .selectFrom('search_terms')
      .select(['term', 'documents'])
      .where('language', '=', language)
      .where('term', 'in', part)
      .execute();
    for (const row of rows) if (Number(row.documents) > 0) counts.set(row.term, Number(row.documents));
  }
  return counts;
}
