/**
 * Public readers API (under /api/v1): accounts and the reader's session, threads of
 * articles and debates (read by anyone, written with a reader session and its CSRF token,
 * or by staff with a bearer token), recommendations and reports, the list of debates. The
 * session cookie is read and written by middleware/reader-session.ts, as for the pages.
 * @example POST /api/v1/session {"email","password"} → 200 {"csrfToken"} and the sw_reader cookie
 */
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { loadThreadPage, postAndPublish } from '../../../commands/comment-threads.js';
import { recommendComment, reportComment, type Writer } from '../../../commands/comments.js';
import {
  changeDisplayName,
  confirmEmail,
  deleteAccount,
  logIn,
  logOut,
  requestPasswordReset,
  resetPassword,
  signUp,
} from '../../../commands/readers.js';
import { authenticateToken } from '../../../commands/staff.js';
import { debatePath } from '../../../domain/article.js';
import { type CommentNode, isThreadOpen, type ThreadKind } from '../../../domain/comments.js';
import { DomainError } from '../../../domain/errors.js';
import { CommentRefused } from '../../../domain/moderation.js';
import { listDebates } from '../../../storage/repos/debates.js';
import { defineRoute } from '../../api-route.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { errorBody, STATUS_OF } from '../../errors.js';
import {
  clearReaderCookie,
  READER_COOKIE,
  readerSessionOf,
  requireReader,
  setReaderCookie,
} from '../../middleware/reader-session.js';
import { readerMailSender } from '../../reader-mail.js';
import { READER_ROUTES, THREAD_ROUTES as THREAD } from '../../schemas/readers-public-routes.js';

/** The reader's session cookie: HttpOnly, SameSite=Lax, Secure on https sites. */
/**
 * A comment as the public API answers it, with its translation into the reader's language
 * (`language`) where the thread is multilingual; never the reader's id or email.
 */
export function commentJson(node: CommentNode, language: string): Record<string, unknown> {
  const { comment } = node;
  const author = comment.author;
  const shown = node.shown ?? { kind: 'original' as const };
  return {
    id: comment.id,
    parentId: comment.parentId,
    body: comment.body,
    language: comment.language,
    text: comment.body,
    translation:
      shown.kind === 'translated' ? { language, text: shown.text, provider: shown.provider } : null,
    translationState: shown.kind,
    author: {
      name: author.kind === 'deleted' ? null : author.name,
      badge: author.kind === 'staff' ? author.badge : null,
      deleted: author.kind === 'deleted',
    },
    createdAt: comment.createdAt,
    featured: comment.featuredAt !== null,
    recommendations: comment.recommendations,
    replies: node.replies.map((reply) => commentJson(reply, language)),
  };
}

/** Who writes: a staff member with a bearer token, else the reader of the session (CSRF checked). */
async function writerOf(c: Context<AppEnv>, deps: AppDeps): Promise<Writer> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer) {
    const staff = await authenticateToken(deps.store.db, bearer);
    if (!staff) throw new DomainError('unauthorized', 'The token is not valid');
    return { kind: 'staff', staff };
  }
  return { kind: 'reader', reader: (await requireReader(c, deps)).reader };
}

/** The readers' API under /api/v1: accounts, sessions, comments and debates. */
export function apiReadersPublicRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const db = deps.store.db;
  const sendMail = readerMailSender(deps);
  const env = () => ({ db, now: deps.clock(), sendMail });
  const noStore = (c: Context<AppEnv>) => c.header('Cache-Control', 'no-store');

  defineRoute(app, READER_ROUTES.signUp, async (c, body) => {
    const input = await body.body();
    const { mailSent } = await signUp(env(), {
      ...input,
      language: input.language ?? 'en',
      address: clientAddress(c),
    });
    noStore(c);
    // The same answer whether the email had an account or not.
    if (!mailSent) {
      return c.json(
        {
          status: 'confirmation_not_sent',
          mailSent: false,
          message:
            'The account is saved, but the confirmation email could not be sent. Ask for a new link later: sign up again with the same email address.',
        },
        201,
      );
    }
    return c.json({ status: 'confirmation_sent', mailSent: true }, 201);
  });

  defineRoute(app, READER_ROUTES.confirmEmail, async (c, body) => {
    const { token } = await body.body();
    await confirmEmail(env(), token);
    noStore(c);
    return c.json({ status: 'confirmed' });
  });

  defineRoute(app, READER_ROUTES.requestPasswordReset, async (c, body) => {
    const { email } = await body.body();
    try {
      await requestPasswordReset(env(), email, clientAddress(c));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // The mail server refused or is away. The answer stays the one for every address, so it
      // tells nobody whether the address has an account; the reader may ask again later.
      deps.log.error('password reset mail could not be sent', { error: String(error) });
    }
    noStore(c);
    return c.json({ status: 'reset_sent_if_known' }, 202);
  });

  defineRoute(app, READER_ROUTES.resetPassword, async (c, body) => {
    const input = await body.body();
    await resetPassword(env(), input);
    noStore(c);
    return c.json({ status: 'password_changed' });
  });

  defineRoute(app, READER_ROUTES.updateReader, async (c, body) => {
    const { reader } = await requireReader(c, deps);
    const { displayName } = await body.body();
    const name = await changeDisplayName(db, reader, displayName);
    deps.pageCache.clear();
    noStore(c);
    return c.json({ id: reader.id, displayName: name });
  });

  defineRoute(app, READER_ROUTES.deleteReader, async (c, body) => {
    const { reader } = await requireReader(c, deps);
    const { password } = await body.body();
    const result = await deleteAccount(env(), reader, password);
    deps.pageCache.clear();
    clearReaderCookie(c);
    noStore(c);
    return c.json({ status: 'deleted', comments: result.comments });
  });

  defineRoute(app, READER_ROUTES.getSession, async (c) => {
    const session = await readerSessionOf(c, deps);
    noStore(c);
    return c.json({
      csrfToken: session?.csrfToken ?? null,
      reader: session ? { id: session.reader.id, displayName: session.reader.displayName } : null,
    });
  });

  defineRoute(app, READER_ROUTES.logIn, async (c, body) => {
    const input = await body.body();
    const session = await logIn(env(), { ...input, address: clientAddress(c) });
    setReaderCookie(c, deps, session.token);
    noStore(c);
    return c.json({
      csrfToken: session.csrfToken,
      reader: { id: session.reader.id, displayName: session.reader.displayName },
    });
  });

  defineRoute(app, READER_ROUTES.logOut, async (c) => {
    const token = getCookie(c, READER_COOKIE);
    if (token) {
      await requireReader(c, deps);
      await logOut(db, token);
    }
    clearReaderCookie(c);
    noStore(c);
    return c.body(null, 204);
  });

  const threadRoutes = (kind: ThreadKind) => {
    defineRoute(app, THREAD[kind].list, async (c, input) => {
      const { page, language } = input.query();
      const found = await loadThreadPage(db, { kind, id: c.req.param('id') }, page, deps.clock(), language);
      if (!found)
        throw new DomainError('not_found', `No ${kind} with id ${c.req.param('id')} takes comments`);
      c.header('Cache-Control', 'no-cache');
      c.header('Access-Control-Allow-Origin', '*');
      return c.json({
        thread: {
          kind,
          id: found.thread.id,
          language: found.thread.language,
          headline: found.thread.headline,
          url: `${deps.publicUrl}${found.thread.path}`,
          mode: found.thread.mode,
          open: found.open,
          closesAt: found.thread.closesAt,
          comments: found.count,
          multilingual: found.thread.multilingual,
        },
        comments: found.nodes.map((node) => commentJson(node, language ?? found.thread.language)),
        page: found.page,
        nextPage: found.nextPage,
      });
    });
    defineRoute(app, THREAD[kind].post, async (c, body) => {
      const writer = await writerOf(c, deps);
      const input = await body.body();
      noStore(c);
      try {
        const comment = await postAndPublish(deps, writer, {
          ...input,
          thread: { kind, id: c.req.param('id') },
        });
        return c.json({ id: comment.id, status: comment.status }, 201);
      } catch (error) {
        if (!(error instanceof CommentRefused)) throw error;
        // The error answer plus the stable reason, so apps and the island say it in the reader's language.
        if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
        const { error: body } = errorBody(error.code, error.message, error.field);
        return c.json({ error: { ...body, reason: error.reason } }, STATUS_OF[error.code]);
      }
    });
  };
  threadRoutes('article');
  threadRoutes('debate');

  defineRoute(app, READER_ROUTES.recommendComment, async (c) => {
    const { reader } = await requireReader(c, deps);
    const added = await recommendComment(db, reader, c.req.param('id'), deps.clock());
    noStore(c);
    return c.json({ recommended: true, counted: added });
  });

  defineRoute(app, READER_ROUTES.reportComment, async (c, body) => {
    const { reader } = await requireReader(c, deps);
    const { reason } = await body.body();
    await reportComment(db, reader, c.req.param('id'), reason, deps.clock());
    noStore(c);
    return c.json({ reported: true }, 202);
  });

  defineRoute(app, READER_ROUTES.listDebates, async (c, input) => {
    const query = input.query();
    const now = deps.clock();
    const debates = await listDebates(db, { ...query, now });
    c.header('Cache-Control', 'no-cache');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({
      items: debates.map((debate) => ({
        id: debate.id,
        language: debate.language,
        question: debate.question,
        intro: debate.intro,
        mode: debate.mode,
        opensAt: debate.opensAt,
        closesAt: debate.closesAt,
        open: isThreadOpen(debate, now),
        url: `${deps.publicUrl}${debatePath({ language: debate.multilingual ? query.language : debate.language, id: debate.id })}`,
        comments: debate.comments,
        multilingual: debate.multilingual,
      })),
    });
  });

  return app;
}
