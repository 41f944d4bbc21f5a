/**
 * Reader-site pages of accounts, threads and debates: sign up, confirm, log in and out,
 * password reset, the account; /{lang}/debates and each debate; each article's comments
 * page; and the forms that post, recommend and report. Plain forms that work without
 * JavaScript; answers are never cached (they show the reader's own session).
 */
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { recommendComment, reportComment } from '../../../commands/comments.js';
import {
  changeDisplayName,
  confirmEmail,
  deleteAccount,
  deletedCommentsPolicy,
  logIn,
  logOut,
  requestPasswordReset,
  resetPassword,
  signUp,
} from '../../../commands/readers.js';
import { THREAD_KINDS, type ThreadKind, type ThreadRef } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage, type Language } from '../../../domain/languages.js';
import { CommentRefused } from '../../../domain/moderation.js';
import { type Translator, translator } from '../../../i18n/catalogue.js';
import type { Child } from '../../../render/jsx/jsx-runtime.js';
import { ThreadPage, type ThreadPageView } from '../../../render/pages/debate-page.js';
import { DebatesPage } from '../../../render/pages/debates-page.js';
import {
  AccountForms,
  AccountPage,
  ConfirmForm,
  LogInForm,
  NewPasswordForm,
  type Notice,
  ResetRequestForm,
  SignUpForm,
} from '../../../render/pages/reader-account-pages.js';
import type { ChromeView } from '../../../render/views.js';
import { debatePath, findComment, findDebate, listDebates } from '../../../storage/repos/comments.js';
import { listSections } from '../../../storage/repos/taxonomy.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { formToken, formTokenMatches } from '../../form-token.js';
import { retryNotice } from '../../retry-notice.js';
import { safeRedirectPath } from '../../safe-redirect.js';
import { chromeOf } from '../../views/chrome.js';
import { threadPagePath } from '../../views/thread.js';
import {
  clearReaderCookie,
  loadThreadPage,
  postAndPublish,
  READER_COOKIE,
  readerMailSender,
  readerSessionOf,
  requireReader,
  setReaderCookie,
} from '../api-readers-public.js';

const DEBATES_PAGE_SIZE = 20;

/** What a failed form says, in the reader's language; anything unexpected is thrown on (a 500). */
function noticeOf(error: unknown, t: Translator, now?: Date): Notice {
  if (error instanceof CommentRefused) return { kind: 'error', text: t.t(`readers.refusal.${error.reason}`) };
  if (!(error instanceof DomainError)) throw error;
  const text = (() => {
    switch (error.code) {
      case 'rate_limited':
        return error.retryAfterSeconds !== undefined && now
          ? retryNotice(t, 'abuse.tooMany', error.retryAfterSeconds, now)
          : t.t('readers.error.tooMany');
      case 'forbidden':
        return error.field === 'email' ? t.t('readers.login.unconfirmed') : t.t('readers.error.session');
      case 'unauthorized':
        return error.field === 'password' ? t.t('readers.error.wrongPassword') : t.t('readers.login.failed');
      case 'conflict':
        return error.field === 'displayName' ? t.t('readers.error.nameTaken') : t.t('readers.error.generic');
      case 'validation_failed':
        if (error.field === 'email') return t.t('readers.error.email');
        if (error.field === 'password') return t.t('readers.error.password');
        if (error.field === 'displayName') return t.t('readers.error.displayName');
        if (error.field === 'token') return t.t('readers.confirm.invalid');
        return t.t('readers.error.generic');
      default:
        return t.t('readers.error.generic');
    }
  })();
  return { kind: 'error', text };
}

const STATUS: Record<string, 400 | 401 | 403 | 404 | 409 | 429> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};
const statusOf = (error: unknown) => (error instanceof DomainError ? (STATUS[error.code] ?? 400) : 400);

/** Only a path of this site's reader pages, never another host. */
function safeNext(value: unknown, language: Language): string {
  return safeRedirectPath(value, { within: `/${language}`, fallback: `/${language}/account` });
}

export function readerAccountRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const sendMail = readerMailSender(deps);
  const env = () => ({ db, now: deps.clock(), sendMail });

  const chrome = async (language: Language, path: string, title: string): Promise<ChromeView> =>
    chromeOf({
      language,
      publicUrl: deps.publicUrl,
      timeZone: deps.timeZone,
      sections: await listSections(db),
      path,
      title,
      now: deps.clock(),
    });

  const page = async (
    c: Context<AppEnv>,
    node: Child,
    status: 200 | 400 | 401 | 403 | 404 | 409 | 429 = 200,
  ) => {
    c.header('Cache-Control', 'private, no-store');
    c.header('Content-Language', c.req.param('lang') ?? 'en');
    return c.html(`<!doctype html>${await Promise.resolve(node?.toString() ?? '')}`, status);
  };

  /** A posted form's text fields (a foreign Origin was already refused: src/http/middleware/same-origin.ts). */
  const form = async (c: Context<AppEnv>): Promise<Record<string, string>> => {
    const body = await c.req.parseBody();
    return Object.fromEntries(
      Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  };

  /** Answers a rate-limited form's Retry-After, and says when to try again. */
  const retryAfter = (c: Context<AppEnv>, error: unknown) => {
    if (error instanceof DomainError && error.retryAfterSeconds)
      c.header('Retry-After', String(error.retryAfterSeconds));
  };
  const expired = (language: Language): Notice => ({
    kind: 'error',
    text: t(language).t('abuse.form.expired'),
  });

  const languageOf = (c: Context<AppEnv>): Language | null => {
    const lang = c.req.param('lang');
    return isLanguage(lang) ? lang : null;
  };

  const t = (language: Language) => translator(language, deps.timeZone);

  // --- Sign up and confirm -------------------------------------------------------------------

  const signUpPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: Notice | null,
    values = {},
    status: 200 | 400 | 409 | 429 = 200,
  ) => {
    const heading = t(language).t('readers.signup.title');
    const view = await chrome(language, `/${language}/account/signup`, heading);
    return {
      status,
      node: (
        <AccountPage
          chrome={view}
          heading={heading}
          notice={notice ?? { kind: 'info', text: t(language).t('readers.signup.intro') }}
        >
          {notice?.kind === 'info' ? null : (
            <SignUpForm chrome={view} csrf={formToken(c, deps)} values={values} />
          )}
        </AccountPage>
      ),
    };
  };

  app.get('/:lang{[a-z]{2}}/account/signup', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const sent = c.req.query('sent');
    const { node } = await signUpPage(
      c,
      language,
      sent === '1'
        ? { kind: 'info', text: t(language).t('readers.signup.done') }
        : sent === 'failed'
          ? { kind: 'error', text: t(language).t('readers.signup.mailFailed') }
          : null,
    );
    return page(c, node);
  });

  app.post('/:lang{[a-z]{2}}/account/signup', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const values = { email: input.email, displayName: input.displayName };
    if (!formTokenMatches(c, input._csrf)) {
      const { node } = await signUpPage(c, language, expired(language), values);
      return page(c, node, 403);
    }
    let mailSent = true;
    try {
      ({ mailSent } = await signUp(env(), {
        email: input.email ?? '',
        password: input.password ?? '',
        displayName: input.displayName ?? '',
        language,
        address: clientAddress(c),
      }));
    } catch (error) {
      retryAfter(c, error);
      const { node } = await signUpPage(c, language, noticeOf(error, t(language), deps.clock()), values);
      return page(c, node, statusOf(error) as 400);
    }
    // The account is kept when the mail could not go out; the form stays to ask for a new link.
    return c.redirect(`/${language}/account/signup?sent=${mailSent ? '1' : 'failed'}`, 303);
  });

  app.get('/:lang{[a-z]{2}}/account/confirm', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const heading = t(language).t('readers.confirm.title');
    const view = await chrome(language, `/${language}/account/confirm`, heading);
    return page(
      c,
      <AccountPage chrome={view} heading={heading}>
        <ConfirmForm chrome={view} csrf={formToken(c, deps)} token={c.req.query('token') ?? ''} />
      </AccountPage>,
    );
  });

  app.post('/:lang{[a-z]{2}}/account/confirm', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const heading = t(language).t('readers.confirm.title');
    const view = await chrome(language, `/${language}/account/confirm`, heading);
    if (!formTokenMatches(c, input._csrf)) {
      return page(
        c,
        <AccountPage chrome={view} heading={heading} notice={expired(language)}>
          <ConfirmForm chrome={view} csrf={formToken(c, deps)} token={input.token ?? ''} />
        </AccountPage>,
        403,
      );
    }
    try {
      await confirmEmail(env(), input.token ?? '');
    } catch (error) {
      return page(
        c,
        <AccountPage chrome={view} heading={heading} notice={noticeOf(error, t(language))} />,
        400,
      );
    }
    return page(
      c,
      <AccountPage
        chrome={view}
        heading={heading}
        notice={{ kind: 'info', text: t(language).t('readers.confirm.done') }}
      >
        <LogInForm chrome={view} csrf={formToken(c, deps)} next={`/${language}/account`} />
      </AccountPage>,
    );
  });

  // --- Log in and out ------------------------------------------------------------------------

  const loginPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: Notice | null,
    next: string,
    email?: string,
  ) => {
    const heading = t(language).t('readers.login.title');
    const view = await chrome(language, `/${language}/account/login`, heading);
    return (
      <AccountPage chrome={view} heading={heading} notice={notice}>
        <LogInForm chrome={view} csrf={formToken(c, deps)} next={next} {...(email ? { email } : {})} />
      </AccountPage>
    );
  };

  app.get('/:lang{[a-z]{2}}/account/login', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const notice: Notice | null =
      c.req.query('out') === '1' ? { kind: 'info', text: t(language).t('readers.logout.done') } : null;
    return page(c, await loginPage(c, language, notice, safeNext(c.req.query('next'), language)));
  });

  app.post('/:lang{[a-z]{2}}/account/login', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const target = safeNext(input.next, language);
    if (!formTokenMatches(c, input._csrf))
      return page(c, await loginPage(c, language, expired(language), target, input.email), 403);
    try {
      const session = await logIn(env(), {
        email: input.email ?? '',
        password: input.password ?? '',
        address: clientAddress(c),
      });
      setReaderCookie(c, deps, session.token);
    } catch (error) {
      retryAfter(c, error);
      const notice: Notice =
        error instanceof DomainError && error.code === 'rate_limited'
          ? {
              kind: 'error',
              text: retryNotice(
                t(language),
                'abuse.login.paused',
                error.retryAfterSeconds ?? 60,
                deps.clock(),
              ),
            }
          : noticeOf(error, t(language));
      return page(c, await loginPage(c, language, notice, target, input.email), statusOf(error) as 401);
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(target, 303);
  });

  app.post('/:lang{[a-z]{2}}/account/logout', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const token = getCookie(c, READER_COOKIE);
    if (token) {
      await requireReader(c, deps, input._csrf ?? '');
      await logOut(db, token);
    }
    clearReaderCookie(c);
    return c.redirect(`/${language}/account/login?out=1`, 303);
  });

  // --- Password reset ------------------------------------------------------------------------

  app.get('/:lang{[a-z]{2}}/account/reset', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const heading = t(language).t('readers.reset.title');
    const view = await chrome(language, `/${language}/account/reset`, heading);
    const sent = c.req.query('sent') === '1';
    return page(
      c,
      <AccountPage
        chrome={view}
        heading={heading}
        notice={sent ? { kind: 'info', text: t(language).t('readers.reset.sent') } : null}
      >
        {sent ? null : <ResetRequestForm chrome={view} csrf={formToken(c, deps)} />}
      </AccountPage>,
    );
  });

  app.post('/:lang{[a-z]{2}}/account/reset', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const again = async (notice: Notice, status: 400 | 403) => {
      const heading = t(language).t('readers.reset.title');
      const view = await chrome(language, `/${language}/account/reset`, heading);
      return page(
        c,
        <AccountPage chrome={view} heading={heading} notice={notice}>
          <ResetRequestForm chrome={view} csrf={formToken(c, deps)} />
        </AccountPage>,
        status,
      );
    };
    if (!formTokenMatches(c, input._csrf)) return again(expired(language), 403);
    try {
      await requestPasswordReset(env(), input.email ?? '', clientAddress(c));
    } catch (error) {
      retryAfter(c, error);
      return again(noticeOf(error, t(language), deps.clock()), statusOf(error) as 400);
    }
    return c.redirect(`/${language}/account/reset?sent=1`, 303);
  });

  const newPasswordPage = async (
    c: Context<AppEnv>,
    language: Language,
    token: string,
    notice: Notice | null,
  ) => {
    const heading = t(language).t('readers.resetNew.title');
    const view = await chrome(language, `/${language}/account/reset/new`, heading);
    return (
      <AccountPage chrome={view} heading={heading} notice={notice}>
        <NewPasswordForm chrome={view} csrf={formToken(c, deps)} token={token} />
      </AccountPage>
    );
  };

  app.get('/:lang{[a-z]{2}}/account/reset/new', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    return page(c, await newPasswordPage(c, language, c.req.query('token') ?? '', null));
  });

  app.post('/:lang{[a-z]{2}}/account/reset/new', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    if (!formTokenMatches(c, input._csrf))
      return page(c, await newPasswordPage(c, language, input.token ?? '', expired(language)), 403);
    try {
      await resetPassword(env(), { token: input.token ?? '', password: input.password ?? '' });
    } catch (error) {
      return page(
        c,
        await newPasswordPage(c, language, input.token ?? '', noticeOf(error, t(language))),
        statusOf(error) as 400,
      );
    }
    return page(
      c,
      await loginPage(
        c,
        language,
        { kind: 'info', text: t(language).t('readers.resetNew.done') },
        `/${language}/account`,
      ),
    );
  });

  // --- The account ---------------------------------------------------------------------------

  const accountPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: Notice | null,
    status: 200 | 400 | 401 | 409 = 200,
  ) => {
    const session = await readerSessionOf(c, deps);
    if (!session)
      return c.redirect(`/${language}/account/login?next=${encodeURIComponent(`/${language}/account`)}`, 303);
    const heading = t(language).t('readers.account.title');
    const view = await chrome(language, `/${language}/account`, heading);
    return page(
      c,
      <AccountPage chrome={view} heading={heading} notice={notice}>
        <AccountForms
          chrome={view}
          csrf={session.csrfToken}
          displayName={session.reader.displayName}
          commentsOnDelete={await deletedCommentsPolicy(db)}
        />
      </AccountPage>,
      status,
    );
  };

  app.get('/:lang{[a-z]{2}}/account', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const saved = c.req.query('saved') === '1';
    return accountPage(
      c,
      language,
      saved ? { kind: 'info', text: t(language).t('readers.account.nameSaved') } : null,
    );
  });

  app.post('/:lang{[a-z]{2}}/account/name', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const { reader } = await requireReader(c, deps, input._csrf ?? '');
    try {
      await changeDisplayName(db, reader, input.displayName ?? '');
    } catch (error) {
      return accountPage(c, language, noticeOf(error, t(language)), statusOf(error) as 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/${language}/account?saved=1`, 303);
  });

  app.post('/:lang{[a-z]{2}}/account/delete', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const { reader } = await requireReader(c, deps, input._csrf ?? '');
    try {
      await deleteAccount(env(), reader, input.password ?? '');
    } catch (error) {
      return accountPage(c, language, noticeOf(error, t(language)), statusOf(error) as 401);
    }
    deps.pageCache.clear();
    clearReaderCookie(c);
    const heading = t(language).t('readers.account.deleteTitle');
    const view = await chrome(language, `/${language}/account`, heading);
    return page(
      c,
      <AccountPage
        chrome={view}
        heading={heading}
        notice={{ kind: 'info', text: t(language).t('readers.account.deleted') }}
      />,
    );
  });

  // --- Threads -------------------------------------------------------------------------------

  const threadPage = async (
    c: Context<AppEnv>,
    language: Language,
    ref: ThreadRef,
    options: { notice?: Notice | null; draft?: string; status?: 200 | 400 | 403 | 409 | 429 } = {},
  ) => {
    const raw = c.req.query('page') ?? '1';
    const number = /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
    const now = deps.clock();
    const found = number === null ? null : await loadThreadPage(db, ref, number, now);
    if (!found || found.thread.language !== language || (number !== 1 && found.nodes.length === 0))
      return c.notFound();
    const session = await readerSessionOf(c, deps);
    const path = threadPagePath(language, ref);
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
          }
        : null,
      loginHref: `/${language}/account/login?next=${encodeURIComponent(path)}`,
      signUpHref: `/${language}/account/signup`,
      notice,
      draft: options.draft ?? '',
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
          href: debatePath(debate),
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
      const comment = await postAndPublish(
        deps,
        { kind: 'reader', reader: session.reader },
        {
          thread: ref,
          body: input.body ?? '',
          parentId: input.parentId || null,
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
