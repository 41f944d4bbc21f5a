/**
 * What operators and orchestrators ask the server: `/livez` (the process answers, no I/O),
 * `/readyz` (the database answers and the server is not stopping; else 503) and `/metrics`
 * (Prometheus text), which is off unless METRICS_TOKEN or METRICS_ADDRESSES is set, and then
 * answers only a caller with the token (else 401) from an allowed address (else 403).
 * @example app.route('/', operationsRoutes(deps)); // GET /readyz → 200 {"status":"ok"}
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE } from '../../../lib/metrics.js';
import { isTrustedPeer } from '../../../lib/trusted-proxies.js';
import { isHealthy } from '../../../storage/db.js';
import { clientAddress } from '../../client-address.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { errorBody } from '../../errors.js';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** /livez, /readyz and /metrics. */
export function operationsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/livez', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (deps.draining?.()) return c.json({ status: 'unavailable', reason: 'stopping' }, 503);
    return (await isHealthy(deps.store))
      ? c.json({ status: 'ok' })
      : c.json({ status: 'unavailable', reason: 'database does not answer' }, 503);
  });

  app.get('/metrics', async (c) => {
    const { metrics, metricsAccess: access } = deps;
    if (!metrics || !access || (access.token === undefined && access.addresses === undefined))
      return c.notFound();
    c.header('Cache-Control', 'no-store');
    if (access.addresses && !isTrustedPeer(clientAddress(c), access.addresses))
      return c.json(errorBody('forbidden', 'Metrics are not shown to this address'), 403);
    if (access.token !== undefined) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
      if (given === undefined || !sameToken(given, access.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="metrics"');
        return c.json(errorBody('unauthorized', 'Metrics need the bearer token of METRICS_TOKEN'), 401);
      }
    }
    return c.body(await metrics.registry.expose(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE });
  });

  return app;
}
