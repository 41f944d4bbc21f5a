/**
 * The translator's view of a version: the original on one side in its own language and
 * direction, this version on the other, aligned field by field and paragraph by paragraph,
 * each with its review state. The first unreviewed field's button has the focus (Enter marks
 * it, the page comes back with the next one focused) and the access key R; headline, kicker,
 * lead and plain paragraphs are editable in place ("save and mark reviewed"). When the
 * original changed since, a notice shows what changed (then and now).
 * @example <TranslatorPage view={view} />
 */
import { directionOf, type Language, NATIVE_NAMES } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { TranslateForm } from './translate-form.js';

export interface TranslatorRow {
  field: string;
  label: string;
  original: string;
  version: string;
  reviewed: boolean;
  /** Editable in place: a text field or a paragraph of plain text. */
  editable: boolean;
}

export interface TranslatorView {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  version: { id: string; language: Language; headline: string; status: string; articleVersion: number };
  original: { id: string; language: Language };
  provider: string | null;
  machine: string | null;
  rows: TranslatorRow[];
  changes: Array<{ label: string; was: string; now: string }>;
  missingLanguages: Language[];
  message: string | null;
  error: string | null;
  /** The staff member may publish: the publish form (with the override reason) is shown. */
  canPublish: boolean;
  /** A live version has held changes (shown here instead of the live text), waiting to go out. */
  pending: boolean;
}

/** The styles of the translator's view and the translation desk (listed in src/render/inline-styles.ts for the CSP). */
export const TRANSLATION_CSS = `.tr-grid{display:grid;grid-template-columns:1fr;gap:.6rem}
.tr-row{border:1px solid #ccd;border-radius:6px;padding:.6rem}
.tr-row.unreviewed{border-inline-start:6px solid #b35c00}
.tr-row.reviewed{border-inline-start:6px solid #2b7a3d}
.tr-pair{display:grid;grid-template-columns:1fr;gap:.6rem}
.tr-pair>div{min-width:0;overflow-wrap:anywhere}
.tr-label{font-weight:600;display:flex;gap:.5rem;flex-wrap:wrap;align-items:baseline}
.tr-state{font-size:.85em;padding:0 .4rem;border-radius:4px;background:#f3e3d0}
.tr-row.reviewed .tr-state{background:#d7eedb}
.tr-row textarea{width:100%;min-height:4.5rem;box-sizing:border-box}
.tr-actions{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:.4rem}
.tr-languages{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.tr-changes del{background:#fbe3e3}.tr-changes ins{background:#dff3e2;text-decoration:none}
@media (min-width:760px){.tr-pair{grid-template-columns:1fr 1fr}}
.desk-list{padding-inline-start:1.2rem}.desk-list li{margin-block-end:.6rem}.desk-list form.inline{display:inline-block;margin-inline-start:.5rem}`;

export function TranslatorPage(props: { view: TranslatorView }) {
  const v = props.view;
  const { t } = v;
  const next = v.rows.find((row) => !row.reviewed)?.field;
  return (
    <DeskPage
      t={t}
      staff={v.staff}
      csrf={v.csrf}
      title={`${t.t('translation.title')}: ${v.version.headline}`}
      active="write"
      head={<style dangerouslySetInnerHTML={{ __html: TRANSLATION_CSS }} />}
    >
      <p>{t.t('translation.intro')}</p>
      <p class="muted">
        {v.provider ? t.t('translation.state.machine') : t.t('translation.state.manual')}
        {' · '}
        <a href={`/newsroom/articles/${v.version.id}`}>{t.t('editor.translations')}</a>
        {' · '}
        <a href={`/newsroom/translations?language=${v.version.language}`}>{t.t('translation.deskTitle')}</a>
      </p>
      {v.message ? (
        <p class="message ok" role="status">
          {v.message}
        </p>
      ) : null}
      {v.error ? (
        <p class="message error" role="alert">
          {v.error}
        </p>
      ) : null}
      {v.changes.length > 0 ? (
        <section class="card tr-changes" aria-labelledby="tr-changes-title">
          <h2 id="tr-changes-title">{t.t('translation.sourceUpdated')}</h2>
          <form method="post" action={`/newsroom/articles/${v.version.id}/retranslate`}>
            <input type="hidden" name="_csrf" value={v.csrf} />
            <button type="submit" class="secondary">
              {t.t('translation.retranslate')}
            </button>
          </form>
          {v.changes.map((change) => (
            <div lang={v.original.language} dir={directionOf(v.original.language)}>
              <p>
                <strong>{change.label}</strong>
              </p>
              <p>
                {t.t('translation.sourceWas')}: <del>{change.was}</del>
              </p>
              <p>
                {t.t('translation.sourceNow')}: <ins>{change.now}</ins>
              </p>
            </div>
          ))}
        </section>
      ) : null}
      {v.version.status === 'published' || v.version.status === 'scheduled' ? (
        <p class="muted">{t.t('translation.pendingNote')}</p>
      ) : null}
      {next ? (
        <p class="muted">{t.t('translation.nextShortcut')}</p>
      ) : (
        <p role="status">{t.t('translation.allReviewed')}</p>
      )}
      <div class="tr-grid">
        {v.rows.map((row) => (
          <Row view={v} row={row} next={row.field === next} />
        ))}
      </div>
      {v.canPublish && (v.version.status !== 'published' || v.pending) ? (
        <form method="post" action={`/newsroom/articles/${v.version.id}/publish-version`} class="card">
          <input type="hidden" name="_csrf" value={v.csrf} />
          <input type="hidden" name="version" value={String(v.version.articleVersion)} />
          <label for="tr-override">{t.t('translation.overrideLabel')}</label>
          <textarea id="tr-override" name="overrideReason" aria-describedby="tr-override-hint"></textarea>
          <p class="muted" id="tr-override-hint">
            {t.t('translation.overrideHint')}
          </p>
          <button type="submit">
            {v.version.status === 'published'
              ? t.t('translation.publishPending')
              : t.t('translation.publish')}
          </button>
        </form>
      ) : null}
      <section class="card">
        <TranslateForm
          t={t}
          csrf={v.csrf}
          articleId={v.original.id}
          languages={v.missingLanguages}
          machine={v.machine}
        />
      </section>
    </DeskPage>
  );
}

function Row(props: { view: TranslatorView; row: TranslatorRow; next: boolean }) {
  const { view, row } = props;
  const { t } = view;
  const id = `tr-${row.field.replaceAll('.', '-')}`;
  return (
    <section
      class={`tr-row ${row.reviewed ? 'reviewed' : 'unreviewed'}`}
      id={id}
      aria-labelledby={`${id}-label`}
    >
      <p class="tr-label" id={`${id}-label`}>
        {row.label}{' '}
        <span class="tr-state">
          {row.reviewed ? t.t('translation.reviewed') : t.t('translation.unreviewed')}
        </span>
      </p>
      <form method="post" action={`/newsroom/articles/${view.version.id}/review`} class="tr-pair">
        <input type="hidden" name="_csrf" value={view.csrf} />
        <input type="hidden" name="field" value={row.field} />
        <input type="hidden" name="version" value={String(view.version.articleVersion)} />
        <div lang={view.original.language} dir={directionOf(view.original.language)}>
          <small class="muted">
            {t.t('translation.original')} ({NATIVE_NAMES[view.original.language]})
          </small>
          <p>{row.original}</p>
        </div>
        <div lang={view.version.language} dir={directionOf(view.version.language)}>
          <small class="muted">
            {t.t('translation.version')} ({NATIVE_NAMES[view.version.language]})
          </small>
          {row.editable ? (
            <textarea name="text" aria-label={`${row.label} (${NATIVE_NAMES[view.version.language]})`}>
              {row.version}
            </textarea>
          ) : (
            <p>{row.version}</p>
          )}
          {row.reviewed && !row.editable ? null : (
            <div class="tr-actions">
              <button
                type="submit"
                name="mark"
                value="1"
                autofocus={props.next}
                accesskey={props.next ? 'r' : undefined}
                data-next={props.next ? 'true' : undefined}
              >
                {row.editable ? t.t('translation.saveReviewed') : t.t('translation.markReviewed')}
              </button>
            </div>
          )}
        </div>
      </form>
    </section>
  );
}
