/**
 * Staff readers API (under /api/v1, behind requireStaff): the moderation queues and
 * decisions, bans, debates, comment modes of articles, word lists and the readers' settings.
 * @example POST /api/v1/comments/{id}/reject {"reason": "Personal attack"}
 */
import { type Context, Hono } from 'hono';
import { setCommentMode, setWordLists } from '../../../commands/comment-settings.js';
import { decide, decideMany } from '../../../commands/comments.js';
import type { CommandContext } from '../../../commands/context.js';
import { authorize } from '../../../commands/context.js';
import { createDebate } from '../../../commands/debates.js';
import { banReader, setDeletedCommentsPolicy } from '../../../commands/reader-moderation.js';
import { debatePath } from '../../../domain/article.js';
import type { Comment } from '../../../domain/comments.js';
import { isThreadOpen } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage } from '../../../domain/languages.js';
import { findThread } from '../../../storage/repos/comment-threads.js';
import { findComment, reportsOf } from '../../../storage/repos/comments.js';
import { moderationLog } from '../../../storage/repos/moderation-log.js';
import {
  moderationQueue,
  type QueuedComment,
  queueCounts,
  wholeThread,
} from '../../../storage/repos/moderation-queue.js';
import { wordLists } from '../../../storage/repos/word-lists.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import { MODERATION_ROUTES } from '../../schemas/moderation-routes.js';

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

  defineRoute(app, MODERATION_ROUTES.listModerationQueue, async (c, input) => {
    authorize(staffOf(c), 'comment.moderate');
    const query = input.query();
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

  defineRoute(app, MODERATION_ROUTES.getModeratedComment, async (c) => {
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
  defineRoute(app, MODERATION_ROUTES.approveComment, async (c) =>
    decided(c, await decide(ctxOf(c), c.req.param('id'), 'approve')),
  );
  defineRoute(app, MODERATION_ROUTES.rejectComment, async (c, input) => {
    const { reason } = await input.body();
    return decided(c, await decide(ctxOf(c), c.req.param('id'), 'reject', reason));
  });
  defineRoute(app, MODERATION_ROUTES.featureComment, async (c, input) => {
    const hasBody = (c.req.header('content-type') ?? '').includes('json');
    const { featured } = hasBody ? await input.body() : { featured: true };
    return decided(c, await decide(ctxOf(c), c.req.param('id'), featured ? 'feature' : 'unfeature'));
  });
  defineRoute(app, MODERATION_ROUTES.decideComments, async (c, input) => {
    const body = await input.body();
    const done = await decideMany(ctxOf(c), body.ids, body.action, body.reason);
    deps.pageCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.json({ items: done.map((comment) => moderatedJson(comment, deps.publicUrl)) });
  });

  defineRoute(app, MODERATION_ROUTES.banReader, async (c, input) => {
    const body = await input.body();
    const reader = await banReader(ctxOf(c), c.req.param('id'), {
      reason: body.reason ?? null,
      until: body.until ?? null,
    });
    return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
  });
  defineRoute(app, MODERATION_ROUTES.unbanReader, async (c) => {
    const reader = await banReader(ctxOf(c), c.req.param('id'), { lift: true });
    return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
  });

  defineRoute(app, MODERATION_ROUTES.createDebate, async (c, input) => {
    const debate = await createDebate(ctxOf(c), await input.body());
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

  defineRoute(app, MODERATION_ROUTES.setCommentSettings, async (c, input) => {
    const mode = await input.body();
    await setCommentMode(ctxOf(c), c.req.param('id'), mode);
    const thread = await findThread(db, { kind: 'article', id: c.req.param('id') });
    deps.pageCache.clear();
    return c.json({
      mode: thread?.mode ?? mode.mode,
      closesAt: thread?.closesAt ?? null,
      open: thread ? isThreadOpen(thread, deps.clock()) : false,
      multilingual: thread?.multilingual ?? false,
    });
  });

  defineRoute(app, MODERATION_ROUTES.getWordLists, async (c) => {
    authorize(staffOf(c), 'comment.moderate');
    return c.json(await wordLists(db, languageParam(c)));
  });
  defineRoute(app, MODERATION_ROUTES.setWordLists, async (c, input) => {
    const language = languageParam(c);
    const lists = await input.body();
    return c.json(await setWordLists(ctxOf(c), language, lists));
  });

  defineRoute(app, MODERATION_ROUTES.setReaderSettings, async (c, input) => {
    const { deletedAccountComments } = await input.body();
    await setDeletedCommentsPolicy(ctxOf(c), deletedAccountComments);
    return c.json({ deletedAccountComments });
  });

  return app;
}
