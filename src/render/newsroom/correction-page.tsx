/**
 * The "Correction" form of a published article: the kind of note, the text readers will see,
 * and the language versions of the story it goes on (the versions readers have never seen
 * cannot be chosen). The notes already on the article are listed above the form.
 * @example <CorrectionPage t={t} staff={staff} csrf={csrf} view={view} />
 */
import { CORRECTION_KINDS, type CorrectionKind, MAX_CORRECTION_LENGTH } from '../../domain/corrections.js';
import { type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { Notices } from './notices.js';

export interface CorrectionPageView {
  article: { id: string; headline: string; language: Language; publicHref: string | null };
  /** Every language version of the story; only those readers have seen can be chosen. */
  versions: Array<{ language: Language; headline: string; corrigible: boolean }>;
  corrections: Array<{ kind: CorrectionKind; text: string; createdAt: string }>;
  values: { kind: string; text: string; languages: readonly string[] };
  error: string | null;
  notice: string | null;
}

export function CorrectionPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: CorrectionPageView;
}) {
  const { t, view } = props;
  const { article } = view;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={`${t.t('newsroomdesk.correct.title')}: ${article.headline}`}
      heading={
        <>
          {t.t('newsroomdesk.correct.title')}: <span lang={article.language}>{article.headline}</span>
        </>
      }
      active="dashboard"
      above={
        <p>
          <a href={`/newsroom/articles/${article.id}`}>{t.t('newsroomdesk.correct.back')}</a>
          {article.publicHref ? (
            <>
              {' · '}
              <a href={article.publicHref}>{t.t('editor.viewLive')}</a>
            </>
          ) : null}
        </p>
      }
    >
      <Notices error={view.error} notice={view.notice} />
      {view.corrections.length > 0 ? (
        <section class="card" aria-labelledby="existing-heading">
          <h2 id="existing-heading">{t.t('trust.correct.existing')}</h2>
          <ul>
            {view.corrections.map((note) => (
              <li lang={article.language}>
                <strong>{t.t(`correction.${note.kind}`)}</strong>{' '}
                <time datetime={note.createdAt}>{t.dateTime(note.createdAt)}</time>: {note.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form class="card" method="post" action={`/newsroom/articles/${article.id}/correction`}>
        <p class="muted">{t.t('newsroomdesk.correct.intro')}</p>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <label for="correction-kind">{t.t('trust.correct.kind')}</label>
        <select id="correction-kind" name="kind" required>
          {CORRECTION_KINDS.map((kind) => (
            <option value={kind} selected={view.values.kind === kind}>
              {t.t(`correction.${kind}`)}
            </option>
          ))}
        </select>
        <label for="correction-text">{t.t('trust.correct.text')}</label>
        <textarea
          id="correction-text"
          name="text"
          required
          maxlength={MAX_CORRECTION_LENGTH}
          lang={article.language}
        >
          {view.values.text}
        </textarea>
        <fieldset>
          <legend>{t.t('newsroomdesk.correct.languages')}</legend>
          {view.versions.map((version) => (
            <div>
              <input
                type="checkbox"
                id={`correction-language-${version.language}`}
                name="languages"
                value={version.language}
                checked={version.corrigible && view.values.languages.includes(version.language)}
                disabled={!version.corrigible}
              />{' '}
              <label class="inline" for={`correction-language-${version.language}`}>
                <span lang={version.language}>{NATIVE_NAMES[version.language]}</span>
                {version.corrigible ? null : ` (${t.t('newsroomdesk.correct.unpublished')})`}
                {' · '}
                <span class="muted" lang={version.language}>
                  {version.headline}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">{t.t('trust.correct.submit')}</button>
        </div>
      </form>
    </DeskPage>
  );
}
