/**
 * What the API answers for stored objects.
 */

import type { ArticleStatus } from '../domain/article.js';
import { type Article, articlePath } from '../domain/article.js';
import type { Correction } from '../domain/corrections.js';
import type { Language } from '../domain/languages.js';
import { type Media, renditionPath, renditionsOf } from '../domain/media.js';

/** An article as the API shows it; `url` only once readers can see it. */
export function presentArticle(
  article: Article,
  publicUrl: string,
  translations: Array<{ id: string; language: Language; status: ArticleStatus }> = [],
) {
  return {
    id: article.id,
    storyId: article.storyId,
    language: article.language,
    type: article.type,
    status: article.status,
    slug: article.slug,
    headline: article.headline,
    lead: article.lead,
    kicker: article.kicker,
    dateline: article.dateline,
    body: article.body,
    hero: article.hero,
    section: article.sectionSlug,
    authors: article.authors,
    topics: article.topics,
    source: article.source,
    firstPublishedAt: article.firstPublishedAt,
    updatedAt: article.updatedAt,
    publishAt: article.publishAt,
    createdAt: article.createdAt,
    modifiedAt: article.modifiedAt,
    version: article.version,
    ...(article.status === 'published' ? { url: `${publicUrl}${articlePath(article)}` } : {}),
    translations: translations.filter((t) => t.id !== article.id),
  };
}

/** A media item with the absolute addresses of its renditions. */
export function presentMedia(media: Media, publicUrl: string) {
  const renditions = renditionsOf(media, 'webp');
  const largest = renditions.at(-1);
  return {
    id: media.id,
    url: largest ? `${publicUrl}${renditionPath(media.id, largest)}` : '',
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    renditions: renditions.map((r) => ({
      url: `${publicUrl}${renditionPath(media.id, r)}`,
      width: r.width,
      height: r.height,
      type: `image/${r.format}`,
    })),
  };
}

/** A correction as the staff and public APIs show it. */
export function presentCorrection(correction: Correction) {
  return { id: correction.id, kind: correction.kind, text: correction.text, createdAt: correction.createdAt };
}
