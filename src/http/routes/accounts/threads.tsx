/**
 * Threads: each article's comments page, the debates and each debate, and the forms that post,
 * recommend and report comments. Plain forms that work without JavaScript; answers are never
 * cached.
 * @example app.route('/', threadRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { loadThreadPage, postAndPublish } from '../../../commands/comment-threads.js';
import { recommendComment, reportComment } from '../../../commands/comments.js';
import { debatePath, threadPagePath } from '../../../domain/article.js';
import { THREAD_KINDS, type ThreadKind, type ThreadRef } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../../domain/languages.js';
import type { ThreadDisplay } from '../../../render/elements/comment-translation.js';
import { ThreadPage, type ThreadPageView } from '../../../render/pages/debate-page.js';
import { DebatesPage } from '../../../render/pages/debates-page.js';
import type { Notice } from '../../../render/pages/reader-account-pages.js';
import { findComment } from '../../../storage/repos/comments.js';
import { findDebate, listDebates } from '../../../storage/repos/debates.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { readerSessionOf, requireReader } from '../../middleware/reader-session.js';
import { COMMENT_FORM, formInputOf } from '../../reader-forms.js';
import { accountRoutesContext, noticeOf, statusOf } from '../../views/accounts.js';

const DEBATES_PAGE_SIZE = 20;

/**
 * GET /:lang/comments/:id, /:lang/debates, /:lang/debates/:id; POST /:lang/comments and
 * /:lang/comments/:id/{recommend,report}.
 */
export function threadRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db, chrome, page, form, t, languageOf } = accountRoutesContext(deps);

  // --- Threads -------------------------------------------------------------------------------

  /** The links of a multilingual thread's page to a comment's original (`?original=<id>`) and back. */
  const displayOf = (c: Context<AppEnv>, pagePath: string): ThreadDisplay => {
    const withQuery = (extra: string) => `${pagePath}${pagePath.includes('?') ? '&' : '?'}${extra}`;
    const asked = c.req.query('original');
    return {
      originalOpen: asked && /^[\w-]{1,40}$/.test(asked) ? asked : null,
      originalHref: (id) => `${withQuery(`original=${encodeURIComponent(id)}`)}#comment-${id}`,
      translationHref: (id) => `${pagePath}#comment-${id}`,
    };
  };

  const threadPage = async (
    c: Context<AppEnv>,
    language: Language,
    ref: ThreadRef,
    options: { notice?: Notice | null; draft?: string; status?: 200 | 400 | 403 | 409 | 429 } = {},
  ) => {
    const raw = c.req.query('page') ?? '1';
    const number = /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
    const now = deps.clock();
    const found = number === null ? null : await loadThreadPage(db, ref, number, now, language);
    // A multilingual thread has a page in every language; any other only in its own.
    const here = found && (found.thread.multilingual || found.thread.language === language);
    if (!found || !here || (number !== 1 && found.nodes.length === 0)) return c.notFound();
    const session = await readerSessionOf(c, deps);
    const path = threadPagePath(language, ref);
    const pagePath = found.page > 1 ? `${path}?page=${found.page}` : path;
    const tr = t(language);
    const debate = ref.kind === 'debate' ? await findDebate(db, ref.id) : null;
    const posted = c.req.query('posted');
    const notice =
      options.notice ??
      (posted === 'pending'
        ? { kind: 'info' as const, text: tr.t('readers.comments.pending') }
        : posted === 'approved'
          ? { kind: 'info' as const, text: tr.t('readers.comments.posted') }
          : c.req.query('done') === 'recommended'
            ? { kind: 'info' as const, text: tr.t('readers.comments.recommended') }
            : c.req.query('done') === 'reported'
              ? { kind: 'info' as const, text: tr.t('readers.comments.reported') }
              : null);
    const view: ThreadPageView = {
      kind: ref.kind,
      headline: found.thread.headline,
      intro: debate?.intro ?? '',
      articleHref: ref.kind === 'article' ? found.thread.path : null,
      count: found.count,
      open: found.open,
      premoderated: found.thread.mode === 'premoderated',
      closesAt: found.thread.closesAt,
      nodes: found.nodes,
      paging: {
        page: found.page,
        previousHref: found.page > 1 ? (found.page === 2 ? path : `${path}?page=${found.page - 1}`) : null,
        nextHref: found.nextPage ? `${path}?page=${found.nextPage}` : null,
      },
      viewer: session
        ? {
            csrf: session.csrfToken,
            actionBase: `/${language}/comments`,
            thread: `${ref.kind}:${ref.id}`,
            open: found.open,
            languages: found.thread.multilingual
              ? LANGUAGES.map((code): [string, string] => [code, NATIVE_NAMES[code]])
              : null,
          }
        : null,
      loginHref: `/${language}/account/login?next=${encodeURIComponent(path)}`,
      signUpHref: `/${language}/account/signup`,
      notice,
      draft: options.draft ?? '',
      multilingual: found.thread.multilingual,
      language: found.thread.language,
      display: found.thread.multilingual ? displayOf(c, pagePath) : null,
    };
    const title =
      ref.kind === 'debate'
        ? found.thread.headline
        : tr.t('readers.comments.pageTitle', { headline: found.thread.headline });
    return page(
      c,
      <ThreadPage chrome={await chrome(language, path, title)} thread={view} />,
      options.status ?? 200,
    );
  };

  app.get('/:lang{[a-z]{2}}/comments/:id', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    return threadPage(c, language, { kind: 'article', id: c.req.param('id') });
  });

  app.get('/:lang{[a-z]{2}}/debates', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const raw = c.req.query('page') ?? '1';
    if (!/^[1-9]\d{0,4}$/.test(raw)) return c.notFound();
    const number = Number(raw);
    const now = deps.clock();
    const found = await listDebates(db, {
      language,
      now,
      limit: DEBATES_PAGE_SIZE + 1,
      offset: (number - 1) * DEBATES_PAGE_SIZE,
    });
    if (number > 1 && found.length === 0) return c.notFound();
    const path = `/${language}/debates`;
    const view = await chrome(
      language,
      number > 1 ? `${path}?page=${number}` : path,
      t(language).t('readers.debates.title'),
    );
    return page(
      c,
      <DebatesPage
        chrome={view}
        debates={found.slice(0, DEBATES_PAGE_SIZE).map((debate) => ({
          // A multilingual debate is read in the language of the list it is found in.
          href: debatePath({ language: debate.multilingual ? language : debate.language, id: debate.id }),
          question: debate.question,
          open: debate.closesAt === null || Date.parse(debate.closesAt) > now.getTime(),
          closesAt: debate.closesAt,
          opensAt: debate.opensAt,
          comments: debate.comments,
        }))}
        paging={{
          page: number,
          previousHref: number > 1 ? (number === 2 ? path : `${path}?page=${number - 1}`) : null,
          nextHref: found.length > DEBATES_PAGE_SIZE ? `${path}?page=${number + 1}` : null,
        }}
      />,
    );
  });

  app.get('/:lang{[a-z]{2}}/debates/:id', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    return threadPage(c, language, { kind: 'debate', id: c.req.param('id') });
  });

  /** The thread a form names: `article:<id>` or `debate:<id>`. */
  const threadOfForm = (value: string | undefined): ThreadRef | null => {
    const [kind, id] = (value ?? '').split(':');
    return kind && id && (THREAD_KINDS as readonly string[]).includes(kind)
      ? { kind: kind as ThreadKind, id }
      : null;
  };

  app.post('/:lang{[a-z]{2}}/comments', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const ref = threadOfForm(input.thread);
    if (!ref) throw new DomainError('not_found', 'No such thread');
    const session = await readerSessionOf(c, deps);
    if (!session)
      return c.redirect(
        `/${language}/account/login?next=${encodeURIComponent(threadPagePath(language, ref))}`,
        303,
      );
    try {
      await requireReader(c, deps, input._csrf ?? '');
      const { body, parentId } = formInputOf(COMMENT_FORM, input);
      const comment = await postAndPublish(
        deps,
        { kind: 'reader', reader: session.reader },
        {
          thread: ref,
          body,
          parentId: parentId || null,
          language: input.language || null,
          pageLanguage: language,
        },
      );
      const anchor = comment.status === 'approved' ? `#comment-${comment.id}` : '';
      return c.redirect(`${threadPagePath(language, ref)}?posted=${comment.status}${anchor}`, 303);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found') throw error;
      if (error instanceof DomainError && error.retryAfterSeconds)
        c.header('Retry-After', String(error.retryAfterSeconds));
      return threadPage(c, language, ref, {
        notice: noticeOf(error, t(language)),
        draft: input.body ?? '',
        status: statusOf(error) as 400,
      });
    }
  });

  const onComment = (action: 'recommend' | 'report') =>
    app.post(`/:lang{[a-z]{2}}/comments/:id/${action}`, async (c, next) => {
      const language = languageOf(c);
      if (!language) return next();
      const input = await form(c);
      const { reader } = await requireReader(c, deps, input._csrf ?? '');
      const id = c.req.param('id') ?? '';
      const comment = await findComment(db, id);
      if (!comment) throw new DomainError('not_found', 'No such comment');
      if (action === 'recommend') await recommendComment(db, reader, id, deps.clock());
      else await reportComment(db, reader, id, input.reason ?? '', deps.clock());
      const done = action === 'recommend' ? 'recommended' : 'reported';
      return c.redirect(`${threadPagePath(language, comment.thread)}?done=${done}#comment-${id}`, 303);
    });
  onComment('recommend');
  onComment('report');

  return app;
}
