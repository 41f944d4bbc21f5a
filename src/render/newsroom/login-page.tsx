/**
 * The newsroom's login page: email and password, one message for every failed attempt.
 */
import { directionOf } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';
import { Notices } from './notices.js';
import { NEWSROOM_CSS } from './styles.js';

export function LoginPage(props: {
  t: Translator;
  csrf: string;
  next: string;
  email?: string | undefined;
  error?: string | undefined;
  notice?: string | undefined;
}) {
  const { t } = props;
  return (
    <html lang={t.language} dir={directionOf(t.language)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${t.t('newsroom.login.title')} · ${t.t('newsroom.title')}`}</title>
        <style dangerouslySetInnerHTML={{ __html: NEWSROOM_CSS }} />
      </head>
      <body>
        <main id="content" class="login">
          <div class="card">
            <h1>{t.t('newsroom.login.title')}</h1>
            <Notices error={props.error} notice={props.notice} />
            <form method="post" action="/newsroom/login">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <input type="hidden" name="next" value={props.next} />
              <label for="login-email">{t.t('newsroom.login.email')}</label>
              <input
                type="email"
                id="login-email"
                name="email"
                autocomplete="username"
                required
                value={props.email ?? ''}
              />
              <label for="login-password">{t.t('newsroom.login.password')}</label>
              <input
                type="password"
                id="login-password"
                name="password"
                autocomplete="current-password"
                required
              />
              <div class="actions">
                <button type="submit">{t.t('newsroom.login.submit')}</button>
              </div>
            </form>
          </div>
        </main>
      </body>
    </html>
  );
}
