/**
 * Articles: one language version of a story, with its type label, workflow status and
 * the rules for moving between statuses.
 * @example publishTimes({ firstPublishedAt: null, updatedAt: null }, now)
 */
import type { BodyDoc } from './body.js';
import type { ThreadRef } from './comments.js';
import { DomainError } from './errors.js';
import type { Language } from './languages.js';

export const ARTICLE_TYPES = ['news', 'opinion', 'analysis', 'explainer', 'interview', 'sponsored'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export const ARTICLE_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface Hero {
  mediaId: string;
  alt: string;
  caption: string | null;
  credit: string | null;
}

export interface Article {
  id: string;
  storyId: string;
  language: Language;
  type: ArticleType;
  status: ArticleStatus;
  slug: string;
  headline: string;
  lead: string;
  kicker: string | null;
  dateline: string | null;
  body: BodyDoc;
  hero: Hero | null;
  sectionSlug: string | null;
  authors: string[];
  topics: string[];
  source: string | null;
  /** When readers first saw it; never changes afterwards. */
  firstPublishedAt: string | null;
  /** When a published article last changed in a way readers see; null until then. */
  updatedAt: string | null;
  /** When a scheduled article goes out. */
  publishAt: string | null;
  createdAt: string;
  /** Last save of any kind. */
  modifiedAt: string;
  createdBy: string | null;
  /** Incremented on every save; used for optimistic locking. */
  version: number;
}

/**
 * An article read without its body: lists, rankings and the API's summaries read every column
 * but the body, which is most of a row's bytes. Without the field, reading it is a compile error.
 */
export type ArticleWithoutBody = Omit<Article, 'body'>;

/** Where a published article lives and when it last changed: what sitemaps are made from. */
export type ArticleLocation = Pick<
  Article,
  'id' | 'storyId' | 'language' | 'slug' | 'sectionSlug' | 'updatedAt'
> & {
  firstPublishedAt: string;
};

/** The path of an article page (absolute URLs add the site's public base). */
/** What a teaser shows of an article: lists, homes, "More" boxes read only this. */
export type ArticleSummary = Pick<
  Article,
  | 'id'
  | 'language'
  | 'type'
  | 'slug'
  | 'headline'
  | 'lead'
  | 'kicker'
  | 'hero'
  | 'sectionSlug'
  | 'firstPublishedAt'
  | 'modifiedAt'
>;

/** The path of an article's page on the reader site. */
export function articlePath(article: Pick<Article, 'language' | 'sectionSlug' | 'slug' | 'id'>): string {
  return `/${article.language}/${article.sectionSlug ?? 'news'}/${encodeURIComponent(article.slug)}/${article.id}`;
}

/** The path of a debate's page on the reader site. */
export function debatePath(debate: { language: string; id: string }): string {
  return `/${debate.language}/debates/${debate.id}`;
}

/** The path of a thread's comment page: a debate's own page, or the comments page of an article. */
export function threadPagePath(language: string, ref: ThreadRef): string {
  return ref.kind === 'debate' ? debatePath({ language, id: ref.id }) : `/${language}/comments/${ref.id}`;
}

/** Reasons an article cannot be published, as field names; empty when it can. */
export function publishBlockers(article: Pick<Article, 'headline' | 'sectionSlug' | 'lead'>): string[] {
  const blockers: string[] = [];
  if (!article.headline.trim()) blockers.push('headline');
  if (!article.sectionSlug) blockers.push('section');
  return blockers;
}

/** Fails with a validation error when an article lacks what a published article needs. */
export function assertPublishable(article: Pick<Article, 'headline' | 'sectionSlug' | 'lead'>): void {
  const [field] = publishBlockers(article);
  if (field) throw new DomainError('validation_failed', `A published article needs a ${field}`, field);
}

/**
 * The times an article gets when it goes out at `now`: the first publication stays, a
 * republication after the first counts as an update.
 */
export function publishTimes(
  article: Pick<Article, 'firstPublishedAt' | 'updatedAt'>,
  now: Date,
): { firstPublishedAt: string; updatedAt: string | null } {
  const iso = now.toISOString();
  if (!article.firstPublishedAt) return { firstPublishedAt: iso, updatedAt: null };
  return { firstPublishedAt: article.firstPublishedAt, updatedAt: iso };
}

/** True when an article is visible to readers. */
export function isPublic(article: Pick<Article, 'status'>): boolean {
  return article.status === 'published';
}
