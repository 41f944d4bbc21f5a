/**
 * The translation desk of one language: stories published in other languages and not yet in
 * this one (newest first, one click makes the draft), and the state of every version made in
 * this language (status, unreviewed fields).
 * @example <TranslationDeskPage view={view} />
 */
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { TRANSLATION_CSS } from './translator-page.js';

export interface DeskItem {
  id: string;
  language: Language;
  headline: string;
  status: string;
  unreviewed: number | null;
  machine: boolean;
}

export interface TranslationDeskView {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  language: Language;
  machine: string | null;
  lacking: DeskItem[];
  versions: DeskItem[];
}

export function TranslationDeskPage(props: { view: TranslationDeskView }) {
  const v = props.view;
  const { t } = v;
  return (
    <DeskPage
      t={t}
      staff={v.staff}
      csrf={v.csrf}
      title={`${t.t('translation.deskTitle')}: ${NATIVE_NAMES[v.language]}`}
      active="write"
      head={<style dangerouslySetInnerHTML={{ __html: TRANSLATION_CSS }} />}
    >
      <p>{t.t('translation.deskIntro')}</p>
      <p class="muted">
        {v.machine ? t.t('translation.mtOn', { provider: v.machine }) : t.t('translation.mtOff')}
      </p>
      <form method="get" action="/newsroom/translations" class="filters card">
        <div>
          <label for="desk-language">{t.t('translation.deskLanguage')}</label>
          <select id="desk-language" name="language">
            {LANGUAGES.map((l) => (
              <option value={l} selected={l === v.language} lang={l}>
                {NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{t.t('trust.inbox.show')}</button>
        </div>
      </form>
      <section class="card" aria-labelledby="desk-lacking">
        <h2 id="desk-lacking">{t.t('translation.deskMissing')}</h2>
        <p class="muted" id="desk-order">
          {t.t('translation.deskOrder')}
        </p>
        {v.lacking.length === 0 ? <p>{t.t('translation.deskEmpty')}</p> : null}
        <ul class="desk-list">
          {v.lacking.map((item) => (
            <li>
              <a href={`/newsroom/articles/${item.id}`} lang={item.language}>
                {item.headline}
              </a>{' '}
              <small class="muted">({NATIVE_NAMES[item.language]})</small>
              <form method="post" action={`/newsroom/articles/${item.id}/translations`} class="inline">
                <input type="hidden" name="_csrf" value={v.csrf} />
                <input type="hidden" name="languages" value={v.language} />
                <button type="submit" class="secondary">
                  {t.t('translation.translateInto')} {NATIVE_NAMES[v.language]}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="desk-versions">
        <h2 id="desk-versions">{t.t('translation.deskVersions')}</h2>
        <ul class="desk-list">
          {v.versions.map((item) => (
            <li>
              <a href={`/newsroom/articles/${item.id}/translation`} lang={item.language}>
                {item.headline}
              </a>{' '}
              <span class={`status ${item.status}`}>{t.t(`editor.status.${item.status}` as MessageKey)}</span>{' '}
              <small class="muted">
                {item.unreviewed
                  ? `${t.t('translation.unreviewed')}: ${item.unreviewed}`
                  : t.t('translation.allReviewed')}
              </small>
            </li>
          ))}
        </ul>
      </section>
    </DeskPage>
  );
}
