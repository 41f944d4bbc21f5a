/**
 * The "Most Discussed" ranking: the articles and debates of a language (and the multilingual
 * ones, ADR 0027) with the most comments approved in the last seven days, in every language.
 * @example const top = await mostDiscussed(db, 'en', now) // [{ kind: 'article', headline, url, comments }]
 */
import { articlePath, debatePath } from '../../domain/article.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';

/**
 * The articles and debates of a language with the most comments approved in the 7 days
 * before `now`: only published articles and debates that have opened; ties go to the newest comment.
 */
export async function mostDiscussed(
  db: Db,
  language: Language,
  now: Date,
  limit = 5,
): Promise<
  Array<{ kind: 'article' | 'debate'; id: string; headline: string; url: string; comments: number }>
> {
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString();
  const rows = await db
    .selectFrom('comments')
    .leftJoin('articles', (join) =>
      join.onRef('articles.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'article'),
    )
    .leftJoin('debates', (join) =>
      join.onRef('debates.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'debate'),
    )
    .leftJoin('article_comment_settings', 'article_comment_settings.article_id', 'articles.id')
    .select((eb) => [
      'comments.thread_kind',
      'comments.thread_id',
      'articles.headline',
      'articles.language',
      'articles.section_slug',
      'articles.slug',
      'debates.question',
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('comments.created_at').as('latest'),
    ])
    // A thread of the language, or a multilingual one (shown in every language): its comments
    // in all languages count together.
    .where((eb) =>
      eb.or([
        eb('articles.language', '=', language),
        eb('debates.language', '=', language),
        eb('debates.multilingual', '=', 1),
        eb('article_comment_settings.multilingual', '=', 1),
      ]),
    )
    .where('comments.status', '=', 'approved')
    .where('comments.created_at', '>=', since)
    .where('comments.created_at', '<=', now.toISOString())
    .where((eb) =>
      eb.or([
        eb.and([eb('comments.thread_kind', '=', 'article'), eb('articles.status', '=', 'published')]),
        eb.and([eb('comments.thread_kind', '=', 'debate'), eb('debates.opens_at', '<=', now.toISOString())]),
      ]),
    )
    .groupBy([
      'comments.thread_kind',
      'comments.thread_id',
      'articles.headline',
      'articles.language',
      'articles.section_slug',
      'articles.slug',
      'debates.question',
    ])
    .orderBy('n', 'desc')
    .orderBy('latest', 'desc')
    .orderBy('comments.thread_id')
    .limit(limit)
    .execute();
  return rows.map((row) =>
    row.thread_kind === 'debate'
      ? {
          kind: 'debate' as const,
          id: row.thread_id,
          headline: row.question ?? '',
          url: debatePath({ language, id: row.thread_id }),
          comments: Number(row.n),
        }
      : {
          kind: 'article' as const,
          id: row.thread_id,
          headline: row.headline ?? '',
          // A multilingual article is read at its own address, in its own language.
          url: articlePath({
            language: (row.language as Language | null) ?? language,
            sectionSlug: row.section_slug ?? null,
            slug: row.slug ?? '',
            id: row.thread_id,
          }),
          comments: Number(row.n),
        },
  );
}
