/**
 * Recognises the reader behind a request to the account and thread pages: the `sw_reader`
 * session cookie, looked up once per request and only when a route asks; a state-changing
 * request must carry the session's CSRF token. The twin of staff-auth.ts for readers.
 * @example routes.use('/:lang{[a-z]{2}}/account/*', readerSession(deps)); const session = await readerSessionOf(c, deps);
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resumeReaderSession, SESSION_DAYS } from '../../commands/readers.js';
import { DomainError } from '../../domain/errors.js';
import type { ReaderSession } from '../../domain/readers.js';
import type { AppDeps, AppEnv } from '../deps.js';

/** The reader's session cookie: HttpOnly, SameSite=Lax, Secure on https sites. */
export const READER_COOKIE = 'sw_reader';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function lookUp(c: Context<AppEnv>, deps: Pick<AppDeps, 'store' | 'clock'>): Promise<ReaderSession | null> {
  const token = getCookie(c, READER_COOKIE);
  return token ? resumeReaderSession(deps.store.db, token, deps.clock()) : Promise.resolve(null);
}

/** Makes the request's reader session available to the routes after it (looked up on first use). */
export function readerSession(deps: Pick<AppDeps, 'store' | 'clock'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let found: Promise<ReaderSession | null> | undefined;
    c.set('readerSession', () => {
      found ??= lookUp(c, deps);
      return found;
    });
    await next();
  };
}

/** The reader of the request's session cookie, or null; no CSRF check (see `requireReader`). */
export function readerSessionOf(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'store' | 'clock'>,
): Promise<ReaderSession | null> {
  const held = c.get('readerSession') as AppEnv['Variables']['readerSession'] | undefined;
  return held ? held() : lookUp(c, deps);
}

/**
 * The reader of the session; on a state-changing request the CSRF token must match (the
 * `x-csrf-token` header, or `formToken` for a page's form). 401 without a session.
 */
export async function requireReader(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'store' | 'clock'>,
  formToken?: string,
): Promise<ReaderSession> {
  const session = await readerSessionOf(c, deps);
  if (!session) throw new DomainError('unauthorized', 'Log in as a reader first');
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = formToken ?? c.req.header('x-csrf-token') ?? '';
    if (!sent || !sameSecret(sent, session.csrfToken)) {
      throw new DomainError('forbidden', 'The CSRF token is missing or wrong; reload the page and try again');
    }
  }
  return session;
}

/** Sets the session cookie after a login. */
export function setReaderCookie(c: Context<AppEnv>, deps: Pick<AppDeps, 'publicUrl'>, token: string): void {
  setCookie(c, READER_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.publicUrl.startsWith('https:'),
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** Removes the session cookie (logout, deleted account). */
export function clearReaderCookie(c: Context<AppEnv>): void {
  deleteCookie(c, READER_COOKIE, { path: '/' });
}
