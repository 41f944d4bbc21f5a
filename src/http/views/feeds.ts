/**
 * Builds the view of an RSS or Atom feed from published articles: names in the feed's
 * language, absolute addresses, hero images with their file sizes, and the full text
 * rendered by the reader site's own components. A handful of queries for the whole feed,
 * never one per article.
 * @example await feedViewOf(db, { kind: 'section', section }, 'en', articles, options)
 */
import { type Article, articlePath } from '../../domain/article.js';
import { mediaIdsOf, relatedIdsOf } from '../../domain/body.js';
import { type Language, pickLocalized } from '../../domain/languages.js';
import { type Media, renditionPath, renditionsOf } from '../../domain/media.js';
import type { Section, Topic } from '../../domain/taxonomy.js';
import { translator } from '../../i18n/catalogue.js';
import {
  articleGuid,
  type FeedImageView,
  type FeedItemView,
  type FeedView,
  feedBodyHtml,
  feedId,
} from '../../render/feeds/feed-view.js';
import type { BodyContext, ImageView } from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import type { RenditionSizes } from '../../storage/media-sizes.js';
import { findMediaMany } from '../../storage/repos/media.js';
import { publishedByIds } from '../../storage/repos/reader.js';
import { findAuthors, listSections, listTopics } from '../../storage/repos/taxonomy.js';
import { imageView, teasersOf } from './teasers.js';

/** What a feed follows: a whole language, one section, or one topic. */
export type FeedScope =
  | { kind: 'language' }
  | { kind: 'section'; section: Section }
  | { kind: 'topic'; topic: Topic };

interface ScopeInfo {
  /** The path of the HTML page the feed follows, and the base of the feed's own files. */
  path: string;
  /** Names the feed in its id. */
  idParts: string[];
  /** The feed's title before the site name; null for the language feed. */
  title: string | null;
}

const SCOPES: {
  [K in FeedScope['kind']]: (scope: Extract<FeedScope, { kind: K }>, l: Language) => ScopeInfo;
} = {
  language: (_scope, language) => ({ path: `/${language}/`, idParts: [language], title: null }),
  section: ({ section }, language) => ({
    path: `/${language}/${section.slug}`,
    idParts: [language, 'section', section.slug],
    title: pickLocalized(section.name, language),
  }),
  topic: ({ topic }, language) => ({
    path: `/${language}/topics/${topic.slug}`,
    idParts: [language, 'topic', topic.slug],
    title: pickLocalized(topic.name, language),
  }),
};

function scopeInfo(scope: FeedScope, language: Language): ScopeInfo {
  const describe = SCOPES[scope.kind] as (s: FeedScope, l: Language) => ScopeInfo;
  return describe(scope, language);
}

export interface FeedOptions {
  publicUrl: string;
  timeZone: string;
  sizes: RenditionSizes;
  now: Date;
}

/** When an article last changed in a way readers see. */
export function lastChangeOf(
  article: Pick<Article, 'updatedAt' | 'firstPublishedAt' | 'modifiedAt'>,
): string {
  return article.updatedAt ?? article.firstPublishedAt ?? article.modifiedAt;
}

async function heroOf(
  article: Article,
  media: ReadonlyMap<string, Media>,
  options: FeedOptions,
): Promise<FeedImageView | null> {
  const stored = article.hero ? media.get(article.hero.mediaId) : undefined;
  if (!article.hero || !stored) return null;
  const renditions = renditionsOf(stored, 'webp');
  const chosen = renditions.find((r) => r.width >= 960) ?? renditions.at(-1);
  if (!chosen) return null;
  return {
    url: `${options.publicUrl}${renditionPath(stored.id, chosen)}`,
    type: `image/${chosen.format}`,
    width: chosen.width,
    height: chosen.height,
    bytes: await options.sizes.size(stored.id, chosen.file),
    alt: article.hero.alt,
    credit: article.hero.credit,
  };
}

/** The body context every item of the feed shares: images and "More" boxes of all of them. */
async function bodyContextOf(
  db: Db,
  articles: readonly Article[],
  language: Language,
  options: FeedOptions,
): Promise<{ ctx: BodyContext; media: Map<string, Media> }> {
  const mediaIds = articles.flatMap((a) => [...mediaIdsOf(a.body), ...(a.hero ? [a.hero.mediaId] : [])]);
  const [media, related] = await Promise.all([
    findMediaMany(db, mediaIds),
    publishedByIds(
      db,
      articles.flatMap((a) => relatedIdsOf(a.body)),
    ),
  ]);
  const teasers = await teasersOf(db, [...related.values()]);
  const images = new Map<string, ImageView>();
  for (const [id, item] of media) {
    const view = imageView(item);
    if (view) images.set(id, view);
  }
  return {
    media,
    ctx: {
      t: translator(language, options.timeZone),
      publicUrl: options.publicUrl,
      media: images,
      related: new Map(teasers.map((teaser) => [teaser.id, teaser])),
    },
  };
}

/** The complete view of one feed. */
export async function feedViewOf(
  db: Db,
  scope: FeedScope,
  language: Language,
  articles: readonly Article[],
  options: FeedOptions,
): Promise<FeedView> {
  const info = scopeInfo(scope, language);
  const t = translator(language, options.timeZone);
  const siteName = t.t('site.name');
  const [sections, topics, authors, { ctx, media }] = await Promise.all([
    listSections(db),
    articles.some((a) => a.topics.length > 0) ? listTopics(db) : Promise.resolve([]),
    findAuthors(db, [...new Set(articles.flatMap((a) => a.authors))]),
    bodyContextOf(db, articles, language, options),
  ]);
  const sectionNames = new Map(sections.map((s) => [s.slug, pickLocalized(s.name, language)]));
  const topicNames = new Map(topics.map((s) => [s.slug, pickLocalized(s.name, language)]));
  const authorNames = new Map(authors.map((a) => [a.slug, pickLocalized(a.name, language)]));
  const items = await Promise.all(
    articles.map(
      async (article): Promise<FeedItemView> => ({
        guid: articleGuid(article.id),
        url: `${options.publicUrl}${articlePath(article)}`,
        title: article.headline,
        summary: article.lead,
        publishedAt: article.firstPublishedAt ?? article.modifiedAt,
        updatedAt: lastChangeOf(article),
        authors: article.authors.flatMap((slug) => authorNames.get(slug) ?? []),
        categories: [
          ...(article.sectionSlug ? [sectionNames.get(article.sectionSlug) ?? article.sectionSlug] : []),
          ...article.topics.flatMap((slug) => topicNames.get(slug) ?? []),
        ],
        image: await heroOf(article, media, options),
        contentHtml: await feedBodyHtml(article.body.content, ctx, options.publicUrl),
      }),
    ),
  );
  const newest = items.map((i) => i.updatedAt).sort((a, b) => b.localeCompare(a))[0];
  const base = `${options.publicUrl}${info.path.replace(/\/$/, '')}`;
  return {
    language,
    id: feedId(info.idParts),
    title: info.title ? `${info.title} - ${siteName}` : `${t.t('home.title')} - ${siteName}`,
    description: t.t('site.tagline'),
    pageUrl: `${options.publicUrl}${info.path}`,
    rssUrl: `${base}/feed.xml`,
    atomUrl: `${base}/atom.xml`,
    siteName,
    updatedAt: newest ?? options.now.toISOString(),
    items,
  };
}
