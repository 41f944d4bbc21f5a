/**
 * How a thread takes comments: an article's comment settings, what a thread is (a published
 * article or a debate), and the recent articles of a language with their settings.
 * @example const thread = await findThread(db, { kind: 'article', id }) // { kind, mode, closesAt, ... } | null
 */
import { articlePath, debatePath } from '../../domain/article.js';
import type { CommentMode, Thread, ThreadRef } from '../../domain/comments.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import { findDebate } from './debates.js';

export async function articleCommentSettings(
  db: Db,
  articleId: string,
): Promise<{ mode: CommentMode; closesAt: string | null; multilingual: boolean } | null> {
  const row = await db
    .selectFrom('article_comment_settings')
    .select(['mode', 'closes_at', 'multilingual'])
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  return row
    ? { mode: row.mode as CommentMode, closesAt: row.closes_at, multilingual: Number(row.multilingual) === 1 }
    : null;
}

export async function setArticleCommentSettings(
  db: Db,
  settings: {
    articleId: string;
    mode: CommentMode;
    closesAt: string | null;
    multilingual: boolean;
    at: string;
    by: string | null;
  },
): Promise<void> {
  const values = {
    mode: settings.mode,
    multilingual: settings.multilingual ? 1 : 0,
    closes_at: settings.closesAt,
    updated_at: settings.at,
    updated_by: settings.by,
  };
  await db
    .insertInto('article_comment_settings')
    .values({ article_id: settings.articleId, ...values })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
    .execute();
}

/**
 * What a thread is: a published article (open by default) or a debate; null when there is
 * no such thing readers can see.
 */
export async function findThread(db: Db, ref: ThreadRef): Promise<Thread | null> {
  if (ref.kind === 'debate') {
    const debate = await findDebate(db, ref.id);
    if (!debate) return null;
    return {
      kind: 'debate',
      id: debate.id,
      language: debate.language,
      headline: debate.question,
      path: debatePath(debate),
      mode: debate.mode,
      opensAt: debate.opensAt,
      closesAt: debate.closesAt,
      multilingual: debate.multilingual,
    };
  }
  const row = await db
    .selectFrom('articles')
    .leftJoin('article_comment_settings', 'article_comment_settings.article_id', 'articles.id')
    .select([
      'articles.id',
      'articles.language',
      'articles.section_slug',
      'articles.slug',
      'articles.headline',
      'articles.status',
      'article_comment_settings.mode',
      'article_comment_settings.closes_at',
      'article_comment_settings.multilingual',
    ])
    .where('articles.id', '=', ref.id)
    .executeTakeFirst();
  if (row?.status !== 'published') return null;
  return {
    kind: 'article',
    id: row.id,
    language: row.language,
    headline: row.headline,
    path: articlePath({
      language: row.language as Language,
      sectionSlug: row.section_slug,
      slug: row.slug,
      id: row.id,
    }),
    mode: (row.mode as CommentMode | null) ?? 'open',
    opensAt: null,
    closesAt: row.closes_at ?? null,
    multilingual: Number(row.multilingual ?? 0) === 1,
  };
}

/** A published article as the comment settings page lists it. */
export interface ArticleCommentSettings {
  id: string;
  language: string;
  headline: string;
  path: string;
  publishedAt: string | null;
  mode: CommentMode;
  closesAt: string | null;
  multilingual: boolean;
}

/** The most recently published articles of a language with how each takes comments. */
export async function recentArticleCommentSettings(
  db: Db,
  language: Language,
  limit: number,
): Promise<ArticleCommentSettings[]> {
  const rows = await db
    .selectFrom('articles')
    .leftJoin('article_comment_settings', 'article_comment_settings.article_id', 'articles.id')
    .select([
      'articles.id',
      'articles.language',
      'articles.section_slug',
      'articles.slug',
      'articles.headline',
      'articles.first_published_at',
      'article_comment_settings.mode',
      'article_comment_settings.closes_at',
      'article_comment_settings.multilingual',
    ])
    .where('articles.language', '=', language)
    .where('articles.status', '=', 'published')
    .orderBy('articles.first_published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    language: row.language,
    headline: row.headline,
    path: articlePath({
      language: row.language as Language,
      sectionSlug: row.section_slug,
      slug: row.slug,
      id: row.id,
    }),
    publishedAt: row.first_published_at,
    mode: (row.mode as CommentMode | null) ?? 'open',
    closesAt: row.closes_at ?? null,
    multilingual: Number(row.multilingual ?? 0) === 1,
  }));
}
