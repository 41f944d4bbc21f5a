/**
 * Comments: a reader's or a journalist's new comment (through the moderation checks),
 * moderators' decisions (approve, reject with a reason, feature, in bulk), recommendations
 * and reports. Every decision is logged with who and when. Debates are in debates.ts, the
 * comment mode and word lists in comment-settings.ts.
 * @example const { comment } = await postComment(db, { kind: 'reader', reader }, { thread, body }, now);
 */
import { commentLanguageOf, translationTargets } from '../domain/comment-languages.js';
import {
  type Comment,
  type CommentStatus,
  cleanCommentText,
  MAX_REASON_LENGTH,
  type ThreadRef,
  textKey,
} from '../domain/comments.js';
import { DomainError, invalid } from '../domain/errors.js';
import {
  CommentRefused,
  DEFAULT_MODERATION,
  type ModerationSettings,
  moderate,
} from '../domain/moderation.js';
import type { Reader } from '../domain/readers.js';
import type { StaffUser } from '../domain/staff.js';
import { newId } from '../lib/ids.js';
import type { Db } from '../storage/db.js';
import { findThread } from '../storage/repos/comment-threads.js';
import { askTranslations } from '../storage/repos/comment-translations.js';
import {
  addRecommendation,
  addReport,
  approvedCountOfReader,
  clearReports,
  decideComment,
  findComment,
  insertComment,
  recentKeysOfReader,
  setCommentFeatured,
} from '../storage/repos/comments.js';
import { insertLogEntry, type LogAction } from '../storage/repos/moderation-log.js';
import { hitRateLimit } from '../storage/repos/rate-limits.js';
import { findReader } from '../storage/repos/readers.js';
import { wordLists } from '../storage/repos/word-lists.js';
import { authorize, type CommandContext } from './context.js';

export type Writer = { kind: 'reader'; reader: Reader } | { kind: 'staff'; staff: StaffUser };

/** What a new comment says and where: the thread, the text, what it answers, its language. */
export interface CommentInput {
  thread: ThreadRef;
  body: string;
  parentId?: string | null | undefined;
  /** The language the writer chose (multilingual threads only; else the thread's). */
  language?: string | null | undefined;
  /** The language of the page it was written on: the last guess of a multilingual thread. */
  pageLanguage?: string | null | undefined;
}

/**
 * Posts a comment. A reader's goes through the moderation checks (refused, queued as
 * pending, or approved) with the word lists of the comment's own language; a staff member's
 * is a badged reply, approved at once (and a pending comment it answers is approved with it).
 * In a multilingual thread its translations into the other languages are asked for in the
 * same transaction; the translation job makes them, so posting never waits for a provider.
 */
export async function postComment(
  db: Db,
  writer: Writer,
  input: CommentInput,
  now: Date,
  settings: ModerationSettings = DEFAULT_MODERATION,
): Promise<{ comment: Comment; approvedParent: boolean }> {
  const body = cleanCommentText(input.body);
  const thread = await findThread(db, input.thread);
  if (!thread) throw new DomainError('not_found', `No ${input.thread.kind} with id ${input.thread.id}`);
  const parent = input.parentId ? await findComment(db, input.parentId) : null;
  if (input.parentId) {
    const sameThread = parent && parent.thread.kind === thread.kind && parent.thread.id === thread.id;
    const visible =
      parent && (parent.status === 'approved' || (writer.kind === 'staff' && parent.status === 'pending'));
    if (!sameThread || !visible)
      throw invalid('parentId', 'There is no such comment in this thread to reply to');
  }
  const iso = now.toISOString();
  const language = commentLanguageOf(thread, {
    chosen: input.language,
    page: input.pageLanguage,
    body,
  });

  let status: CommentStatus = 'approved';
  let queueReason: string | null = null;
  if (writer.kind === 'reader') {
    // Re-read: a ban may have come after the session was resolved.
    const reader = (await findReader(db, writer.reader.id)) ?? writer.reader;
    const rate = await hitRateLimit(db, `comment:reader:${reader.id}`, settings.rate, now);
    const [approvedComments, recentKeys, words] = await Promise.all([
      approvedCountOfReader(db, reader.id),
      recentKeysOfReader(db, reader.id, new Date(now.getTime() - settings.repeatWindowMs)),
      wordLists(db, language),
    ]);
    const outcome = moderate({
      body,
      bodyKey: textKey(body),
      thread,
      reader: { bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil, approvedComments },
      words,
      recentKeys,
      rate,
      settings,
      now,
    });
    if (outcome.kind === 'refuse') throw new CommentRefused(outcome.reason, outcome.retryAfterSeconds);
    if (outcome.kind === 'queue') {
      status = 'pending';
      queueReason = outcome.reasons.join(',');
    }
  } else {
    authorize(writer.staff, 'comment.moderate');
    if (!body) throw new CommentRefused('empty');
    if ([...body].length > settings.maxLength) throw new CommentRefused('tooLong');
  }

  const comment: Comment = {
    id: newId(),
    thread: { kind: thread.kind, id: thread.id },
    language,
    parentId: parent?.id ?? null,
    author:
      writer.kind === 'reader'
        ? { kind: 'reader', readerId: writer.reader.id, name: writer.reader.displayName }
        : {
            kind: 'staff',
            staffId: writer.staff.id,
            name: writer.staff.name,
            badge: writer.staff.role === 'moderator' ? 'moderator' : 'journalist',
          },
    body,
    status,
    queueReason,
    rejectReason: null,
    featuredAt: null,
    recommendations: 0,
    reports: 0,
    createdAt: iso,
    decidedAt: status === 'approved' ? iso : null,
  };
  const approvedParent = writer.kind === 'staff' && parent?.status === 'pending';
  await db.transaction().execute(async (trx) => {
    await insertComment(trx, {
      ...comment,
      readerId: writer.kind === 'reader' ? writer.reader.id : null,
      staffId: writer.kind === 'staff' ? writer.staff.id : null,
      bodyKey: textKey(body),
    });
    if (thread.multilingual) await askTranslations(trx, comment.id, translationTargets(language), now);
    if (writer.kind === 'staff') {
      if (approvedParent && parent) {
        await decideComment(trx, parent.id, { status: 'approved', rejectReason: null, at: iso });
        await log(trx, 'approve', { commentId: parent.id, staffId: writer.staff.id, at: iso });
      }
      // Logged on the comment answered (a decision about it), or on the new one when it starts a thread.
      await log(trx, 'reply', { commentId: parent?.id ?? comment.id, staffId: writer.staff.id, at: iso });
    }
  });
  return { comment, approvedParent };
}

async function log(
  db: Db,
  action: LogAction,
  entry: {
    commentId?: string | null;
    readerId?: string | null;
    reason?: string | null;
    staffId: string;
    at: string;
  },
) {
  await insertLogEntry(db, {
    id: newId(),
    action,
    commentId: entry.commentId ?? null,
    readerId: entry.readerId ?? null,
    reason: entry.reason ?? null,
    staffId: entry.staffId,
    createdAt: entry.at,
  });
}

export const DECISIONS = ['approve', 'reject', 'feature', 'unfeature', 'clear_reports'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * A moderator's decision on one comment: approve (also clears its reports), reject with a
 * reason, feature (approving it if need be) or unfeature. Answers the comment as it is now.
 */
export async function decide(
  ctx: CommandContext,
  commentId: string,
  decision: Decision,
  reason?: string | null,
): Promise<Comment> {
  authorize(ctx.actor, 'comment.moderate');
  const why = checkReason(decision, reason);
  return ctx.db.transaction().execute((trx) => decideIn(trx, ctx, commentId, decision, why));
}

function checkReason(decision: Decision, reason: string | null | undefined): string | null {
  const why = reason?.trim() || null;
  if (decision === 'reject' && !why) throw invalid('reason', 'Say why the comment is rejected');
  if (why && why.length > MAX_REASON_LENGTH) throw invalid('reason', 'The reason is too long');
  return why;
}

/** One decision inside the caller's transaction. */
async function decideIn(
  trx: Db,
  ctx: Pick<CommandContext, 'actor' | 'now'>,
  commentId: string,
  decision: Decision,
  why: string | null,
): Promise<Comment> {
  const comment = await findComment(trx, commentId);
  if (!comment) throw new DomainError('not_found', `No comment with id ${commentId}`);
  const at = ctx.now.toISOString();
  const staffId = ctx.actor.id;
  if (decision === 'approve' || (decision === 'feature' && comment.status !== 'approved')) {
    await decideComment(trx, commentId, { status: 'approved', rejectReason: null, at });
    await clearReports(trx, commentId);
    await log(trx, 'approve', { commentId, staffId, at, reason: decision === 'approve' ? why : null });
  }
  if (decision === 'reject') {
    await decideComment(trx, commentId, { status: 'rejected', rejectReason: why, at });
    await setCommentFeatured(trx, commentId, null);
    await log(trx, 'reject', { commentId, staffId, at, reason: why });
  }
  if (decision === 'feature') {
    await setCommentFeatured(trx, commentId, at);
    await log(trx, 'feature', { commentId, staffId, at });
  }
  if (decision === 'unfeature') {
    await setCommentFeatured(trx, commentId, null);
    await log(trx, 'unfeature', { commentId, staffId, at });
  }
  if (decision === 'clear_reports') {
    await clearReports(trx, commentId);
    await log(trx, 'clear_reports', { commentId, staffId, at });
  }
  const updated = await findComment(trx, commentId);
  if (!updated) throw new DomainError('not_found', `No comment with id ${commentId}`);
  return updated;
}

/** The same decision on several comments, all or none. */
export async function decideMany(
  ctx: CommandContext,
  ids: readonly string[],
  decision: Decision,
  reason?: string | null,
): Promise<Comment[]> {
  authorize(ctx.actor, 'comment.moderate');
  if (ids.length === 0) throw invalid('ids', 'Choose at least one comment');
  if (ids.length > 200) throw invalid('ids', 'At most 200 comments at once');
  const why = checkReason(decision, reason);
  return ctx.db.transaction().execute(async (trx) => {
    const done: Comment[] = [];
    for (const id of new Set(ids)) done.push(await decideIn(trx, ctx, id, decision, why));
    return done;
  });
}

/** A reader recommends a comment, once; answers false when they already had. */
export async function recommendComment(
  db: Db,
  reader: Reader,
  commentId: string,
  now: Date,
): Promise<boolean> {
  const comment = await findComment(db, commentId);
  if (comment?.status !== 'approved') throw new DomainError('not_found', `No comment with id ${commentId}`);
  if (comment.author.kind === 'reader' && comment.author.readerId === reader.id) {
    throw new DomainError('conflict', 'You cannot recommend your own comment');
  }
  return db.transaction().execute((trx) => addRecommendation(trx, commentId, reader.id, now.toISOString()));
}

/** A reader reports a comment to the moderators, once; it then shows in the "reported" queue. */
export async function reportComment(
  db: Db,
  reader: Reader,
  commentId: string,
  reason: string,
  now: Date,
): Promise<boolean> {
  const why = cleanCommentText(reason).slice(0, MAX_REASON_LENGTH);
  const comment = await findComment(db, commentId);
  if (comment?.status !== 'approved') throw new DomainError('not_found', `No comment with id ${commentId}`);
  return db
    .transaction()
    .execute((trx) => addReport(trx, { commentId, readerId: reader.id, reason: why, at: now.toISOString() }));
}
