/**
 * The newsroom's moderation queue (under /newsroom): the queue and one comment in its thread
 * (approve, reject with a reason, feature, ban, one by one or in bulk; a reply as journalist).
 * The session and CSRF token are checked by the newsroom's middleware; the commands check the
 * policy, so pages and API refuse alike. Debates are in debates.tsx, the comment settings in
 * moderation-settings.tsx.
 * @example GET /newsroom/moderation?language=de&status=reported
 */
import { Hono } from 'hono';
import { decide, decideMany, postComment } from '../../../commands/comments.js';
import { authorize } from '../../../commands/context.js';
import { banReader } from '../../../commands/reader-moderation.js';
import { shownText } from '../../../domain/comment-languages.js';
import { type CommentNode, nestReplies } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import {
  ModerationDetailPage,
  type ModerationDetailView,
  ModerationQueuePage,
  QUEUE_NAMES,
  type QueueName,
} from '../../../render/newsroom/moderation-page.js';
import { findThread } from '../../../storage/repos/comment-threads.js';
import { translationsInto } from '../../../storage/repos/comment-translations.js';
import { findComment, reportsOf } from '../../../storage/repos/comments.js';
import { moderationLog } from '../../../storage/repos/moderation-log.js';
import { moderationQueue, queueCounts, wholeThread } from '../../../storage/repos/moderation-queue.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { noStoreHtml as html } from '../../newsroom-forms.js';
import { safeRedirectPath } from '../../safe-redirect.js';

const PAGE_SIZE = 50;

/** Only a moderation page of the newsroom to come back to. */
function safeBack(value: unknown): string {
  return safeRedirectPath(value, { within: '/newsroom/moderation', fallback: '/newsroom/moderation' });
}

function withNotice(path: string, key: string, value: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

export function newsroomModerationRoutes(deps: AppDeps, assets: ClientAssets) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const island = assets.comments;
  const scripts = island ? [island.src] : [];

  app.get('/moderation', async (c) => {
    const { t, staff, csrf, language: uiLanguage } = newsroomView(c, deps);
    authorize(staff, 'comment.moderate');
    const requested = c.req.query('language');
    const language: Language = isLanguage(requested) ? requested : uiLanguage;
    const status = c.req.query('status');
    const queue: QueueName = (QUEUE_NAMES as readonly string[]).includes(status ?? '')
      ? (status as QueueName)
      : 'pending';
    const raw = c.req.query('page') ?? '1';
    const page = /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : 1;
    const [items, counts] = await Promise.all([
      moderationQueue(db, { language, queue, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE }),
      queueCounts(db, language),
    ]);
    // Comments of multilingual threads: the original beside its translation into the moderator's language.
    const translations = await translationsInto(
      db,
      items.filter((item) => item.threadMultilingual).map((item) => item.id),
      uiLanguage,
    );
    const base = `/newsroom/moderation?language=${language}&status=${queue}`;
    const done = c.req.query('done');
    const failed = c.req.query('error');
    return html(
      c,
      <ModerationQueuePage
        t={t}
        staff={staff}
        csrf={csrf}
        scripts={scripts}
        view={{
          language,
          queue,
          counts,
          items: items.slice(0, PAGE_SIZE).map((item) => ({
            comment: item,
            threadHeadline: item.threadHeadline,
            threadHref: item.threadPath,
            readerId: item.readerId,
            readerBanned: item.readerBanned,
            shown: item.threadMultilingual
              ? shownText(item, uiLanguage, true, translations.get(item.id))
              : undefined,
          })),
          notice: failed
            ? { kind: 'error', text: t.t('readers.moderation.needReason') }
            : done && /^\d+$/.test(done)
              ? { kind: 'ok', text: t.t('readers.moderation.done', { count: Number(done) }) }
              : null,
          previousHref: page > 1 ? `${base}&page=${page - 1}` : null,
          nextHref: items.length > PAGE_SIZE ? `${base}&page=${page + 1}` : null,
          back: page > 1 ? `${base}&page=${page}` : base,
        }}
      />,
    );
  });

  /** The one form of the queue: `one` names the action (`approve:<id>`, `ban:<readerId>`, `bulk`...). */
  app.post('/moderation/decide', async (c) => {
    const { staff } = newsroomView(c, deps);
    const form = await c.req.parseBody({ all: true });
    const text = (name: string) => {
      const value = form[name];
      return typeof value === 'string' ? value : '';
    };
    const back = safeBack(text('back'));
    const [action = '', id = ''] = text('one').split(':');
    const ctx = { db, actor: staff, now: deps.clock() };
    let count = 1;
    try {
      if (action === 'bulk') {
        const raw = form.ids;
        const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
          (v): v is string => typeof v === 'string',
        );
        const bulk = text('bulk');
        if (bulk !== 'approve' && bulk !== 'reject' && bulk !== 'feature')
          throw new DomainError('validation_failed', 'Unknown action');
        count = (await decideMany(ctx, ids, bulk, text('bulkReason'))).length;
      } else if (action === 'enter') {
        // Enter in a reason field submits with the form's first button: reject the one comment whose reason was typed.
        const typed = Object.keys(form).filter(
          (name) => name.startsWith('reason:') && text(name).trim() !== '',
        );
        const only = typed.length === 1 ? typed[0]?.slice('reason:'.length) : undefined;
        if (!only) throw new DomainError('validation_failed', 'Type the reason of one comment', 'reason');
        await decide(ctx, only, 'reject', text(`reason:${only}`));
      } else if (action === 'ban') {
        await banReader(ctx, id, { reason: null });
      } else if (
        action === 'approve' ||
        action === 'reject' ||
        action === 'feature' ||
        action === 'unfeature'
      ) {
        await decide(ctx, id, action, text(`reason:${id}`));
      } else {
        throw new DomainError('validation_failed', 'Choose an action');
      }
    } catch (error) {
      if (error instanceof DomainError && error.code === 'validation_failed') {
        return c.redirect(withNotice(back, 'error', error.field ?? 'action'), 303);
      }
      throw error;
    }
    deps.pageCache.clear();
    return c.redirect(withNotice(back, 'done', String(count)), 303);
  });

  app.get('/moderation/comments/:id', async (c) => {
    const { t, staff, csrf, language: uiLanguage } = newsroomView(c, deps);
    authorize(staff, 'comment.moderate');
    const comment = await findComment(db, c.req.param('id'));
    if (!comment) throw new DomainError('not_found', 'No such comment');
    const [all, log, reports, thread] = await Promise.all([
      wholeThread(db, comment.thread),
      moderationLog(db, { commentId: comment.id }),
      reportsOf(db, comment.id),
      findThread(db, comment.thread),
    ]);
    const nodes = nestReplies(
      all.filter((item) => item.parentId === null),
      all.filter((item) => item.parentId !== null),
    );
    if (thread?.multilingual) {
      const translations = await translationsInto(
        db,
        all.map((item) => item.id),
        uiLanguage,
      );
      const show = (list: CommentNode[]) => {
        for (const node of list) {
          node.shown = shownText(node.comment, uiLanguage, true, translations.get(node.comment.id));
          show(node.replies);
        }
      };
      show(nodes);
    }
    const view: ModerationDetailView = {
      comment,
      threadHeadline: thread?.headline ?? '',
      threadHref: thread?.path ?? '/newsroom/moderation',
      thread: nodes,
      log: log.map((entry) => ({
        action: entry.action,
        staffName: entry.staffName,
        reason: entry.reason,
        createdAt: entry.createdAt,
      })),
      reports,
      back: `/newsroom/moderation?language=${comment.language}&status=${comment.status}`,
      notice: c.req.query('error')
        ? { kind: 'error', text: t.t('readers.moderation.needReason') }
        : c.req.query('done')
          ? { kind: 'ok', text: t.t('readers.moderation.done', { count: 1 }) }
          : null,
    };
    return html(c, <ModerationDetailPage t={t} staff={staff} csrf={csrf} scripts={scripts} view={view} />);
  });

  app.post('/moderation/comments/:id/reply', async (c) => {
    const { staff, language: uiLanguage } = newsroomView(c, deps);
    const id = c.req.param('id');
    const comment = await findComment(db, id);
    if (!comment) throw new DomainError('not_found', 'No such comment');
    const form = await c.req.parseBody();
    const body = typeof form.body === 'string' ? form.body : '';
    await postComment(
      db,
      { kind: 'staff', staff },
      { thread: comment.thread, body, parentId: id, pageLanguage: uiLanguage },
      deps.clock(),
    );
    deps.pageCache.clear();
    return c.redirect(`/newsroom/moderation/comments/${id}?done=1`, 303);
  });

  return app;
}
