/**
 * What every newsroom page needs: the interface language of the staff member, the
 * translator, the staff member and the session's CSRF token.
 * @example const { t, staff, csrf } = newsroomView(c, deps);
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../domain/errors.js';
import { isLanguage, type Language, negotiateLanguage } from '../domain/languages.js';
import type { StaffUser } from '../domain/staff.js';
import { type Translator, translator } from '../i18n/catalogue.js';
import type { AppDeps, AppEnv } from './deps.js';
import { safeRedirectPath } from './safe-redirect.js';

/** The interface language a staff member chose for the newsroom (independent of the reader site's). */
export const NEWSROOM_LANGUAGE_COOKIE = 'sw_newsroom_lang';

export function newsroomLanguage(c: Context<AppEnv>): Language {
  const chosen = getCookie(c, NEWSROOM_LANGUAGE_COOKIE);
  return isLanguage(chosen) ? chosen : negotiateLanguage(c.req.header('accept-language'));
}

export interface NewsroomView {
  t: Translator;
  language: Language;
  staff: StaffUser;
  csrf: string;
}

export function newsroomView(c: Context<AppEnv>, deps: Pick<AppDeps, 'timeZone'>): NewsroomView {
  const staff = c.get('staff');
  const csrf = c.get('csrf');
  if (!staff || !csrf) throw new DomainError('unauthorized', 'Log in to the newsroom');
  const language = newsroomLanguage(c);
  return { t: translator(language, deps.timeZone), language, staff, csrf };
}

/** Only same-site newsroom paths are followed after login, never another host (src/http/safe-redirect.ts). */
export function safeNewsroomPath(value: unknown): string {
  return safeRedirectPath(value, { within: '/newsroom', fallback: '/newsroom' });
}
