/**
 * The transparency settings form of one language (admins): every field of every topic,
 * plain text with blank lines between paragraphs, and the JTI certificate link.
 */
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import { fieldsOf, TRUST_TOPICS, type TrustField, type TrustSettings } from '../../domain/trust.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';

/** Texts that are a line, not paragraphs. */
const SHORT: ReadonlySet<TrustField> = new Set(['legalName', 'brands']);

function Field(props: { field: TrustField; value: string; t: Translator; language: Language }) {
  const { field, value, t } = props;
  const id = `trust-${field}`;
  return (
    <div>
      <label for={id}>{t.t(`trust.field.${field}`)}</label>
      {SHORT.has(field) ? (
        <input type="text" id={id} name={field} value={value} lang={props.language} maxlength={20000} />
      ) : (
        <textarea
          id={id}
          name={field}
          rows={field === 'address' ? 3 : 5}
          lang={props.language}
          maxlength={20000}
        >
          {value}
        </textarea>
      )}
    </div>
  );
}

export function TrustSettingsPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  language: Language;
  values: TrustSettings;
  message: { kind: 'ok' | 'error'; text: string } | null;
}) {
  const { t, language, values } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('trust.settings.title')}
      active="settings"
    >
      <p>{t.t('trust.settings.intro')}</p>
      {props.message ? (
        <p class={`message ${props.message.kind}`} role={props.message.kind === 'error' ? 'alert' : 'status'}>
          {props.message.text}
        </p>
      ) : null}
      <form method="get" action="/newsroom/settings/trust" class="filters card">
        <div>
          <label for="settings-language">{t.t('trust.settings.language')}</label>
          <select id="settings-language" name="language">
            {LANGUAGES.map((l) => (
              <option value={l} selected={l === language} lang={l}>
                {NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{t.t('trust.settings.switch')}</button>
        </div>
        <div>
          <a href={`/${language}/about/trust`}>{t.t('trust.settings.view')}</a>
        </div>
      </form>
      <form method="post" action={`/newsroom/settings/trust?language=${language}`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="language" value={language} />
        {TRUST_TOPICS.map((topic) => (
          <fieldset class="card">
            <legend>{t.t(`trust.topic.${topic}`)}</legend>
            {fieldsOf(topic).map((field) => (
              <Field field={field} value={values[field] ?? ''} t={t} language={language} />
            ))}
          </fieldset>
        ))}
        <fieldset class="card">
          <legend>{t.t('trust.jti.badge')}</legend>
          <label for="trust-jtiCertificateUrl">{t.t('trust.field.jtiCertificateUrl')}</label>
          <input
            type="url"
            id="trust-jtiCertificateUrl"
            name="jtiCertificateUrl"
            value={values.jtiCertificateUrl ?? ''}
            maxlength={2000}
          />
        </fieldset>
        <div class="actions">
          <button type="submit">{t.t('trust.settings.save')}</button>
        </div>
      </form>
    </DeskPage>
  );
}
