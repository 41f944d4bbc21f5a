/**
 * The newsroom's comments pages (under /newsroom): the moderation queue and one comment in
 * its thread (approve, reject with a reason, feature, ban, one by one or in bulk; a reply as
 * journalist); debates (list, create, edit, close); how an article takes comments; the word
 * lists; what happens to a deleted account's comments. The session and CSRF token are
 * checked by the newsroom's middleware; the commands check the policy, so pages and API
 * refuse alike.
 * @example GET /newsroom/moderation?language=de&status=reported
 */
import { type Context, Hono } from 'hono';
import {
  closeDebate,
  createDebate,
  decide,
  decideMany,
  editDebate,
  postComment,
  setCommentMode,
  setWordLists,
} from '../../../commands/comments.js';
import { authorize } from '../../../commands/context.js';
import { banReader, deletedCommentsPolicy, setDeletedCommentsPolicy } from '../../../commands/readers.js';
import { debatePath, threadPagePath } from '../../../domain/article.js';
import {
  COMMENT_MODES,
  type CommentMode,
  type Debate,
  debateState,
  isThreadOpen,
  nestReplies,
} from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import type { MessageKey } from '../../../i18n/catalogue.js';
import { instantToLocal, localToInstant } from '../../../lib/zoned-time.js';
import {
  DebateEditPage,
  type DebateEditView,
  type DebateFormValues,
  DebatesDeskPage,
  type DebatesDeskView,
} from '../../../render/newsroom/debates-page.js';
import type { DeskNotice } from '../../../render/newsroom/moderation-nav.js';
import {
  ModerationDetailPage,
  type ModerationDetailView,
  ModerationQueuePage,
  QUEUE_NAMES,
  type QueueName,
} from '../../../render/newsroom/moderation-page.js';
import {
  AccountSettingsPage,
  ArticleCommentsPage,
  type ArticleCommentsView,
  WordListsPage,
} from '../../../render/newsroom/moderation-settings.js';
import {
  findComment,
  findDebate,
  findThread,
  moderationLog,
  moderationQueue,
  newsroomDebates,
  queueCounts,
  recentArticleCommentSettings,
  reportsOf,
  wholeThread,
  wordLists,
} from '../../../storage/repos/comments.js';
import type { ClientAssets } from '../../client-assets.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
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

  const html = async (c: Context<AppEnv>, node: unknown, status: 200 | 400 | 404 = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(await Promise.resolve(String(node ?? '')), status);
  };

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
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'comment.moderate');
    const comment = await findComment(db, c.req.param('id'));
    if (!comment) throw new DomainError('not_found', 'No such comment');
    const [all, log, reports, thread] = await Promise.all([
      wholeThread(db, comment.thread),
      moderationLog(db, { commentId: comment.id }),
      reportsOf(db, comment.id),
      findThread(db, comment.thread),
    ]);
    const view: ModerationDetailView = {
      comment,
      threadHeadline: thread?.headline ?? '',
      threadHref: thread?.path ?? '/newsroom/moderation',
      thread: nestReplies(
        all.filter((item) => item.parentId === null),
        all.filter((item) => item.parentId !== null),
      ),
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
    const { staff } = newsroomView(c, deps);
    const id = c.req.param('id');
    const comment = await findComment(db, id);
    if (!comment) throw new DomainError('not_found', 'No such comment');
    const form = await c.req.parseBody();
    const body = typeof form.body === 'string' ? form.body : '';
    await postComment(
      db,
      { kind: 'staff', staff },
      { thread: comment.thread, body, parentId: id },
      deps.clock(),
    );
    deps.pageCache.clear();
    return c.redirect(`/newsroom/moderation/comments/${id}?done=1`, 303);
  });

  debateRoutes(app, deps, html);
  settingsRoutes(app, deps, html);
  return app;
}

type HtmlAnswer = (c: Context<AppEnv>, node: unknown, status?: 200 | 400 | 404) => Promise<Response>;

/** A form's text fields (files and repeated names are not used by these forms). */
async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** A datetime-local value as an ISO instant of the newsroom's zone; null when empty, a validation error when not a time. */
function instantField(field: string, value: string | undefined, timeZone: string): string | null {
  if (!value?.trim()) return null;
  const instant = localToInstant(value, timeZone);
  if (!instant) throw new DomainError('validation_failed', 'This is not a date and time', field);
  return instant.toISOString();
}

const languageOr = (value: unknown, fallback: Language): Language => (isLanguage(value) ? value : fallback);

/** The message of a debate form's error, by the field it names. */
function debateErrorKey(error: DomainError, dateParsing: boolean): MessageKey {
  if (dateParsing) return 'readers.debatesDesk.error.date';
  if (error.field === 'question') return 'readers.debatesDesk.error.question';
  if (error.field === 'intro') return 'readers.debatesDesk.error.intro';
  if (error.field === 'closesAt' || error.field === 'opensAt') return 'readers.debatesDesk.error.order';
  return 'readers.debatesDesk.error.language';
}

function debateRoutes(app: Hono<AppEnv>, deps: AppDeps, html: HtmlAnswer) {
  const db = deps.store.db;
  const zone = deps.timeZone;
  const ctxOf = (c: Context<AppEnv>) => ({ db, actor: newsroomView(c, deps).staff, now: deps.clock() });
  const blank = (language: Language): DebateFormValues => ({
    question: '',
    intro: '',
    language,
    mode: 'open',
    opensAt: '',
    closesAt: '',
  });
  const valuesOf = (form: Record<string, string>, language: Language): DebateFormValues => ({
    question: form.question ?? '',
    intro: form.intro ?? '',
    language,
    mode: form.mode === 'premoderated' ? 'premoderated' : 'open',
    opensAt: form.opensAt ?? '',
    closesAt: form.closesAt ?? '',
  });

  const listPage = async (
    c: Context<AppEnv>,
    language: Language,
    form: DebateFormValues,
    notice: DeskNotice,
    errorField: string | null,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const now = deps.clock();
    const debates = await newsroomDebates(db, { language, limit: 200, offset: 0 });
    const view: DebatesDeskView = {
      language,
      debates: debates.map((debate) => ({
        id: debate.id,
        question: debate.question,
        state: debateState(debate, now),
        opensAt: debate.opensAt,
        closesAt: debate.closesAt,
        comments: debate.comments,
        pending: debate.pending,
        href: debatePath(debate),
      })),
      form,
      errorField,
      notice,
      timeZone: zone,
    };
    return html(c, <DebatesDeskPage t={t} staff={staff} csrf={csrf} view={view} />, status);
  };

  app.get('/debates', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const language = languageOr(c.req.query('language'), ui);
    const notice: DeskNotice = c.req.query('created')
      ? { kind: 'ok', text: t.t('readers.debatesDesk.created') }
      : null;
    return listPage(c, language, blank(language), notice, null);
  });

  app.post('/debates', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const form = await formFields(c);
    const language = languageOr(form.language, ui);
    const values = valuesOf(form, language);
    let dateParsing = true;
    try {
      if (!isLanguage(form.language))
        throw new DomainError('validation_failed', 'Choose a language', 'language');
      const opensAt = instantField('opensAt', values.opensAt, zone);
      const closesAt = instantField('closesAt', values.closesAt, zone);
      dateParsing = false;
      await createDebate(ctxOf(c), { ...values, language, opensAt, closesAt });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
      const parsing = dateParsing && (error.field === 'opensAt' || error.field === 'closesAt');
      const text = t.t(debateErrorKey(error, parsing));
      return listPage(c, language, values, { kind: 'error', text }, error.field ?? null, 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates?language=${language}&created=1`, 303);
  });

  const editPage = async (
    c: Context<AppEnv>,
    debate: Debate,
    form: DebateFormValues | null,
    notice: DeskNotice,
    errorField: string | null,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const language = languageOr(debate.language, 'en');
    const view: DebateEditView = {
      id: debate.id,
      state: debateState(debate, deps.clock()),
      href: debatePath(debate),
      form: form ?? {
        question: debate.question,
        intro: debate.intro,
        language,
        mode: debate.mode,
        opensAt: instantToLocal(debate.opensAt, zone),
        closesAt: debate.closesAt ? instantToLocal(debate.closesAt, zone) : '',
      },
      errorField,
      notice,
      timeZone: zone,
    };
    return html(c, <DebateEditPage t={t} staff={staff} csrf={csrf} view={view} />, status);
  };

  const debateOf = async (c: Context<AppEnv>) => {
    const debate = await findDebate(db, c.req.param('id') ?? '');
    if (!debate) throw new DomainError('not_found', 'No such debate');
    return debate;
  };

  app.get('/debates/:id', async (c) => {
    const { t, staff } = newsroomView(c, deps);
    authorize(staff, 'debate.create');
    const debate = await debateOf(c);
    const notice: DeskNotice = c.req.query('saved')
      ? { kind: 'ok', text: t.t('readers.debatesDesk.saved') }
      : c.req.query('closed')
        ? { kind: 'ok', text: t.t('readers.debatesDesk.closedNow') }
        : null;
    return editPage(c, debate, null, notice, null);
  });

  app.post('/debates/:id', async (c) => {
    const { t } = newsroomView(c, deps);
    const debate = await debateOf(c);
    const form = await formFields(c);
    const values = valuesOf(form, languageOr(debate.language, 'en'));
    let dateParsing = true;
    try {
      const opensAt = instantField('opensAt', values.opensAt, zone);
      const closesAt = instantField('closesAt', values.closesAt, zone);
      dateParsing = false;
      await editDebate(ctxOf(c), debate.id, { ...values, opensAt, closesAt });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
      const parsing = dateParsing && (error.field === 'opensAt' || error.field === 'closesAt');
      const text = t.t(debateErrorKey(error, parsing));
      return editPage(c, debate, values, { kind: 'error', text }, error.field ?? null, 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates/${debate.id}?saved=1`, 303);
  });

  app.post('/debates/:id/close', async (c) => {
    const debate = await closeDebate(ctxOf(c), c.req.param('id'));
    deps.pageCache.clear();
    return c.redirect(`/newsroom/debates/${debate.id}?closed=1`, 303);
  });
}

/** At most this many words per list, as the API allows. */
const MAX_WORDS = 2000;

function settingsRoutes(app: Hono<AppEnv>, deps: AppDeps, html: HtmlAnswer) {
  const db = deps.store.db;
  const zone = deps.timeZone;
  const ctxOf = (c: Context<AppEnv>) => ({ db, actor: newsroomView(c, deps).staff, now: deps.clock() });

  const articlePage = async (
    c: Context<AppEnv>,
    input: { language: Language; articleId: string; notice: DeskNotice; closesLocal?: string },
    status: 200 | 400 | 404 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'comment.moderate');
    const now = deps.clock();
    const thread = input.articleId ? await findThread(db, { kind: 'article', id: input.articleId }) : null;
    const language = thread ? languageOr(thread.language, input.language) : input.language;
    const recent = await recentArticleCommentSettings(db, language, 30);
    const row = (item: { id: string; headline: string; mode: CommentMode; closesAt: string | null }) => ({
      id: item.id,
      headline: item.headline,
      commentsHref: threadPagePath(language, { kind: 'article', id: item.id }),
      mode: item.mode,
      closesAt: item.closesAt,
      open: isThreadOpen({ mode: item.mode, opensAt: null, closesAt: item.closesAt }, now),
    });
    const notFound = input.articleId !== '' && !thread;
    const view: ArticleCommentsView = {
      language,
      article: thread
        ? {
            ...row(thread),
            closesLocal: input.closesLocal ?? (thread.closesAt ? instantToLocal(thread.closesAt, zone) : ''),
          }
        : null,
      recent: recent.map(row),
      notice: notFound ? { kind: 'error', text: t.t('readers.articleComments.notFound') } : input.notice,
      timeZone: zone,
      lookup: notFound ? input.articleId : '',
    };
    return html(
      c,
      <ArticleCommentsPage t={t} staff={staff} csrf={csrf} view={view} />,
      notFound ? 404 : status,
    );
  };

  app.get('/comments/settings', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    return articlePage(c, {
      language: languageOr(c.req.query('language'), ui),
      articleId: (c.req.query('article') ?? '').trim().slice(0, 40),
      notice: c.req.query('saved') ? { kind: 'ok', text: t.t('readers.articleComments.saved') } : null,
    });
  });

  app.post('/comments/settings', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const form = await formFields(c);
    const articleId = (form.article ?? '').trim().slice(0, 40);
    const mode = form.mode;
    const again = (text: string) =>
      articlePage(
        c,
        { language: ui, articleId, notice: { kind: 'error', text }, closesLocal: form.closesAt ?? '' },
        400,
      );
    if (!articleId) return articlePage(c, { language: ui, articleId: '', notice: null }, 400);
    if (!(COMMENT_MODES as readonly string[]).includes(mode ?? ''))
      return again(t.t('readers.articleComments.chooseMode'));
    let closesAt: string | null;
    try {
      closesAt = instantField('closesAt', form.closesAt, zone);
    } catch {
      return again(t.t('readers.debatesDesk.error.date'));
    }
    try {
      await setCommentMode(ctxOf(c), articleId, { mode: mode as CommentMode, closesAt });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found')
        return articlePage(c, { language: ui, articleId, notice: null });
      throw error;
    }
    deps.pageCache.clear();
    return c.redirect(`/newsroom/comments/settings?article=${encodeURIComponent(articleId)}&saved=1`, 303);
  });

  const wordsPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: DeskNotice,
    typed: { banned: string; suspect: string } | null = null,
    status: 200 | 400 = 200,
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'comment.moderate');
    const lists = typed ?? (await wordLists(db, language));
    const text = (value: string | string[]) => (Array.isArray(value) ? value.join('\n') : value);
    return html(
      c,
      <WordListsPage
        t={t}
        staff={staff}
        csrf={csrf}
        view={{ language, banned: text(lists.banned), suspect: text(lists.suspect), notice }}
      />,
      status,
    );
  };

  app.get('/moderation/words', async (c) => {
    const { t, language: ui } = newsroomView(c, deps);
    const notice: DeskNotice = c.req.query('saved') ? { kind: 'ok', text: t.t('readers.words.saved') } : null;
    return wordsPage(c, languageOr(c.req.query('language'), ui), notice);
  });

  app.post('/moderation/words', async (c) => {
    const { t } = newsroomView(c, deps);
    const form = await formFields(c);
    if (!isLanguage(form.language))
      throw new DomainError('validation_failed', 'Choose a language', 'language');
    const language = form.language;
    const lines = (value: string | undefined) =>
      (value ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    const banned = lines(form.banned);
    const suspect = lines(form.suspect);
    const tooMuch = (words: string[]) => words.length > MAX_WORDS || words.some((word) => word.length > 100);
    if (tooMuch(banned) || tooMuch(suspect)) {
      const typed = { banned: form.banned ?? '', suspect: form.suspect ?? '' };
      return wordsPage(c, language, { kind: 'error', text: t.t('readers.words.tooMany') }, typed, 400);
    }
    await setWordLists(ctxOf(c), language, { banned, suspect });
    return c.redirect(`/newsroom/moderation/words?language=${language}&saved=1`, 303);
  });

  const accountsPage = async (c: Context<AppEnv>, notice: DeskNotice, status: 200 | 400 = 200) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'settings.manage');
    const value = await deletedCommentsPolicy(db);
    return html(
      c,
      <AccountSettingsPage t={t} staff={staff} csrf={csrf} value={value} notice={notice} />,
      status,
    );
  };

  app.get('/moderation/settings', async (c) => {
    const { t } = newsroomView(c, deps);
    return accountsPage(
      c,
      c.req.query('saved') ? { kind: 'ok', text: t.t('readers.accountSettings.saved') } : null,
    );
  });

  app.post('/moderation/settings', async (c) => {
    const { t } = newsroomView(c, deps);
    const { deletedAccountComments: value } = await formFields(c);
    if (value !== 'keep' && value !== 'remove')
      return accountsPage(c, { kind: 'error', text: t.t('readers.accountSettings.choose') }, 400);
    await setDeletedCommentsPolicy(ctxOf(c), value);
    return c.redirect('/newsroom/moderation/settings?saved=1', 303);
  });
}
