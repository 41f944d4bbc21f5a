/**
 * What the account and thread pages share: their frame, what a failed form says (in the
 * reader's language, with the status it answers), where a form may send the reader next,
 * a posted form's text fields, and what every one of their route files builds from the deps.
 * @example return privatePage(c, node, statusOf(error)); // with noticeOf(error, t) on the page
 * @example const { db, env, chrome, page, form, t, expired, languageOf } = accountRoutesContext(deps);
 */
import type { Context } from 'hono';
import { DomainError } from '../../domain/errors.js';
import { isLanguage, type Language } from '../../domain/languages.js';
import { CommentRefused } from '../../domain/moderation.js';
import { type Translator, translator } from '../../i18n/catalogue.js';
import type { Notice } from '../../render/pages/reader-account-pages.js';
import type { ChromeView } from '../../render/views.js';
import { listSections } from '../../storage/repos/taxonomy.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { STATUS_OF } from '../errors.js';
import { privatePage } from '../page-answers.js';
import { readerMailSender } from '../reader-mail.js';
import { retryNotice } from '../retry-notice.js';
import { safeRedirectPath } from '../safe-redirect.js';
import { chromeOf } from './chrome.js';

/** What a failed form says, in the reader's language; anything unexpected is thrown on (a 500). */
export function noticeOf(error: unknown, t: Translator, now?: Date): Notice {
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

/** The status a failed form answers with (the one error table, src/http/errors.ts). */
export const statusOf = (error: unknown) => (error instanceof DomainError ? STATUS_OF[error.code] : 400);

/** Only a path of this site's reader pages, never another host. */
export function safeNext(value: unknown, language: Language): string {
  return safeRedirectPath(value, { within: `/${language}`, fallback: `/${language}/account` });
}

/** The frame of an account or thread page (sections read afresh: these pages are not cached). */
export async function accountChrome(
  deps: AppDeps,
  language: Language,
  path: string,
  title: string,
): Promise<ChromeView> {
  return chromeOf({
    language,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    sections: await listSections(deps.store.db),
    path,
    title,
    now: deps.clock(),
  });
}

/** A posted form's text fields (a foreign Origin was already refused: src/http/middleware/same-origin.ts). */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Answers a rate-limited form's Retry-After. */
export function retryAfter(c: Context<AppEnv>, error: unknown): void {
  if (error instanceof DomainError && error.retryAfterSeconds)
    c.header('Retry-After', String(error.retryAfterSeconds));
}

/** The reader's language from the route's `:lang`, or null when it names none (the route passes on). */
export function languageOf(c: Context<AppEnv>): Language | null {
  const lang = c.req.param('lang');
  return isLanguage(lang) ? lang : null;
}

/**
 * What each account and thread route file builds from the deps: the database, the commands'
 * environment (with the account mail sender), the page frame, the private page answer, the
 * posted form, the reader's translator and the notice of an expired form.
 */
export function accountRoutesContext(deps: AppDeps) {
  const db = deps.store.db;
  const sendMail = readerMailSender(deps);
  const t = (language: Language) => translator(language, deps.timeZone);
  return {
    db,
    env: () => ({ db, now: deps.clock(), sendMail }),
    chrome: (language: Language, path: string, title: string) => accountChrome(deps, language, path, title),
    page: privatePage,
    form: formFields,
    t,
    expired: (language: Language): Notice => ({ kind: 'error', text: t(language).t('abuse.form.expired') }),
    languageOf,
  };
}
