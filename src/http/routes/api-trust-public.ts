/**
 * Public trust API (under /api/v1): readers' error reports. No account needed; limited per
 * address and for all readers together (429 with Retry-After).
 */
import { Hono } from 'hono';
import { reportError } from '../../commands/error-reports.js';
import { DomainError } from '../../domain/errors.js';
import { clientAddress } from '../client-address.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { ErrorReportCreateSchema } from '../schemas/trust.js';
import { jsonBody } from '../validate.js';

export function apiTrustPublicRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  routes.post('/articles/:id/error-reports', async (c) => {
    c.header('Cache-Control', 'no-store');
    const input = await jsonBody(c, ErrorReportCreateSchema);
    const report = await reportError(
      { db: deps.store.db, now: deps.clock() },
      { ...input, articleId: c.req.param('id'), address: clientAddress(c) },
    );
    if (!report) throw new DomainError('validation_failed', 'The report was not accepted');
    return c.json(
      {
        id: report.id,
        status: report.status,
        articleId: report.articleId,
        articleVersion: report.articleVersion,
        createdAt: report.createdAt,
      },
      201,
    );
  });

  return routes;
}
