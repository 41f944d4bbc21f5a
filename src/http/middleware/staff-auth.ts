/**
 * Recognises the staff member behind a request: a bearer token (scripts, apps) or the
 * newsroom's session cookie, which must come with its CSRF token on every state-changing
 * request. Both paths end in the same `staff` and the same policy table.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resumeSession } from '../../commands/sessions.js';
import { authenticateToken } from '../../commands/staff.js';
import { DomainError } from '../../domain/errors.js';
import type { StaffUser } from '../../domain/staff.js';
import type { AppDeps, AppEnv } from '../deps.js';

/** The newsroom session cookie: HttpOnly, SameSite=Lax, Secure on https sites. */
export const STAFF_COOKIE = 'sw_staff';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The CSRF token a request carries: the `x-csrf-token` header, or a form's `_csrf` field. */
async function csrfOf(c: Context<AppEnv>, fromForms: boolean): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  if (!fromForms) return '';
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return '';
  const form = await c.req.parseBody();
  const field = form._csrf;
  return typeof field === 'string' ? field : '';
}

/**
 * Resolves the session cookie; on an unsafe method also checks the CSRF token (header, or
 * with `fromForms` the `_csrf` form field). Answers null when there is no live session.
 */
async function sessionOf(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'store' | 'clock'>,
  fromForms: boolean,
): Promise<{ user: StaffUser; csrfToken: string } | null> {
  const token = getCookie(c, STAFF_COOKIE);
  if (!token) return null;
  const session = await resumeSession(deps.store.db, token, deps.clock());
  if (!session) return null;
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = await csrfOf(c, fromForms);
    if (!sent || !sameSecret(sent, session.csrfToken)) {
      throw new DomainError('forbidden', 'The CSRF token is missing or wrong; reload the page and try again');
    }
  }
  return session;
}

/** Sets `staff` from a bearer token or a session cookie; answers 401 when neither is valid. */
export function requireStaff(deps: Pick<AppDeps, 'store' | 'clock'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match?.[1]) {
      const user = await authenticateToken(deps.store.db, match[1]);
      if (!user) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new DomainError('unauthorized', 'The token is not valid');
      }
      c.set('staff', user);
      return next();
    }
    const session = await sessionOf(c, deps, false);
    if (!session) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new DomainError('unauthorized', 'Send Authorization: Bearer <token>, or log in to the newsroom');
    }
    c.set('staff', session.user);
    c.set('csrf', session.csrfToken);
    return next();
  };
}

/**
 * For newsroom pages: a live session or a redirect to the login page (which comes back to
 * the page asked for). State-changing requests need the CSRF token (form field or header).
 */
export function requireNewsroomSession(deps: Pick<AppDeps, 'store' | 'clock'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await sessionOf(c, deps, true);
    if (!session) {
      const back = SAFE_METHODS.has(c.req.method) ? c.req.path + new URL(c.req.url).search : '/newsroom';
      c.header('Cache-Control', 'no-store');
      return c.redirect(`/newsroom/login?next=${encodeURIComponent(back)}`, 303);
    }
    c.set('staff', session.user);
    c.set('csrf', session.csrfToken);
    return next();
  };
}

/** The staff member of a request that passed `requireStaff` or `requireNewsroomSession`. */
export function staffOf(c: { get(key: 'staff'): StaffUser | null }): StaffUser {
  const staff = c.get('staff');
  if (!staff) throw new DomainError('unauthorized', 'Send Authorization: Bearer <token>');
  return staff;
}
