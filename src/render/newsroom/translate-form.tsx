/**
 * "Translate into …": one form with a checkbox per language the story lacks (several, or
 * all at once), posting to /newsroom/articles/{id}/translations. Used on the editor page,
 * the translator's view and the translation desk.
 * @example <TranslateForm t={t} csrf={csrf} articleId="a1" languages={['es', 'pt']} machine="Apertium" />
 */
import { type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';

export function TranslateForm(props: {
  t: Translator;
  csrf: string;
  articleId: string;
  languages: readonly Language[];
  /** The machine-translation provider, or null when machine translation is off. */
  machine: string | null;
  /** A single language ticked already (the desk's language). */
  checked?: Language | undefined;
}) {
  const { t } = props;
  if (props.languages.length === 0) return null;
  return (
    <form method="post" action={`/newsroom/articles/${props.articleId}/translations`} class="tr-translate">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <fieldset>
        <legend>{t.t('translation.translateInto')}</legend>
        <ul class="tr-languages">
          {props.languages.map((language) => (
            <li>
              <label lang={language}>
                <input
                  type="checkbox"
                  name="languages"
                  value={language}
                  checked={props.checked === language}
                />{' '}
                {NATIVE_NAMES[language]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="muted">
        {props.machine ? t.t('translation.mtOn', { provider: props.machine }) : t.t('translation.mtOff')}
      </p>
      <button type="submit">{t.t('translation.translateButton')}</button>
    </form>
  );
}
