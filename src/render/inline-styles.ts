/**
 * Every style sheet a page sets inline in a `<style>` element, by the part of the site that
 * shows it. The Content-Security-Policy (src/http/security-headers.ts) allows exactly these,
 * by their SHA-256, so that an injected `<style>` or `style=""` is not applied: a new inline
 * sheet must be listed here, or browsers ignore it (the security-headers test finds it).
 * Pages set no `style=""` attributes; classes in these sheets do that work.
 * @example READER_STYLE_SHEETS.map((css) => createHash('sha256').update(css).digest('base64'))
 */
import { COMMENTS_CSS } from './elements/comments.js';
import { PREVIEW_CSS } from './newsroom/editor-preview.js';
import { EDITOR_CSS } from './newsroom/editor-styles.js';
import { EDITOR_UX_CSS } from './newsroom/editor-ux-styles.js';
import { LIBRARY_CSS } from './newsroom/library-styles.js';
import { MODERATED_TEXT_CSS } from './newsroom/moderated-text.js';
import { MODERATION_DESK_CSS } from './newsroom/moderation-nav.js';
import { MODERATION_CSS } from './newsroom/moderation-page.js';
import { NEWSROOM_CSS } from './newsroom/styles.js';
import { TRANSLATION_CSS } from './newsroom/translator-page.js';
import { SEARCH_CSS } from './pages/search-page.js';
import { TRUST_CSS } from './pages/trust-page.js';
import { SITE_CSS } from './styles.js';

/** The sheets of the reader site's pages (error pages included). */
export const READER_STYLE_SHEETS: readonly string[] = [SITE_CSS, COMMENTS_CSS, SEARCH_CSS, TRUST_CSS];

/** The sheets of the newsroom's pages; its article preview is a reader page, so those too. */
export const NEWSROOM_STYLE_SHEETS: readonly string[] = [
  NEWSROOM_CSS,
  EDITOR_CSS,
  EDITOR_UX_CSS,
  LIBRARY_CSS,
  MODERATION_CSS,
  MODERATED_TEXT_CSS,
  MODERATION_DESK_CSS,
  PREVIEW_CSS,
  TRANSLATION_CSS,
  ...READER_STYLE_SHEETS,
];
