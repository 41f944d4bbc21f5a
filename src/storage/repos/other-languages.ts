/**
 * The newest published stories that have no published version in a language: what a language
 * home with few stories of its own shows from the other languages, one version per story.
 * @example const teasers = await newestFromOtherLanguages(db, { language: 'ja', limit: 6 });
 */
import type { ArticleSummary } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { prepared } from '../prepared.js';
import { SUMMARY_ONLY_COLUMNS, summaryOf } from './reader.js';

/** How many rows to read per story wanted: a story told in several languages takes several. */
const ROWS_PER_STORY = 4;

const newestElsewhereQuery = prepared((db, a: { language: string; rows: number }) =>
  db
    .selectFrom('articles')
    .select([...SUMMARY_ONLY_COLUMNS.map((c) => `articles.${c}` as const), 'articles.story_id'])
    .where('articles.status', '=', 'published')
    .where('articles.language', '!=', a.language)
    .where('articles.story_id', 'not in', (eb) =>
      eb
        .selectFrom('articles as own')
        .select('own.story_id')
        .where('own.language', '=', a.language)
        .where('own.status', '=', 'published'),
    )
    .orderBy('articles.first_published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(a.rows),
);

/**
 * Up to `limit` stories published in other languages and not in `language`, newest first,
 * each as its newest version.
 */
export async function newestFromOtherLanguages(
  db: Db,
  filter: { language: Language; limit: number },
): Promise<ArticleSummary[]> {
  const rows = await newestElsewhereQuery(db, {
    language: filter.language,
    rows: filter.limit * ROWS_PER_STORY,
  });
  const seen = new Set<string>();
  const picked: ArticleSummary[] = [];
  for (const row of rows) {
    if (seen.has(row.story_id) || picked.length >= filter.limit) continue;
    seen.add(row.story_id);
    picked.push(summaryOf(row));
  }
  return picked;
}
