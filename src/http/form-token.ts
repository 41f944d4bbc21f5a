/**
 * The CSRF token of forms sent before there is a session (reader sign-up, login, password
 * reset, confirmation): a double-submit cookie. The page puts the cookie's value in a hidden
 * `_csrf` field; a post counts only when field and cookie match, which another site cannot
 * arrange. The cookie lives for the browser session and is kept across pages, so two open
 * tabs both work.
 * @example const csrf = formToken(c, deps); ... if (!formTokenMatches(c, input._csrf)) // 403
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { newSecret } from '../lib/ids.js';
import type { AppDeps, AppEnv } from './deps.js';

export const FORM_COOKIE = 'sw_form';

const WELL_FORMED = /^[\w-]{43}$/;

/** The token for this browser's forms (the cookie's, or a new one set now). */
export function formToken(c: Context<AppEnv>, deps: Pick<AppDeps, 'publicUrl'>): string {
  const held = getCookie(c, FORM_COOKIE);
  const token = held && WELL_FORMED.test(held) ? held : newSecret();
  setCookie(c, FORM_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.publicUrl.startsWith('https:'),
  });
  return token;
}

/** Whether a posted form carries the token of this browser's cookie. */
export function formTokenMatches(c: Context<AppEnv>, sent: string | undefined): boolean {
  const held = getCookie(c, FORM_COOKIE);
  if (!held || !sent || !WELL_FORMED.test(held)) return false;
  const left = Buffer.from(held);
  const right = Buffer.from(sent);
  return left.length === right.length && timingSafeEqual(left, right);
}
