/**
 * Read counts per article and hour, and the rankings made from them.
 * @example await addReads(db, [{ articleId, hour: '2026-11-20T09:00:00Z', reads: 3 }]);
 */
import { sql } from 'kysely';
import type { ArticleWithoutBody } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import { type HourlyReads, hourOf, type RankingWindow, windowStart } from '../../domain/rankings.js';
import type { Db } from '../db.js';
import { publishedByIds } from './reader.js';

/** Rows per INSERT: well below either database's limit on bound parameters. */
const CHUNK = 250;

/**
 * Adds buffered counts in one transaction, summing into existing hour rows. Counts of
 * articles that do not exist (a forged beacon, a deleted article) are dropped; answers how
 * many reads were written.
 */
export async function addReads(db: Db, counts: readonly HourlyReads[]): Promise<number> {
  if (counts.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const ids = [...new Set(counts.map((c) => c.articleId))];
    const languages = new Map<string, string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await trx
        .selectFrom('articles')
        .select(['id', 'language'])
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) languages.set(row.id, row.language);
    }
    const rows = counts.flatMap((c) => {
      const language = languages.get(c.articleId);
      return language && c.reads > 0
        ? [{ article_id: c.articleId, language, hour: c.hour, reads: c.reads }]
        : [];
    });
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('article_reads')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc
            .columns(['article_id', 'hour'])
            .doUpdateSet({ reads: sql<number>`article_reads.reads + excluded.reads` }),
        )
        .execute();
    }
    return rows.reduce((sum, row) => sum + row.reads, 0);
  });
}

export interface RankedArticle {
  article: ArticleWithoutBody;
  reads: number;
}

/**
 * The most read published articles of a language in a window ending `now`, most reads first
 * (ties: the newer article first).
 */
export async function popularArticles(
  db: Db,
  query: { language: Language; window: RankingWindow; now: Date; limit: number },
): Promise<RankedArticle[]> {
  const total = sql<number>`sum(article_reads.reads)`;
  const rows = await db
    .selectFrom('article_reads')
    .innerJoin('articles', 'articles.id', 'article_reads.article_id')
    .select(['article_reads.article_id as id', total.as('reads')])
    .where('article_reads.language', '=', query.language)
    .where('article_reads.hour', '>=', windowStart(query.now, query.window))
    .where('articles.status', '=', 'published')
    .groupBy(['article_reads.article_id', 'articles.first_published_at'])
    .orderBy(total, 'desc')
    .orderBy('articles.first_published_at', 'desc')
    .orderBy('article_reads.article_id')
    .limit(query.limit)
    .execute();
  const articles = await publishedByIds(
    db,
    rows.map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const article = articles.get(row.id);
    return article ? [{ article, reads: Number(row.reads) }] : [];
  });
}

/** The reads of one article in a window ending `now` (0 when none). */
export async function readsOf(db: Db, articleId: string, window: RankingWindow, now: Date): Promise<number> {
  const row = await db
    .selectFrom('article_reads')
    .select(sql<number | null>`sum(reads)`.as('reads'))
    .where('article_id', '=', articleId)
    .where('hour', '>=', windowStart(now, window))
    .executeTakeFirst();
  return Number(row?.reads ?? 0);
}

/** Deletes the counts of hours before `before`; rankings never look back that far. */
export async function pruneReads(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('article_reads').where('hour', '<', hourOf(before)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
