/**
 * Row types of the rankings tables (migration 0009): read counts, and nothing about who read.
 * @example const reads: RankingsSchema['article_reads']['reads'] = 12;
 */

/**
 * Reads of one article in one hour bucket: a number and nothing about who read. The
 * article's language is kept with the count (it never changes), so a language's ranking
 * reads only that language's rows.
 */
export interface ArticleReadsTable {
  article_id: string;
  language: string;
  /** The hour bucket, ISO text at the start of the hour (`2026-11-20T09:00:00Z`). */
  hour: string;
  reads: number;
}

/** The rankings tables by name. */
export interface RankingsSchema {
  article_reads: ArticleReadsTable;
}
