/**
 * The reader's account: the page, a new display name, deleting the account. Plain forms that work
 * without JavaScript; answers are never cached.
 * @example app.route('/', accountRoutes(deps));
 */
import { type Context, Hono } from 'hono';
import { deletedCommentsPolicy } from '../../../commands/reader-moderation.js';
import { changeDisplayName, deleteAccount } from '../../../commands/readers.js';
import { DomainError } from '../../../domain/errors.js';
import type { Language } from '../../../domain/languages.js';
import { AccountForms, AccountPage, type Notice } from '../../../render/pages/reader-account-pages.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { clearReaderCookie, readerSessionOf, requireReader } from '../../middleware/reader-session.js';
import { credentialsOf, DELETE_FORM, formInputOf, NAME_FORM } from '../../reader-forms.js';
import { accountRoutesContext, noticeOf, statusOf } from '../../views/accounts.js';

/** GET /:lang/account, POST /:lang/account/name and /:lang/account/delete. */
export function accountRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db, env, chrome, page, form, t, languageOf } = accountRoutesContext(deps);

  // --- The account ---------------------------------------------------------------------------

  const accountPage = async (
    c: Context<AppEnv>,
    language: Language,
    notice: Notice | null,
    status: 200 | 400 | 401 | 409 = 200,
  ) => {
    const session = await readerSessionOf(c, deps);
    if (!session)
      return c.redirect(`/${language}/account/login?next=${encodeURIComponent(`/${language}/account`)}`, 303);
    const heading = t(language).t('readers.account.title');
    const view = await chrome(language, `/${language}/account`, heading);
    return page(
      c,
      <AccountPage chrome={view} heading={heading} notice={notice}>
        <AccountForms
          chrome={view}
          csrf={session.csrfToken}
          displayName={session.reader.displayName}
          commentsOnDelete={await deletedCommentsPolicy(db)}
        />
      </AccountPage>,
      status,
    );
  };

  app.get('/:lang{[a-z]{2}}/account', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const saved = c.req.query('saved') === '1';
    return accountPage(
      c,
      language,
      saved ? { kind: 'info', text: t(language).t('readers.account.nameSaved') } : null,
    );
  });

  app.post('/:lang{[a-z]{2}}/account/name', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const { reader } = await requireReader(c, deps, input._csrf ?? '');
    try {
      await changeDisplayName(db, reader, formInputOf(NAME_FORM, input).displayName);
    } catch (error) {
      return accountPage(c, language, noticeOf(error, t(language)), statusOf(error) as 400);
    }
    deps.pageCache.clear();
    return c.redirect(`/${language}/account?saved=1`, 303);
  });

  app.post('/:lang{[a-z]{2}}/account/delete', async (c, next) => {
    const language = languageOf(c);
    if (!language) return next();
    const input = await form(c);
    const { reader } = await requireReader(c, deps, input._csrf ?? '');
    try {
      const { password } = credentialsOf(
        DELETE_FORM,
        input,
        new DomainError('unauthorized', 'The password is wrong', 'password'),
      );
      await deleteAccount(env(), reader, password);
    } catch (error) {
      return accountPage(c, language, noticeOf(error, t(language)), statusOf(error) as 401);
    }
    deps.pageCache.clear();
    clearReaderCookie(c);
    const heading = t(language).t('readers.account.deleteTitle');
    const view = await chrome(language, `/${language}/account`, heading);
    return page(
      c,
      <AccountPage
        chrome={view}
        heading={heading}
        notice={{ kind: 'info', text: t(language).t('readers.account.deleted') }}
      />,
    );
  });

  return app;
}
