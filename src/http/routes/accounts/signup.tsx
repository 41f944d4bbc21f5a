/**
 * Sign up (with the mail that confirms the address) and the confirmation. Plain forms that work
 * without JavaScript; answers are never cached.
 * @example app.route('/', signUpRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { confirmEmail, signUp } from '../../../commands/readers.js';
import type { Language } from '../../../domain/languages.js';
import {
  AccountPage,
  ConfirmForm,
  LogInForm,
  type Notice,
  SignUpForm,
} from '../../../render/pages/reader-account-pages.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { formToken, formTokenMatches } from '../../form-token.js';
import { CONFIRM_FORM, formInputOf, SIGN_UP_FORM } from '../../reader-forms.js';
import { accountRoutesContext, noticeOf, retryAfter, statusOf } from '../../views/accounts.js';

/** GET/POST /:lang/account/signup and /:lang/account/confirm. */
export function signUpRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { env, chrome, page, form, t, expired, languageOf } = accountRoutesContext(deps);

  // --- Sign up and confirm -------------------------------------------------------------------

  const signUpPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: Notice | null,
    values = {},
    status: 200 | 400 | 409 | 429 = 200,
  ) => {
    const heading = t(language).t('readers.signup.title');
    const view = await chrome(language, `/${language}/account/signup`, heading);
    return {
      status,
      node: (
        <AccountPage
          chrome={view}
          heading={heading}
          notice={notice ?? { kind: 'info', text: t(language).t('readers.signup.intro') }}
        >
          {notice?.kind === 'info' ? null : (
            <SignUpForm chrome={view} csrf={formToken(c, deps)} values={values} />
          )}
        </AccountPage>
      ),
    };
  };

  app.get('/:lang{[a-z]{2}}/account/signup', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const sent = c.req.query('sent');
    const { node } = await signUpPage(
      c,
      language,
      sent === '1'
        ? { kind: 'info', text: t(language).t('readers.signup.done') }
        : sent === 'failed'
          ? { kind: 'error', text: t(language).t('readers.signup.mailFailed') }
          : null,
    );
    return page(c, node);
  });

  app.post('/:lang{[a-z]{2}}/account/signup', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const values = { email: input.email, displayName: input.displayName };
    if (!formTokenMatches(c, input._csrf)) {
      const { node } = await signUpPage(c, language, expired(language), values);
      return page(c, node, 403);
    }
    let mailSent = true;
    try {
      ({ mailSent } = await signUp(env(), {
        ...formInputOf(SIGN_UP_FORM, input),
        language,
        address: clientAddress(c),
      }));
    } catch (error) {
      retryAfter(c, error);
      const { node } = await signUpPage(c, language, noticeOf(error, t(language), deps.clock()), values);
      return page(c, node, statusOf(error) as 400);
    }
    // The account is kept when the mail could not go out; the form stays to ask for a new link.
    return c.redirect(`/${language}/account/signup?sent=${mailSent ? '1' : 'failed'}`, 303);
  });

  app.get('/:lang{[a-z]{2}}/account/confirm', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const heading = t(language).t('readers.confirm.title');
    const view = await chrome(language, `/${language}/account/confirm`, heading);
    return page(
      c,
      <AccountPage chrome={view} heading={heading}>
        <ConfirmForm chrome={view} csrf={formToken(c, deps)} token={c.req.query('token') ?? ''} />
      </AccountPage>,
    );
  });

  app.post('/:lang{[a-z]{2}}/account/confirm', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const heading = t(language).t('readers.confirm.title');
    const view = await chrome(language, `/${language}/account/confirm`, heading);
    if (!formTokenMatches(c, input._csrf)) {
      return page(
        c,
        <AccountPage chrome={view} heading={heading} notice={expired(language)}>
          <ConfirmForm chrome={view} csrf={formToken(c, deps)} token={input.token ?? ''} />
        </AccountPage>,
        403,
      );
    }
    try {
      await confirmEmail(env(), formInputOf(CONFIRM_FORM, input).token);
    } catch (error) {
      return page(
        c,
        <AccountPage chrome={view} heading={heading} notice={noticeOf(error, t(language))} />,
        400,
      );
    }
    return page(
      c,
      <AccountPage
        chrome={view}
        heading={heading}
        notice={{ kind: 'info', text: t(language).t('readers.confirm.done') }}
      >
        <LogInForm chrome={view} csrf={formToken(c, deps)} next={`/${language}/account`} />
      </AccountPage>,
    );
  });

  return app;
}
