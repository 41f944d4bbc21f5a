/**
 * schema.org structured data, serialised safely for a `<script type="application/ld+json">`:
 * NewsArticle (or the subtype of its type label), BreadcrumbList, WebSite with a SearchAction,
 * and the publishing organization.
 */
import type { ArticleType } from '../domain/article.js';
import type { Language } from '../domain/languages.js';
import type { PolicyProperty } from '../domain/trust.js';
import type { ArticleView, LinkView } from './views.js';

/** The schema.org type of each type label. */
export const SCHEMA_TYPE: Record<ArticleType, string> = {
  news: 'NewsArticle',
  opinion: 'OpinionNewsArticle',
  analysis: 'AnalysisNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: 'NewsArticle',
  sponsored: 'AdvertiserContentArticle',
};

/** The publisher logo: a 600 x 60 raster image, as news aggregators ask. */
export const LOGO = { path: '/assets/logo.png', width: 600, height: 60 } as const;

const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON that cannot close the script element it sits in. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => SCRIPT_ESCAPES[c] ?? c);
}

export interface SiteInfo {
  publicUrl: string;
  siteName: string;
  language: Language;
}

/** What the transparency settings tell machines about the organization. */
export interface OrganizationTrust {
  /** Absolute addresses of the policy pages that have a text, by schema.org property. */
  policies: Partial<Record<PolicyProperty, string>>;
  legalName: string | null;
  address: string | null;
}

/** The news organization that publishes the site, with its policies where they are set. */
export function organization(site: SiteInfo, trust?: OrganizationTrust | null) {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${site.publicUrl}/#organization`,
    name: site.siteName,
    url: `${site.publicUrl}/`,
    logo: {
      '@type': 'ImageObject',
      url: `${site.publicUrl}${LOGO.path}`,
      width: LOGO.width,
      height: LOGO.height,
    },
    ...(trust?.legalName ? { legalName: trust.legalName } : {}),
    ...(trust?.address ? { address: trust.address } : {}),
    ...trust?.policies,
  };
}

/** The organization on its own, as the transparency pages carry it. */
export function organizationJsonLd(site: SiteInfo, trust: OrganizationTrust): string {
  return safeJson({ '@context': 'https://schema.org', ...organization(site, trust) });
}

/** The NewsArticle (or subtype) of an article page. */
export function articleJsonLd(
  article: ArticleView & { trust?: OrganizationTrust | undefined },
  site: SiteInfo & { url: string },
): string {
  const principles = article.trust?.policies.publishingPrinciples;
  return safeJson({
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[article.type],
    genre: article.type,
    headline: article.headline,
    description: article.lead,
    inLanguage: site.language,
    url: site.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': site.url },
    datePublished: article.firstPublishedAt,
    dateModified: article.updatedAt ?? article.firstPublishedAt,
    ...(article.heroSizes.length > 0
      ? {
          image: article.heroSizes.map((size) => ({
            '@type': 'ImageObject',
            url: size.url,
            width: size.width,
            height: size.height,
          })),
        }
      : {}),
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.label,
      url: `${site.publicUrl}${a.href}`,
    })),
    ...(article.section ? { articleSection: article.section.label } : {}),
    ...(article.dateline
      ? { dateline: article.dateline, locationCreated: { '@type': 'Place', name: article.dateline } }
      : {}),
    ...(article.source
      ? { sourceOrganization: { '@type': 'NewsMediaOrganization', name: article.source } }
      : {}),
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.text,
            datePublished: c.createdAt,
          })),
        }
      : {}),
    isAccessibleForFree: true,
    ...(principles ? { publishingPrinciples: principles } : {}),
    publisher: organization(site, article.trust),
  });
}

/** The page of an author: a ProfilePage about the Person, with what readers may check. */
export function authorJsonLd(
  author: {
    name: string;
    role: string;
    bio: string;
    languages: Language[];
    expertise: string[];
    email: string | null;
    url: string | null;
  },
  site: SiteInfo & { url: string },
): string {
  return safeJson({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: site.url,
    inLanguage: site.language,
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url: site.url,
      ...(author.role ? { jobTitle: author.role } : {}),
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.languages.length > 0 ? { knowsLanguage: author.languages } : {}),
      ...(author.expertise.length > 0 ? { knowsAbout: author.expertise } : {}),
      ...(author.email ? { email: author.email } : {}),
      ...(author.url ? { sameAs: [author.url] } : {}),
      worksFor: { '@id': `${site.publicUrl}/#organization` },
    },
  });
}

/** The trail from the language home to the page. */
export function breadcrumbJsonLd(trail: LinkView[], publicUrl: string): string {
  return safeJson({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((link, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: link.label,
      item: link.href.startsWith('http') ? link.href : `${publicUrl}${link.href}`,
    })),
  });
}

/** The WebSite of a language home, with its search. */
export function websiteJsonLd(site: SiteInfo): string {
  return safeJson({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.siteName,
    url: `${site.publicUrl}/${site.language}/`,
    inLanguage: site.language,
    publisher: organization(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${site.publicUrl}/${site.language}/search?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  });
}
