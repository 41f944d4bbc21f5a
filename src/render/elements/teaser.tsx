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
        <Picture image={teaser.image} sizes="(min-width: 48rem) 22rem, 100vw" />
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

export function TeaserList(props: { teasers: TeaserView[]; t: Translator }) {
  return (
    <ul class="teasers">
      {props.teasers.map((teaser) => (
        <li>
          <Teaser teaser={teaser} t={props.t} />
        </li>
      ))}
    </ul>
  );
}
