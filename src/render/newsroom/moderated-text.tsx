/**
 * A comment's text as a moderator sees it (ADR 0027): as written; and, for a comment of a
 * multilingual thread written in another language than the moderator's newsroom language,
 * the original beside its machine translation into that language (or why there is none
 * yet). The decision is always taken on the original: it comes first and is labelled so.
 * @example <ModeratedText comment={comment} shown={{ kind: 'translated', from: 'es', text, provider: 'Apertium' }} t={t} />
 */
import type { ShownText } from '../../domain/comment-languages.js';
import type { Comment } from '../../domain/comments.js';
import { isLanguage, NATIVE_NAMES } from '../../domain/languages.js';
import type { Translator } from '../../i18n/catalogue.js';
import { CommentText } from '../elements/comment-text.js';

/** Styles of the original beside its translation (two columns where there is room). */
export const MODERATED_TEXT_CSS = `
.mod-texts{display:grid;gap:.4rem 1.2rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.mod-texts h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;margin:.4rem 0 0;color:var(--muted)}
.mod-translation{color:var(--muted)}
`;

export function ModeratedText(props: { comment: Comment; shown: ShownText | undefined; t: Translator }) {
  const { comment, t } = props;
  const shown = props.shown ?? { kind: 'original' };
  if (shown.kind === 'original') return <CommentText body={comment.body} />;
  const name = isLanguage(comment.language) ? NATIVE_NAMES[comment.language] : comment.language;
  return (
    <div class="mod-texts">
      <section lang={comment.language}>
        <h3>{t.t('debates2.moderationOriginal', { language: name })}</h3>
        <CommentText body={comment.body} />
      </section>
      <section class="mod-translation">
        {shown.kind === 'translated' ? (
          <>
            <h3>{t.t('debates2.moderationTranslation', { provider: shown.provider })}</h3>
            <CommentText body={shown.text} />
          </>
        ) : (
          <p>
            {t.t(shown.kind === 'pending' ? 'debates2.moderationPending' : 'debates2.moderationUnsupported')}
          </p>
        )}
      </section>
    </div>
  );
}
