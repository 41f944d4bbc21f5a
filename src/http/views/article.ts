/**
 * Everything the article page shows, resolved: images, authors, "More" boxes, section, embeds.
 * @example const view = await articleViewOf(db, article, { publicUrl, now });
 */
import type { Article, ArticleSummary } from '../../domain/article.js';
import { referencesOf } from '../../domain/body.js';
import {
  type EmbedMeta,
  embedFrameOf,
  frameOriginOf,
  providerName,
  recognizeEmbed,
} from '../../domain/embeds.js';
import { type Language, pickLocalized } from '../../domain/languages.js';
import { type Media, renditionPath, renditionsOf } from '../../domain/media.js';
import type { Author, Section } from '../../domain/taxonomy.js';
import type { ResolvedTrustSettings } from '../../domain/trust.js';
import { translator } from '../../i18n/catalogue.js';
import type { ArticleTrustView } from '../../render/pages/trust-page.js';
import type { ArticleView, EmbedView, ImageView } from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import { correctionsOf } from '../../storage/repos/corrections.js';
import { findMediaMany } from '../../storage/repos/media.js';
import { latestSummaries, publishedSummaries } from '../../storage/repos/reader.js';
import { findAuthors } from '../../storage/repos/taxonomy.js';
import { heroIdsOf, heroOf, imageView, teasersWith } from './teasers.js';
import { organizationTrustOf, resolvedTrustOf } from './trust.js';

/**
 * The recognised embeds of a body (the addresses its embed nodes name), keyed by address, with
 * what the metadata lookup knows of them (nothing when there is no lookup; the lookup keeps its
 * own deadline).
 */
export async function embedViewsOf(
  embedUrls: readonly string[],
  embedMetadata: ((url: string) => Promise<EmbedMeta | null>) | undefined,
): Promise<Map<string, EmbedView>> {
  const urls = new Set(embedUrls);
  const views = await Promise.all(
    [...urls].map(async (url): Promise<[string, EmbedView] | null> => {
      const embed = recognizeEmbed(url);
      if (!embed) return null;
      const meta = embedMetadata ? await embedMetadata(url).catch(() => null) : null;
      return [
        url,
        {
          provider: embed.provider,
          providerName: providerName(embed.provider),
          url: embed.url,
          meta,
          frame: embedFrameOf(embed),
        },
      ];
    }),
  );
  return new Map(views.filter((view) => view !== null));
}

/** The origins the embed players of an article page are framed from. */
export function frameOriginsOf(view: ArticleView): string[] {
  return [...(view.bodyContext.embeds?.values() ?? [])].map((embed) => frameOriginOf(embed.frame));
}

/** Everything the article page shows, resolved: images, authors, "More" boxes, section, embeds. */
/** The hero's large renditions (640 px and up), absolute, for structured data. */
function heroSizesOf(
  article: Article,
  media: ReadonlyMap<string, Media>,
  publicUrl: string,
): ArticleView['heroSizes'] {
  const stored = article.hero ? media.get(article.hero.mediaId) : undefined;
  if (!stored) return [];
  return renditionsOf(stored, 'webp')
    .filter((r) => r.width >= 640)
    .reverse()
    .map((r) => ({ url: `${publicUrl}${renditionPath(stored.id, r)}`, width: r.width, height: r.height }));
}

/** How many other articles the "More in" list of an article page shows. */
const MORE_IN_SECTION = 3;

/**
 * The newest published articles of a section in a language, one more than a "More in" list
 * shows, so that the list of any article of the section can be made from them.
 */
export function sectionLatest(db: Db, language: Language, section: string): Promise<ArticleSummary[]> {
  return latestSummaries(db, { language, section, limit: MORE_IN_SECTION + 1, offset: 0 });
}

/** The "More in" list of an article: the section's newest but the article itself. */
export function moreInSectionFrom(latest: readonly ArticleSummary[], article: Article): ArticleSummary[] {
  return latest.filter((other) => other.id !== article.id).slice(0, MORE_IN_SECTION);
}

/** Up to three other published articles of the article's section, for the "More in" list. */
export async function moreInSectionOf(db: Db, article: Article): Promise<ArticleSummary[]> {
  if (!article.sectionSlug) return [];
  return moreInSectionFrom(await sectionLatest(db, article.language, article.sectionSlug), article);
}

export async function articleViewOf(
  db: Db,
  article: Article,
  options: {
    sections: Section[];
    publicUrl: string;
    timeZone: string;
    moreInSection: ArticleSummary[];
    /** Title and author of embedded posts; without it, placeholders show the provider only. */
    embedMetadata?: ((url: string) => Promise<EmbedMeta | null>) | undefined;
    /** The address of the embeds island, included when the body has a recognised embed. */
    embedScript?: string | null | undefined;
    /** The language's transparency settings when the caller holds them; else they are read. */
    trust?: ResolvedTrustSettings | undefined;
    /** Finds authors by slug (the caller may hold them); else they are read. */
    findAuthors?: ((slugs: readonly string[]) => Promise<Author[]>) | undefined;
  },
): Promise<{ view: ArticleView & ArticleTrustView; authors: Author[] }> {
  const t = translator(article.language, options.timeZone);
  // One walk of the body for everything it refers to.
  const refs = referencesOf(article.body);
  const relatedArticles = [...(await publishedSummaries(db, refs.related)).values()];
  // Every image of the page in one query: the body's, the hero, the heroes of the teasers.
  const [media, authors, embeds, corrections, trust] = await Promise.all([
    findMediaMany(db, [...refs.media, ...heroIdsOf([article, ...relatedArticles, ...options.moreInSection])]),
    options.findAuthors ? options.findAuthors(article.authors) : findAuthors(db, article.authors),
    embedViewsOf(refs.embeds, options.embedMetadata),
    correctionsOf(db, article.id),
    options.trust ?? resolvedTrustOf(db, article.language),
  ]);
  const related = teasersWith(relatedArticles, media);
  const moreInSection = teasersWith(options.moreInSection, media);
  const images = new Map<string, ImageView>();
  for (const [id, item] of media) {
    const view = imageView(item);
    if (view) images.set(id, view);
  }
  const section = options.sections.find((s) => s.slug === article.sectionSlug);
  return {
    authors,
    view: {
      id: article.id,
      type: article.type,
      kicker: article.kicker,
      headline: article.headline,
      lead: article.lead,
      hero: heroOf(article, media),
      heroSizes: heroSizesOf(article, media, options.publicUrl),
      authors: authors.map((a) => ({
        href: `/${article.language}/authors/${a.slug}`,
        label: pickLocalized(a.name, article.language),
      })),
      section: section
        ? {
            href: `/${article.language}/${section.slug}`,
            label: pickLocalized(section.name, article.language),
          }
        : null,
      dateline: article.dateline,
      firstPublishedAt: article.firstPublishedAt ?? article.modifiedAt,
      updatedAt: article.updatedAt,
      source: article.source,
      body: article.body,
      bodyContext: {
        t,
        publicUrl: options.publicUrl,
        media: images,
        related: new Map(related.map((r) => [r.id, r])),
        embeds,
      },
      moreInSection,
      corrections: corrections.map(({ kind, text, createdAt }) => ({ kind, text, createdAt })),
      embedScript: embeds.size > 0 ? (options.embedScript ?? null) : null,
      version: article.version,
      trust: organizationTrustOf(article.language, trust, options.publicUrl),
      jtiCertificateUrl: trust.values.jtiCertificateUrl ?? null,
    },
  };
}
