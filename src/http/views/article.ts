/**
 * Builds the reader site's view models from stored articles, media and taxonomy.
 */
import { type Article, type ArticleSummary, articlePath } from '../../domain/article.js';
import { referencesOf } from '../../domain/body.js';
import {
  type EmbedMeta,
  embedFrameOf,
  frameOriginOf,
  providerName,
  recognizeEmbed,
} from '../../domain/embeds.js';
import {
  DEFAULT_LANGUAGE,
  directionOf,
  LANGUAGES,
  type Language,
  NATIVE_NAMES,
  pickLocalized,
} from '../../domain/languages.js';
import { type Media, renditionPath, renditionsOf } from '../../domain/media.js';
import type { Author, Section } from '../../domain/taxonomy.js';
import { policyPaths, type ResolvedTrustSettings, resolveTrustSettings } from '../../domain/trust.js';
import { translator } from '../../i18n/catalogue.js';
import { SITE_CARD } from '../../render/brand.js';
import type { OrganizationTrust } from '../../render/json-ld.js';
import type { ArticleTrustView } from '../../render/pages/trust-page.js';
import type {
  ArticleView,
  ChromeView,
  EmbedView,
  ImageView,
  SocialImage,
  TeaserView,
} from '../../render/views.js';
import type { Db } from '../../storage/db.js';
import { correctionsOf } from '../../storage/repos/corrections.js';
import { findMediaMany } from '../../storage/repos/media.js';
import { latestSummaries, publishedSummaries } from '../../storage/repos/reader.js';
import { findAuthors } from '../../storage/repos/taxonomy.js';
import { trustSettingsFor } from '../../storage/repos/trust.js';

/** The transparency settings of a language as readers see them: its own texts, else English ones. */
export async function resolvedTrustOf(db: Db, language: Language): Promise<ResolvedTrustSettings> {
  const found = await trustSettingsFor(db, [language, DEFAULT_LANGUAGE]);
  return resolveTrustSettings(language, found[language] ?? {}, found[DEFAULT_LANGUAGE] ?? {});
}

/** What the organization's structured data says of its policies, in a language. */
export function organizationTrustOf(
  language: Language,
  resolved: ResolvedTrustSettings,
  publicUrl: string,
): OrganizationTrust {
  const paths = policyPaths(language, resolved.values);
  return {
    policies: Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, `${publicUrl}${path}`])),
    legalName: resolved.values.legalName ?? null,
    address: resolved.values.address ?? null,
  };
}

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

function heroOf(article: ArticleSummary, media: ReadonlyMap<string, Media>): ImageView | null {
  const hero = article.hero;
  const stored = hero ? media.get(hero.mediaId) : undefined;
  if (!hero || !stored) return null;
  return imageView(stored, { alt: hero.alt, caption: hero.caption, credit: hero.credit });
}

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

export interface ChromeInput {
  language: Language;
  publicUrl: string;
  timeZone: string;
  sections: Section[];
  path: string;
  title: string | null;
  description?: string | undefined;
  currentSection?: string | null | undefined;
  /** Language versions of the same story that readers can see, with their paths. */
  versions?: ReadonlyArray<{ language: Language; path: string }> | undefined;
  now: Date;
  social?: ChromeView['social'] | undefined;
  jsonLd?: string[] | undefined;
}

/** Reciprocal hreflang links of the versions of one page, and x-default (English, else the first). */
function alternatesOf(versions: ReadonlyMap<Language, string>, publicUrl: string): ChromeView['alternates'] {
  if (versions.size < 2) return [];
  const links: ChromeView['alternates'] = [...versions].map(([language, path]) => ({
    hreflang: language,
    href: `${publicUrl}${path}`,
  }));
  const fallback = versions.get('en') ?? [...versions.values()][0];
  if (fallback) links.push({ hreflang: 'x-default', href: `${publicUrl}${fallback}` });
  return links;
}

/** The page frame: navigation, language switcher, canonical and alternates. */
export function chromeOf(input: ChromeInput): ChromeView {
  const t = translator(input.language, input.timeZone);
  const siteName = t.t('site.name');
  const versions = new Map((input.versions ?? []).map((v) => [v.language, v.path]));
  return {
    language: input.language,
    direction: directionOf(input.language),
    t,
    publicUrl: input.publicUrl,
    title: input.title ? `${input.title} - ${siteName}` : `${siteName} - ${t.t('site.tagline')}`,
    description: input.description || t.t('site.tagline'),
    canonical: `${input.publicUrl}${input.path}`,
    sections: input.sections.map((section) => ({
      slug: section.slug,
      href: `/${input.language}/${section.slug}`,
      label: pickLocalized(section.name, input.language),
      current: section.slug === input.currentSection,
    })),
    languages: LANGUAGES.map((language) => ({
      language,
      // Through /language/, which remembers the reader's explicit choice for `/`.
      href: `/language/${language}?to=${encodeURIComponent(versions.get(language) ?? `/${language}/`)}`,
      label: NATIVE_NAMES[language],
      current: language === input.language,
      sameStory: versions.has(language),
    })),
    alternates: alternatesOf(versions, input.publicUrl),
    year: input.now.getUTCFullYear(),
    social: {
      type: input.social?.type ?? 'website',
      // Every page has a picture for link previews: its own, else the site's card.
      image: input.social?.image ?? siteCardOf(input.publicUrl, siteName, t.t('site.tagline')),
      ...(input.social?.article ? { article: input.social.article } : {}),
    },
    jsonLd: input.jsonLd ?? [],
    feeds: feedsOf(input, siteName, t.t('home.title')),
  };
}

/** The language's feeds, and the section's when the page belongs to one. */
function feedsOf(input: ChromeInput, siteName: string, languageTitle: string): ChromeView['feeds'] {
  const base = `${input.publicUrl}/${input.language}`;
  const feeds: ChromeView['feeds'] = [
    { type: 'application/rss+xml', href: `${base}/feed.xml`, title: `${siteName}: ${languageTitle} (RSS)` },
    { type: 'application/atom+xml', href: `${base}/atom.xml`, title: `${siteName}: ${languageTitle} (Atom)` },
  ];
  const section = input.sections.find((s) => s.slug === input.currentSection);
  if (section) {
    const name = `${siteName}: ${pickLocalized(section.name, input.language)}`;
    feeds.push(
      { type: 'application/rss+xml', href: `${base}/${section.slug}/feed.xml`, title: `${name} (RSS)` },
      { type: 'application/atom+xml', href: `${base}/${section.slug}/atom.xml`, title: `${name} (Atom)` },
    );
  }
  return feeds;
}

/** The site's own card (1200 x 630, drawn from the brand mark), for pages without a picture. */
export function siteCardOf(publicUrl: string, siteName: string, tagline: string): SocialImage {
  return {
    url: `${publicUrl}${SITE_CARD.path}`,
    width: SITE_CARD.width,
    height: SITE_CARD.height,
    alt: `${siteName} - ${tagline}`,
  };
}

/**
 * The social card image of a shown picture (a teaser's): its largest rendition up to 1280 px
 * from its `srcset`, absolute; null when it has none.
 */
export function socialImageOfPicture(image: ImageView | null, publicUrl: string): SocialImage | null {
  if (!image) return null;
  const candidates = image.srcset.split(', ').flatMap((entry) => {
    const [url, w] = entry.split(' ');
    const width = Number(w?.slice(0, -1));
    return url && Number.isInteger(width) && width > 0 ? [{ url, width }] : [];
  });
  const best = candidates.filter((c) => c.width <= 1280).at(-1) ?? { url: image.src, width: image.width };
  return {
    url: `${publicUrl}${best.url}`,
    width: best.width,
    height: Math.round((best.width * image.height) / image.width),
    alt: image.alt,
  };
}

/** The social card image of a hero: its largest rendition up to 1280 px, absolute. */
export function socialImageOf(
  hero: ImageView | null,
  sizes: ArticleView['heroSizes'],
): ChromeView['social']['image'] {
  const best = sizes.find((s) => s.width <= 1280) ?? sizes.at(-1);
  return hero && best ? { url: best.url, width: best.width, height: best.height, alt: hero.alt } : null;
}

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
