/**
 * The media library: upload (a plain multipart form that the library island turns into
 * drag-and-drop with a progress bar), search, and a grid of images newest first.
 */
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { LIBRARY_CSS } from './library-styles.js';

export interface LibraryImageView {
  id: string;
  href: string;
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: string;
}

export interface LibraryPageView {
  query: string;
  total: number;
  images: LibraryImageView[];
  previousHref: string | null;
  nextHref: string | null;
  canUpload: boolean;
  maxMegabytes: number;
  /** Texts entered in the upload form that failed, shown again. */
  values: { alt: string; caption: string; credit: string };
  error: string | null;
  script: string | null;
}

/** The upload form; the island reads its messages from data attributes. */
function UploadForm(props: { t: Translator; csrf: string; view: LibraryPageView }) {
  const { t, view } = props;
  return (
    <section class="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t.t('library.upload.heading')}</h2>
      <form
        id="library-upload"
        method="post"
        action="/newsroom/media"
        enctype="multipart/form-data"
        data-api="/api/v1/media"
        data-msg-progress={t.t('library.upload.progress')}
        data-msg-done={t.t('library.upload.done')}
        data-msg-failed={t.t('library.upload.failed')}
        data-msg-nofile={t.t('library.upload.noFile')}
      >
        <input type="hidden" name="_csrf" value={props.csrf} />
        <div class="dropzone" data-dropzone>
          <p id="upload-drop" class="muted">
            {t.t('library.upload.drop')}
          </p>
          <label for="upload-file">{t.t('library.upload.file')}</label>
          <input
            id="upload-file"
            type="file"
            name="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            multiple
            required
            aria-describedby="upload-drop upload-hint"
          />
        </div>
        <p id="upload-hint" class="muted">
          {t.t('library.upload.hint', { megabytes: view.maxMegabytes })}
        </p>
        <label for="upload-alt">{t.t('library.field.alt')}</label>
        <input
          id="upload-alt"
          type="text"
          name="alt"
          maxlength={1000}
          value={view.values.alt}
          aria-describedby="upload-alt-hint"
        />
        <p id="upload-alt-hint" class="muted">
          {t.t('library.field.altHint')}
        </p>
        <label for="upload-caption">{t.t('library.field.caption')}</label>
        <input id="upload-caption" type="text" name="caption" maxlength={2000} value={view.values.caption} />
        <label for="upload-credit">{t.t('library.field.credit')}</label>
        <input id="upload-credit" type="text" name="credit" maxlength={300} value={view.values.credit} />
        <div class="actions">
          <button type="submit">{t.t('library.upload.submit')}</button>
        </div>
        <div class="upload-progress" data-progress hidden>
          <label for="upload-progress-bar">{t.t('library.upload.progressLabel')}</label>
          <progress id="upload-progress-bar" max={100} value={0} />
        </div>
        <p role="status" aria-live="polite" data-status />
        <ul class="upload-list" data-uploaded />
        <p class="message error" role="alert" data-error hidden={!view.error}>
          {view.error ?? ''}
        </p>
      </form>
    </section>
  );
}

export function LibraryPage(props: { t: Translator; staff: StaffUser; csrf: string; view: LibraryPageView }) {
  const { t, view } = props;
  return (
    <DeskPage
      t={t}
      staff={props.staff}
      csrf={props.csrf}
      title={t.t('library.title')}
      active="media"
      scripts={view.script ? [view.script] : []}
      head={<style dangerouslySetInnerHTML={{ __html: LIBRARY_CSS }} />}
    >
      {view.canUpload ? <UploadForm t={t} csrf={props.csrf} view={view} /> : null}
      <section aria-labelledby="images-heading">
        <h2 id="images-heading" class="visually-hidden">
          {t.t('library.title')}
        </h2>
        <search>
          <form method="get" action="/newsroom/media" class="filters">
            <div>
              <label for="library-q">{t.t('library.search.label')}</label>
              <input id="library-q" type="search" name="q" value={view.query} maxlength={200} />
            </div>
            <button type="submit">{t.t('library.search.submit')}</button>
          </form>
        </search>
        <p class="muted" role="status">
          {view.total === 0
            ? view.query
              ? t.t('library.search.none')
              : t.t('library.search.empty')
            : t.t('newsroomdesk.count.images', { count: view.total })}
        </p>
        {view.images.length > 0 ? (
          <ul class="media-grid">
            {view.images.map((image) => (
              <li>
                <img
                  src={image.src}
                  srcset={image.srcset}
                  sizes="(min-width: 40rem) 14rem, 100vw"
                  width={image.width}
                  height={image.height}
                  alt=""
                  loading="lazy"
                  decoding="async"
                />
                <div class="media-text">
                  <a href={image.href} class={image.alt ? undefined : 'no-alt'}>
                    {image.alt || t.t('library.item.noAlt')}
                  </a>
                  {image.caption ? <span>{image.caption}</span> : null}
                  {image.credit ? <span>© {image.credit}</span> : null}
                  <span class="muted">
                    {t.t('library.item.uploaded', { date: t.dateTime(image.createdAt) })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {view.previousHref || view.nextHref ? (
          <nav class="pager" aria-label={t.t('pagination.label')}>
            {view.previousHref ? <a href={view.previousHref}>{t.t('library.pager.newer')}</a> : <span />}
            {view.nextHref ? (
              <a href={view.nextHref} rel="next">
                {t.t('library.pager.older')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </DeskPage>
  );
}
