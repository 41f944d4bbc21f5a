/**
 * The request id inside the app: taken from what the server gave the request (src/http/request-log.ts),
 * or, for a request made in-process, worked out the same way and echoed in `X-Request-Id`.
 * JSON errors carry it as `error.requestId`, error pages show it, so a reader's report can be
 * traced to the log line. The route pattern that answered is handed back for the metrics.
 * @example app.use('*', recordRequestId(deps.trustedProxies)); c.get('requestId')
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { TrustedProxies } from '../lib/trusted-proxies.js';
import type { AppEnv } from './deps.js';
import { requestIdFor, requestState } from './request-log.js';

/** The route label of a request no route answered. */
const NOT_FOUND_ROUTE = '(not found)';

function routeLabel(c: Context<AppEnv>): string {
  const path = routePath(c);
  if (c.res.status === 404 && (path === '' || path.endsWith('*'))) return NOT_FOUND_ROUTE;
  return path === '' ? NOT_FOUND_ROUTE : path;
}

/** Adds `requestId` to the `error` object of a JSON error answer. */
async function addToJsonError(c: Context<AppEnv>, id: string): Promise<void> {
  const body: unknown = await c.res
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== 'object' || !('error' in body)) return;
  const error = body.error;
  if (!error || typeof error !== 'object' || Array.isArray(error)) return;
  c.res = new Response(JSON.stringify({ ...body, error: { ...error, requestId: id } }), c.res);
  c.res.headers.delete('content-length');
}

/** Gives every request its id (`c.get('requestId')`). */
export function recordRequestId(trust: TrustedProxies | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const state = requestState(incoming);
    const id =
      state?.id ??
      requestIdFor(c.req.header('x-request-id'), incoming?.socket?.remoteAddress, trust ?? { kind: 'none' });
    c.set('requestId', id);
    await next();
    if (state) state.route = routeLabel(c);
    else {
      // Headers of some answers cannot change (Response.redirect): those are copied first.
      try {
        c.res.headers.set('x-request-id', id);
      } catch {
        c.res = new Response(c.res.body, c.res);
        c.res.headers.set('x-request-id', id);
      }
    }
    if (c.res.status >= 400 && c.res.headers.get('content-type')?.startsWith('application/json'))
      await addToJsonError(c, id);
  };
}
