/**
 * RSS 2.0 with the content, Dublin Core, Media RSS and Atom (self link) extensions.
 * Pure: a feed view in, an XML document out; every text goes through `xmlText`.
 * @example rssFeed(view) // '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ...'
 */
import { el, type XmlFragment, xmlDocument } from '../../lib/xml.js';
import type { FeedImageView, FeedItemView, FeedView } from './feed-view.js';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** An RFC 822 date (as RSS 2.0 wants it), e.g. `Fri, 20 Nov 2026 09:00:00 GMT`. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** The Media RSS element of an image, shared with Atom. */
export function mediaContent(image: FeedImageView): XmlFragment {
  return el(
    'media:content',
    {
      url: image.url,
      type: image.type,
      medium: 'image',
      width: image.width,
      height: image.height,
      fileSize: image.bytes,
    },
    image.alt ? el('media:description', { type: 'plain' }, image.alt) : null,
    image.credit ? el('media:credit', {}, image.credit) : null,
  );
}

function item(entry: FeedItemView): XmlFragment {
  return el(
    'item',
    {},
    el('title', {}, entry.title),
    el('link', {}, entry.url),
    el('guid', { isPermaLink: 'false' }, entry.guid),
    el('description', {}, entry.summary),
    el('pubDate', {}, rfc822(entry.publishedAt)),
    entry.authors.map((name) => el('dc:creator', {}, name)),
    entry.categories.map((name) => el('category', {}, name)),
    // The full text before the picture: feed readers that meet media:description first show
    // the picture's description as the item's content.
    el('content:encoded', {}, entry.contentHtml),
    entry.image && entry.image.bytes !== null
      ? el('enclosure', { url: entry.image.url, type: entry.image.type, length: entry.image.bytes })
      : null,
    entry.image ? mediaContent(entry.image) : null,
  );
}

/** The whole RSS document of a feed. */
export function rssFeed(feed: FeedView): string {
  return xmlDocument(
    el(
      'rss',
      { version: '2.0', ...NAMESPACES },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, feed.pageUrl),
        el('description', {}, feed.description),
        el('language', {}, feed.language),
        el('atom:link', { href: feed.rssUrl, rel: 'self', type: 'application/rss+xml' }),
        el('lastBuildDate', {}, rfc822(feed.updatedAt)),
        feed.items.map(item),
      ),
    ),
  );
}
