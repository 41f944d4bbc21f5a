/**
 * Translations that have not yet received a correction made in another language of the same
 * story: each with the note to carry over, a form to publish it in the translation's
 * language, and a way to say it is not needed there.
 */
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { CorrectionForm } from './trust-inbox.js';

export interface FollowupView {
  correction: { id: string; kind: string; text: string; createdAt: string; language: Language };
  source: { headline: string; href: string } | null;
  translation: { id: string; language: Language; headline: string; href: string; editHref: string };
}

export function FollowupsPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  language: Language | null;
  items: FollowupView[];
  message: string | null;
}) {
  const { t } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('trust.followups.title')}
      active="error-reports"
    >
      <p>{t.t('trust.followups.intro')}</p>
      {props.message ? (
        <p class="message ok" role="status">
          {props.message}
        </p>
      ) : null}
      <form method="get" action="/newsroom/corrections/translations" class="filters card">
        <div>
          <label for="followups-language">{t.t('trust.inbox.language')}</label>
          <select id="followups-language" name="language">
            <option value="">{t.t('trust.inbox.all')}</option>
            {LANGUAGES.map((l) => (
              <option value={l} selected={l === props.language} lang={l}>
                {NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{t.t('trust.inbox.show')}</button>
        </div>
      </form>
      {props.items.length === 0 ? <p>{t.t('trust.followups.empty')}</p> : null}
      {props.items.map((item, i) => (
        <section class="card followup" aria-labelledby={`followup-${i}`}>
          <h2 id={`followup-${i}`}>
            {t.t('trust.followups.translation')}:{' '}
            <a href={item.translation.href} lang={item.translation.language}>
              {item.translation.headline}
            </a>{' '}
            <small class="muted">({NATIVE_NAMES[item.translation.language]})</small>
          </h2>
          <p>
            <strong>
              {t.t('trust.followups.correction', { language: NATIVE_NAMES[item.correction.language] })}
            </strong>{' '}
            <time datetime={item.correction.createdAt}>{t.dateTime(item.correction.createdAt)}</time>
            {item.source ? (
              <>
                {' · '}
                <a href={item.source.href} lang={item.correction.language}>
                  {item.source.headline}
                </a>
              </>
            ) : null}
          </p>
          <blockquote lang={item.correction.language}>{item.correction.text}</blockquote>
          <details>
            <summary>{t.t('trust.correct.title')}</summary>
            <CorrectionForm
              action={`/newsroom/corrections/translations/${item.translation.id}`}
              csrf={props.csrf}
              t={t}
              id={`followup-${i}`}
            />
          </details>
          <form
            method="post"
            action={`/newsroom/corrections/${item.correction.id}/not-needed`}
            class="actions"
          >
            <input type="hidden" name="_csrf" value={props.csrf} />
            <input type="hidden" name="articleId" value={item.translation.id} />
            <button type="submit" class="secondary">
              {t.t('trust.followups.notNeeded')}
            </button>
          </form>
        </section>
      ))}
    </DeskPage>
  );
}
