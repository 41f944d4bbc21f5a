/**
 * Resetting a forgotten password: asking for the mail, then setting a new password. Plain forms
 * that work without JavaScript; answers are never cached.
 * @example app.route('/', passwordResetRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { requestPasswordReset, resetPassword } from '../../../commands/readers.js';
import type { Language } from '../../../domain/languages.js';
import {
  AccountPage,
  NewPasswordForm,
  type Notice,
  ResetRequestForm,
} from '../../../render/pages/reader-account-pages.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { formToken, formTokenMatches } from '../../form-token.js';
import { formInputOf, NEW_PASSWORD_FORM, RESET_REQUEST_FORM } from '../../reader-forms.js';
import { loginPageOf } from '../../views/account-pages.js';
import { accountRoutesContext, noticeOf, retryAfter, statusOf } from '../../views/accounts.js';

/** GET/POST /:lang/account/reset and /:lang/account/reset/new. */
export function passwordResetRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { env, chrome, page, form, t, expired, languageOf } = accountRoutesContext(deps);

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
      await requestPasswordReset(env(), formInputOf(RESET_REQUEST_FORM, input).email, clientAddress(c));
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
      await resetPassword(env(), formInputOf(NEW_PASSWORD_FORM, input));
    } catch (error) {
      return page(
        c,
        await newPasswordPage(c, language, input.token ?? '', noticeOf(error, t(language))),
        statusOf(error) as 400,
      );
    }
    return page(
      c,
      await loginPageOf(
        c,
        deps,
        language,
        { kind: 'info', text: t(language).t('readers.resetNew.done') },
        `/${language}/account`,
      ),
    );
  });

  return app;
}
