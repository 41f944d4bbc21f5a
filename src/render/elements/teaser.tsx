/**
 * A news teaser: label, headline, "This content was published on <date>", summary and a
 * "Read more: <headline>" link.
 */
import type { Translator } from '../../i18n/catalogue.js';
import type { TeaserView } from '../views.js';
import { Picture } from './image.js';

export function TypeLabel(props: { type: TeaserView['type']; kicker?: string | null; t: Translator }) {
  if (props.type === 'news') {
    return props.kicker ? <p class="label">{props.kicker}</p> : null;
  }
  const key = `type.${props.type}` as const;
  return (
    <p class={`label label-${props.type}`}>
      {props.t.t(key)}
      {props.kicker ? ` · ${props.kicker}` : null}
    </p>
  );
}

/** A message with a `{date}` placeholder, the date inside a machine-readable `<time>`. */
export function PublishedOn(props: {
  iso: string;
  t: Translator;
  message?: 'teaser.publishedOn' | 'article.publishedOn' | 'article.updatedOn';
}) {
  const [before = '', after = ''] = props.t
    .t(props.message ?? 'teaser.publishedOn', { date: '\u0000' })
    .split('\u0000');
  return (
    <>
      {before}
      <time datetime={props.iso}>{props.t.dateTime(props.iso)}</time>
      {after}
    </>
  );
}

/**
 * How wide a teaser's picture is shown, for the browser's choice of rendition: a column of the
 * grid (at most 22rem) from two columns up (38rem), else the page's width less its padding.
 * The phone width is asked 0.5rem short of the 2rem padding: a 360 px phone then takes the
 * 320 px rendition (640 px at 2x) instead of twice as many pixels for an 8 px wider box.
 */
export const TEASER_SIZES = '(min-width: 38rem) 22rem, calc(100vw - 2.5rem)';

export function Teaser(props: {
  teaser: TeaserView;
  t: Translator;
  headingLevel?: 2 | 3;
  withImage?: boolean;
}) {
  const { teaser, t } = props;
  const link = <a href={teaser.href}>{teaser.headline}</a>;
  return (
    <article class="teaser">
      {props.withImage !== false && teaser.image ? (
        <Picture image={teaser.image} sizes={TEASER_SIZES} />
      ) : null}
      <TypeLabel type={teaser.type} kicker={teaser.kicker} t={t} />
      {props.headingLevel === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
      <p class="meta">
        <PublishedOn iso={teaser.publishedAt} t={t} />
      </p>
      {teaser.lead ? <p>{teaser.lead}</p> : null}
      <p>
        <a href={teaser.href}>{t.t('teaser.readMore', { headline: teaser.headline })}</a>
      </p>
    </article>
  );
}

/** Teasers in a grid; their headlines are h3 under a list's h2, or h2 right under the page's h1. */
export function TeaserList(props: { teasers: TeaserView[]; t: Translator; headingLevel?: 2 | 3 }) {
  return (
    <ul class="teasers">
      {props.teasers.map((teaser) => (
        <li>
          <Teaser teaser={teaser} t={props.t} headingLevel={props.headingLevel ?? 3} />
        </li>
      ))}
    </ul>
  );
}
