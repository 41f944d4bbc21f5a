/**
 * The banner over an article preview: says plainly that this is a preview readers cannot
 * see, and leads back to the editor. It is set into the reader's own article page, which
 * is otherwise left exactly as readers get it (its style sheet, PREVIEW_CSS, goes into the
 * page's head, where a style element belongs).
 */
import type { Translator } from '../../i18n/catalogue.js';

export const PREVIEW_CSS =
  '.preview-banner{background:#7a4d00;color:#fff;padding:.6rem 1rem;font:600 1rem/1.4 system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}' +
  '.preview-banner strong{text-transform:uppercase;letter-spacing:.05em}.preview-banner a{color:#fff}';

export function PreviewBanner(props: { t: Translator; articleId: string; status: string }) {
  const { t } = props;
  return (
    <aside class="preview-banner" aria-label={t.t('editor.preview')} lang={t.language}>
      <strong>{t.t('editor.preview')}</strong>
      <span>
        {t.t('editor.preview.banner', {
          status: t.t(`editor.status.${props.status}` as 'editor.status.draft'),
        })}
      </span>
      <a href={`/newsroom/articles/${props.articleId}`}>{t.t('editor.preview.back')}</a>
    </aside>
  );
}
