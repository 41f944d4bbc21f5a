/**
 * The view model RSS and Atom feeds are written from (fully loaded, absolute URLs), the
 * identifiers that never change, and the article body as an HTML string for feed readers.
 * @example articleGuid('k3j9x2') // 'urn:shortwave:article:k3j9x2'
 */
import type { BlockNode } from '../../domain/body.js';
import type { Language } from '../../domain/languages.js';
import { Body } from '../elements/blocks.js';
import type { BodyContext } from '../views.js';

export interface FeedImageView {
  url: string;
  /** MIME type of the rendition, e.g. `image/webp`. */
  type: string;
  width: number;
  height: number;
  /** Size of the rendition file; null when the file cannot be found. */
  bytes: number | null;
  alt: string;
  credit: string | null;
}

export interface FeedItemView {
  /** Stays the same for the life of the article, whatever is edited. */
  guid: string;
  url: string;
  title: string;
  summary: string;
  /** ISO 8601: first publication. */
  publishedAt: string;
  /** ISO 8601: last change readers see (the first publication when never updated). */
  updatedAt: string;
  authors: string[];
  /** Section name first, then topic names. */
  categories: string[];
  image: FeedImageView | null;
  /** The full text as HTML (escaped once more when written into the feed). */
  contentHtml: string;
}

export interface FeedView {
  language: Language;
  /** The feed's own permanent identifier (Atom `id`). */
  id: string;
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  siteName: string;
  /** ISO 8601: the newest change among the items (or when the feed was made, if empty). */
  updatedAt: string;
  items: FeedItemView[];
}

/** The GUID / Atom id of an article: its id never changes, so neither does this. */
export function articleGuid(articleId: string): string {
  return `urn:shortwave:article:${articleId}`;
}

/** The Atom id of a feed, from the path that names it. */
export function feedId(parts: readonly string[]): string {
  return `urn:shortwave:feed:${parts.join(':')}`;
}

const HTML_ATTR: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };

/**
 * Turns the site-relative addresses of rendered HTML (`href`, `src`, `srcset`) into
 * absolute ones: a feed is read away from the site. Text is escaped by the renderer, so
 * `href="/` only ever occurs as an attribute.
 */
export function absolutizeHtml(html: string, publicUrl: string): string {
  const base = publicUrl.replace(/[&"<]/g, (c) => HTML_ATTR[c] ?? c);
  return html
    .replace(/ (href|src)="\/(?!\/)/g, ` $1="${base}/`)
    .replace(
      / srcset="([^"]*)"/g,
      (_whole, list: string) => ` srcset="${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`,
    );
}

/** The body rendered with the reader site's own components, addresses made absolute. */
export async function feedBodyHtml(
  nodes: readonly BlockNode[],
  ctx: BodyContext,
  publicUrl: string,
): Promise<string> {
  const html = await Promise.resolve(Body({ nodes, ctx }).toString());
  return absolutizeHtml(html, publicUrl);
}
