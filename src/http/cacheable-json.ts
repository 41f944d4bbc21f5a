/**
 * The one answer for public JSON that caches may keep: the body with a strong ETag and
 * `Cache-Control: public, max-age=60` plus a stale-while-revalidate window of the route's
 * choosing, or 304 when the caller's If-None-Match names it.
 * @example return cacheable(c, { items }, { staleSeconds: 300 });
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Answers `value` as cacheable JSON (a minute fresh, then `staleSeconds` served while revalidated). */
export function cacheable(c: Context, value: unknown, options: { staleSeconds: number }): Response {
  const body = JSON.stringify(value);
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'content-type': 'application/json',
    etag,
    'cache-control': `public, max-age=60, stale-while-revalidate=${options.staleSeconds}`,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  return c.body(body, 200, headers);
}
