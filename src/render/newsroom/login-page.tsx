/**
 * The newsroom's login page: email and password, one message for every failed attempt.
 */
import type { Translator } from '../../i18n/catalogue.js';
import { CardPage } from './card-page.js';
import { Notices } from './notices.js';

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
    <CardPage t={t} title={t.t('newsroom.login.title')}>
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
        <input type="password" id="login-password" name="password" autocomplete="current-password" required />
        <div class="actions">
          <button type="submit">{t.t('newsroom.login.submit')}</button>
        </div>
      </form>
    </CardPage>
  );
}
