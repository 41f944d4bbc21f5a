/**
 * The newsroom's answer to a request body it refused (too large, nested too deeply, too many
 * fields): a page of its own, since the refusal comes before the session is known.
 */
import type { Translator } from '../../i18n/catalogue.js';
import { CardPage } from './card-page.js';
import { Notices } from './notices.js';

export function RefusedPage(props: { t: Translator; title: string; body: string }) {
  const { t } = props;
  return (
    <CardPage t={t} title={props.title}>
      <Notices error={props.body} />
      <p>
        <a href="/newsroom">{t.t('newsroom.error.back')}</a>
      </p>
    </CardPage>
  );
}
