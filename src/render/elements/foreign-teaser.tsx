/**
 * A teaser of a story in another language than the page's: its language named first, and its
 * own texts (picture, kicker, headline, lead) marked with their language and direction; the
 * link carries hreflang. The date stays in the page's language.
 * @example <ForeignTeaser item={{ teaser, language: 'en', languageName: 'English', dir: 'ltr' }} t={t} />
 */
import type { Translator } from '../../i18n/catalogue.js';
import type { ForeignTeaserView } from '../views.js';
import { Picture } from './image.js';
import { PublishedOn, TEASER_SIZES } from './teaser.js';

/** One teaser from another language. */
export function ForeignTeaser(props: { item: ForeignTeaserView; t: Translator }) {
  const { teaser, language, languageName, dir } = props.item;
  return (
    <article class="teaser">
      <div lang={language} dir={dir}>
        {teaser.image ? <Picture image={teaser.image} sizes={TEASER_SIZES} /> : null}
        <p class="label">
          {languageName}
          {teaser.kicker ? ` · ${teaser.kicker}` : null}
        </p>
        <h3>
          <a href={teaser.href} hreflang={language}>
            {teaser.headline}
          </a>
        </h3>
        {teaser.lead ? <p>{teaser.lead}</p> : null}
      </div>
      <p class="meta">
        <PublishedOn iso={teaser.publishedAt} t={props.t} />
      </p>
    </article>
  );
}

/** The block of teasers from other languages on a home with few stories of its own. */
export function OtherLanguages(props: { items: ForeignTeaserView[]; t: Translator }) {
  if (props.items.length === 0) return null;
  return (
    <section class="block" aria-labelledby="other-languages">
      <h2 id="other-languages">{props.t.t('homes.otherLanguages.title')}</h2>
      <p>{props.t.t('homes.otherLanguages.intro')}</p>
      <ul class="teasers">
        {props.items.map((item) => (
          <li>
            <ForeignTeaser item={item} t={props.t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
