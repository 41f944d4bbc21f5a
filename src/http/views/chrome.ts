import {
  directionOf,
  LANGUAGES,
  type Language,
  NATIVE_NAMES,
  pickLocalized,
} from '../../domain/languages.js';
import type { Section } from '../../domain/taxonomy.js';
import { translator } from '../../i18n/catalogue.js';
import { SITE_CARD } from '../../render/brand.js';
import type { ArticleView, ChromeView, ImageView, SocialImage } from '../../render/views.js';

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
