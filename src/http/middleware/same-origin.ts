/**
 * A second layer against cross-site requests, under the CSRF tokens: a state-changing request
 * whose `Origin` (or, when a browser sent none, `Referer`) names another site is refused with
 * 403 before any route reads it (`Origin: null` counts as no header). Bearer-token calls are not cookie-borne and pass; so do calls
 * without either header (scripts, apps, old browsers), which the routes' own CSRF tokens
 * guard; the paths open to every origin (the read beacon) are left alone.
 * @example app.use('*', sameOriginOnly({ publicUrl, openPaths: ['/api/v1/public/views'] }));
 */
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../../domain/errors.js';
import type { AppEnv } from '../deps.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin of a URL, or null when it is not one (`null`, garbage). */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Refuses state-changing requests sent from another site's page. */
export function sameOriginOnly(options: {
  publicUrl: string;
  openPaths: readonly string[];
}): MiddlewareHandler<AppEnv> {
  const site = new URL(options.publicUrl).origin;
  const open = new Set(options.openPaths);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || open.has(c.req.path)) return next();
    if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) return next();
    // `Origin: null` comes from privacy settings as well as from sandboxed frames: it says
    // nothing either way, like a missing header, and the Referer or the CSRF token decides.
    const origin = c.req.header('origin');
    const claimed = origin && origin !== 'null' ? origin : c.req.header('referer');
    if (!claimed) return next();
    const from = originOf(claimed);
    // Behind a proxy the request's own URL may differ from the public one; either is this site.
    if (from !== null && (from === site || from === new URL(c.req.url).origin)) return next();
    throw new DomainError('forbidden', 'This form was sent from another site');
  };
}
