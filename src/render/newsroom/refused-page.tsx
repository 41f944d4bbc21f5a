/**
 * The newsroom's answer to a request body it refused (too large, nested too deeply, too many
 * fields): a page of its own, since the refusal comes before the session is known.
 */
import { directionOf } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';
import { Notices } from './notices.js';
import { NEWSROOM_CSS } from './styles.js';

export function RefusedPage(props: { t: Translator; title: string; body: string }) {
  const { t } = props;
  return (
    <html lang={t.language} dir={directionOf(t.language)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${props.title} · ${t.t('newsroom.title')}`}</title>
        <style dangerouslySetInnerHTML={{ __html: NEWSROOM_CSS }} />
      </head>
      <body>
        <main id="content" class="login">
          <div class="card">
            <h1>{props.title}</h1>
            <Notices error={props.body} />
            <p>
              <a href="/newsroom">{t.t('newsroom.error.back')}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
