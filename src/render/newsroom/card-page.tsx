/**
 * A newsroom page outside the desk's layout: one card in the middle, for the pages shown
 * before anyone is known (the login, a refused request).
 * @example <CardPage t={t} title="Log in">…</CardPage>
 */
import type { Translator } from '../../i18n/catalogue.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { DeskDocument } from './desk-document.js';

export function CardPage(props: { t: Translator; title: string; children?: Child }) {
  const { t } = props;
  return (
    <DeskDocument t={t} title={props.title}>
      <main id="content" class="login">
        <div class="card">
          <h1>{props.title}</h1>
          {props.children}
        </div>
      </main>
    </DeskDocument>
  );
}
