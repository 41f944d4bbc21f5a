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
import type { Comment } from '../../domain/comments.js';
import { isThreadOpen } from '../../domain/comments.js';
import { DomainError } from '../../domain/errors.js';
import { isLanguage, LANGUAGES } from '../../domain/languages.js';
import {
  debatePath,
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
import { defineRoute } from '../api-route.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import {
  BanSchema,
  BulkSchema,
  CommentCaseSchema,
  CommentModeSchema,
  CommentSettingsSchema,
  DebateCreateSchema,
  DebateSchema,
  FeatureSchema,
  ModeratedCommentListSchema,
  ModeratedCommentSchema,
  ModerationQuerySchema,
  ModerationQueueSchema,
  ReaderBanStateSchema,
  ReaderSettingsSchema,
  RejectSchema,
  WordListsSchema,
  WordListsStateSchema,
} from '../schemas/readers.js';

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
  const languageDoc = {
    description: 'A language code of the site',
    schema: { type: 'string', enum: [...LANGUAGES] },
  };
  const decidedDoc = { 200: { description: 'The comment as decided', schema: ModeratedCommentSchema } };
  const banDoc = { 200: { description: 'The reader’s ban state', schema: ReaderBanStateSchema } };
  const wordsDoc = { 200: { description: 'The word lists', schema: WordListsStateSchema } };

  defineRoute(
    app,
    {
      method: 'get',
      path: '/moderation/comments',
      operationId: 'listModerationQueue',
      summary: 'A language’s moderation queue: pending, reported, approved or rejected comments',
      tags: ['moderation'],
      auth: 'staff',
      query: ModerationQuerySchema,
      responses: { 200: { description: 'The queue', schema: ModerationQueueSchema } },
      errors: [400, 401, 403],
    },
    async (c, input) => {
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
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/comments/:id',
      operationId: 'getModeratedComment',
      summary: 'A comment with its whole thread, its reports and the log of decisions',
      tags: ['moderation'],
      auth: 'staff',
      responses: { 200: { description: 'The comment', schema: CommentCaseSchema } },
      errors: [401, 403, 404],
    },
    async (c) => {
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
    },
  );

  const decided = (c: Context<AppEnv>, comment: Comment) => {
    deps.pageCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.json(moderatedJson(comment, deps.publicUrl));
  };
  defineRoute(
    app,
    {
      method: 'post',
      path: '/comments/:id/approve',
      operationId: 'approveComment',
      summary: 'Approve a comment (logged with who and when)',
      tags: ['moderation'],
      auth: 'staff',
      responses: decidedDoc,
      errors: [401, 403, 404, 409],
    },
    async (c) => decided(c, await decide(ctxOf(c), c.req.param('id'), 'approve')),
  );
  defineRoute(
    app,
    {
      method: 'post',
      path: '/comments/:id/reject',
      operationId: 'rejectComment',
      summary: 'Reject a comment with a reason',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: RejectSchema, kind: 'json' },
      responses: decidedDoc,
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const { reason } = await input.body();
      return decided(c, await decide(ctxOf(c), c.req.param('id'), 'reject', reason));
    },
  );
  defineRoute(
    app,
    {
      method: 'post',
      path: '/comments/:id/feature',
      operationId: 'featureComment',
      summary: 'Feature a comment (or stop, with {"featured": false})',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: FeatureSchema, kind: 'custom', required: false },
      responses: decidedDoc,
      errors: [400, 401, 403, 404, 409],
    },
    async (c, input) => {
      const hasBody = (c.req.header('content-type') ?? '').includes('json');
      const { featured } = hasBody ? await input.body() : { featured: true };
      return decided(c, await decide(ctxOf(c), c.req.param('id'), featured ? 'feature' : 'unfeature'));
    },
  );
  defineRoute(
    app,
    {
      method: 'post',
      path: '/comments/bulk',
      operationId: 'decideComments',
      summary: 'The same decision on up to 200 comments, all or none',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: BulkSchema, kind: 'json' },
      responses: { 200: { description: 'The decided comments', schema: ModeratedCommentListSchema } },
      errors: [400, 401, 403, 404, 409, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const done = await decideMany(ctxOf(c), body.ids, body.action, body.reason);
      deps.pageCache.clear();
      c.header('Cache-Control', 'no-store');
      return c.json({ items: done.map((comment) => moderatedJson(comment, deps.publicUrl)) });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/readers/:id/ban',
      operationId: 'banReader',
      summary: 'Ban a reader, or suspend them until a time',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: BanSchema, kind: 'json' },
      responses: banDoc,
      errors: [400, 401, 403, 404, 415],
    },
    async (c, input) => {
      const body = await input.body();
      const reader = await banReader(ctxOf(c), c.req.param('id'), {
        reason: body.reason ?? null,
        until: body.until ?? null,
      });
      return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
    },
  );
  defineRoute(
    app,
    {
      method: 'post',
      path: '/readers/:id/unban',
      operationId: 'unbanReader',
      summary: 'Lift a ban or suspension',
      tags: ['moderation'],
      auth: 'staff',
      responses: banDoc,
      errors: [401, 403, 404],
    },
    async (c) => {
      const reader = await banReader(ctxOf(c), c.req.param('id'), { lift: true });
      return c.json({ id: reader.id, bannedAt: reader.bannedAt, suspendedUntil: reader.suspendedUntil });
    },
  );

  defineRoute(
    app,
    {
      method: 'post',
      path: '/debates',
      operationId: 'createDebate',
      summary: 'Open a debate: a journalist’s question to the readers of one language (editors)',
      tags: ['debates'],
      auth: 'staff',
      body: { schema: DebateCreateSchema, kind: 'json' },
      responses: { 201: { description: 'Created', schema: DebateSchema } },
      errors: [400, 401, 403, 415],
    },
    async (c, input) => {
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
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/articles/:id/comment-settings',
      operationId: 'setCommentSettings',
      summary: 'How an article takes comments: open, premoderated or closed, with an optional closing time',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: CommentModeSchema, kind: 'json' },
      responses: { 200: { description: 'The settings', schema: CommentSettingsSchema } },
      errors: [400, 401, 403, 404, 415],
    },
    async (c, input) => {
      const mode = await input.body();
      await setCommentMode(ctxOf(c), c.req.param('id'), mode);
      const thread = await findThread(db, { kind: 'article', id: c.req.param('id') });
      deps.pageCache.clear();
      return c.json({
        mode: thread?.mode ?? mode.mode,
        closesAt: thread?.closesAt ?? null,
        open: thread ? isThreadOpen(thread, deps.clock()) : false,
      });
    },
  );

  defineRoute(
    app,
    {
      method: 'get',
      path: '/moderation/words/:language',
      operationId: 'getWordLists',
      summary: 'The banned (refused) and suspect (queued) words of a language',
      tags: ['moderation'],
      auth: 'staff',
      params: { language: languageDoc },
      responses: wordsDoc,
      errors: [401, 403, 404],
    },
    async (c) => {
      authorize(staffOf(c), 'comment.moderate');
      return c.json(await wordLists(db, languageParam(c)));
    },
  );
  defineRoute(
    app,
    {
      method: 'put',
      path: '/moderation/words/:language',
      operationId: 'setWordLists',
      summary: 'Replace a language’s word lists',
      tags: ['moderation'],
      auth: 'staff',
      params: { language: languageDoc },
      body: { schema: WordListsSchema, kind: 'json' },
      responses: wordsDoc,
      errors: [400, 401, 403, 404, 415],
    },
    async (c, input) => {
      const language = languageParam(c);
      const lists = await input.body();
      return c.json(await setWordLists(ctxOf(c), language, lists));
    },
  );

  defineRoute(
    app,
    {
      method: 'put',
      path: '/moderation/settings',
      operationId: 'setReaderSettings',
      summary:
        'What happens to the comments of deleted accounts: keep (as from a deleted account) or remove (admins)',
      tags: ['moderation'],
      auth: 'staff',
      body: { schema: ReaderSettingsSchema, kind: 'json' },
      responses: { 200: { description: 'The setting', schema: ReaderSettingsSchema } },
      errors: [400, 401, 403, 415],
    },
    async (c, input) => {
      const { deletedAccountComments } = await input.body();
      await setDeletedCommentsPolicy(ctxOf(c), deletedAccountComments);
      return c.json({ deletedAccountComments });
    },
  );

  return app;
}
