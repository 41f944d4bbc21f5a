/**
 * "Popular Stories" (most read) and "Most Discussed" (most commented), shown below articles
 * and on language homes; and the read beacon, the one script an article page needs to be
 * counted (also when the page itself came from a cache).
 * @example <Rankings rankings={view} t={t} />
 */
import type { Translator } from '../../i18n/catalogue.js';

export interface PopularItemView {
  href: string;
  headline: string;
}

export interface DiscussedItemView {
  kind: 'article' | 'debate';
  href: string;
  title: string;
  /** Approved comments in the last seven days. */
  comments: number;
}

export interface RankingsView {
  popular: PopularItemView[];
  /** Null where comments are not counted (the Most Discussed list is left out then). */
  discussed: DiscussedItemView[] | null;
}

function PopularStories(props: { items: PopularItemView[]; t: Translator }) {
  const { t } = props;
  return (
    <section class="block ranking" aria-labelledby="popular-stories">
      <h2 id="popular-stories">{t.t('rankings.popular.title')}</h2>
      {props.items.length > 0 ? (
        <ol>
          {props.items.map((item) => (
            <li>
              <a href={item.href}>{item.headline}</a>
            </li>
          ))}
        </ol>
      ) : (
        <p class="meta">{t.t('rankings.popular.empty')}</p>
      )}
    </section>
  );
}

function MostDiscussed(props: { items: DiscussedItemView[]; t: Translator }) {
  const { t } = props;
  return (
    <section class="block ranking" aria-labelledby="most-discussed">
      <h2 id="most-discussed">{t.t('rankings.discussed.title')}</h2>
      {props.items.length > 0 ? (
        <ol>
          {props.items.map((item) => (
            <li>
              {item.kind === 'debate' ? <span class="label">{t.t('rankings.discussed.debate')} </span> : null}
              <a href={item.href}>{item.title}</a>{' '}
              <span class="meta">
                {t.t('rankings.discussed.comments', { count: t.number(item.comments) })}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="meta">{t.t('rankings.discussed.empty')}</p>
      )}
    </section>
  );
}

/** Both lists; Most Discussed only where comments are counted. */
export function Rankings(props: { rankings: RankingsView | null | undefined; t: Translator }) {
  const { rankings, t } = props;
  if (!rankings) return null;
  return (
    <>
      <PopularStories items={rankings.popular} t={t} />
      {rankings.discussed ? <MostDiscussed items={rankings.discussed} t={t} /> : null}
    </>
  );
}

/**
 * The read beacon island (client/views.ts): reports one read of the article, without cookies.
 * Deferred, so it never holds up the page; absent when the island is not built.
 */
export function ReadBeacon(props: { src: string | null | undefined; articleId: string }) {
  return props.src ? <script src={props.src} defer data-read={props.articleId} /> : null;
}
