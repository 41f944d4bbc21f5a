/**
 * The newsroom's session pages: login and the interface language (open), logout (behind the
 * session check, which routes/newsroom/router.ts puts between the two).
 * @example routes.route('/', newsroomLoginRoutes(deps)); routes.route('/', newsroomLogoutRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { logIn, logOut, SESSION_MAX_SECONDS } from '../../../commands/sessions.js';
import { DomainError } from '../../../domain/errors.js';
import { isLanguage } from '../../../domain/languages.js';
import { translator } from '../../../i18n/catalogue.js';
import { newSecret } from '../../../lib/ids.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { LoginPage } from '../../../render/newsroom/login-page.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { STAFF_COOKIE } from '../../middleware/staff-auth.js';
import { NEWSROOM_LANGUAGE_COOKIE, newsroomLanguage, safeNewsroomPath } from '../../newsroom-context.js';
import { retryNotice } from '../../retry-notice.js';

/** Double-submit token of the login form (there is no session yet to hold one). */
const LOGIN_CSRF_COOKIE = 'sw_login_csrf';

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** GET/POST /login and GET /interface-language: open to anyone. */
export function newsroomLoginRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const secure = deps.publicUrl.startsWith('https:');

  const loginPage = async (
    c: Context<AppEnv>,
    status: 200 | 401 | 403 | 429,
    extra: { email?: string; error?: string; notice?: string; next?: string } = {},
  ) => {
    const csrf = newSecret();
    setCookie(c, LOGIN_CSRF_COOKIE, csrf, {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      path: '/newsroom/login',
    });
    const t = translator(newsroomLanguage(c), deps.timeZone);
    const next = safeNewsroomPath(extra.next ?? c.req.query('next'));
    return c.html(renderToString(<LoginPage t={t} csrf={csrf} next={next} {...extra} />), status, NO_STORE);
  };

  routes.get('/login', (c) =>
    loginPage(
      c,
      200,
      c.req.query('bye') ? { notice: translator(newsroomLanguage(c)).t('newsroom.login.loggedOut') } : {},
    ),
  );

  routes.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const t = translator(newsroomLanguage(c), deps.timeZone);
    const email = field('email');
    const next = safeNewsroomPath(field('next'));
    const expected = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!expected || field('_csrf') !== expected) {
      return loginPage(c, 403, { email, next, error: t.t('newsroom.login.expired') });
    }
    try {
      const session = await logIn(
        deps.store.db,
        {
          email,
          password: field('password'),
          address: clientAddress(c),
          previousToken: getCookie(c, STAFF_COOKIE),
        },
        deps.clock(),
      );
      deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/newsroom/login', secure });
      setCookie(c, STAFF_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/',
        maxAge: SESSION_MAX_SECONDS,
      });
      c.header('Cache-Control', 'no-store');
      return c.redirect(next, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'rate_limited') {
        const seconds = error.retryAfterSeconds ?? 60;
        c.header('Retry-After', String(seconds));
        deps.log.warn('newsroom login paused after too many attempts', {
          address: clientAddress(c),
          seconds,
        });
        return loginPage(c, 429, {
          email,
          next,
          error: retryNotice(t, 'abuse.login.paused', seconds, deps.clock()),
        });
      }
      if (error.code === 'unauthorized')
        return loginPage(c, 401, { email, next, error: t.t('newsroom.login.failed') });
      throw error;
    }
  });

  routes.get('/interface-language', (c) => {
    const to = c.req.query('to');
    if (!isLanguage(to)) throw new DomainError('validation_failed', 'Unknown language', 'to');
    setCookie(c, NEWSROOM_LANGUAGE_COOKIE, to, {
      sameSite: 'Lax',
      secure,
      path: '/newsroom',
      maxAge: 365 * 24 * 3600,
    });
    const back = c.req.header('referer');
    let target = '/newsroom';
    if (back) {
      try {
        const url = new URL(back);
        if (url.origin === new URL(c.req.url).origin) target = safeNewsroomPath(url.pathname + url.search);
      } catch {}
    }
    return c.redirect(target, 303);
  });

  return routes;
}

/** POST /logout: behind the session check. */
export function newsroomLogoutRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();
  const secure = deps.publicUrl.startsWith('https:');
  routes.post('/logout', async (c) => {
    const token = getCookie(c, STAFF_COOKIE);
    if (token) await logOut(deps.store.db, token);
    deleteCookie(c, STAFF_COOKIE, { path: '/', secure });
    c.header('Cache-Control', 'no-store');
    return c.redirect('/newsroom/login?bye=1', 303);
  });
  return routes;
}
