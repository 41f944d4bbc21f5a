/**
 * schema.org structured data, serialised safely for a `<script type="application/ld+json">`.
 */
import type { ArticleType } from '../domain/article.js';
import type { ArticleView } from './views.js';

const SCHEMA_TYPE: Record<ArticleType, string> = {
  news: 'NewsArticle',
  opinion: 'OpinionNewsArticle',
  analysis: 'AnalysisNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: 'NewsArticle',
  sponsored: 'AdvertiserContentArticle',
};

/** JSON that cannot close the script element it sits in. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The NewsArticle (or subtype) of an article page. */
export function articleJsonLd(
  article: ArticleView,
  options: { url: string; publicUrl: string; language: string; siteName: string },
): string {
  return safeJson({
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[article.type],
    headline: article.headline,
    description: article.lead,
    inLanguage: options.language,
    url: options.url,
    mainEntityOfPage: options.url,
    datePublished: article.firstPublishedAt,
    dateModified: article.updatedAt ?? article.firstPublishedAt,
    ...(article.hero ? { image: [`${options.publicUrl}${article.hero.src}`] } : {}),
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.label,
      url: `${options.publicUrl}${a.href}`,
    })),
    ...(article.section ? { articleSection: article.section.label } : {}),
    ...(article.source
      ? { sourceOrganization: { '@type': 'NewsMediaOrganization', name: article.source } }
      : {}),
    isAccessibleForFree: true,
    publisher: { '@type': 'NewsMediaOrganization', name: options.siteName, url: options.publicUrl },
  });
}
