/**
 * Comments with their authors, recommendations and reports: written, found, paged by thread,
 * counted per reader, decided and removed.
 * @example const page = await approvedThreadPage(db, { kind: 'debate', id }, { limit: 20, offset: 0 })
 */
import type { SelectQueryBuilder } from 'kysely';
import {
  badgeOf,
  type Comment,
  type CommentAuthor,
  type CommentStatus,
  type ThreadKind,
  type ThreadRef,
} from '../../domain/comments.js';
import type { Db } from '../db.js';
import type { Schema } from '../schema/database.js';

type CommentRow = Schema['comments'] & {
  reader_name: string | null;
  staff_name: string | null;
  staff_role: string | null;
};

/** A comments query joined with who wrote each comment (reader or staff). */
export function withAuthors<O>(query: SelectQueryBuilder<Schema, 'comments', O>) {
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

/** A comment row, joined with its author, as a Comment. */
export const toComment = (row: CommentRow): Comment => ({
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
