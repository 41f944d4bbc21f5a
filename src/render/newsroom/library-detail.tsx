/**
 * One image of the media library: a preview, its id to reuse it, the form for alt text,
 * caption and credit (a plain form; it works without scripts), and the articles using it.
 */
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { LIBRARY_CSS } from './library-styles.js';

export interface MediaUseView {
  headline: string;
  language: string;
  status: string;
  place: 'hero' | 'body';
  /** The reader's page when published, else null. */
  href: string | null;
}

export interface LibraryDetailView {
  id: string;
  preview: { src: string; srcset: string; width: number; height: number };
  originalHref: string;
  width: number;
  height: number;
  createdAt: string;
  values: { alt: string; caption: string; credit: string };
  canEdit: boolean;
  /** What happened last: saved, or uploaded. */
  notice: 'saved' | 'uploaded' | null;
  error: string | null;
  /** The field the error concerns, to point at it. */
  errorField: string | null;
  uses: MediaUseView[];
  script: string | null;
}

const PLACE: Record<MediaUseView['place'], MessageKey> = {
  hero: 'library.detail.useHero',
  body: 'library.detail.useBody',
};

const STATUS: Record<string, MessageKey> = {
  draft: 'library.articleStatus.draft',
  in_review: 'library.articleStatus.in_review',
  scheduled: 'library.articleStatus.scheduled',
  published: 'library.articleStatus.published',
  unpublished: 'library.articleStatus.unpublished',
};

function TextField(props: {
  id: string;
  name: 'alt' | 'caption' | 'credit';
  label: string;
  value: string;
  max: number;
  view: LibraryDetailView;
  hint?: string;
  required?: boolean;
}) {
  const invalid = props.view.errorField === props.name;
  const described = [props.hint ? `${props.id}-hint` : null, invalid ? 'detail-error' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        name={props.name}
        maxlength={props.max}
        rows={props.name === 'alt' ? 3 : 2}
        required={props.required}
        readonly={!props.view.canEdit}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={described || undefined}
        autofocus={invalid}
      >
        {props.value}
      </textarea>
      {props.hint ? (
        <p id={`${props.id}-hint`} class="muted">
          {props.hint}
        </p>
      ) : null}
    </>
  );
}

export function LibraryDetailPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  view: LibraryDetailView;
}) {
  const { t, view } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('library.detail.title')}
      active="media"
      scripts={view.script ? [view.script] : []}
      head={<style dangerouslySetInnerHTML={{ __html: LIBRARY_CSS }} />}
      above={
        <p>
          <a href="/newsroom/media">{t.t('library.detail.back')}</a>
        </p>
      }
    >
      {view.notice ? (
        <p class="message ok" role="status">
          {t.t(view.notice === 'saved' ? 'library.detail.saved' : 'library.detail.uploadedOk')}
        </p>
      ) : null}
      {view.error ? (
        <p id="detail-error" class="message error" role="alert">
          {t.t('library.error', { message: view.error })}
        </p>
      ) : null}
      <div class="media-detail">
        <div class="card">
          <img
            src={view.preview.src}
            srcset={view.preview.srcset}
            sizes="(min-width: 44rem) 40rem, 100vw"
            width={view.preview.width}
            height={view.preview.height}
            alt={view.values.alt}
          />
          <p class="muted">
            {t.t('library.item.size', { width: view.width, height: view.height })} ·{' '}
            {t.t('library.item.uploaded', { date: t.dateTime(view.createdAt) })} ·{' '}
            <a href={view.originalHref}>{t.t('library.detail.open')}</a>
          </p>
          <label for="media-id">{t.t('library.detail.id')}</label>
          <div class="copy-id">
            <input
              id="media-id"
              type="text"
              value={view.id}
              readonly
              aria-describedby="media-id-hint"
              data-copy-source
            />
            <button
              type="button"
              class="secondary"
              hidden
              data-copy
              data-msg-copied={t.t('library.detail.copied')}
            >
              {t.t('library.detail.copy')}
            </button>
          </div>
          <p id="media-id-hint" class="muted">
            {t.t('library.detail.idHint')}
          </p>
          <p role="status" aria-live="polite" data-copy-status />
        </div>
        <div class="card">
          {view.canEdit ? null : <p class="message warn">{t.t('library.detail.readOnly')}</p>}
          <form method="post" action={`/newsroom/media/${view.id}`}>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <TextField
              id="detail-alt"
              name="alt"
              label={t.t('library.field.alt')}
              hint={t.t('library.field.altHint')}
              value={view.values.alt}
              max={1000}
              view={view}
              required
            />
            <TextField
              id="detail-caption"
              name="caption"
              label={t.t('library.field.caption')}
              value={view.values.caption}
              max={2000}
              view={view}
            />
            <TextField
              id="detail-credit"
              name="credit"
              label={t.t('library.field.credit')}
              value={view.values.credit}
              max={300}
              view={view}
            />
            {view.canEdit ? (
              <div class="actions">
                <button type="submit">{t.t('library.detail.save')}</button>
              </div>
            ) : null}
          </form>
        </div>
      </div>
      <section class="card" aria-labelledby="uses-heading">
        <h2 id="uses-heading">{t.t('library.detail.uses')}</h2>
        {view.uses.length === 0 ? (
          <p class="muted">{t.t('library.detail.unused')}</p>
        ) : (
          <ul>
            {view.uses.map((use) => (
              <li>
                {use.href ? (
                  <a href={use.href} lang={use.language}>
                    {use.headline}
                  </a>
                ) : (
                  <span lang={use.language}>{use.headline}</span>
                )}{' '}
                <span class="muted">
                  ({use.language.toUpperCase()},{' '}
                  {STATUS[use.status] ? t.t(STATUS[use.status] as MessageKey) : use.status},{' '}
                  {t.t(PLACE[use.place])})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </DeskPage>
  );
}
