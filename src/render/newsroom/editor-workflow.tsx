/**
 * The workflow beside the editor: the status, the steps this staff member may take from it
 * (decided on the server from the workflow table), the review notes, and the story's other
 * language versions with the "Translate" action.
 */
import { isLanguage, NATIVE_NAMES } from '../../domain/languages.js';
import { can } from '../../domain/policy.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { EditorPageView } from './editor-view.js';
import { TranslateForm } from './translate-form.js';

function statusKey(status: string): MessageKey {
  return `editor.status.${status}` as MessageKey;
}

export function Workflow(props: { view: EditorPageView }) {
  const { t, article, allowed, translations, missingLanguages } = props.view;
  const status = article?.status ?? 'draft';
  const published = status === 'published';
  return (
    <div class="ed-side">
      <section class="card" aria-labelledby="ed-workflow-title">
        <h2 id="ed-workflow-title">{t.t('editor.workflow')}</h2>
        <p>
          {t.t('editor.status')}:{' '}
          <span class={`status ${status}`} id="ed-status" data-status={status}>
            {t.t(statusKey(status))}
          </span>
        </p>
        {published ? <p class="muted">{t.t('editor.hold')}</p> : null}
        {status === 'scheduled' && allowed.editsHeld ? (
          <p class="muted">{t.t('workflow.holdScheduled')}</p>
        ) : null}
        {props.view.publishGaps && props.view.publishGaps.length > 0 ? (
          <div class="message warn" id="ed-publish-gaps">
            <p>
              <strong>{t.t('newsroomdesk.publish.heading')}</strong>
            </p>
            <ul>
              {props.view.publishGaps.map((gap) => (
                <li>{gap}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p class="message warn" id="ed-pending-note" hidden={!article?.pendingRevision}>
          {t.t('editor.pending')}
        </p>
        {article?.url ? (
          <p>
            <a href={article.url}>{t.t('editor.viewLive')}</a>
          </p>
        ) : null}
        {article?.url && can(props.view.staff, 'article.correct') ? (
          <p>
            <a class="button secondary" href={`/newsroom/articles/${article.id}/correction`}>
              {t.t('newsroomdesk.correct.action')}
            </a>
          </p>
        ) : null}
        <div class="ed-workflow ed-js-only" hidden>
          {allowed.submit ? (
            <button type="button" data-workflow="submit">
              {t.t('editor.submit')}
            </button>
          ) : null}
          {allowed.sendBack ? (
            <button type="button" class="secondary" data-workflow="send-back">
              {t.t('editor.sendBack')}
            </button>
          ) : null}
          {allowed.publish ? (
            <button type="button" data-workflow="publish">
              {t.t('editor.publish')}
            </button>
          ) : null}
          {allowed.schedule ? (
            <div class="ed-schedule">
              <label for="ed-publish-at">{t.t('editor.schedule.at')}</label>
              <input type="datetime-local" id="ed-publish-at" />
              <button type="button" class="secondary" data-workflow="schedule">
                {t.t('editor.schedule')}
              </button>
            </div>
          ) : null}
          {allowed.publishPending ? (
            <button type="button" data-workflow="publish-pending" hidden={!article?.pendingRevision}>
              {t.t('editor.publishPending')}
            </button>
          ) : null}
          {allowed.unpublish ? (
            <button type="button" class="danger" data-workflow="unpublish">
              {t.t('editor.unpublish')}
            </button>
          ) : null}
        </div>
      </section>
      {/* Shown for a new article too once its first save created it (the island unhides them). */}
      <section class="card" aria-labelledby="ed-notes-title" data-after-create hidden={!article}>
        <h2 id="ed-notes-title">{t.t('editor.notes')}</h2>
        <ol id="ed-notes" class="ed-notes"></ol>
        <p id="ed-notes-none" class="muted">
          {t.t('editor.notes.none')}
        </p>
      </section>
      <section class="card" aria-labelledby="ed-translations-title" data-after-create hidden={!article}>
        <h2 id="ed-translations-title">{t.t('editor.translations')}</h2>
        {translations.length === 0 ? <p class="muted">{t.t('editor.translations.none')}</p> : null}
        <ul class="ed-translations">
          {translations.map((v) => (
            <li>
              <a href={`/newsroom/articles/${v.id}`} lang={v.language}>
                {NATIVE_NAMES[v.language]}
              </a>{' '}
              <span class="muted">{t.t(statusKey(v.status))}</span>
            </li>
          ))}
        </ul>
        {article && props.view.translating?.reviewHref ? (
          <p>
            <a href={props.view.translating.reviewHref}>{t.t('translation.openTranslator')}</a>
          </p>
        ) : null}
        {article ? (
          <TranslateForm
            t={t}
            csrf={props.view.csrf}
            articleId={article.id}
            languages={missingLanguages.map((o) => o.value).filter(isLanguage)}
            machine={props.view.translating?.machine ?? null}
          />
        ) : null}
      </section>
    </div>
  );
}
