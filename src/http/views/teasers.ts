/**
 * Teasers of published articles and the image views they show (hero renditions, srcset).
 * @example const teasers = await teasersOf(db, articles); teasers[0]?.image?.src
 */
import { type ArticleSummary, articlePath } from '../../domain/article.js';
import { type Media, renditionPath, renditionsOf } from '../../domain/media.js';
import type { ImageView, TeaserView } from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import { findMediaMany } from '../../storage/repos/media.js';

/** The image view of a media item: a mid-sized rendition as `src`, every width in `srcset`. */
export function imageView(
  media: Media,
  text: { alt?: string | null; caption?: string | null; credit?: string | null } = {},
): ImageView | null {
  const renditions = renditionsOf(media, 'webp');
  const main = renditions.find((r) => r.width >= 960) ?? renditions.at(-1);
  if (!main) return null;
  return {
    src: renditionPath(media.id, main),
    srcset: renditions.map((r) => `${renditionPath(media.id, r)} ${r.width}w`).join(', '),
    width: main.width,
    height: main.height,
    alt: text.alt ?? media.alt,
    caption: text.caption === undefined ? media.caption : text.caption,
    credit: text.credit === undefined ? media.credit : text.credit,
  };
}

/** The image view of an article's hero, when its media item is loaded. */
export function heroOf(article: ArticleSummary, media: ReadonlyMap<string, Media>): ImageView | null {
  const hero = article.hero;
  const stored = hero ? media.get(hero.mediaId) : undefined;
  if (!hero || !stored) return null;
  return imageView(stored, { alt: hero.alt, caption: hero.caption, credit: hero.credit });
}

/** The teaser of a published article, with the image it shows (if any). */
export function teaserOf(article: ArticleSummary, image: ImageView | null): TeaserView {
  return {
    id: article.id,
    href: articlePath(article),
    headline: article.headline,
    lead: article.lead,
    type: article.type,
    kicker: article.kicker,
    publishedAt: article.firstPublishedAt ?? article.modifiedAt,
    image,
  };
}

/** The media ids of the hero images of articles. */
export function heroIdsOf(articles: readonly ArticleSummary[]): string[] {
  return articles.flatMap((a) => (a.hero ? [a.hero.mediaId] : []));
}

/** Teasers for published articles whose hero images are already loaded. */
export function teasersWith(
  articles: readonly ArticleSummary[],
  media: ReadonlyMap<string, Media>,
): TeaserView[] {
  return articles.map((article) => teaserOf(article, heroOf(article, media)));
}

/** Teasers for published articles, loading their hero images in one query. */
export async function teasersOf(db: Db, articles: readonly ArticleSummary[]): Promise<TeaserView[]> {
  return teasersWith(articles, await findMediaMany(db, heroIdsOf(articles)));
}
