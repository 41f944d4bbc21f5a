/**
 * The page cache of the reader site and its feeds: finished answers in memory, keyed by the
 * raw path and query, bounded in entries, dropped as a whole whenever published content
 * changes; a page may also carry a max age (pages that show rankings), after which it is
 * rendered anew. Cached answers are kept as ready bytes with all their headers, so the server
 * can answer them before any routing (`answerFromCache`), at close to static-file speed.
 * @example cache.set(key, makePage({ base: security.reader, status: 200, body, contentType: 'text/html; charset=utf-8' }))
 */
import { createHash } from 'node:crypto';
import { type IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';

export interface CachedPage {
  status: 200 | 404;
  /** The body, encoded once (the only copy kept). */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Every header of the answer, content type and validators included. */
  headers: Readonly<Record<string, string>>;
  /** The same with content-length, as the flat name, value, … list Node writes fastest. */
  headerList: readonly string[];
  /** Kept at most this long (pages showing rankings); absent: until the next clear. */
  maxAgeMs?: number;
}

/** A finished page: body encoded, weak ETag computed, security and caching headers set. */
export function makePage(input: {
  /** The security headers of its kind of page (src/http/security-headers.ts). */
  base: Readonly<Record<string, string>>;
  status: 200 | 404;
  body: string;
  contentType: string;
  headers?: Record<string, string>;
  maxAgeMs?: number | undefined;
}): CachedPage {
  const bytes = ENCODER.encode(input.body);
  const etag = `W/"${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"`;
  const headers = {
    ...input.base,
    'content-type': input.contentType,
    etag,
    'cache-control': input.status === 200 ? 'public, max-age=0, must-revalidate' : 'no-store',
    ...input.headers,
  };
  return {
    status: input.status,
    bytes,
    etag,
    headers,
    headerList: Object.entries({ ...headers, 'content-length': String(bytes.length) }).flat(),
    ...(input.maxAgeMs === undefined ? {} : { maxAgeMs: input.maxAgeMs }),
  };
}

const ENCODER = new TextEncoder();

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** True when the client's copy is current (If-None-Match wins over If-Modified-Since). */
export function isNotModified(
  page: CachedPage,
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
): boolean {
  if (page.status !== 200) return false;
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(page.etag));
  }
  const since = Date.parse(ifModifiedSince ?? '');
  const modified = Date.parse(page.headers['last-modified'] ?? '');
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

/** The cache key of a request: its raw path and query, as the client sent them. */
export function cacheKeyOf(url: string): string {
  if (url.startsWith('/')) return url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start === -1 ? '/' : url.slice(start);
}

/**
 * Answers a page a route found or just rendered. On the Node server it goes straight to the
 * socket, exactly as a cache hit does (`answerFromCache`): same bytes, same headers, none of
 * Hono's Response building. Elsewhere (`app.request` in tests) as a Response with exactly the
 * page's headers, as the socket gets them.
 */
export function respondWithPage(c: Context, page: CachedPage): Response {
  const res = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (res instanceof ServerResponse) {
    writePage(res, page, c.req.method, c.req.header('if-none-match'), c.req.header('if-modified-since'));
    return RESPONSE_ALREADY_SENT;
  }
  if (isNotModified(page, c.req.header('if-none-match'), c.req.header('if-modified-since'))) {
    return new Response(null, { status: 304, headers: page.headers });
  }
  return new Response(page.bytes, { status: page.status, headers: page.headers });
}

/**
 * Writes a page (or 304 Not Modified, or only the headers for HEAD) on a Node response;
 * `extra` headers (a flat name, value, … list: the request id) go with it.
 */
function writePage(
  res: ServerResponse,
  page: CachedPage,
  method: string,
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  extra?: readonly string[],
): void {
  if (isNotModified(page, ifNoneMatch, ifModifiedSince)) {
    res.writeHead(304, extra ? [...Object.entries(page.headers).flat(), ...extra] : page.headers);
    res.end();
    return;
  }
  res.writeHead(page.status, (extra ? [...page.headerList, ...extra] : page.headerList) as string[]);
  res.end(method === 'HEAD' ? undefined : page.bytes);
}

/**
 * Answers a GET or HEAD from the cache straight on the Node response, before any routing,
 * with `extraHeaders` (a flat name, value, … list) besides the page's own; answers the page,
 * or null when the cache does not hold it (the app answers then).
 */
export function answerFromCache(
  cache: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  extraHeaders?: readonly string[],
): CachedPage | null {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return null;
  const page = cache.get(req.url);
  if (!page) return null;
  const inm = req.headers['if-none-match'];
  writePage(
    res,
    page,
    req.method,
    typeof inm === 'string' ? inm : undefined,
    req.headers['if-modified-since'],
    extraHeaders,
  );
  return page;
}

export interface PageCache {
  readonly enabled: boolean;
  /** Counts the clears: anything derived from published content is current while this stays the same. */
  readonly generation: number;
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
  /** Forgets every page; called after any change to what readers can see. */
  clear(): void;
}

/**
 * A cache of at most `maxBytes` of pages (32 MiB by default; least recently used go first),
 * so memory stays bounded whatever the number or size of pages.
 */
export function createPageCache(options: {
  enabled: boolean;
  maxBytes?: number;
  /** The cache's clock for pages with a max age (milliseconds). */
  now?: () => number;
}): PageCache {
  const max = options.maxBytes ?? 32 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const pages = new Map<string, CachedPage>();
  // When pages with a max age stop being served, by key.
  const expiries = new Map<string, number>();
  let bytes = 0;
  let generation = 0;
  return {
    enabled: options.enabled,
    get generation() {
      return generation;
    },
    get(key) {
      if (!options.enabled) return undefined;
      const page = pages.get(key);
      if (page?.maxAgeMs !== undefined && (expiries.get(key) ?? 0) <= now()) {
        pages.delete(key);
        expiries.delete(key);
        bytes -= page.bytes.length;
        return undefined;
      }
      if (page && pages.size > 1) {
        pages.delete(key);
        pages.set(key, page);
      }
      return page;
    },
    set(key, page) {
      if (!options.enabled || page.bytes.length > max) return;
      const previous = pages.get(key);
      if (previous) {
        bytes -= previous.bytes.length;
        pages.delete(key);
      }
      pages.set(key, page);
      bytes += page.bytes.length;
      if (page.maxAgeMs !== undefined) expiries.set(key, now() + page.maxAgeMs);
      else expiries.delete(key);
      for (const [oldest, stale] of pages) {
        if (bytes <= max) break;
        pages.delete(oldest);
        expiries.delete(oldest);
        bytes -= stale.bytes.length;
      }
    },
    clear() {
      generation += 1;
      pages.clear();
      expiries.clear();
      bytes = 0;
    },
  };
}
