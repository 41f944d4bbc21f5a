/**
 * The newsroom's comment settings (under /newsroom): how an article takes comments, the word
 * lists, and what happens to a deleted account's comments. The session and CSRF token are
 * checked by the newsroom's middleware; the commands check the policy, so pages and API
 * refuse alike.
 * @example GET /newsroom/comments/settings?article=a1b2c3
 */
import { type Context, Hono } from 'hono';
import { setCommentMode, setWordLists } from '../../../commands/comment-settings.js';
import { authorize } from '../../../commands/context.js';
import { deletedCommentsPolicy, setDeletedCommentsPolicy } from '../../../commands/reader-moderation.js';
import { threadPagePath } from '../../../domain/article.js';
import { COMMENT_MODES, type CommentMode, isThreadOpen } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { instantToLocal } from '../../../lib/zoned-time.js';
import type { DeskNotice } from '../../../render/newsroom/moderation-nav.js';
import {
  AccountSettingsPage,
  ArticleCommentsPage,
  type ArticleCommentsView,
  WordListsPage,
} from '../../../render/newsroom/moderation-settings.js';
import { findThread, recentArticleCommentSettings } from '../../../storage/repos/comment-threads.js';
import { wordLists } from '../../../storage/repos/word-lists.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';
import { formFields, noStoreHtml as html, instantField, languageOr } from '../../newsroom-forms.js';

/** At most this many words per list, as the API allows. */
const MAX_WORDS = 2000;

/** The newsroom's comment settings: per article, the word lists, deleted accounts' comments. */
export function newsroomModerationSettingsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
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
    const row = (item: {
      id: string;
      headline: string;
      mode: CommentMode;
      closesAt: string | null;
      multilingual: boolean;
    }) => ({
      id: item.id,
      headline: item.headline,
      commentsHref: threadPagePath(language, { kind: 'article', id: item.id }),
      mode: item.mode,
      closesAt: item.closesAt,
      open: isThreadOpen({ mode: item.mode, opensAt: null, closesAt: item.closesAt }, now),
      multilingual: item.multilingual,
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
      await setCommentMode(ctxOf(c), articleId, {
        mode: mode as CommentMode,
        closesAt,
        multilingual: form.multilingual === 'on',
      });
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
  return app;
}
