/**
 * Atom 1.0 (RFC 4287) with Media RSS images. Pure: a feed view in, an XML document out.
 * The feed names the site as author, so entries without a byline stay valid.
 * @example atomFeed(view) // '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns=...'
 */
import { el, type XmlFragment, xmlDocument } from '../../lib/xml.js';
import type { FeedItemView, FeedView } from './feed-view.js';
import { mediaContent } from './rss.js';

/** An RFC 3339 timestamp in UTC. */
export function rfc3339(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

function entry(item: FeedItemView): XmlFragment {
  return el(
    'entry',
    {},
    el('id', {}, item.guid),
    el('title', { type: 'text' }, item.title),
    el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    el('published', {}, rfc3339(item.publishedAt)),
    el('updated', {}, rfc3339(item.updatedAt)),
    item.authors.map((name) => el('author', {}, el('name', {}, name))),
    item.categories.map((name) => el('category', { term: name })),
    el('summary', { type: 'text' }, item.summary),
    el('content', { type: 'html' }, item.contentHtml),
    item.image && item.image.bytes !== null
      ? el('link', {
          rel: 'enclosure',
          type: item.image.type,
          length: item.image.bytes,
          href: item.image.url,
        })
      : null,
    item.image ? mediaContent(item.image) : null,
  );
}

/** The whole Atom document of a feed. */
export function atomFeed(feed: FeedView): string {
  return xmlDocument(
    el(
      'feed',
      {
        xmlns: 'http://www.w3.org/2005/Atom',
        'xmlns:media': 'http://search.yahoo.com/mrss/',
        'xml:lang': feed.language,
      },
      el('id', {}, feed.id),
      el('title', { type: 'text' }, feed.title),
      el('subtitle', { type: 'text' }, feed.description),
      el('updated', {}, rfc3339(feed.updatedAt)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.atomUrl }),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
      el('author', {}, el('name', {}, feed.siteName)),
      feed.items.map(entry),
    ),
  );
}
