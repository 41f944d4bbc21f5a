/**
 * The login page of the reader site, shared by the login form and the end of a password reset.
 * @example return privatePage(c, await loginPageOf(c, deps, 'en', null, '/en/account'));
 */
import type { Context } from 'hono';
import type { Language } from '../../domain/languages.js';
import { translator } from '../../i18n/catalogue.js';
import { AccountPage, LogInForm, type Notice } from '../../render/pages/reader-account-pages.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { formToken } from '../form-token.js';
import { accountChrome } from './accounts.js';

/** The login form (with the browser's form token), a notice above it, and where to go after. */
export async function loginPageOf(
  c: Context<AppEnv>,
  deps: AppDeps,
  language: Language,
  notice: Notice | null,
  next: string,
  email?: string,
) {
  const heading = translator(language, deps.timeZone).t('readers.login.title');
  const view = await accountChrome(deps, language, `/${language}/account/login`, heading);
  return (
    <AccountPage chrome={view} heading={heading} notice={notice}>
      <LogInForm chrome={view} csrf={formToken(c, deps)} next={next} {...(email ? { email } : {})} />
    </AccountPage>
  );
}
