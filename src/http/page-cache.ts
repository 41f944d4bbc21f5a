/**
 * The page cache of the reader site and its feeds: finished answers in memory, keyed by the
 * raw path and query, bounded in entries, dropped as a whole whenever published content
 * changes; a page may also carry a max age (pages that show rankings), after which it is
 * rendered anew. Cached answers are kept as ready bytes with all their headers, so the server
 * can answer them before any routing (`answerFromCache`), at close to static-file speed.
 * Text bodies of 1 KB and more are also kept brotli- and gzip-compressed, made once as the page
 * enters the cache; each request gets the copy its `Accept-Encoding` asks for
 * (src/http/content-encoding.ts).
 * @example cache.set(key, makePage({ base: security.reader, status: 200, body, contentType: 'text/html; charset=utf-8' }))
 */
import { createHash } from 'node:crypto';
import { type IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import {
  type CompressedEncoding,
  chooseEncoding,
  codingsFor,
  compressSync,
  type Encoding,
} from './content-encoding.js';

/** One ready answer of a page: its bytes in one content coding, with that coding's headers. */
export interface Representation {
  bytes: Uint8Array<ArrayBuffer>;
  /** Distinct per coding (`W/"…-br"`), so that If-None-Match finds the copy the client has. */
  etag: string;
  /** Every header of the answer, content type, coding and validators included. */
  headers: Readonly<Record<string, string>>;
  /** The same with content-length, as the flat name, value, … list Node writes fastest. */
  headerList: readonly string[];
}

/** A page; its own fields are the uncompressed (identity) answer. */
export interface CachedPage extends Representation {
  status: 200 | 404;
  /** The codings on offer, best first, identity last (identity alone for small or non-text bodies). */
  offered: readonly Encoding[];
  /** The page in a coding on offer: compressed on first use, then kept with the page. */
  copy(encoding: CompressedEncoding): Representation;
  /**
   * Makes every copy on offer not made yet: the cache calls it as the page enters, so that
   * cached pages are compressed once and never on a request.
   */
  complete(): void;
  /** Bytes held by the copies made so far (all of them once complete: what the cache counts). */
  readonly size: number;
  /** Kept at most this long (pages showing rankings); absent: until the next clear. */
  maxAgeMs?: number;
}

const SUFFIX: Record<CompressedEncoding, string> = { br: '-br', gzip: '-gz' };

/**
 * A finished page: body encoded, weak ETag computed, security and caching headers set. Its
 * compressed copies are made when the cache takes it (`complete`) or, for a page that is not
 * cached, only the one its request asks for.
 */
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
  const tag = createHash('sha1').update(bytes).digest('base64url').slice(0, 22);
  const offered = codingsFor(bytes, input.contentType);
  const headers: Record<string, string> = {
    ...input.base,
    'content-type': input.contentType,
    etag: `W/"${tag}"`,
    'cache-control': input.status === 200 ? 'public, max-age=0, must-revalidate' : 'no-store',
    ...input.headers,
  };
  // The answer differs by Accept-Encoding only when there are copies to choose from.
  if (offered.length > 1)
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  const representation = (body: Uint8Array<ArrayBuffer>, extra: Record<string, string>): Representation => {
    const all = { ...headers, ...extra };
    return {
      bytes: body,
      etag: all.etag as string,
      headers: all,
      headerList: Object.entries({ ...all, 'content-length': String(body.length) }).flat(),
    };
  };
  const copies: Partial<Record<CompressedEncoding, Representation>> = {};
  const copy = (encoding: CompressedEncoding): Representation => {
    copies[encoding] ??= representation(compressSync(bytes, encoding, 'page'), {
      'content-encoding': encoding,
      etag: `W/"${tag}${SUFFIX[encoding]}"`,
    });
    return copies[encoding];
  };
  return {
    status: input.status,
    ...representation(bytes, {}),
    offered,
    copy,
    complete() {
      for (const encoding of offered) if (encoding !== 'identity') copy(encoding);
    },
    get size() {
      return bytes.length + (copies.br?.bytes.length ?? 0) + (copies.gzip?.bytes.length ?? 0);
    },
    ...(input.maxAgeMs === undefined ? {} : { maxAgeMs: input.maxAgeMs }),
  };
}

/** The copy of a page to answer a request with, by its Accept-Encoding. */
export function representationFor(page: CachedPage, acceptEncoding: string | undefined): Representation {
  if (page.offered.length === 1) return page;
  const chosen = chooseEncoding(acceptEncoding);
  return chosen === 'identity' ? page : page.copy(chosen);
}

const ENCODER = new TextEncoder();

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * True when the client's copy is current (If-None-Match wins over If-Modified-Since); the
 * entity tag compared is that of the copy chosen for the request (`representation`).
 */
export function isNotModified(
  page: CachedPage,
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  representation: Representation = page,
): boolean {
  if (page.status !== 200) return false;
  if (ifNoneMatch !== undefined) {
    const current = opaque(representation.etag);
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current);
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
  const ifNoneMatch = c.req.header('if-none-match');
  const ifModifiedSince = c.req.header('if-modified-since');
  const acceptEncoding = c.req.header('accept-encoding');
  if (res instanceof ServerResponse) {
    writePage(res, page, c.req.method, ifNoneMatch, ifModifiedSince, acceptEncoding);
    return RESPONSE_ALREADY_SENT;
  }
  const chosen = representationFor(page, acceptEncoding);
  if (isNotModified(page, ifNoneMatch, ifModifiedSince, chosen)) {
    return new Response(null, { status: 304, headers: chosen.headers });
  }
  return new Response(chosen.bytes, { status: page.status, headers: chosen.headers });
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
  acceptEncoding: string | undefined,
  extra?: readonly string[],
): number {
  const chosen = representationFor(page, acceptEncoding);
  if (isNotModified(page, ifNoneMatch, ifModifiedSince, chosen)) {
    res.writeHead(304, extra ? [...Object.entries(chosen.headers).flat(), ...extra] : chosen.headers);
    res.end();
    return 0;
  }
  res.writeHead(page.status, (extra ? [...chosen.headerList, ...extra] : chosen.headerList) as string[]);
  if (method === 'HEAD') {
    res.end();
    return 0;
  }
  res.end(chosen.bytes);
  return chosen.bytes.length;
}

/**
 * Answers a GET or HEAD from the cache straight on the Node response, before any routing,
 * with `extraHeaders` (a flat name, value, … list) besides the page's own; answers the bytes
 * of body sent (0 for HEAD and 304), or null when the cache does not hold it (the app answers then).
 */
export function answerFromCache(
  cache: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  extraHeaders?: readonly string[],
): number | null {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return null;
  const page = cache.get(req.url);
  if (!page) return null;
  const inm = req.headers['if-none-match'];
  return writePage(
    res,
    page,
    req.method,
    typeof inm === 'string' ? inm : undefined,
    req.headers['if-modified-since'],
    req.headers['accept-encoding'],
    extraHeaders,
  );
}

export interface PageCache {
  readonly enabled: boolean;
  /** Counts the clears: anything derived from published content is current while this stays the same. */
  readonly generation: number;
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
  /** Forgets every page; called after any change to what readers can see. */
  clear(): void;
  /**
   * Forgets one page, by path, with every query variant of it (`/en/` also drops `/en/?page=2`),
   * and refreshes what is derived from published content, so the page is rendered from fresh
   * data (an operator's `shortwave cache purge --key`); answers how many entries went.
   */
  purge(path: string): number;
}

/**
 * A cache of at most `maxBytes` of pages (32 MiB by default; least recently used go first),
 * so memory stays bounded whatever the number or size of pages. The budget counts every copy
 * of a page (identity, brotli, gzip: about 1.6 times the page's own size for HTML).
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
        bytes -= page.size;
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
      page.complete();
      if (page.size > max) return;
      const previous = pages.get(key);
      if (previous) {
        bytes -= previous.size;
        pages.delete(key);
      }
      pages.set(key, page);
      bytes += page.size;
      if (page.maxAgeMs !== undefined) expiries.set(key, now() + page.maxAgeMs);
      else expiries.delete(key);
      for (const [oldest, stale] of pages) {
        if (bytes <= max) break;
        pages.delete(oldest);
        expiries.delete(oldest);
        bytes -= stale.size;
      }
    },
    clear() {
      generation += 1;
      pages.clear();
      expiries.clear();
      bytes = 0;
    },
    purge(path) {
      generation += 1;
      let dropped = 0;
      for (const [key, page] of pages) {
        if (key !== path && !key.startsWith(`${path}?`)) continue;
        pages.delete(key);
        expiries.delete(key);
        bytes -= page.size;
        dropped += 1;
      }
      return dropped;
    },
  };
}
