/**
 * The `embed` element. A recognised post or video becomes a placeholder that loads nothing
 * from the provider: its name, what the server learned (title, author, text), a link to the
 * original, and buttons that the embeds island (client/embeds.ts) reveals and answers by
 * putting the provider's player in its place. Without JavaScript the buttons stay hidden and
 * the link remains. An embed of an unknown provider is a plain link card.
 */
import type { Translator } from '../../i18n/catalogue.js';
import type { EmbedView } from '../views.js';
import { ExternalIcon } from './inline.js';

function OriginalLink(props: { href: string; label: string; t: Translator }) {
  return (
    <a class="ext" href={props.href} rel="noopener noreferrer">
      {props.label}
      <span class="visually-hidden"> ({props.t.t('article.externalLink')})</span>
      <ExternalIcon />
    </a>
  );
}

/** An embed the registry does not know: a link to it, nothing more. */
export function EmbedLinkCard(props: { url: string; t: Translator }) {
  let host = props.url;
  try {
    host = new URL(props.url).hostname.replace(/^www\./, '');
  } catch {}
  return (
    <p class="embed-card">
      <OriginalLink href={props.url} label={props.t.t('article.embedLink', { host })} t={props.t} />
    </p>
  );
}

/** A recognised embed before the reader asks for it. */
export function EmbedPlaceholder(props: { embed: EmbedView; t: Translator }) {
  const { embed, t } = props;
  const provider = embed.providerName;
  const { title, author, text } = embed.meta ?? { title: null, author: null, text: null };
  const { frame } = embed;
  const frameTitle = title
    ? t.t('embed.frameTitleNamed', { title, provider })
    : t.t('embed.frameTitle', { provider });
  return (
    <figure
      class="embed"
      data-embed={embed.provider}
      data-frame={frame.src}
      data-sandbox={frame.sandbox ?? undefined}
      data-allow={frame.allow}
      data-ratio={frame.shape.kind === 'ratio' ? frame.shape.ratio : undefined}
      data-height={frame.shape.kind === 'height' ? frame.shape.px : undefined}
      data-title={frameTitle}
    >
      <div class="embed-consent">
        <p class="embed-provider">{provider}</p>
        {title ? (
          <p class="embed-title" dir="auto">
            {title}
          </p>
        ) : null}
        {text ? (
          <blockquote class="embed-text" cite={embed.url} dir="auto">
            <p>{text}</p>
          </blockquote>
        ) : null}
        {author ? (
          <p class="embed-author" dir="auto">
            {t.t('embed.postedBy', { author })}
          </p>
        ) : null}
        <div class="embed-actions" hidden>
          <button type="button" data-embed-action="load">
            {t.t('embed.load', { provider })}
          </button>
          <button type="button" data-embed-action="always">
            {t.t('embed.always', { provider })}
          </button>
          <p class="embed-note">{t.t('embed.privacy', { provider })}</p>
        </div>
      </div>
      <figcaption>
        <OriginalLink href={embed.url} label={t.t('embed.original', { provider })} t={t} />
        <button type="button" class="embed-forget" data-embed-action="forget" hidden>
          {t.t('embed.forget', { provider })}
        </button>
      </figcaption>
    </figure>
  );
}
