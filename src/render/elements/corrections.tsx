/**
 * Corrections on the article page: a retraction or a correction above the text, as prominent
 * as the error; a clarification or an update below it. Each note is dated.
 */
import { placementOf } from '../../domain/corrections.js';
import type { Translator } from '../../i18n/catalogue.js';
import type { ArticleView } from '../views.js';

export function CorrectionNotes(props: {
  corrections: ArticleView['corrections'];
  placement: 'top' | 'bottom';
  t: Translator;
}) {
  const notes = props.corrections.filter((c) => placementOf(c.kind) === props.placement);
  if (notes.length === 0) return null;
  const retracted = props.placement === 'top' && notes.some((c) => c.kind === 'retraction');
  return (
    <section class={`corrections corrections-${props.placement}`} aria-label={props.t.t('correction.notes')}>
      {retracted ? (
        <p class="retracted">
          <strong>{props.t.t('correction.retractedNotice')}</strong>
        </p>
      ) : null}
      {notes.map((note) => (
        <p class={`correction correction-${note.kind}`}>
          <strong>{props.t.t(`correction.${note.kind}`)}</strong> (
          <time datetime={note.createdAt}>{props.t.dateTime(note.createdAt)}</time>): {note.text}
        </p>
      ))}
    </section>
  );
}
