/**
 * The editor page's dialogs (native <dialog>, labelled by their heading): link, image from
 * the media library, embed, "More" box, send back with a comment, and the merge after a
 * conflict. The island fills their result lists and reads their fields.
 */
import type { Translator } from '../../i18n/catalogue.js';

function Buttons(props: { t: Translator; ok: string; extra?: string }) {
  return (
    <div class="actions">
      <button type="submit" value="ok">
        {props.ok}
      </button>
      {props.extra ? (
        <button type="submit" value="extra" class="secondary">
          {props.extra}
        </button>
      ) : null}
      <button type="submit" value="cancel" class="secondary" formnovalidate>
        {props.t.t('editor.dialog.cancel')}
      </button>
    </div>
  );
}

function LinkDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog id="ed-link-dialog" aria-labelledby="ed-link-title">
      <form method="dialog" novalidate>
        <h2 id="ed-link-title">{t.t('editor.link.title')}</h2>
        <label for="ed-link-href">{t.t('editor.link.href')}</label>
        <input type="text" id="ed-link-href" inputmode="url" aria-describedby="ed-link-error" />
        <p id="ed-link-error" class="ed-field-error" hidden>
          {t.t('editor.link.invalid')}
        </p>
        <label class="ed-check">
          <input type="checkbox" id="ed-link-nofollow" /> {t.t('editor.link.nofollow')}
        </label>
        <Buttons t={t} ok={t.t('editor.link.apply')} extra={t.t('editor.link.remove')} />
      </form>
    </dialog>
  );
}

function MediaDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog id="ed-media-dialog" class="ed-wide" aria-labelledby="ed-media-title">
      <form method="dialog" novalidate>
        <h2 id="ed-media-title">{t.t('editor.media.title')}</h2>
        <div class="ed-search">
          <label for="ed-media-q">{t.t('editor.media.search')}</label>
          <input type="search" id="ed-media-q" />
          <button type="button" class="secondary" data-action="media-search">
            {t.t('editor.media.searchButton')}
          </button>
        </div>
        <h3 id="ed-media-results-title">{t.t('editor.media.results')}</h3>
        <ul id="ed-media-results" class="ed-media-grid" aria-labelledby="ed-media-results-title"></ul>
        <p id="ed-media-empty" class="muted" hidden>
          {t.t('editor.media.none')}
        </p>
        <button type="button" class="secondary" id="ed-media-more" hidden>
          {t.t('editor.media.more')}
        </button>
        <h3>{t.t('editor.media.upload')}</h3>
        <p class="ed-camera">
          <input
            type="file"
            id="ed-media-camera"
            class="visually-hidden"
            accept="image/*"
            capture="environment"
          />
          <label class="button secondary" for="ed-media-camera">
            {t.t('editorux.camera')}
          </label>
        </p>
        <label for="ed-media-file">{t.t('editor.media.file')}</label>
        <input type="file" id="ed-media-file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" />{' '}
        <button type="button" class="secondary" data-action="media-upload">
          {t.t('editor.media.uploadButton')}
        </button>
        <p id="ed-media-progress" role="status" class="muted"></p>
        <fieldset id="ed-media-selected" hidden>
          <legend>{t.t('editor.media.selected')}</legend>
          {/* The island puts the chosen image's thumbnail here (an img without src is not HTML). */}
          <span id="ed-media-selected-thumb" class="ed-media-thumb" />
          <label for="ed-media-alt">{t.t('editor.image.alt')}</label>
          <input type="text" id="ed-media-alt" required maxlength={1000} />
          <label for="ed-media-caption">{t.t('editor.image.caption')}</label>
          <input type="text" id="ed-media-caption" maxlength={2000} />
          <label for="ed-media-credit">{t.t('editor.image.credit')}</label>
          <input type="text" id="ed-media-credit" maxlength={300} />
        </fieldset>
        <p id="ed-media-error" class="ed-field-error" role="alert"></p>
        <Buttons t={t} ok={t.t('editor.media.use')} />
      </form>
    </dialog>
  );
}

function EmbedDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog id="ed-embed-dialog" aria-labelledby="ed-embed-title">
      <form method="dialog" novalidate>
        <h2 id="ed-embed-title">{t.t('editor.embedDialog.title')}</h2>
        <label for="ed-embed-url">{t.t('editor.embedDialog.url')}</label>
        <input type="url" id="ed-embed-url" aria-describedby="ed-embed-error" />
        <p id="ed-embed-error" class="ed-field-error" hidden>
          {t.t('editor.embedDialog.invalid')}
        </p>
        <Buttons t={t} ok={t.t('editor.embedDialog.insert')} />
      </form>
    </dialog>
  );
}

function RelatedDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog id="ed-related-dialog" class="ed-wide" aria-labelledby="ed-related-title">
      <form method="dialog" novalidate>
        <h2 id="ed-related-title">{t.t('editor.relatedDialog.title')}</h2>
        <div class="ed-search">
          <label for="ed-related-q">{t.t('editor.relatedDialog.search')}</label>
          <input type="search" id="ed-related-q" autocomplete="off" />
          <button type="button" class="secondary" data-action="related-search">
            {t.t('editor.media.searchButton')}
          </button>
        </div>
        <ul id="ed-related-results" class="ed-results" aria-live="polite"></ul>
        <p id="ed-related-empty" class="muted" hidden>
          {t.t('editor.relatedDialog.none')}
        </p>
        <div class="actions">
          <button type="submit" value="cancel" class="secondary" formnovalidate>
            {t.t('editor.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function SendBackDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog id="ed-sendback-dialog" aria-labelledby="ed-sendback-title">
      <form method="dialog" novalidate>
        <h2 id="ed-sendback-title">{t.t('editor.sendBack')}</h2>
        <label for="ed-sendback-comment">{t.t('editor.sendBack.comment')}</label>
        <textarea id="ed-sendback-comment" rows={5} required maxlength={5000}></textarea>
        <Buttons t={t} ok={t.t('editor.sendBack.send')} />
      </form>
    </dialog>
  );
}

function MergeDialog(props: { t: Translator }) {
  const { t } = props;
  return (
    <dialog
      id="ed-merge-dialog"
      class="ed-wide"
      aria-labelledby="ed-merge-title"
      aria-describedby="ed-merge-intro"
    >
      <form method="dialog" novalidate>
        <h2 id="ed-merge-title">{t.t('editor.conflict.title')}</h2>
        <p id="ed-merge-intro">{t.t('editor.conflict.intro')}</p>
        <div id="ed-merge-fields"></div>
        <div class="actions">
          <button type="submit" value="ok">
            {t.t('editor.conflict.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function EditorDialogs(props: { t: Translator }) {
  return (
    <>
      <LinkDialog t={props.t} />
      <MediaDialog t={props.t} />
      <EmbedDialog t={props.t} />
      <RelatedDialog t={props.t} />
      <SendBackDialog t={props.t} />
      <MergeDialog t={props.t} />
    </>
  );
}
