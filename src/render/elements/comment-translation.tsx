/**
 * Multilingual threads on the reader site (ADR 0027): a comment shown translated into the
 * page's language with the label "Translated from …" and a link to its original (which the
 * comments island turns into one click), or as written while its translation is not there;
 * and the choice of language under the comment form.
 * @example <ShownComment node={node} t={t} display={display} />
 */
import type { ShownText } from '../../domain/comment-languages.js';
import type { CommentNode } from '../../domain/comments.js';
import type { Translator } from '../../i18n/catalogue.js';
import { CommentText } from './comment-text.js';

/**
 * How a multilingual thread's comments are shown: which comment's original the reader asked
 * for without JavaScript (`?original=<id>`), and the links that ask for it and back.
 */
export interface ThreadDisplay {
  originalOpen: string | null;
  originalHref(commentId: string): string;
  translationHref(commentId: string): string;
}

/**
 * A comment's text as the reader is shown it: as written; or translated, with the label
 * "Translated from …" and a link to the original (the island turns it into one click that
 * shows the original kept hidden beside the translation); or as written while its
 * translation is not there, saying so.
 */
export function ShownComment(props: { node: CommentNode; t: Translator; display: ThreadDisplay | null }) {
  const { node, t, display } = props;
  const { comment } = node;
  const shown: ShownText = node.shown ?? { kind: 'original' };
  switch (shown.kind) {
    case 'original':
      return <CommentText body={comment.body} />;
    case 'pending':
    case 'unsupported':
      return (
        <>
          <div lang={shown.from}>
            <CommentText body={comment.body} />
          </div>
          <p class="mt-label">
            {t.t(shown.kind === 'pending' ? 'debates2.pending' : 'debates2.unsupported')}
          </p>
        </>
      );
    case 'translated': {
      const open = display?.originalOpen === comment.id;
      const label = t.t('debates2.translatedFrom', { language: shown.from });
      return (
        <>
          <div class="mt-translation" hidden={open}>
            <CommentText body={shown.text} />
          </div>
          <div class="mt-original" lang={shown.from} hidden={!open}>
            <CommentText body={comment.body} />
          </div>
          <p class="mt-label">
            <span>{label}</span>
            <a
              href={
                open
                  ? (display?.translationHref(comment.id) ?? `#comment-${comment.id}`)
                  : (display?.originalHref(comment.id) ?? `?original=${comment.id}#comment-${comment.id}`)
              }
              data-toggle-original=""
              data-show-original={t.t('debates2.showOriginal')}
              data-show-translation={t.t('debates2.showTranslation')}
            >
              {t.t(open ? 'debates2.showTranslation' : 'debates2.showOriginal')}
            </a>
          </p>
        </>
      );
    }
  }
}

/**
 * The choice of a comment's language in a multilingual thread: the page's language first
 * (chosen), then "recognise it from the text", then the others by their own names.
 */
export function LanguageChoice(props: {
  t: Translator;
  id: string;
  languages: ReadonlyArray<[string, string]>;
}) {
  const { t, id, languages } = props;
  const page = t.language;
  return (
    <>
      <label for={`${id}-language`}>{t.t('debates2.languageLabel')}</label>
      <select id={`${id}-language`} name="language">
        {languages
          .filter(([code]) => code === page)
          .map(([code, name]) => (
            <option value={code} selected lang={code}>
              {name}
            </option>
          ))}
        <option value="">{t.t('debates2.languageDetect')}</option>
        {languages
          .filter(([code]) => code !== page)
          .map(([code, name]) => (
            <option value={code} lang={code}>
              {name}
            </option>
          ))}
      </select>
    </>
  );
}
