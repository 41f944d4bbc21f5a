/**
 * Logging in and out of a reader account. Plain forms that work without JavaScript; answers are never cached.
 * @example app.route('/', logInRoutes(deps));
 */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { logIn, logOut } from '../../../commands/readers.js';
import { DomainError } from '../../../domain/errors.js';
import type { Notice } from '../../../render/pages/reader-account-pages.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { formTokenMatches } from '../../form-token.js';
import {
  clearReaderCookie,
  READER_COOKIE,
  requireReader,
  setReaderCookie,
} from '../../middleware/reader-session.js';
import { credentialsOf, LOG_IN_FORM } from '../../reader-forms.js';
import { retryNotice } from '../../retry-notice.js';
import { loginPageOf } from '../../views/account-pages.js';
import { accountRoutesContext, noticeOf, retryAfter, safeNext, statusOf } from '../../views/accounts.js';

/** GET/POST /:lang/account/login and POST /:lang/account/logout. */
export function logInRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db, env, page, form, t, expired, languageOf } = accountRoutesContext(deps);

  // --- Log in and out ------------------------------------------------------------------------

  app.get('/:lang{[a-z]{2}}/account/login', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const notice: Notice | null =
      c.req.query('out') === '1' ? { kind: 'info', text: t(language).t('readers.logout.done') } : null;
    return page(c, await loginPageOf(c, deps, language, notice, safeNext(c.req.query('next'), language)));
  });

  app.post('/:lang{[a-z]{2}}/account/login', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const target = safeNext(input.next, language);
    if (!formTokenMatches(c, input._csrf))
      return page(c, await loginPageOf(c, deps, language, expired(language), target, input.email), 403);
    try {
      const credentials = credentialsOf(
        LOG_IN_FORM,
        input,
        new DomainError('unauthorized', 'The email or the password is wrong'),
      );
      const session = await logIn(env(), { ...credentials, address: clientAddress(c) });
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
      return page(
        c,
        await loginPageOf(c, deps, language, notice, target, input.email),
        statusOf(error) as 401,
      );
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

  return app;
}
