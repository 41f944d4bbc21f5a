/**
 * The newsroom's comment settings: how an article takes comments (open, pre-moderated,
 * closed, or closing at a date), a language's banned and suspect words, and what happens to
 * a deleted account's comments. Plain forms with the CSRF field, working without scripts.
 * @example <ArticleCommentsPage t={t} staff={staff} csrf={csrf} view={view} />
 */
import type { CommentMode } from '../../domain/comments.js';
import { type Language, NATIVE_NAMES } from '../../domain/languages.js';
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

const head = <style dangerouslySetInnerHTML={{ __html: MODERATION_DESK_CSS }} />;

export interface ArticleSettingsRow {
  id: string;
  headline: string;
  /** The article's comments page on the reader site. */
  commentsHref: string;
  mode: CommentMode;
  closesAt: string | null;
  open: boolean;
  /** Comments in every language (ADR 0027). */
  multilingual: boolean;
}

export interface ArticleCommentsView {
  language: Language;
  /** The article being changed, with the form's values (closing time as datetime-local text). */
  article: (ArticleSettingsRow & { closesLocal: string }) | null;
  recent: ArticleSettingsRow[];
  notice: DeskNotice;
  timeZone: string;
  /** The ID typed in the lookup form. */
  lookup: string;
}

/** "open", "pre-moderated, closes 3 Dec 2026" or "closed". */
function stateText(t: Translator, row: ArticleSettingsRow): string {
  if (!row.open) return t.t('readers.articleComments.state.closed');
  const mode = t.t(`readers.articleComments.state.${row.mode === 'premoderated' ? 'premoderated' : 'open'}`);
  return row.closesAt
    ? `${mode}, ${t.t('readers.articleComments.closesOn', { date: t.dateTime(row.closesAt) })}`
    : mode;
}

export function ArticleCommentsPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: ArticleCommentsView;
}) {
  const { t, view } = props;
  const { article } = view;
  const title = t.t('readers.articleComments.title');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="moderation"
      head={head}
      above={<ModerationNav t={t} staff={props.staff} current="articles" />}
    >
      <p>{t.t('readers.articleComments.intro')}</p>
      <NoticeBox notice={view.notice} />
      {article ? (
        <form method="post" action="/newsroom/comments/settings" class="card">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="article" value={article.id} />
          <h2>
            <a href={article.commentsHref} lang={view.language}>
              {article.headline}
            </a>
          </h2>
          <p>{stateText(t, article)}</p>
          <Choices
            legend={t.t('readers.articleComments.mode')}
            name="mode"
            options={['open', 'premoderated', 'closed'] as const}
            checked={article.mode}
            label={(mode) => t.t(`readers.articleComments.mode.${mode}`)}
          />
          <label class="choice">
            <input type="checkbox" name="multilingual" checked={article.multilingual} />
            {t.t('debates2.settingMultilingual')}
          </label>
          <FieldRow
            id="article-closes"
            name="closesAt"
            type="datetime-local"
            label={t.t('readers.articleComments.closesAt')}
            value={article.closesLocal}
            hint={t.t('readers.articleComments.closesAtHint', { zone: view.timeZone })}
          />
          <div class="actions">
            <button type="submit">{t.t('readers.articleComments.save')}</button>
          </div>
        </form>
      ) : null}
      <form method="get" action="/newsroom/comments/settings" class="filters card">
        <div>
          <label for="article-lookup">{t.t('readers.articleComments.find')}</label>
          <input type="text" id="article-lookup" name="article" value={view.lookup} required maxlength={40} />
        </div>
        <div>
          <button type="submit" class="secondary">
            {t.t('readers.articleComments.open')}
          </button>
        </div>
      </form>
      <h2>{t.t('readers.articleComments.recent', { language: NATIVE_NAMES[view.language] })}</h2>
      <LanguagePicker
        t={t}
        action="/newsroom/comments/settings"
        language={view.language}
        label="readers.articleComments.language"
        id="articles-language"
      />
      {view.recent.length === 0 ? (
        <p>{t.t('readers.articleComments.empty')}</p>
      ) : (
        <ul class="dash-list">
          {view.recent.map((row) => (
            <li>
              <a href={`/newsroom/comments/settings?article=${row.id}`} lang={view.language}>
                {row.headline}
              </a>{' '}
              <span class="muted">({stateText(t, row)})</span>
            </li>
          ))}
        </ul>
      )}
    </DeskPage>
  );
}

export interface WordListsView {
  language: Language;
  banned: string;
  suspect: string;
  notice: DeskNotice;
}

export function WordListsPage(props: { t: Translator; staff: StaffUser; csrf: string; view: WordListsView }) {
  const { t, view } = props;
  const title = t.t('readers.words.title');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="moderation"
      head={head}
      above={<ModerationNav t={t} staff={props.staff} current="words" />}
    >
      <p>{t.t('readers.words.intro')}</p>
      <NoticeBox notice={view.notice} />
      <LanguagePicker
        t={t}
        action="/newsroom/moderation/words"
        language={view.language}
        label="readers.words.language"
        id="words-language"
      />
      <form method="post" action="/newsroom/moderation/words" class="card">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="language" value={view.language} />
        <h2>{NATIVE_NAMES[view.language]}</h2>
        <div class="grid">
          <div>
            <label for="words-banned">{t.t('readers.words.banned')}</label>
            <textarea id="words-banned" name="banned" rows={10} lang={view.language}>
              {view.banned}
            </textarea>
          </div>
          <div>
            <label for="words-suspect">{t.t('readers.words.suspect')}</label>
            <textarea id="words-suspect" name="suspect" rows={10} lang={view.language}>
              {view.suspect}
            </textarea>
          </div>
        </div>
        <div class="actions">
          <button type="submit">{t.t('readers.words.save')}</button>
        </div>
      </form>
    </DeskPage>
  );
}

export function AccountSettingsPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  value: 'keep' | 'remove';
  notice: DeskNotice;
}) {
  const { t } = props;
  const title = t.t('readers.accountSettings.title');
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={title}
      active="moderation"
      head={head}
      above={<ModerationNav t={t} staff={props.staff} current="accounts" />}
    >
      <NoticeBox notice={props.notice} />
      <form method="post" action="/newsroom/moderation/settings" class="card">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <Choices
          legend={t.t('readers.accountSettings.legend')}
          hint={t.t('readers.accountSettings.intro')}
          name="deletedAccountComments"
          options={['keep', 'remove'] as const}
          checked={props.value}
          label={(value) => t.t(`readers.accountSettings.${value}`)}
        />
        <div class="actions">
          <button type="submit">{t.t('readers.accountSettings.save')}</button>
        </div>
      </form>
    </DeskPage>
  );
}
