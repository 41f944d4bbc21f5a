/**
 * The two ways a public page is answered: made into a finished page (body encoded once,
 * validators and security headers set) and, for cacheable addresses, kept in the page cache
 * and answered from it next time.
 * @example return cachedPage(c, deps.pageCache, async () => htmlPageOf({ base: security.reader, status: 200, node, language }));
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Child } from '../render/jsx/jsx-runtime.js';
import { type CachedPage, cacheKeyOf, makePage, type PageCache, respondWithPage } from './page-cache.js';

export const HTML = 'text/html; charset=utf-8';

/** A rendered document: the doctype, then the page. */
export async function documentOf(node: Child): Promise<string> {
  return `<!doctype html>${await Promise.resolve(node?.toString() ?? '')}`;
}

/** A reader page, finished: rendered, in its language, with the security headers of its kind. */
export async function htmlPageOf(input: {
  base: Readonly<Record<string, string>>;
  status: 200 | 404;
  node: Child;
  language: string;
  /** More headers (they may override the cache policy). */
  headers?: Record<string, string>;
  maxAgeMs?: number | undefined;
}): Promise<CachedPage> {
  return makePage({
    base: input.base,
    status: input.status,
    body: await documentOf(input.node),
    contentType: HTML,
    headers: { 'content-language': input.language, ...input.headers },
    maxAgeMs: input.maxAgeMs,
  });
}

/**
 * Answers the page kept for the address (`key`, else the request's path and query), or makes
 * it with `produce`: a finished page is kept when it is a 200 and answered; any other answer
 * (a redirect, "not found") is passed on as it is and nothing is kept.
 */
export async function cachedPage(
  c: Context,
  cache: Pick<PageCache, 'get' | 'set'>,
  produce: () => Promise<CachedPage | Response>,
  key: string = cacheKeyOf(c.req.url),
): Promise<Response> {
  let page = cache.get(key);
  if (!page) {
    const made = await produce();
    if (made instanceof Response) return made;
    page = made;
    // Only pages that exist are kept: unknown addresses must not fill the cache.
    if (page.status === 200) cache.set(key, page);
  }
  return respondWithPage(c, page);
}

/**
 * A page that shows the reader's own session (account and thread pages): never cached, in
 * the language of its `/:lang` path.
 */
export async function privatePage(
  c: Context,
  node: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  c.header('Cache-Control', 'private, no-store');
  c.header('Content-Language', c.req.param('lang') ?? 'en');
  return c.html(await documentOf(node), status);
}
