/**
 * Staff readers API (under /api/v1, behind requireStaff): the moderation queues and
 * decisions, bans, debates, comment modes of articles, word lists and the readers' settings.
 * @example POST /api/v1/comments/{id}/reject {"reason": "Personal attack"}
 */
import { type Context, Hono } from 'hono';
import { createDebate, decide, decideMany, setCommentMode, setWordLists } from '../../commands/comments.js';
import type { CommandContext } from '../../commands/context.js';
import { authorize } from '../../commands/context.js';
import { banReader, setDeletedCommentsPolicy } from '../../commands/readers.js';
import { debatePath } from '../../domain/article.js';
import type { Comment } from '../../domain/comments.js';
import { isThreadOpen } from '../../domain/comments.js';
import { DomainError } from '../../domain/errors.js';
import { isLanguage } from '../../domain/languages.js';
import {
  findComment,
  findThread,
  moderationLog,
  moderationQueue,
  type QueuedComment,
  queueCounts,
  reportsOf,
  wholeThread,
  wordLists,
} from '../../storage/repos/comments.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import {
  BanSchema,
  BulkSchema,
  CommentModeSchema,
  DebateCreateSchema,
  FeatureSchema,
  ModerationQuerySchema,
  ReaderSettingsSchema,
  RejectSchema,
  WordListsSchema,
} from '../schemas/readers.js';
import { jsonBody, queryOf } from '../validate.js';

/** A comment as moderators see it through the API. */
export function moderatedJson(comment: Comment | QueuedComment, publicUrl: string): Record<string, unknown> {
  const author = comment.author;
  const queued = 'threadPath' in comment ? comment : null;
  return {
    id: comment.id,
    status: comment.status,
    body: comment.body,
    parentId: comment.parentId,
    author: {
      name: author.kind === 'deleted' ? null : author.name,
      badge: author.kind === 'staff' ? author.badge : null,
      deleted: author.kind === 'deleted',
      readerId: author.kind === 'reader' ? author.readerId : null,
      banned: queued?.readerBanned ?? false,
    },
    thread: {
      kind: comment.thread.kind,
      id: comment.thread.id,
      headline: queued?.threadHeadline ?? '',
      url: queued ? `${publicUrl}${queued.threadPath}` : '',
    },
    queueReason: comment.queueReason,
    rejectReason: comment.rejectReason,
    featured: comment.featuredAt !== null,
    reports: comment.reports,
    createdAt: comment.createdAt,
    decidedAt: comment.decidedAt,
  };
}

export function apiReadersRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const ctxOf = (c: Context<AppEnv>): CommandContext => ({ db, actor: staffOf(c), now: deps.clock() });
  const languageParam = (c: Context<AppEnv>) => {
    const language = c.req.param('language');
    if (!isLanguage(language)) throw new DomainError('not_found', `No language ${language}`);
    return language;
  };

  app.get('/moderation/comments', async (c) => {
    authorize(staffOf(c), 'comment.moderate');
    const query = queryOf(c, ModerationQuerySchema);
    const [items, counts] = await Promise.all([
      moderationQueue(db, {
        language: query.language,
        queue: query.status,
        limit: query.limit,
        offset: query.offset,
      }),
      queueCounts(db, query.language),
    ]);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: items.map((item) => moderatedJson(item, deps.publicUrl)), counts });
  });

  app.get('/comments/:id', async (c) => {
    authorize(staffOf(c), 'comment.moderate');
    const comment = await findComment(db, c.req.param('id'));
    if (!comment) throw new DomainError('not_found', `No comment with id ${c.req.param('id')}`);
    const [thread, log, reports] = await Promise.all([
      wholeThread(db, comment.thread),
      moderationLog(db, { commentId: comment.id }),
      reportsOf(db, comment.id),
    ]);
    c.header('Cache-Control', 'no-store');
    return c.json({
      comment: moderatedJson(comment, deps.publicUrl),
      thread: thread.map((item) => moderatedJson(item, deps.publicUrl)),
      reports,
      log,
    });
  });

  const decided = (c: Context<AppEnv>, comment: Comment) => {
    deps.pageCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.json(moderatedJson(comment, deps.publicUrl));
  };
  app.post('/comments/:id/approve', async (c) =>
    decided(c, await decide(ctxOf(c), c.req.param('id'), 'approve')),
  );
  app.post('/comments/:id/reject', async (c) => {
    const { reason } = await jsonBody(c, RejectSchema);
    return decided(c, await decide(ctxOf(c), c.req.param('id'), 'reject', reason));
  });
  app.post('/comments/:id/feature', async (c) => {
    const hasBody = (c.req.header('content-type') ?? '').includes('json');
    const { featured } = hasBody ? await jsonBody(c, FeatureSchema) : { featured: true };
    return decided(c, await decide(ctxOf(c), c.req.param('id'), featured ? 'feature' : 'unfeature'));
  });
  app.post('/comments/bulk', async (c) => {
    const input = await jsonBody(c, BulkSchema);
    const done = await decideMany(ctxOf(c), input.ids, input.action, input.reason);
    deps.pageCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.json({ items: done.map((comment) => moderatedJson(comment, deps.publicUrl)) });
  });

  app.post('/readers/:id/ban', async (c) => {
    const input = await jsonBody(c, BanSchema);
    const reader = await banReader(ctxOf(c), c.req.param('id'), {
      reason: input.reason ?? null,
      until: input.until ?? null,
    });
    return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
  });
  app.post('/readers/:id/unban', async (c) => {
    const reader = await banReader(ctxOf(c), c.req.param('id'), { lift: true });
    return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
  });

  app.post('/debates', async (c) => {
    const input = await jsonBody(c, DebateCreateSchema);
    const debate = await createDebate(ctxOf(c), input);
    deps.pageCache.clear();
    return c.json(
      {
        ...debate,
        open: isThreadOpen(debate, deps.clock()),
        url: `${deps.publicUrl}${debatePath(debate)}`,
        comments: 0,
      },
      201,
    );
  });

  app.put('/articles/:id/comment-settings', async (c) => {
    const input = await jsonBody(c, CommentModeSchema);
    await setCommentMode(ctxOf(c), c.req.param('id'), input);
    const thread = await findThread(db, { kind: 'article', id: c.req.param('id') });
    deps.pageCache.clear();
    return c.json({
      mode: thread?.mode ?? input.mode,
      closesAt: thread?.closesAt ?? null,
      open: thread ? isThreadOpen(thread, deps.clock()) : false,
    });
  });

  app.get('/moderation/words/:language', async (c) => {
    authorize(staffOf(c), 'comment.moderate');
    return c.json(await wordLists(db, languageParam(c)));
  });
  app.put('/moderation/words/:language', async (c) => {
    const language = languageParam(c);
    const lists = await jsonBody(c, WordListsSchema);
    return c.json(await setWordLists(ctxOf(c), language, lists));
  });

  app.put('/moderation/settings', async (c) => {
    const { deletedAccountComments } = await jsonBody(c, ReaderSettingsSchema);
    await setDeletedCommentsPolicy(ctxOf(c), deletedAccountComments);
    return c.json({ deletedAccountComments });
  });

  return app;
}
