/**
 * The newsroom's debates: the debates of a language with their state (scheduled, open,
 * closed) and comment counts, a form to create one, and a debate's edit page with "close
 * now". Plain forms with the CSRF field; dates are wall-clock times of the newsroom's zone.
 * @example <DebatesDeskPage t={t} staff={staff} csrf={csrf} view={view} />
 */
import type { DebateState } from '../../domain/comments.js';
import { LANGUAGES, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { Choices, FieldRow } from './desk-fields.js';
import { DeskPage } from './desk-page.js';
import {
  type DeskNotice,
  LanguagePicker,
  MODERATION_DESK_CSS,
  ModerationNav,
  NoticeBox,
} from './moderation-nav.js';

export interface DebateRowView {
  id: string;
  question: string;
  state: DebateState;
  opensAt: string;
  closesAt: string | null;
  comments: number;
  pending: number;
  /** The debate's page on the reader site. */
  href: string;
}

/** The form's fields as typed (dates as datetime-local text). */
export interface DebateFormValues {
  question: string;
  intro: string;
  language: Language;
  mode: 'open' | 'premoderated';
  opensAt: string;
  closesAt: string;
  /** Readers of every language take part (ADR 0027). */
  multilingual: boolean;
}

export interface DebatesDeskView {
  language: Language;
  debates: DebateRowView[];
  form: DebateFormValues;
  /** Which field the error is about, to point the reader of the form at it. */
  errorField: string | null;
  notice: DeskNotice;
  timeZone: string;
}

const head = <style dangerouslySetInnerHTML={{ __html: MODERATION_DESK_CSS }} />;

function StateBadge(props: { t: Translator; state: DebateState }) {
  return <span class="status">{props.t.t(`readers.debatesDesk.state.${props.state}`)}</span>;
}

/** The fields shared by the create and edit forms; the language only when creating. */
function DebateFields(props: {
  t: Translator;
  values: DebateFormValues;
  timeZone: string;
  withLanguage: boolean;
  errorField: string | null;
}) {
  const { t, values } = props;
  const invalid = (field: string) => (props.errorField === field ? 'true' : undefined);
  return (
    <>
      <label for="debate-question">{t.t('readers.debatesDesk.field.question')}</label>
      <input
        type="text"
        id="debate-question"
        name="question"
        value={values.question}
        maxlength={300}
        required
        lang={values.language}
        aria-invalid={invalid('question')}
      />
      <label for="debate-intro">{t.t('readers.debatesDesk.field.intro')}</label>
      <p class="hint" id="debate-intro-hint">
        {t.t('readers.debatesDesk.field.introHint')}
      </p>
      <textarea
        id="debate-intro"
        name="intro"
        rows={5}
        maxlength={10000}
        lang={values.language}
        aria-describedby="debate-intro-hint"
        aria-invalid={invalid('intro')}
      >
        {values.intro}
      </textarea>
      {props.withLanguage ? (
        <>
          <label for="debate-language">{t.t('readers.debatesDesk.field.language')}</label>
          <select id="debate-language" name="language">
            {LANGUAGES.map((language) => (
              <option value={language} selected={language === values.language} lang={language}>
                {NATIVE_NAMES[language]}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <Choices
        legend={t.t('readers.debatesDesk.field.mode')}
        name="mode"
        options={['open', 'premoderated'] as const}
        checked={values.mode}
        label={(mode) => t.t(`readers.debatesDesk.mode.${mode}`)}
      />
      <label class="choice">
        <input type="checkbox" name="multilingual" checked={values.multilingual} />
        {t.t('debates2.settingMultilingual')}
      </label>
      <div class="grid">
        <div>
          <FieldRow
            id="debate-opens"
            name="opensAt"
            type="datetime-local"
            label={t.t('readers.debatesDesk.field.opensAt')}
            value={values.opensAt}
            hint={t.t('readers.debatesDesk.field.opensAtHint', { zone: props.timeZone })}
            invalid={invalid('opensAt')}
          />
        </div>
        <div>
          <FieldRow
            id="debate-closes"
            name="closesAt"
            type="datetime-local"
            label={t.t('readers.debatesDesk.field.closesAt')}
            value={values.closesAt}
            hint={t.t('readers.debatesDesk.field.closesAtHint')}
            invalid={invalid('closesAt')}
          />
        </div>
      </div>
    </>
  );
}

export function DebatesDeskPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: DebatesDeskView;
}) {
  const { t, view } = props;
  const title = t.t('readers.debatesDesk.title');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="debates"
      head={head}
      above={<ModerationNav t={t} staff={props.staff} current="debates" />}
    >
      <p>{t.t('readers.debatesDesk.intro')}</p>
      <NoticeBox notice={view.notice} />
      <LanguagePicker
        t={t}
        action="/newsroom/debates"
        language={view.language}
        label="readers.debatesDesk.language"
        id="debates-language"
      />
      {view.debates.length === 0 ? (
        <p>{t.t('readers.debatesDesk.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">
              {t.t('readers.debatesDesk.caption', { language: NATIVE_NAMES[view.language] })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t('readers.debatesDesk.field.question')}</th>
                <th scope="col">{t.t('readers.debatesDesk.col.state')}</th>
                <th scope="col">{t.t('readers.debatesDesk.field.opensAt')}</th>
                <th scope="col">{t.t('readers.debatesDesk.field.closesAt')}</th>
                <th scope="col">{t.t('readers.debatesDesk.col.comments')}</th>
              </tr>
            </thead>
            <tbody>
              {view.debates.map((debate) => (
                <tr>
                  <td lang={view.language}>
                    <a href={`/newsroom/debates/${debate.id}`}>{debate.question}</a>
                  </td>
                  <td>
                    <StateBadge t={t} state={debate.state} />
                  </td>
                  <td>
                    <time datetime={debate.opensAt}>{t.dateTime(debate.opensAt)}</time>
                  </td>
                  <td>
                    {debate.closesAt ? (
                      <time datetime={debate.closesAt}>{t.dateTime(debate.closesAt)}</time>
                    ) : (
                      t.t('readers.debatesDesk.noEnd')
                    )}
                  </td>
                  <td>
                    {t.t('readers.debatesDesk.counts', {
                      approved: debate.comments,
                      pending: debate.pending,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="new-debate">{t.t('readers.debatesDesk.new')}</h2>
      <form method="post" action="/newsroom/debates" class="card" aria-labelledby="new-debate">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <DebateFields
          t={t}
          values={view.form}
          timeZone={view.timeZone}
          withLanguage
          errorField={view.errorField}
        />
        <div class="actions">
          <button type="submit">{t.t('readers.debatesDesk.create')}</button>
        </div>
      </form>
    </DeskPage>
  );
}

export interface DebateEditView {
  id: string;
  state: DebateState;
  href: string;
  form: DebateFormValues;
  errorField: string | null;
  notice: DeskNotice;
  timeZone: string;
}

export function DebateEditPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: DebateEditView;
}) {
  const { t, view } = props;
  const title = t.t('readers.debatesDesk.editTitle');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="debates"
      head={head}
      above={
        <>
          <ModerationNav t={t} staff={props.staff} current="debates" />
          <p>
            <a href={`/newsroom/debates?language=${view.form.language}`}>{t.t('readers.debatesDesk.back')}</a>
          </p>
        </>
      }
    >
      <NoticeBox notice={view.notice} />
      <p>
        <StateBadge t={t} state={view.state} />{' '}
        {t.t('readers.debatesDesk.languageFixed', { language: NATIVE_NAMES[view.form.language] })}{' '}
        {view.state === 'scheduled' ? null : <a href={view.href}>{t.t('readers.debatesDesk.view')}</a>}
      </p>
      <form method="post" action={`/newsroom/debates/${view.id}`} class="card">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <DebateFields
          t={t}
          values={view.form}
          timeZone={view.timeZone}
          withLanguage={false}
          errorField={view.errorField}
        />
        <div class="actions">
          <button type="submit">{t.t('readers.debatesDesk.save')}</button>
        </div>
      </form>
      {view.state === 'closed' ? null : (
        <form method="post" action={`/newsroom/debates/${view.id}/close`} class="card">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <p class="hint">{t.t('readers.debatesDesk.closeHint')}</p>
          <button type="submit" class="danger">
            {t.t('readers.debatesDesk.close')}
          </button>
        </form>
      )}
    </DeskPage>
  );
}
