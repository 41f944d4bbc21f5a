/**
 * A newsroom page outside the desk's layout: one card in the middle, for the pages shown
 * before anyone is known (the login, a refused request).
 * @example <CardPage t={t} title="Log in">…</CardPage>
 */
import { directionOf } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { NEWSROOM_CSS } from './styles.js';

export function CardPage(props: { t: Translator; title: string; children?: Child }) {
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
            {props.children}
          </div>
        </main>
      </body>
    </html>
  );
}
