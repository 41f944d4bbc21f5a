/**
 * Comment threads (article settings, debates), comments with their recommendations and
 * reports, the moderation log and word lists, and the "Most Discussed" ranking.
 * @example const top = await mostDiscussed(db, 'en', now) // [{ kind: 'article', headline, url, comments }]
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { articlePath, debatePath } from '../../domain/article.js';
import {
  badgeOf,
  type Comment,
  type CommentAuthor,
  type CommentMode,
  type CommentStatus,
  type Debate,
  type Thread,
  type ThreadKind,
  type ThreadRef,
} from '../../domain/comments.js';
import type { Language } from '../../domain/languages.js';
import type { Db } from '../db.js';
import type { Schema } from '../schema/database.js';

// ---------------------------------------------------------------------------------------------
// Threads

export async function articleCommentSettings(
  db: Db,
  articleId: string,
): Promise<{ mode: CommentMode; closesAt: string | null } | null> {
  const row = await db
    .selectFrom('article_comment_settings')
    .select(['mode', 'closes_at'])
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  return row ? { mode: row.mode as CommentMode, closesAt: row.closes_at } : null;
}

export async function setArticleCommentSettings(
  db: Db,
  settings: { articleId: string; mode: CommentMode; closesAt: string | null; at: string; by: string | null },
): Promise<void> {
  const values = {
    mode: settings.mode,
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

const toDebate = (row: Schema['debates']): Debate => ({
  id: row.id,
  language: row.language,
  question: row.question,
  intro: row.intro,
  mode: row.mode as Debate['mode'],
  opensAt: row.opens_at,
  closesAt: row.closes_at,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertDebate(db: Db, debate: Debate): Promise<void> {
  await db
    .insertInto('debates')
    .values({
      id: debate.id,
      language: debate.language,
      question: debate.question,
      intro: debate.intro,
      mode: debate.mode,
      opens_at: debate.opensAt,
      closes_at: debate.closesAt,
      created_at: debate.createdAt,
      created_by: debate.createdBy,
    })
    .execute();
}

export async function findDebate(db: Db, id: string): Promise<Debate | null> {
  const row = await db.selectFrom('debates').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDebate(row) : null;
}

/** Changes a debate's question, introduction, mode and dates; false when there is no such debate. */
export async function updateDebate(
  db: Db,
  debate: Pick<Debate, 'id' | 'question' | 'intro' | 'mode' | 'opensAt' | 'closesAt'>,
): Promise<boolean> {
  const result = await db
    .updateTable('debates')
    .set({
      question: debate.question,
      intro: debate.intro,
      mode: debate.mode,
      opens_at: debate.opensAt,
      closes_at: debate.closesAt,
    })
    .where('id', '=', debate.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Every debate of a language for the newsroom, scheduled ones included, latest opening
 * first, with its approved and pending comment counts.
 */
export async function newsroomDebates(
  db: Db,
  filter: { language: Language; limit: number; offset: number },
): Promise<Array<Debate & { comments: number; pending: number }>> {
  const count = (status: CommentStatus) => (eb: ExpressionBuilder<Schema, 'debates'>) =>
    eb
      .selectFrom('comments')
      .select((c) => c.fn.countAll<number>().as('n'))
      .whereRef('comments.thread_id', '=', 'debates.id')
      .where('comments.thread_kind', '=', 'debate')
      .where('comments.status', '=', status);
  const rows = await db
    .selectFrom('debates')
    .selectAll('debates')
    .select((eb) => [count('approved')(eb).as('comments'), count('pending')(eb).as('pending')])
    .where('language', '=', filter.language)
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...toDebate(row),
    comments: Number(row.comments ?? 0),
    pending: Number(row.pending ?? 0),
  }));
}

/** Debates of a language that have opened by `now`, newest first, each with its approved comment count. */
export async function listDebates(
  db: Db,
  filter: { language: Language; now: Date; limit: number; offset: number },
): Promise<Array<Debate & { comments: number }>> {
  const rows = await db
    .selectFrom('debates')
    .selectAll('debates')
    .select((eb) =>
      eb
        .selectFrom('comments')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('comments.thread_id', '=', 'debates.id')
        .where('comments.thread_kind', '=', 'debate')
        .where('comments.status', '=', 'approved')
        .as('comments'),
    )
    .where('language', '=', filter.language)
    .where('opens_at', '<=', filter.now.toISOString())
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({ ...toDebate(row), comments: Number(row.comments ?? 0) }));
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
  }));
}

// ---------------------------------------------------------------------------------------------
// Comments

type CommentRow = Schema['comments'] & {
  reader_name: string | null;
  staff_name: string | null;
  staff_role: string | null;
};

function withAuthors<O>(query: SelectQueryBuilder<Schema, 'comments', O>) {
  return query
    .leftJoin('readers', 'readers.id', 'comments.reader_id')
    .leftJoin('staff_users', 'staff_users.id', 'comments.staff_id')
    .selectAll('comments')
    .select([
      'readers.display_name as reader_name',
      'staff_users.name as staff_name',
      'staff_users.role as staff_role',
    ]);
}

function authorOf(row: CommentRow): CommentAuthor {
  if (row.staff_id && row.staff_name !== null)
    return {
      kind: 'staff',
      staffId: row.staff_id,
      name: row.staff_name,
      badge: badgeOf(row.staff_role ?? ''),
    };
  if (row.reader_id && row.reader_name !== null)
    return { kind: 'reader', readerId: row.reader_id, name: row.reader_name };
  return { kind: 'deleted' };
}

const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  thread: { kind: row.thread_kind as ThreadKind, id: row.thread_id },
  language: row.language,
  parentId: row.parent_id,
  author: authorOf(row),
  body: row.body,
  status: row.status as CommentStatus,
  queueReason: row.queue_reason,
  rejectReason: row.reject_reason,
  featuredAt: row.featured_at,
  recommendations: Number(row.recommendations),
  reports: Number(row.reports),
  createdAt: row.created_at,
  decidedAt: row.decided_at,
});

export async function insertComment(
  db: Db,
  comment: Omit<Comment, 'author' | 'recommendations' | 'reports'> & {
    readerId: string | null;
    staffId: string | null;
    bodyKey: string;
  },
): Promise<void> {
  await db
    .insertInto('comments')
    .values({
      id: comment.id,
      thread_kind: comment.thread.kind,
      thread_id: comment.thread.id,
      language: comment.language,
      parent_id: comment.parentId,
      reader_id: comment.readerId,
      staff_id: comment.staffId,
      body: comment.body,
      body_key: comment.bodyKey,
      status: comment.status,
      queue_reason: comment.queueReason,
      reject_reason: comment.rejectReason,
      featured_at: comment.featuredAt,
      recommendations: 0,
      reports: 0,
      created_at: comment.createdAt,
      decided_at: comment.decidedAt,
    })
    .execute();
}

export async function findComment(db: Db, id: string): Promise<Comment | null> {
  const row = await withAuthors(db.selectFrom('comments')).where('comments.id', '=', id).executeTakeFirst();
  return row ? toComment(row) : null;
}

export async function countApproved(db: Db, ref: ThreadRef): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('thread_kind', '=', ref.kind)
    .where('thread_id', '=', ref.id)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A page of a thread's approved top-level comments (featured first, then newest first),
 * with all their approved replies (oldest first), and the number of top-level comments.
 */
export async function approvedThreadPage(
  db: Db,
  ref: ThreadRef,
  page: { limit: number; offset: number },
): Promise<{ comments: Comment[]; replies: Comment[]; topLevel: number }> {
  const base = db
    .selectFrom('comments')
    .where('comments.thread_kind', '=', ref.kind)
    .where('comments.thread_id', '=', ref.id)
    .where('comments.status', '=', 'approved');
  const [rows, total] = await Promise.all([
    withAuthors(base)
      .where('comments.parent_id', 'is', null)
      .orderBy((eb) => eb.case().when('comments.featured_at', 'is not', null).then(0).else(1).end())
      .orderBy('comments.created_at', 'desc')
      .orderBy('comments.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base
      .where('comments.parent_id', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const replies = await repliesUnder(db, ids, 'approved');
  return { comments: rows.map(toComment), replies, topLevel: Number(total.n) };
}

/** Every reply below the given comments, at any depth, with the given status (all when null), oldest first. */
export async function repliesUnder(
  db: Db,
  rootIds: string[],
  status: CommentStatus | null,
): Promise<Comment[]> {
  const found: Comment[] = [];
  let parents = rootIds;
  // Threads are shallow (a reply to a reply at most a few levels down): one query per level.
  for (let depth = 0; parents.length > 0 && depth < 8; depth++) {
    let query = withAuthors(db.selectFrom('comments')).where('comments.parent_id', 'in', parents);
    if (status) query = query.where('comments.status', '=', status);
    const rows = await query.orderBy('comments.created_at').orderBy('comments.id').execute();
    found.push(...rows.map(toComment));
    parents = rows.map((r) => r.id);
  }
  return found;
}

/** How many of a reader's comments moderators (or the checks) have approved. */
export async function approvedCountOfReader(db: Db, readerId: string): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reader_id', '=', readerId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The text keys of a reader's comments since a time (for "the same text again"). */
export async function recentKeysOfReader(db: Db, readerId: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('comments')
    .select('body_key')
    .where('reader_id', '=', readerId)
    .where('created_at', '>=', since.toISOString())
    .execute();
  return rows.map((r) => r.body_key);
}

export async function countCommentsOfReader(db: Db, readerId: string): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reader_id', '=', readerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sets a comment's moderation outcome; false when the comment does not exist. */
export async function decideComment(
  db: Db,
  id: string,
  decision: { status: CommentStatus; rejectReason: string | null; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set({ status: decision.status, reject_reason: decision.rejectReason, decided_at: decision.at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setCommentFeatured(db: Db, id: string, featuredAt: string | null): Promise<void> {
  await db.updateTable('comments').set({ featured_at: featuredAt }).where('id', '=', id).execute();
}

/** Records a reader's recommendation once; answers false when they had already recommended it. */
export async function addRecommendation(
  db: Db,
  commentId: string,
  readerId: string,
  at: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto('comment_recommendations')
    .values({ comment_id: commentId, reader_id: readerId, created_at: at })
    .onConflict((oc) => oc.columns(['comment_id', 'reader_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await db
    .updateTable('comments')
    .set((eb) => ({ recommendations: eb('recommendations', '+', 1) }))
    .where('id', '=', commentId)
    .execute();
  return true;
}

/** Records a reader's report once; answers false when they had already reported it. */
export async function addReport(
  db: Db,
  report: { commentId: string; readerId: string; reason: string; at: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('comment_reports')
    .values({
      comment_id: report.commentId,
      reader_id: report.readerId,
      reason: report.reason,
      created_at: report.at,
    })
    .onConflict((oc) => oc.columns(['comment_id', 'reader_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await db
    .updateTable('comments')
    .set((eb) => ({ reports: eb('reports', '+', 1) }))
    .where('id', '=', report.commentId)
    .execute();
  return true;
}

export async function reportsOf(
  db: Db,
  commentId: string,
): Promise<Array<{ reason: string; createdAt: string }>> {
  const rows = await db
    .selectFrom('comment_reports')
    .select(['reason', 'created_at'])
    .where('comment_id', '=', commentId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ reason: r.reason, createdAt: r.created_at }));
}

/** Forgets who reported a comment (after a moderator looked at the reports). */
export async function clearReports(db: Db, commentId: string): Promise<void> {
  await db.deleteFrom('comment_reports').where('comment_id', '=', commentId).execute();
  await db.updateTable('comments').set({ reports: 0 }).where('id', '=', commentId).execute();
}

/** Removes every comment a reader wrote (with the replies below them). */
export async function deleteCommentsOfReader(db: Db, readerId: string): Promise<void> {
  await db.deleteFrom('comments').where('reader_id', '=', readerId).execute();
}

export const QUEUES = ['pending', 'reported', 'approved', 'rejected'] as const;
export type Queue = (typeof QUEUES)[number];

export interface QueuedComment extends Comment {
  threadHeadline: string;
  threadPath: string;
  readerId: string | null;
  readerBanned: boolean;
}

/** A page of a language's comments in a moderation queue: pending and reported oldest first, decided newest first. */
export async function moderationQueue(
  db: Db,
  filter: { language: Language; queue: Queue; limit: number; offset: number },
): Promise<QueuedComment[]> {
  let query = withAuthors(db.selectFrom('comments'))
    .leftJoin('articles', (join) =>
      join.onRef('articles.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'article'),
    )
    .leftJoin('debates', (join) =>
      join.onRef('debates.id', '=', 'comments.thread_id').on('comments.thread_kind', '=', 'debate'),
    )
    .select([
      'articles.headline as article_headline',
      'articles.section_slug as article_section',
      'articles.slug as article_slug',
      'debates.question as debate_question',
      'readers.banned_at as reader_banned_at',
    ])
    .where('comments.language', '=', filter.language);
  if (filter.queue === 'reported') {
    query = query.where('comments.reports', '>', 0).where('comments.status', '!=', 'rejected');
  } else {
    query = query.where('comments.status', '=', filter.queue);
  }
  const newestFirst = filter.queue === 'approved' || filter.queue === 'rejected';
  const rows = await query
    .orderBy(newestFirst ? 'comments.decided_at' : 'comments.created_at', newestFirst ? 'desc' : 'asc')
    .orderBy('comments.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...toComment(row),
    threadHeadline: row.article_headline ?? row.debate_question ?? '',
    threadPath:
      row.thread_kind === 'debate'
        ? debatePath({ language: row.language, id: row.thread_id })
        : articlePath({
            language: row.language as Language,
            sectionSlug: row.article_section ?? null,
            slug: row.article_slug ?? '',
            id: row.thread_id,
          }),
    readerId: row.reader_id,
    readerBanned: row.reader_banned_at !== null,
  }));
}

/** How many comments of a language wait in each queue. */
export async function queueCounts(db: Db, language: Language): Promise<Record<Queue, number>> {
  const rows = await db
    .selectFrom('comments')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('language', '=', language)
    .groupBy('status')
    .execute();
  const reported = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('language', '=', language)
    .where('reports', '>', 0)
    .where('status', '!=', 'rejected')
    .executeTakeFirstOrThrow();
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return {
    pending: of('pending'),
    reported: Number(reported.n),
    approved: of('approved'),
    rejected: of('rejected'),
  };
}

/** Every comment of a thread whatever its status, oldest first (the moderators' view in context). */
export async function wholeThread(db: Db, ref: ThreadRef, limit = 500): Promise<Comment[]> {
  const rows = await withAuthors(db.selectFrom('comments'))
    .where('comments.thread_kind', '=', ref.kind)
    .where('comments.thread_id', '=', ref.id)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .limit(limit)
    .execute();
  return rows.map(toComment);
}

// ---------------------------------------------------------------------------------------------
// Moderation log and word lists

export type LogAction =
  | 'approve'
  | 'reject'
  | 'feature'
  | 'unfeature'
  | 'ban'
  | 'suspend'
  | 'unban'
  | 'reply'
  | 'clear_reports';

export interface LogEntry {
  id: string;
  action: LogAction;
  commentId: string | null;
  readerId: string | null;
  reason: string | null;
  staffId: string | null;
  staffName: string | null;
  createdAt: string;
}

export async function insertLogEntry(db: Db, entry: Omit<LogEntry, 'staffName'>): Promise<void> {
  await db
    .insertInto('moderation_log')
    .values({
      id: entry.id,
      action: entry.action,
      comment_id: entry.commentId,
      reader_id: entry.readerId,
      reason: entry.reason,
      staff_id: entry.staffId,
      created_at: entry.createdAt,
    })
    .execute();
}

/** The decisions taken on a comment, or on a reader, oldest first. */
export async function moderationLog(
  db: Db,
  filter: { commentId?: string; readerId?: string },
): Promise<LogEntry[]> {
  let query = db
    .selectFrom('moderation_log')
    .leftJoin('staff_users', 'staff_users.id', 'moderation_log.staff_id')
    .selectAll('moderation_log')
    .select('staff_users.name as staff_name');
  if (filter.commentId) query = query.where('moderation_log.comment_id', '=', filter.commentId);
  if (filter.readerId) query = query.where('moderation_log.reader_id', '=', filter.readerId);
  const rows = await query.orderBy('moderation_log.created_at').orderBy('moderation_log.id').execute();
  return rows.map((row) => ({
    id: row.id,
    action: row.action as LogAction,
    commentId: row.comment_id,
    readerId: row.reader_id,
    reason: row.reason,
    staffId: row.staff_id,
    staffName: row.staff_name,
    createdAt: row.created_at,
  }));
}

export type WordKind = 'banned' | 'suspect';

export async function wordLists(db: Db, language: string): Promise<{ banned: string[]; suspect: string[] }> {
  const rows = await db
    .selectFrom('moderation_words')
    .select(['kind', 'word'])
    .where('language', '=', language)
    .orderBy('word')
    .execute();
  return {
    banned: rows.filter((r) => r.kind === 'banned').map((r) => r.word),
    suspect: rows.filter((r) => r.kind === 'suspect').map((r) => r.word),
  };
}

/** Replaces one word list of a language. */
export async function replaceWordList(
  db: Db,
  language: string,
  kind: WordKind,
  words: string[],
): Promise<void> {
  await db.deleteFrom('moderation_words').where('language', '=', language).where('kind', '=', kind).execute();
  const unique = [...new Set(words)];
  if (unique.length > 0)
    await db
      .insertInto('moderation_words')
      .values(unique.map((word) => ({ language, kind, word })))
      .execute();
}

// ---------------------------------------------------------------------------------------------
// Most Discussed

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
    .select((eb) => [
      'comments.thread_kind',
      'comments.thread_id',
      'articles.headline',
      'articles.section_slug',
      'articles.slug',
      'debates.question',
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('comments.created_at').as('latest'),
    ])
    .where('comments.language', '=', language)
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
          url: articlePath({
            language,
            sectionSlug: row.section_slug ?? null,
            slug: row.slug ?? '',
            id: row.thread_id,
          }),
          comments: Number(row.n),
        },
  );
}
