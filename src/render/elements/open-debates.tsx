/**
 * The open debates on a language home (ADR 0027): each question with its comment count in
 * all languages, marked when readers of every language take part, and a link to all
 * debates. Nothing in it depends on the reader, so the home stays cacheable.
 * @example <OpenDebates debates={[{ href: '/es/debates/abc', question: '¿…?', lang: null, comments: 3, multilingual: true }]} t={t} />
 */
import type { Translator } from '../../i18n/catalogue.js';

export interface OpenDebateView {
  href: string;
  question: string;
  /** The question's language when it is not the page's; null when it is. */
  lang: string | null;
  comments: number;
  multilingual: boolean;
}

export function OpenDebates(props: { debates: OpenDebateView[]; t: Translator }) {
  const { debates, t } = props;
  if (debates.length === 0) return null;
  const all = `/${t.language}/debates`;
  return (
    <section class="block open-debates" aria-labelledby="open-debates">
      <h2 id="open-debates">{t.t('debates2.homeTitle')}</h2>
      <ul class="teasers">
        {debates.map((debate) => (
          <li>
            <a href={debate.href} lang={debate.lang ?? undefined}>
              {debate.question}
            </a>
            <p class="meta">
              {t.t('readers.comments.count', { count: t.number(debate.comments) })}
              {debate.multilingual ? ` · ${t.t('debates2.allLanguages')}` : null}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <a href={all}>{t.t('debates2.homeMore')}</a>
      </p>
    </section>
  );
}
